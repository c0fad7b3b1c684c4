package dev.ocpkit.ocpp;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Observes what happens on OCPP connections, for metrics and diagnostics. Every method has a no-op default;
 * {@link #NONE} ignores everything.
 *
 * <p>Methods are called synchronously on ocpkit's threads (socket or executor threads), possibly concurrently for
 * different connections: keep them fast and non-blocking, and never throw from them. Frame texts handed to a
 * listener are already redacted (id tags, tokens, passwords and keys masked).
 *
 * @since 0.1
 */
public interface OcppListener {
    /** A listener that ignores every event. */
    OcppListener NONE = new OcppListener() {};

    /** A connection opened (after the WebSocket handshake and subprotocol negotiation). */
    default void connected(OcppSession session) {}

    /**
     * A CSMS answered a station's BootNotification with status Accepted (any version): the station is now
     * registered. Called after the CALLRESULT was handed to the transport.
     */
    default void booted(OcppSession session) {}

    /** A connection closed; every pending call of it has failed by now. */
    default void disconnected(OcppSession session, int code, String reason) {}

    /**
     * An incoming frame was malformed or broke the schema.
     *
     * @param redactedFrame the frame (redacted, truncated to 1,000 characters)
     * @param problem what was wrong
     * @param answeredWith the CALLERROR code it was answered with, or {@code null} when it could not be answered
     *     (e.g. a malformed CALLRESULT)
     */
    default void badFrame(
            OcppSession session, String redactedFrame, String problem, @Nullable CallErrorCode answeredWith) {}

    /**
     * An incoming payload deviated from the schema in a way the connection's {@code InputTolerance} accepts.
     *
     * @param action the action
     * @param deviations one line per deviation ("path: reason")
     */
    default void toleratedDeviation(OcppSession session, String action, List<String> deviations) {}

    /** A CALLRESULT or CALLERROR arrived for a message id that has no pending call (late, unknown or duplicate). */
    default void unmatchedResponse(OcppSession session, String messageId) {}

    /** An OCPP 2.1 CALLRESULTERROR (type 5) arrived: the peer could not process a CALLRESULT we sent. */
    default void callResultErrorReceived(OcppSession session, String messageId, String code, String description) {}
}
