package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;

/**
 * The {@link OcpiException}s a service throws to answer with an OCPI error: the dispatcher puts the status code and
 * message into the response envelope and uses the HTTP status of the exception ({@code 0} means HTTP 200, as OCPI
 * wants for requests that reached the OCPI layer). Messages go to the partner: never put secrets in them.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/status_codes.asciidoc">OCPI 2.2.1, Status codes</a>
 * @since 0.1
 */
public final class OcpiErrors {
    private OcpiErrors() {}

    /** HTTP 404 with status 2001: the object addressed by the URL does not exist (OCPI 2.1.1 and generic objects). */
    public static OcpiException notFound(String message) {
        return new OcpiException(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(), 404, message, null);
    }

    /** HTTP 404 with status 2003 (OCPI 2.2+): unknown Location, EVSE or connector. */
    public static OcpiException unknownLocation(String message) {
        return new OcpiException(OcpiStatusCode.UNKNOWN_LOCATION.code(), 404, message, null);
    }

    /** HTTP 404 with status 2004 (OCPI 2.2+): unknown Token, e.g. in a real-time authorization. */
    public static OcpiException unknownToken(String message) {
        return new OcpiException(OcpiStatusCode.UNKNOWN_TOKEN.code(), 404, message, null);
    }

    /** HTTP 200 with status 2001: the request is understood but a parameter or field is invalid or missing. */
    public static OcpiException invalid(String message) {
        return new OcpiException(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(), 0, message, null);
    }

    /**
     * HTTP 200 with status 2002: not enough information, e.g. a real-time authorization without location references
     * when the eMSP needs them.
     */
    public static OcpiException notEnoughInformation(String message) {
        return new OcpiException(OcpiStatusCode.NOT_ENOUGH_INFORMATION.code(), 0, message, null);
    }

    /** HTTP 200 with status 3000: the service could not process a valid request. */
    public static OcpiException serverError(String message) {
        return new OcpiException(OcpiStatusCode.SERVER_ERROR.code(), 0, message, null);
    }
}
