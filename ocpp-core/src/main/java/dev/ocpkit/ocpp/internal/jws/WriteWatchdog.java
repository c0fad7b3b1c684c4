package dev.ocpkit.ocpp.internal.jws;

import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.java_websocket.WebSocketImpl;

/**
 * Works around a write-interest race in Java-WebSocket's server selector loop (upstream report #145): a frame
 * queued by a non-selector thread while the selector thread finishes a write of the same connection can lose its
 * OP_WRITE interest and wait until the next inbound frame. This thread looks at the connections that had a frame
 * queued every {@value #SCAN_NANOS} ns and re-arms OP_WRITE for a connection whose queue still starts with the same
 * frame as at the previous look without write interest: that state is transient in normal operation (between the
 * queueing and the write demand) and lasting only when the interest was lost, so a stranded frame waits at most about
 * two scans and healthy connections cost no extra selector wake-ups.
 */
final class WriteWatchdog implements Runnable {
    private static final long SCAN_NANOS = 500_000L;

    private final Set<WebSocketImpl> watched = ConcurrentHashMap.newKeySet();
    /** Per connection seen without write interest at the last scan, the frame at the head of its queue then. */
    private final Map<WebSocketImpl, ByteBuffer> suspects = new HashMap<>();

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
            LockSupport.parkNanos(this, SCAN_NANOS);
            for (Iterator<WebSocketImpl> it = watched.iterator(); it.hasNext(); ) {
                WebSocketImpl conn = it.next();
                SelectionKey key = conn.getSelectionKey();
                ByteBuffer head = conn.outQueue.peek();
                if (head == null || key == null || !key.isValid()) {
                    it.remove();
                    suspects.remove(conn);
                    if (head == null && key != null && key.isValid() && !conn.outQueue.isEmpty()) {
                        // a frame queued between the look and the removal: its watch() found the connection
                        // still in the set, so keep watching it
                        watched.add(conn);
                    }
                    continue;
                }
                try {
                    if ((key.interestOps() & SelectionKey.OP_WRITE) != 0) {
                        suspects.remove(conn);
                    } else if (suspects.get(conn) == head) {
                        suspects.remove(conn);
                        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                        key.selector().wakeup();
                    } else {
                        suspects.put(conn, head);
                    }
                } catch (CancelledKeyException e) {
                    it.remove();
                    suspects.remove(conn);
                }
            }
        }
    }
}
