package dev.ocpkit.ocpp.internal.jws;

import dev.ocpkit.ocpp.OcppWebSocket;
import org.java_websocket.WebSocketImpl;

/** An {@link OcppWebSocket} over a Java-WebSocket server connection. */
final class JwsSocket implements OcppWebSocket {
    private final WebSocketImpl conn;
    private final WriteWatchdog watchdog;

    JwsSocket(WebSocketImpl conn, WriteWatchdog watchdog) {
        this.conn = conn;
        this.watchdog = watchdog;
    }

    @Override
    public void sendText(String text) {
        conn.send(text);
        watchdog.watch(conn);
    }

    @Override
    public void close(int code, String reason) {
        conn.close(code, reason);
    }
}
