package dev.ocpkit.ocpp.internal.rpc;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Lazily created shared daemon threads used when the host gives none. */
public final class Defaults {
    private Defaults() {}

    private static final class ExecutorHolder {
        static final Executor EXECUTOR = create();

        private static Executor create() {
            int n = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonFactory("ocpkit-ocpp-handler-"));
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }

    private static final class SchedulerHolder {
        static final ScheduledExecutorService SCHEDULER = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, daemonFactory("ocpkit-ocpp-timer-"));
            s.setRemoveOnCancelPolicy(true);
            return s;
        }
    }

    /** The shared handler pool: daemon threads, 2 per core (at least 4), idle threads expire after 60 s. */
    public static Executor executor() {
        return ExecutorHolder.EXECUTOR;
    }

    /** The shared timer thread (daemon), cancelled tasks removed at once. */
    public static ScheduledExecutorService scheduler() {
        return SchedulerHolder.SCHEDULER;
    }

    /** A thread factory for named daemon threads. */
    public static ThreadFactory daemonFactory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
