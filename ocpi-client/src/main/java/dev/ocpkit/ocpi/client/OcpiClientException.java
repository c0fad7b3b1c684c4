package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The root of the failures the OCPI client reports (besides {@link dev.ocpkit.ocpi.model.OcpiParseException} for a
 * body that is not the expected JSON): it adds the {@code X-Request-ID} of the failed request to the OCPI
 * {@code status_code} and HTTP status of {@link OcpiException}.
 *
 * <ul>
 *   <li>{@link OcpiStatusException}: the partner answered with an error (an envelope {@code status_code} outside
 *       1xxx, or an HTTP error status);
 *   <li>{@link OcpiTransportException}: no complete answer (I/O error, timeout, body over the limit);
 *   <li>{@link OcpiInvalidResponseException}: an answer that breaks the transport rules of OCPI (no envelope, no
 *       {@code status_code}, a malformed {@code Link} header, missing pagination headers, ...);
 *   <li>{@link OcpiRegistrationException}: the credentials handshake could not be completed;
 *   <li>{@link OcpiRejectedException}: the partner did not accept an asynchronous request (command, charging
 *       profile), so no result will come.
 * </ul>
 *
 * <p>Messages never contain a credentials token.
 *
 * @since 0.1
 */
public class OcpiClientException extends OcpiException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String requestId;

    /**
     * @param statusCode the OCPI {@code status_code}
     * @param httpStatus the HTTP status, or 0 when there was no response
     * @param message what went wrong, without secrets
     * @param requestId the {@code X-Request-ID} of the request, or {@code null}
     * @param cause the cause, or {@code null}
     */
    protected OcpiClientException(
            int statusCode, int httpStatus, String message, @Nullable String requestId, @Nullable Throwable cause) {
        super(statusCode, httpStatus, message, cause);
        this.requestId = requestId;
    }

    /** The {@code X-Request-ID} the client sent with the failed request, or {@code null} when none was sent. */
    public @Nullable String requestId() {
        return requestId;
    }

    /**
     * Whether sending the same request again may succeed (a server or transport error); the client retries only
     * idempotent requests, see {@link RetryPolicy}.
     */
    public boolean retryable() {
        return false;
    }

    /**
     * The OCPI failure behind {@code t}, unwrapping {@link CompletionException} and {@link ExecutionException} (as
     * thrown by {@code join()} and {@code get()} on the client's futures).
     *
     * @param t any throwable, or {@code null}
     * @return the first {@link OcpiException} in the cause chain, or {@code null} when there is none
     */
    public static @Nullable OcpiException extract(@Nullable Throwable t) {
        Throwable cur = t;
        for (int depth = 0; cur != null && depth < 32; depth++) {
            if (cur instanceof OcpiException e) {
                return e;
            }
            cur = cur.getCause();
        }
        return null;
    }
}
