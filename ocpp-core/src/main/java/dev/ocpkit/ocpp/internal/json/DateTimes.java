package dev.ocpkit.ocpp.internal.json;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * RFC 3339 {@code date-time} (what the OCA schemas' {@code "format": "date-time"} means):
 * {@code YYYY-MM-DD"T"hh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)}, {@code T} and {@code Z} in either case, any number of
 * fraction digits (nanoseconds are kept, further digits dropped), a leap second {@code :60} read as {@code :59}.
 * Hand-written: no exceptions and no allocation on the way to a verdict.
 */
public final class DateTimes {
    private DateTimes() {}

    /** How a text relates to RFC 3339. */
    public enum Shape {
        /** A valid RFC 3339 date-time. */
        VALID,
        /** A valid date-time except that the zone designator is missing (a common vendor deviation). */
        NO_ZONE,
        /** Anything else. */
        INVALID
    }

    public static Shape classify(String s) {
        long r = scan(s);
        if (r == BAD) {
            return Shape.INVALID;
        }
        return (r & NO_ZONE_FLAG) != 0 ? Shape.NO_ZONE : Shape.VALID;
    }

    /**
     * Parses a date-time; a missing zone designator reads as UTC.
     *
     * @return the instant, or null when the text is not a date-time
     */
    public static @Nullable Instant parse(String s) {
        long r = scan(s);
        if (r == BAD) {
            return null;
        }
        int year = num(s, 0, 4);
        int month = num(s, 5, 2);
        int day = num(s, 8, 2);
        int hour = num(s, 11, 2);
        int minute = num(s, 14, 2);
        int second = Math.min(num(s, 17, 2), 59);
        int i = 19;
        int nanos = 0;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            int digits = 0;
            while (i < s.length() && isDigit(s.charAt(i))) {
                if (digits < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                digits++;
                i++;
            }
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = 0;
        if (i < s.length()) {
            char c = s.charAt(i);
            if (c == '+' || c == '-') {
                int off = num(s, i + 1, 2) * 3600 + num(s, i + 4, 2) * 60;
                offsetSeconds = c == '-' ? -off : off;
            }
        }
        long epochDay = epochDay(year, month, day);
        long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static final long BAD = -1;
    private static final long NO_ZONE_FLAG = 1;

    /** 0 = valid, NO_ZONE_FLAG = valid without zone, BAD = invalid. */
    private static long scan(String s) {
        int n = s.length();
        if (n < 19) {
            return BAD;
        }
        if (!digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)) {
            return BAD;
        }
        char t = s.charAt(10);
        if (t != 'T' && t != 't') {
            return BAD;
        }
        if (!digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
            return BAD;
        }
        int year = num(s, 0, 4);
        int month = num(s, 5, 2);
        int day = num(s, 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return BAD;
        }
        int hour = num(s, 11, 2);
        int minute = num(s, 14, 2);
        int second = num(s, 17, 2);
        if (hour > 23 || minute > 59 || second > 60 || (second == 60 && minute != 59)) {
            return BAD;
        }
        int i = 19;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return BAD;
            }
        }
        if (i == n) {
            return NO_ZONE_FLAG;
        }
        char z = s.charAt(i);
        if (z == 'Z' || z == 'z') {
            return i + 1 == n ? 0 : BAD;
        }
        if ((z == '+' || z == '-')
                && i + 6 == n
                && digits(s, i + 1, 2)
                && s.charAt(i + 3) == ':'
                && digits(s, i + 4, 2)) {
            return num(s, i + 1, 2) <= 23 && num(s, i + 4, 2) <= 59 ? 0 : BAD;
        }
        return BAD;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 (proleptic Gregorian), as {@code LocalDate.toEpochDay} computes it. */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long m = month;
        long total = 365 * y;
        if (y >= 0) {
            total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        } else {
            total -= y / -4 - y / -100 + y / -400;
        }
        total += (367 * m - 362) / 12;
        total += day - 1;
        if (m > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - 719_528L;
    }
}
