package dev.ocpkit.ocpi.server.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A parsed query string that keeps the raw pairs, so that a Link header can repeat the original filters. */
final class Query {
    record Pair(String rawName, String rawValue, String name, String value) {}

    private final List<Pair> pairs;

    private Query(List<Pair> pairs) {
        this.pairs = pairs;
    }

    static Query parse(@Nullable String raw) {
        List<Pair> pairs = new ArrayList<>();
        if (raw != null && !raw.isEmpty()) {
            for (String part : raw.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String rn = eq < 0 ? part : part.substring(0, eq);
                String rv = eq < 0 ? "" : part.substring(eq + 1);
                pairs.add(new Pair(rn, rv, decode(rn), decode(rv)));
            }
        }
        return new Query(pairs);
    }

    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    @Nullable
    String get(String name) {
        for (Pair p : pairs) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    /** The raw value (still encoded) of a parameter, or {@code null}. */
    @Nullable
    String raw(String name) {
        for (Pair p : pairs) {
            if (p.name().equals(name)) {
                return p.rawValue();
            }
        }
        return null;
    }

    /** The raw {@code name=value} pairs except those named, joined with {@code &}. */
    String rawWithout(String... names) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (Pair p : pairs) {
            for (String n : names) {
                if (p.name().equals(n)) {
                    continue outer;
                }
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p.rawName()).append('=').append(p.rawValue());
        }
        return sb.toString();
    }
}
