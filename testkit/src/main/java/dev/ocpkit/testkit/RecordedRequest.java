package dev.ocpkit.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request a fake OCPI party received, as recorded before it was answered. The {@code Authorization}
 * header is kept only as its scheme ({@code "Token"}), never with its value, and the {@code token} of a credentials
 * body is replaced by {@code <redacted>}, so a recorded request can be printed and asserted on without leaking a
 * credentials token.
 *
 * @param method the HTTP method in upper case
 * @param path the raw request path, e.g. {@code /ocpi/2.2.1/receiver/locations/NL/CPO/LOC1}
 * @param query the raw query string without {@code ?}, or {@code null}
 * @param headers the request headers, names in lower case; the {@code authorization} value is reduced to its scheme
 * @param body the request body as UTF-8 text, empty when there was none; in a credentials request the {@code token}
 *     value is replaced by {@code <redacted>}
 * @since 0.1
 */
public record RecordedRequest(
        String method, String path, @Nullable String query, Map<String, List<String>> headers, String body) {

    /** Requires method, path and body; copies the headers into an immutable map with lower-case names. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
                }
            });
        }
        headers = Map.copyOf(copy);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or {@code null} when absent
     */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
