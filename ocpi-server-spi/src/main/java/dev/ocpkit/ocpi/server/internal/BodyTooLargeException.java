package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;

/** A request body beyond the configured maximum: HTTP 413, status 2001. */
final class BodyTooLargeException extends OcpiException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(int max) {
        super(
                OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(),
                413,
                "request body larger than " + max + " bytes",
                null);
    }
}
