package dev.ocpkit.ocpi.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as the {@link OcpiDispatcher} sees it, independent of any HTTP library: an adapter builds one from
 * its own request type.
 *
 * <p>The body is a stream that the dispatcher reads only after the caller is authenticated, and never beyond {@link
 * OcpiDispatcher.Builder#maxBodyBytes(int)}: an oversized body is refused without being buffered whole.
 *
 * <p>Immutable apart from the body stream, which the dispatcher consumes once; not thread-safe.
 *
 * @param method the HTTP method in upper case, e.g. {@code GET}
 * @param rawPath the request path as sent, still percent-encoded, e.g. {@code /ocpi/2.2.1/sender/locations/LOC1}
 * @param rawQuery the query string as sent without the {@code ?}, still percent-encoded, or {@code null}
 * @param headers the request headers; names are matched case-insensitively
 * @param body the request body, or {@code null} when there is none
 * @param contentLength the declared body length, or {@code -1} when unknown (chunked)
 * @since 0.1
 */
public record OcpiRequest(
        String method,
        String rawPath,
        @Nullable String rawQuery,
        Map<String, List<String>> headers,
        @Nullable InputStream body,
        long contentLength) {

    /** Requires method and path; upper-cases the method and copies the headers into a case-insensitive map. */
    public OcpiRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(rawPath, "rawPath");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getValue() != null) {
                    copy.merge(e.getKey(), List.copyOf(e.getValue()), (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        all.addAll(b);
                        return List.copyOf(all);
                    });
                }
            }
        }
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** The first value of a header (case-insensitive name), or {@code null}. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A builder, mostly for tests and hand-written adapters. */
    public static Builder builder(String method, String rawPath) {
        return new Builder(method, rawPath);
    }

    /** Everything except header values and the body, so that no credentials token is ever printed. */
    @Override
    public String toString() {
        return "OcpiRequest[" + method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + ", headers="
                + headers.keySet() + "]";
    }

    /** Builds an {@link OcpiRequest}; not thread-safe. */
    public static final class Builder {
        private final String method;
        private final String rawPath;
        private @Nullable String rawQuery;
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private @Nullable InputStream body;
        private long contentLength = -1;

        private Builder(String method, String rawPath) {
            this.method = method;
            String path = rawPath;
            int q = path.indexOf('?');
            if (q >= 0) {
                rawQuery = path.substring(q + 1);
                path = path.substring(0, q);
            }
            this.rawPath = path;
        }

        /** The raw query string without {@code ?}; a query in the path given to the builder is used otherwise. */
        public Builder rawQuery(@Nullable String query) {
            this.rawQuery = query;
            return this;
        }

        /** Adds a header value. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** A body of known length. */
        public Builder body(byte[] bytes) {
            this.body = new ByteArrayInputStream(bytes);
            this.contentLength = bytes.length;
            return this;
        }

        /** A UTF-8 body of known length. */
        public Builder body(String json) {
            return body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** A streamed body; {@code contentLength} is {@code -1} when unknown. */
        public Builder body(InputStream stream, long length) {
            this.body = stream;
            this.contentLength = length;
            return this;
        }

        /** The request. */
        public OcpiRequest build() {
            return new OcpiRequest(method, rawPath, rawQuery, headers, body, contentLength);
        }
    }
}
