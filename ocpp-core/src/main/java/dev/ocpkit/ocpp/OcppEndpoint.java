package dev.ocpkit.ocpp;

import dev.ocpkit.ocpp.internal.rpc.RpcEndpoint;

/**
 * The OCPP-J RPC layer for one connection of a WebSocket stack the host owns. ocpkit's own {@code CsmsServer} and
 * {@code StationClient} use it the same way.
 *
 * <p>The host calls {@link #onText} for every text frame, {@link #onBinary} for every binary frame and
 * {@link #onClosed} once when the socket closes; all three are thread-safe and return quickly (incoming CALLs are
 * handled on {@link OcppOptions#executor()}).
 *
 * <pre>{@code
 * // in a Jakarta WebSocket endpoint, after the handshake negotiated "ocpp1.6":
 * OcppEndpoint ocpp = OcppEndpoint.create(new OcppWebSocket() {
 *     public void sendText(String text) { session.getAsyncRemote().sendText(text); }
 *     public void close(int code, String reason) { ... session.close(...) ... }
 * }, OcppRole.CSMS, OcppVersion.V16, stationId, handlers, options);
 * session.addMessageHandler(String.class, ocpp::onText);
 * }</pre>
 *
 * @since 0.1
 */
public interface OcppEndpoint {
    /** The session through which this side sends CALLs. */
    OcppSession session();

    /** Processes one incoming text frame. Never throws; bad frames are answered as the protocol version says. */
    void onText(String frame);

    /** Processes one incoming binary frame: OCPP-J uses text frames only, so it is answered with a CALLERROR. */
    void onBinary(byte[] frame);

    /** Tells the layer the socket closed: every pending CALL fails with {@link OcppConnectionException}. */
    void onClosed(int code, String reason);

    /**
     * Creates the RPC layer for one open connection.
     *
     * @param socket how to write frames to, and close, the connection
     * @param role the side this endpoint plays
     * @param version the negotiated protocol version
     * @param identity the charging station identity
     * @param handlers answers incoming CALLs
     * @param options settings
     * @return the endpoint; its session is open
     */
    static OcppEndpoint create(
            OcppWebSocket socket,
            OcppRole role,
            OcppVersion version,
            String identity,
            OcppHandlers handlers,
            OcppOptions options) {
        return new RpcEndpoint(socket, role, version, identity, handlers, options);
    }
}
