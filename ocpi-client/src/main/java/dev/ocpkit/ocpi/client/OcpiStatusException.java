package dev.ocpkit.ocpi.client;

import org.jspecify.annotations.Nullable;

/**
 * The partner answered, with an error: a response envelope whose {@code status_code} is not 1xxx, or an HTTP error
 * status (401, 404, 405, 5xx, ...). Without an envelope (an HTML error page, an empty body), {@link #statusCode()} is
 * derived from the HTTP status: 2000 for 4xx, 3000 otherwise, and {@link #hasEnvelope()} is {@code false}.
 *
 * <p>Retryable ({@link #retryable()}) for HTTP 5xx and {@code status_code} 3000.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/status_codes.asciidoc">OCPI 2.2.1, Status codes</a>
 * @since 0.1
 */
public class OcpiStatusException extends OcpiClientException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String statusMessage;
    private final boolean hasEnvelope;

    /**
     * @param statusCode the envelope's {@code status_code}, or one derived from the HTTP status
     * @param httpStatus the HTTP status
     * @param statusMessage the envelope's {@code status_message} (tokens removed), or {@code null}
     * @param hasEnvelope whether the body was a response envelope
     * @param operation what was attempted, e.g. {@code GET locations}
     * @param requestId the request's {@code X-Request-ID}, or {@code null}
     */
    public OcpiStatusException(
            int statusCode,
            int httpStatus,
            @Nullable String statusMessage,
            boolean hasEnvelope,
            String operation,
            @Nullable String requestId) {
        super(
                statusCode,
                httpStatus,
                message(statusCode, httpStatus, statusMessage, operation, requestId),
                requestId,
                null);
        this.statusMessage = statusMessage;
        this.hasEnvelope = hasEnvelope;
    }

    private static String message(
            int statusCode, int httpStatus, @Nullable String statusMessage, String operation, @Nullable String id) {
        StringBuilder sb = new StringBuilder(operation).append(": HTTP ").append(httpStatus);
        sb.append(", status_code ").append(statusCode);
        if (statusMessage != null && !statusMessage.isBlank()) {
            sb.append(" (").append(statusMessage).append(')');
        }
        if (id != null) {
            sb.append(", X-Request-ID ").append(id);
        }
        return sb.toString();
    }

    /** The partner's {@code status_message}, or {@code null}. */
    public @Nullable String statusMessage() {
        return statusMessage;
    }

    /** Whether the partner answered with a response envelope (else the status code is derived from HTTP). */
    public boolean hasEnvelope() {
        return hasEnvelope;
    }

    /** {@code true} for HTTP 5xx and {@code status_code} 3000. */
    @Override
    public boolean retryable() {
        return httpStatus() >= 500 || statusCode() == 3000;
    }
}
