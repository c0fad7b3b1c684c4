package dev.ocpkit.benchmarks.ocpp;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;
import org.jspecify.annotations.Nullable;

/**
 * The ceiling: a Java-WebSocket 1.6 server that does no OCPP work. It answers each CALL with a reply built in advance
 * for its action, only copying the message id in (found with two {@code indexOf}s), so the load client can match it.
 * Same settings as ocpkit's Java-WebSocket transport: TCP_NODELAY, one decoder thread per core.
 */
final class CeilingServer extends WebSocketServer {
    private static final String TS = "2026-11-22T10:00:00Z";
    private static final Map<String, String> REPLIES = Map.of(
            "BootNotification", "{\"currentTime\":\"" + TS + "\",\"interval\":300,\"status\":\"Accepted\"}",
            "Heartbeat", "{\"currentTime\":\"" + TS + "\"}",
            "StatusNotification", "{}",
            "MeterValues", "{}",
            "TransactionEvent", "{}");

    private final CountDownLatch started = new CountDownLatch(1);
    private volatile @Nullable Exception startFailure;

    CeilingServer(InetSocketAddress address, int decoders) {
        super(
                address,
                decoders,
                List.of(new Draft_6455(List.of(), List.of(new Protocol("ocpp1.6"), new Protocol("ocpp2.0.1")))));
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
    }

    /** Starts the server and waits until it listens. */
    CeilingServer startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS) || startFailure != null) {
            throw new IllegalStateException("ceiling server did not start", startFailure);
        }
        return this;
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        int idStart = message.indexOf('"') + 1;
        int idEnd = message.indexOf('"', idStart);
        int actionStart = message.indexOf('"', idEnd + 1) + 1;
        int actionEnd = message.indexOf('"', actionStart);
        if (idStart <= 0 || idEnd < 0 || actionStart <= 0 || actionEnd < 0) {
            conn.send("[4,\"-1\",\"FormationViolation\",\"\",{}]");
            return;
        }
        String id = message.substring(idStart, idEnd);
        String reply = REPLIES.get(message.substring(actionStart, actionEnd));
        conn.send(reply == null ? "[4,\"" + id + "\",\"NotImplemented\",\"\",{}]" : "[3,\"" + id + "\"," + reply + "]");
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        conn.send("[4,\"-1\",\"FormationViolation\",\"binary frame\",{}]");
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        // nothing to set up
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // nothing to clean up
    }

    @Override
    public void onError(@Nullable WebSocket conn, Exception ex) {
        if (conn == null) {
            startFailure = ex;
            started.countDown();
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
