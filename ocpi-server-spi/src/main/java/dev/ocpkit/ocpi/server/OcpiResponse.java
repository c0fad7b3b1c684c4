package dev.ocpkit.ocpi.server;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link OcpiDispatcher} answers: an HTTP status, headers and a JSON body (the OCPI response envelope), for
 * an adapter to write to its HTTP library.
 *
 * <p>The headers always include {@code Content-Type}, {@code X-Request-ID} and {@code X-Correlation-ID}; list responses
 * add {@code X-Total-Count}, {@code X-Limit} and, unless on the last page, {@code Link}; a created CDR adds
 * {@code Location}. Immutable; the body array must not be modified.
 *
 * @param status the HTTP status
 * @param headers response headers in the order they should be written (names as OCPI spells them)
 * @param body the response body, possibly empty
 * @since 0.1
 */
public record OcpiResponse(int status, Map<String, String> headers, byte[] body) {
    /** Copies the headers, keeping their order. */
    public OcpiResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        Objects.requireNonNull(body, "body");
    }

    /** A header value by case-insensitive name, or {@code null}. */
    public @Nullable String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof OcpiResponse r
                && status == r.status
                && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers) * 31 + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "OcpiResponse[" + status + ", headers=" + headers + ", " + body.length + " bytes]";
    }
}
