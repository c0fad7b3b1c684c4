package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiHttpResponse;

/**
 * A decoded value with the response it came from.
 *
 * @param value the decoded value (may be {@code null} for responses without data)
 * @param response the raw response (headers for pagination and Location)
 * @param requestId the X-Request-ID of the successful attempt
 */
public record Reply<T>(T value, OcpiHttpResponse response, String requestId) {}
