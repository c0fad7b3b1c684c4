package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiStatusCode;

/**
 * The partner has no endpoint for the module and role a call needs (according to the version details fetched at
 * registration), or the call is for another OCPI version than the one agreed with the partner. Nothing was sent.
 * {@link #statusCode()} is 3003 (no matching endpoints), {@link #httpStatus()} 0.
 *
 * @since 0.1
 */
public class OcpiMissingEndpointException extends OcpiClientException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which endpoint is missing
     */
    public OcpiMissingEndpointException(String message) {
        super(OcpiStatusCode.NO_MATCHING_ENDPOINTS.code(), 0, message, null, null);
    }
}
