package dev.ocpkit.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a condition until it holds, for tests that wait for something a fake receives on another thread.
 *
 * @since 0.1
 */
public final class Await {
    private Await() {}

    /**
     * Polls {@code condition} every 10 ms until it returns {@code true} or {@code timeout} passes. Blocks the caller.
     *
     * @param condition the condition; called on the caller's thread
     * @param timeout how long to wait at most
     * @return whether the condition held before the timeout
     * @throws InterruptedException when the caller is interrupted while waiting
     */
    public static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                return condition.getAsBoolean();
            }
            Thread.sleep(10);
        }
        return true;
    }
}
