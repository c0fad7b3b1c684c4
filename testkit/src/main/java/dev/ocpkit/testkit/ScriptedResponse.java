package dev.ocpkit.testkit;

import dev.ocpkit.ocpi.model.OcpiStatusCode;
import java.util.Objects;

/**
 * An answer a fake OCPI party gives instead of handling a request, to script a failure. It is written as an OCPI
 * response envelope ({@code status_code}, {@code status_message}, {@code timestamp}) with the given HTTP status.
 *
 * @param httpStatus the HTTP status, e.g. 200 for an OCPI-level error or 503 for a transport-level one
 * @param statusCode the OCPI {@code status_code} in the envelope
 * @param statusMessage the {@code status_message} in the envelope
 * @since 0.1
 */
public record ScriptedResponse(int httpStatus, int statusCode, String statusMessage) {

    /** Requires an HTTP status in 100..599 and a message. */
    public ScriptedResponse {
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + httpStatus);
        }
        Objects.requireNonNull(statusMessage, "statusMessage");
    }

    /**
     * An OCPI-level failure: HTTP 200 (as OCPI prescribes for 2xxx/3xxx answers that carry an envelope) with {@code
     * code}; HTTP 404 for 2003/2004 is left to the caller's {@link #ScriptedResponse(int, int, String)}.
     *
     * @param code the OCPI status code
     * @return the response
     */
    public static ScriptedResponse ocpi(OcpiStatusCode code) {
        return new ScriptedResponse(200, code.code(), code.description());
    }

    /**
     * An HTTP-level failure with a matching OCPI status: 2000 for a 4xx, 3000 for a 5xx, else 1000.
     *
     * @param httpStatus the HTTP status
     * @return the response
     */
    public static ScriptedResponse http(int httpStatus) {
        int code = httpStatus >= 500 ? 3000 : httpStatus >= 400 ? 2000 : 1000;
        return new ScriptedResponse(httpStatus, code, "scripted HTTP " + httpStatus);
    }
}
