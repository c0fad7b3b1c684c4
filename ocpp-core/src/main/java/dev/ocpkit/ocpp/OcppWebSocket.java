package dev.ocpkit.ocpp;

/**
 * What ocpkit needs from a WebSocket connection that the host's own WebSocket stack owns (Jakarta WebSocket,
 * Spring, Netty, Vert.x, ...). The host implements it and feeds incoming frames to the {@link OcppEndpoint} that
 * {@link OcppEndpoint#create} returns.
 *
 * <p>Implementations must be thread-safe: ocpkit calls {@link #sendText} from its own threads.
 *
 * @since 0.1
 */
public interface OcppWebSocket {
    /**
     * Writes one text frame. Must not block for long (queue it if the socket is busy) and must keep the order of
     * calls. A failure to write may be reported by closing the connection.
     */
    void sendText(String text);

    /** Closes the connection with a WebSocket close code and reason. Idempotent. */
    void close(int code, String reason);
}
