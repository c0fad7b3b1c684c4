package dev.ocpkit.ocpi.client.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** URL building and query manipulation on raw (already encoded) URL strings. */
public final class Urls {
    private static final String PATH_SAFE = "-._~!$&'()*+,;=:@";
    private static final String QUERY_SAFE = "-._~!$'()*,:@/";

    private Urls() {}

    /**
     * {@code base} followed by the encoded {@code segments}, with a trailing slash when {@code trailingSlash}.
     *
     * @throws IllegalArgumentException for an empty segment
     */
    public static String join(String base, boolean trailingSlash, String... segments) {
        StringBuilder sb = new StringBuilder(base);
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '/') {
            sb.setLength(sb.length() - 1);
        }
        for (String s : segments) {
            if (s == null || s.isEmpty()) {
                throw new IllegalArgumentException("an empty path segment");
            }
            sb.append('/').append(encode(s, PATH_SAFE));
        }
        if (trailingSlash) {
            sb.append('/');
        }
        return sb.toString();
    }

    /** {@code url} with the parameters appended (values encoded; {@code null} values skipped). */
    public static String withQuery(String url, Map<String, @Nullable String> params) {
        StringBuilder sb = new StringBuilder(url);
        boolean has = url.indexOf('?') >= 0;
        for (Map.Entry<String, @Nullable String> e : params.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            sb.append(has ? '&' : '?');
            has = true;
            sb.append(encode(e.getKey(), QUERY_SAFE)).append('=').append(encode(e.getValue(), QUERY_SAFE));
        }
        return sb.toString();
    }

    /** The raw query parameters of a URL, in order (names and values still encoded). */
    public static List<Map.Entry<String, String>> query(String url) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        int hash = url.indexOf('#', q);
        String query = url.substring(q + 1, hash < 0 ? url.length() : hash);
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            out.add(eq < 0 ? Map.entry(part, "") : Map.entry(part.substring(0, eq), part.substring(eq + 1)));
        }
        return out;
    }

    /** The decoded value of a query parameter, or {@code null}. */
    public static @Nullable String queryParam(String url, String name) {
        for (Map.Entry<String, String> e : query(url)) {
            if (e.getKey().equals(name)) {
                return decode(e.getValue());
            }
        }
        return null;
    }

    /** {@code url} with the parameter set to {@code value} (replaced, or appended when absent). */
    public static String setQueryParam(String url, String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        boolean found = false;
        for (Map.Entry<String, String> e : query(url)) {
            if (e.getKey().equals(name)) {
                if (!found) {
                    params.put(name, encode(value, QUERY_SAFE));
                    found = true;
                }
            } else {
                params.put(e.getKey(), e.getValue());
            }
        }
        if (!found) {
            params.put(name, encode(value, QUERY_SAFE));
        }
        return rebuild(url, params);
    }

    /** {@code url} with every parameter of {@code original} that it lacks (except those in {@code skip}). */
    public static String keepParams(String url, String original, List<String> skip) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : query(url)) {
            params.putIfAbsent(e.getKey(), e.getValue());
        }
        boolean changed = false;
        for (Map.Entry<String, String> e : query(original)) {
            if (!skip.contains(e.getKey()) && !params.containsKey(e.getKey())) {
                params.put(e.getKey(), e.getValue());
                changed = true;
            }
        }
        return changed ? rebuild(url, params) : url;
    }

    private static String rebuild(String url, Map<String, String> rawParams) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        StringBuilder sb = new StringBuilder(base);
        char sep = '?';
        for (Map.Entry<String, String> e : rawParams.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }

    /**
     * {@code link} resolved against {@code base}.
     *
     * @throws IllegalArgumentException when the link is not a valid URL reference or not http(s)
     */
    public static String resolve(String base, String link) {
        URI resolved = URI.create(base).resolve(URI.create(link));
        String scheme = resolved.getScheme();
        if (scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || resolved.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL");
        }
        return resolved.toString();
    }

    /** An OCPI DateTime for a query parameter: with {@code Z}, or without a zone designator. */
    public static String timestamp(Instant instant, boolean withZone) {
        String s = DateTimeFormatter.ISO_INSTANT.format(instant);
        return withZone ? s : s.substring(0, s.length() - 1);
    }

    /** Percent-encodes {@code s} (UTF-8), leaving unreserved characters and {@code safe} as they are. */
    static String encode(String s, String safe) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)));
                sb.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** Decodes percent-escapes (and {@code +} as space, as forms do). */
    static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
