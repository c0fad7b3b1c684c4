package dev.ocpkit.ocpp.internal.jws;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketListener;
import org.java_websocket.drafts.Draft_6455;
import org.junit.jupiter.api.Test;

class WriteWatchdogTest {

    private static WebSocketImpl connection() {
        WebSocketListener listener = (WebSocketListener) Proxy.newProxyInstance(
                WriteWatchdogTest.class.getClassLoader(),
                new Class<?>[] {WebSocketListener.class},
                (proxy, method, args) -> null);
        return new WebSocketImpl(listener, new Draft_6455());
    }

    /**
     * Connections queued from two threads at once while the watchdog is idle must still wake it: before the fix both
     * callers saw a set of two, nobody woke the thread, and it stayed parked with connections to watch, so their
     * replies were stranded (found by the OCPP load benchmark). A connection without a selection key is dropped
     * from the set by the watchdog, so an emptied set proves the thread ran.
     */
    @Test
    void watch_concurrentAddsOnAnIdleWatchdog_alwaysWakeIt() throws Exception {
        WriteWatchdog watchdog = new WriteWatchdog("test-write-watchdog");
        watchdog.start();
        try {
            CyclicBarrier both = new CyclicBarrier(2);
            for (int round = 0; round < 500; round++) {
                awaitIdleAndEmpty(watchdog, round);
                Thread other = new Thread(() -> {
                    await(both);
                    for (int i = 0; i < 50; i++) {
                        watchdog.watch(connection());
                    }
                });
                other.start();
                await(both);
                for (int i = 0; i < 50; i++) {
                    watchdog.watch(connection());
                }
                other.join();
            }
            awaitIdleAndEmpty(watchdog, 500);
        } finally {
            watchdog.stop();
        }
    }

    private static void awaitIdleAndEmpty(WriteWatchdog watchdog, int round) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(watchdog.isIdle() && watchdog.watchedCount() == 0)) {
            assertThat(System.nanoTime())
                    .as("round %d: watchdog still holds %d connection(s) after 5 s", round, watchdog.watchedCount())
                    .isLessThan(deadline);
            Thread.sleep(0, 100_000);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
