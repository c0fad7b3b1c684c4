package dev.ocpkit.ocpi.client.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads the {@code rel="next"} target from RFC 8288 {@code Link} header values. */
public final class LinkHeader {
    private LinkHeader() {}

    /**
     * The target of the first link with relation {@code next}, or {@code null} when there is none.
     *
     * @throws IllegalArgumentException when a value is not a list of {@code <uri>; params}
     */
    public static @Nullable String next(List<String> values) {
        for (String value : values) {
            String found = parse(value);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable String parse(String v) {
        int i = 0;
        int n = v.length();
        while (true) {
            i = skipWs(v, i);
            if (i >= n) {
                return null;
            }
            if (v.charAt(i) != '<') {
                throw new IllegalArgumentException("a link must start with '<'");
            }
            int close = v.indexOf('>', i + 1);
            if (close < 0) {
                throw new IllegalArgumentException("unterminated '<'");
            }
            String target = v.substring(i + 1, close).trim();
            if (target.isEmpty()) {
                throw new IllegalArgumentException("an empty link target");
            }
            i = close + 1;
            boolean isNext = false;
            // parameters
            while (true) {
                i = skipWs(v, i);
                if (i >= n) {
                    return isNext ? target : null;
                }
                char c = v.charAt(i);
                if (c == ',') {
                    i++;
                    break;
                }
                if (c != ';') {
                    throw new IllegalArgumentException("expected ';' or ',' after a link");
                }
                i = skipWs(v, i + 1);
                int nameStart = i;
                while (i < n && v.charAt(i) != '=' && v.charAt(i) != ';' && v.charAt(i) != ',') {
                    i++;
                }
                String name = v.substring(nameStart, i).trim().toLowerCase(Locale.ROOT);
                String value = "";
                if (i < n && v.charAt(i) == '=') {
                    i = skipWs(v, i + 1);
                    if (i < n && v.charAt(i) == '"') {
                        int end = v.indexOf('"', i + 1);
                        if (end < 0) {
                            throw new IllegalArgumentException("unterminated quoted parameter");
                        }
                        value = v.substring(i + 1, end);
                        i = end + 1;
                    } else {
                        int start = i;
                        while (i < n && v.charAt(i) != ';' && v.charAt(i) != ',') {
                            i++;
                        }
                        value = v.substring(start, i).trim();
                    }
                }
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("a parameter without a name");
                }
                if (name.equals("rel")) {
                    for (String rel : value.trim().split("\\s+")) {
                        if (rel.equalsIgnoreCase("next")) {
                            isNext = true;
                        }
                    }
                }
            }
            if (isNext) {
                return target;
            }
        }
    }

    private static int skipWs(String v, int i) {
        while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
