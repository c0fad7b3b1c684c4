package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiStatusCode;
import org.jspecify.annotations.Nullable;

/**
 * The partner answered with JSON that breaks the transport rules of OCPI: a success status without a response
 * envelope, a missing or out-of-range {@code status_code}, no {@code data} where the operation needs it, a malformed
 * {@code Link} header, missing pagination headers (unless the partner's quirks tolerate them), or a {@code POST}
 * without the {@code Location} header. {@link #statusCode()} is 3000 (generic server error). Not retryable.
 *
 * <p>(A body that is not JSON at all, or JSON that does not bind to the expected object, is an
 * {@link dev.ocpkit.ocpi.model.OcpiParseException}.)
 *
 * @since 0.1
 */
public class OcpiInvalidResponseException extends OcpiClientException {
    private static final long serialVersionUID = 1L;

    /**
     * @param httpStatus the HTTP status of the response
     * @param message what is wrong, without secrets
     * @param requestId the request's {@code X-Request-ID}, or {@code null}
     */
    public OcpiInvalidResponseException(int httpStatus, String message, @Nullable String requestId) {
        super(OcpiStatusCode.SERVER_ERROR.code(), httpStatus, message, requestId, null);
    }
}
