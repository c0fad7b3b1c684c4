package dev.ocpkit.ocpi.model.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * OCPI {@code DateTime}: RFC 3339 {@code YYYY-MM-DDThh:mm:ss[.fraction][Z|+hh:mm|-hh:mm]}. OCPI says timestamps are
 * UTC and that a missing zone designator means UTC, so text without one is read as UTC; offsets that partners send
 * anyway are honoured. {@code T} and {@code Z} are accepted in either case; fractions keep up to nanoseconds.
 */
public final class OcpiTimestamps {
    private OcpiTimestamps() {}

    /** The instant, or {@code null} when {@code s} is not such a timestamp. Never throws. */
    public static @Nullable Instant parse(String s) {
        int n = s.length();
        if (n < 19
                || !digits(s, 0, 4)
                || s.charAt(4) != '-'
                || !digits(s, 5, 2)
                || s.charAt(7) != '-'
                || !digits(s, 8, 2)
                || (s.charAt(10) != 'T' && s.charAt(10) != 't' && s.charAt(10) != ' ')
                || !digits(s, 11, 2)
                || s.charAt(13) != ':'
                || !digits(s, 14, 2)
                || s.charAt(16) != ':'
                || !digits(s, 17, 2)) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int count = i - start;
            if (count == 0) {
                return null;
            }
            for (int k = Math.min(count, 9); k < 9; k++) {
                nanos *= 10;
            }
        }
        int offset = 0;
        if (i < n) {
            char c = s.charAt(i);
            if ((c == 'Z' || c == 'z') && i + 1 == n) {
                offset = 0;
            } else if ((c == '+' || c == '-')
                    && i + 6 == n
                    && digits(s, i + 1, 2)
                    && s.charAt(i + 3) == ':'
                    && digits(s, i + 4, 2)) {
                int hh = num(s, i + 1, 2);
                int mm = num(s, i + 4, 2);
                if (hh > 18 || mm > 59) {
                    return null;
                }
                offset = (c == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
            } else {
                return null;
            }
        }
        int second = num(s, 17, 2);
        try {
            LocalDateTime t = LocalDateTime.of(
                    num(s, 0, 4),
                    num(s, 5, 2),
                    num(s, 8, 2),
                    num(s, 11, 2),
                    num(s, 14, 2),
                    Math.min(second, 59),
                    nanos);
            return t.toInstant(ZoneOffset.ofTotalSeconds(offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether {@code s} carries a zone designator ({@code Z} or an offset). */
    public static boolean hasZone(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char last = s.charAt(n - 1);
        return last == 'Z' || last == 'z' || (n >= 6 && (s.charAt(n - 6) == '+' || s.charAt(n - 6) == '-'));
    }

    private static boolean digits(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }
}
