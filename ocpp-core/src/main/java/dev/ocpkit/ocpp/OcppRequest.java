package dev.ocpkit.ocpp;

/**
 * The payload of a CALL: a request whose answer is a {@code R}.
 *
 * <p>Every generated request record implements this interface and names its action, so a call site reads
 * {@code CompletableFuture<BootNotificationResponse> f = session.call(bootNotificationRequest)}.
 *
 * @param <R> the response type the peer answers with ({@link NoResponse} for OCPP 2.1 SEND messages)
 * @since 0.1
 */
public interface OcppRequest<R extends OcppResponse> extends OcppPayload {
    /** The action this request belongs to (name, version, payload types, who may send it). */
    OcppAction<? extends OcppRequest<R>, R> action();
}
