package dev.ocpkit.ocpi.client;

import org.jspecify.annotations.Nullable;

/**
 * The credentials handshake (register, update or unregister) failed for a reason the credentials module defines.
 * Failures that are not specific to the handshake (an unreachable partner, HTTP 401, a bad envelope) surface as the
 * other {@link OcpiClientException}s.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/credentials.asciidoc">OCPI 2.2.1, Credentials</a>
 * @since 0.1
 */
public class OcpiRegistrationException extends OcpiClientException {
    private static final long serialVersionUID = 1L;

    /** Why the handshake failed. */
    public enum Reason {
        /** The partner offers no OCPI version we support (status 3002). */
        NO_COMMON_VERSION,
        /**
         * The partner's version details lack the {@code credentials} endpoint or an endpoint we require (status 3003);
         * detected on our side, so no credentials were sent.
         */
        MISSING_ENDPOINTS,
        /** The partner answered 3001: it could not use our API (fetch our versions with the token we sent). */
        PARTNER_CANNOT_USE_OUR_API,
        /** The partner answered 3003: it did not find the endpoints it expects from us. */
        NO_MATCHING_ENDPOINTS,
        /** HTTP 405 on POST: the partner says we are already registered (use update). */
        ALREADY_REGISTERED,
        /** HTTP 405 on PUT or DELETE, or no registration in our partner store: we are not registered. */
        NOT_REGISTERED,
        /** The partner answered without the credentials object a successful handshake returns. */
        INVALID_CREDENTIALS
    }

    private final Reason reason;

    /**
     * @param reason why the handshake failed
     * @param statusCode the OCPI {@code status_code} (the partner's, or the one that describes the reason)
     * @param httpStatus the HTTP status, or 0 when the failure was detected before sending
     * @param message what happened, without secrets
     * @param requestId the failed request's {@code X-Request-ID}, or {@code null}
     * @param cause the partner's error, or {@code null}
     */
    public OcpiRegistrationException(
            Reason reason,
            int statusCode,
            int httpStatus,
            String message,
            @Nullable String requestId,
            @Nullable Throwable cause) {
        super(statusCode, httpStatus, message, requestId, cause);
        this.reason = reason;
    }

    /** Why the handshake failed. */
    public Reason reason() {
        return reason;
    }
}
