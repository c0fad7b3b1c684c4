package dev.ocpkit.ocpp.internal.jws;

import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.java_websocket.WebSocketImpl;

/**
 * Works around a write-interest race in Java-WebSocket's server selector loop (upstream report #145): a frame
 * queued by a non-selector thread while the selector thread finishes a write of the same connection can lose its
 * OP_WRITE interest and wait until the next inbound frame. This thread re-arms OP_WRITE for every connection that
 * has queued output but no write interest, so no reply waits more than about a tenth of a millisecond.
 */
final class WriteWatchdog implements Runnable {
    private static final long PARK_NANOS = 100_000L;

    private final Set<WebSocketImpl> watched = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean idle;

    WriteWatchdog(String name) {
        this.thread = new Thread(this, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        LockSupport.unpark(thread);
    }

    /** Watches a connection that just had a frame queued. */
    void watch(WebSocketImpl conn) {
        // Dekker-style handshake with run(): the thread announces idle before its last look at the set, a watcher
        // adds before it looks at idle, so one of them always sees the other (the old "size() == 1" test lost the
        // wake-up when two connections were added at once, and replies stayed stranded for good)
        if (watched.add(conn) && idle) {
            LockSupport.unpark(thread);
        }
    }

    /** Whether the thread is parked (or about to park) with nothing to watch; for tests. */
    boolean isIdle() {
        return idle;
    }

    /** How many connections are being watched; for tests. */
    int watchedCount() {
        return watched.size();
    }

    @Override
    public void run() {
        while (running) {
            if (watched.isEmpty()) {
                idle = true;
                if (watched.isEmpty() && running) {
                    LockSupport.park(this);
                }
                idle = false;
                continue;
            }
            LockSupport.parkNanos(this, PARK_NANOS);
            for (Iterator<WebSocketImpl> it = watched.iterator(); it.hasNext(); ) {
                WebSocketImpl conn = it.next();
                SelectionKey key = conn.getSelectionKey();
                if (conn.outQueue.isEmpty() || key == null || !key.isValid()) {
                    it.remove();
                    continue;
                }
                try {
                    if ((key.interestOps() & SelectionKey.OP_WRITE) == 0) {
                        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                        key.selector().wakeup();
                    }
                } catch (CancelledKeyException e) {
                    it.remove();
                }
            }
        }
    }
}
