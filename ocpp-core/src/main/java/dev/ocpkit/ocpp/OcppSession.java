package dev.ocpkit.ocpp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One open OCPP-J connection, seen from this side: send CALLs to the peer and get typed answers.
 *
 * <p>Thread-safe: any thread may call any method. Only ocpkit implements this interface.
 *
 * <p><b>Ordering and concurrency.</b> At most {@link OcppOptions#maxCallsInFlight()} CALLs (default 1, as OCPP
 * requires) are outstanding at once; further calls wait in a FIFO queue and are sent in the order they were made.
 *
 * <p><b>Completion.</b> Every returned future completes, always: normally with the peer's response; exceptionally
 * with {@link OcppCallErrorException} when the peer answers with a CALLERROR, {@link OcppTimeoutException} when no
 * answer arrives within the call timeout (counted from the moment the frame is written),
 * {@link OcppConnectionException} when the connection closes first, or {@link OcppValidationException} when the
 * request breaks the schema (then nothing is sent) or the response does. Cancelling a future removes a queued call,
 * or forgets an in-flight one so that the next queued call may go (a late answer is then ignored).
 *
 * @since 0.1
 */
public interface OcppSession {
    /** The peer's identity: the charging station identity (last URL path segment) or, for a station, its own. */
    String identity();

    /** The negotiated protocol version. */
    OcppVersion version();

    /** Which side this endpoint plays. */
    OcppRole role();

    /** Whether the connection is open. */
    boolean isOpen();

    /**
     * Sends a CALL with the default timeout.
     *
     * @param request the typed request; its action must belong to {@link #version()} and be one this role may send
     * @return the future response (see the class documentation for how it completes)
     */
    <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request);

    /**
     * Sends a CALL with its own timeout.
     *
     * @param request the typed request
     * @param timeout how long to wait for the answer once the frame is written; positive
     * @return the future response
     */
    <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request, Duration timeout);

    /**
     * Sends an OCPP 2.1 SEND message (RPC message type 6), which the peer never answers.
     *
     * @return a future that completes normally once the frame was handed to the transport, or exceptionally with
     *     {@link OcppValidationException} or {@link OcppConnectionException}
     */
    CompletableFuture<Void> send(OcppRequest<NoResponse> message);

    /** The number of CALLs sent and not yet answered plus those waiting to be sent. */
    int pendingCalls();

    /**
     * Closes the connection with a normal closure (1000). Pending calls fail with {@link OcppConnectionException}.
     * Idempotent.
     */
    void close();
}
