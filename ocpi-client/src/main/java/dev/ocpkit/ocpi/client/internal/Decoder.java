package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiHttpResponse;

/** Turns a complete response into a value, or throws a typed {@code OcpiException}. */
@FunctionalInterface
public interface Decoder<T> {
    /**
     * @param response the response
     * @param requestId the X-Request-ID of the request, for exceptions
     */
    T decode(OcpiHttpResponse response, String requestId);
}
