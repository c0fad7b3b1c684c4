package dev.ocpkit.ocpi.model;

import org.jspecify.annotations.Nullable;

/**
 * An OCPI failure with the envelope {@code status_code} that describes it (and, where one applies, the HTTP status).
 * The message never contains a credentials token.
 *
 * @since 0.1
 */
public class OcpiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final int httpStatus;

    /**
     * @param statusCode the OCPI {@code status_code}
     * @param httpStatus the HTTP status that goes with it, or 0 when none applies
     * @param message what went wrong, without secrets
     * @param cause the cause, or {@code null}
     */
    public OcpiException(int statusCode, int httpStatus, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.httpStatus = httpStatus;
    }

    /** An exception with a status code of the specification and no HTTP status. */
    public OcpiException(OcpiStatusCode statusCode, String message) {
        this(statusCode.code(), 0, message, null);
    }

    /** The OCPI {@code status_code}. */
    public int statusCode() {
        return statusCode;
    }

    /** The status code as a constant; {@code null} for a code outside the specification. */
    public @Nullable OcpiStatusCode status() {
        return OcpiStatusCode.of(statusCode);
    }

    /** The HTTP status, or 0 when none applies. */
    public int httpStatus() {
        return httpStatus;
    }
}
