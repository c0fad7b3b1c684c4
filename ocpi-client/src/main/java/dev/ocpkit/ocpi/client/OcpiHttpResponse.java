package dev.ocpkit.ocpi.client;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One complete HTTP response as an {@link OcpiTransport} delivers it.
 *
 * <p>Immutable (the body array is not copied: do not modify it). Header names are compared case-insensitively, as
 * HTTP (and OCPI) say. {@link #toString()} shows the status, headers and body size, never the body.
 *
 * @param statusCode the HTTP status code
 * @param headers the response headers, each name with its values in order of appearance
 * @param body the complete body; empty when there is none
 * @since 0.1
 */
public record OcpiHttpResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {

    /** Copies the headers into a case-insensitive map. */
    public OcpiHttpResponse {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null) {
                copy.merge(e.getKey(), List.copyOf(e.getValue()), (a, b) -> {
                    java.util.ArrayList<String> all = new java.util.ArrayList<>(a);
                    all.addAll(b);
                    return List.copyOf(all);
                });
            }
        }
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header (case-insensitive name), or {@code null} when absent. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a header (case-insensitive name); empty when absent. */
    public List<String> headerValues(String name) {
        List<String> values = headers.get(name);
        return values == null ? List.of() : values;
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** Status, header names and the body size. */
    @Override
    public String toString() {
        return "OcpiHttpResponse[status=" + statusCode + ", headers="
                + headers.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList() + ", body=" + body.length
                + " bytes]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof OcpiHttpResponse r
                && statusCode == r.statusCode
                && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * statusCode + headers.hashCode()) + java.util.Arrays.hashCode(body);
    }
}
