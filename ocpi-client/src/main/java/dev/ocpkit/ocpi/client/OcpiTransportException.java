package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiStatusCode;
import org.jspecify.annotations.Nullable;

/**
 * No complete response was received: the connection failed or broke, the exchange took longer than its timeout, the
 * response body exceeded the size limit, or the request was interrupted. {@link #statusCode()} is 3000 (generic server
 * error); {@link #httpStatus()} is the status when headers had arrived, else 0.
 *
 * @since 0.1
 */
public class OcpiTransportException extends OcpiClientException {
    private static final long serialVersionUID = 1L;

    /** What kind of transport failure this is. */
    public enum Kind {
        /** Connecting, sending or receiving failed (refused, reset, truncated, TLS). Retryable. */
        IO,
        /** The exchange did not finish within its timeout. Retryable. */
        TIMEOUT,
        /** The response body is larger than allowed. Not retryable. */
        RESPONSE_TOO_LARGE,
        /** The calling thread was interrupted, or the request was cancelled. Not retryable. */
        INTERRUPTED
    }

    private final Kind kind;

    /**
     * @param kind the kind of failure
     * @param httpStatus the HTTP status when headers were received, else 0
     * @param message what happened, without secrets
     * @param requestId the request's {@code X-Request-ID}, or {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public OcpiTransportException(
            Kind kind, int httpStatus, String message, @Nullable String requestId, @Nullable Throwable cause) {
        super(OcpiStatusCode.SERVER_ERROR.code(), httpStatus, message, requestId, cause);
        this.kind = kind;
    }

    /** The kind of failure. */
    public Kind kind() {
        return kind;
    }

    /** {@code true} for {@link Kind#IO} and {@link Kind#TIMEOUT}. */
    @Override
    public boolean retryable() {
        return kind == Kind.IO || kind == Kind.TIMEOUT;
    }
}
