package dev.ocpkit.ocpi.client;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the OCPI client hands it to an {@link OcpiTransport}.
 *
 * <p>Immutable (the body array is not copied: do not modify it). {@link #toString()} shows the method, URL, header
 * names and body size, never the {@code Authorization} value or the body.
 *
 * @param method the HTTP method, upper case: {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * @param uri the absolute {@code http} or {@code https} URL
 * @param headers header names and values, in sending order
 * @param body the UTF-8 JSON body, or {@code null} for none
 * @param timeout the longest the whole exchange may take, from sending to the last byte of the response
 * @since 0.1
 */
public record OcpiHttpRequest(
        String method, URI uri, Map<String, String> headers, byte @Nullable [] body, Duration timeout) {

    /** Requires method, absolute URI, headers and a positive timeout; copies the headers. */
    public OcpiHttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        method = method.toUpperCase(Locale.ROOT);
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("the URI must be absolute");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The value of a header (case-insensitive name), or {@code null} when absent. */
    public @Nullable String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Method, URL, header names (values of {@code Authorization} redacted) and the body size. */
    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("OcpiHttpRequest[").append(method).append(' ').append(uri);
        sb.append(", headers={");
        boolean first = true;
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append('=');
            sb.append(e.getKey().equalsIgnoreCase("Authorization") ? "<redacted>" : e.getValue());
        }
        sb.append("}, body=").append(body == null ? "none" : body.length + " bytes");
        return sb.append(", timeout=").append(timeout).append(']').toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof OcpiHttpRequest r
                && method.equals(r.method)
                && uri.equals(r.uri)
                && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body)
                && timeout.equals(r.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), timeout);
    }
}
