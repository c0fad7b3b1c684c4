package dev.ocpkit.ocpi.client;

import org.jspecify.annotations.Nullable;

/**
 * The partner answered an asynchronous request (a command, a charging profile request) without accepting it, e.g.
 * {@code REJECTED}, {@code NOT_SUPPORTED}, {@code UNKNOWN_SESSION}: no result will be sent to the
 * {@code response_url}. The result future of the {@link AsyncOperation} fails with this exception;
 * {@link #statusCode()} is the envelope's (usually 1000).
 *
 * @since 0.1
 */
public class OcpiRejectedException extends OcpiClientException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String result;

    /**
     * @param statusCode the envelope's {@code status_code}
     * @param result the partner's {@code result} value as received, or {@code null}
     * @param operation what was attempted
     * @param requestId the request's {@code X-Request-ID}, or {@code null}
     */
    public OcpiRejectedException(
            int statusCode, @Nullable String result, String operation, @Nullable String requestId) {
        super(
                statusCode,
                200,
                operation + " not accepted: " + result + (requestId == null ? "" : ", X-Request-ID " + requestId),
                requestId,
                null);
        this.result = result;
    }

    /** The partner's {@code result} value as received (e.g. {@code REJECTED}), or {@code null}. */
    public @Nullable String result() {
        return result;
    }
}
