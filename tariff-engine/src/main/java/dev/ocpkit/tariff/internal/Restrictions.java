package dev.ocpkit.tariff.internal;

import dev.ocpkit.tariff.TariffException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Version-neutral checks and parsing of restriction values, price components and price limits. */
public final class Restrictions {
    private Restrictions() {}

    /** Builds checked restrictions; {@code label} and {@code element} (0-based) name the element in messages. */
    public static NRestrictions build(
            @Nullable String startTime,
            @Nullable String endTime,
            @Nullable String startDate,
            @Nullable String endDate,
            @Nullable BigDecimal minKwh,
            @Nullable BigDecimal maxKwh,
            @Nullable BigDecimal minCurrent,
            @Nullable BigDecimal maxCurrent,
            @Nullable BigDecimal minPower,
            @Nullable BigDecimal maxPower,
            @Nullable Integer minDuration,
            @Nullable Integer maxDuration,
            Set<DayOfWeek> days,
            ReservationKind reservation,
            String label,
            int element) {
        int start = startTime == null ? -1 : time(startTime, "start_time", label, element);
        int end = endTime == null ? -1 : time(endTime, "end_time", label, element);
        if (end == 0) {
            end = 86_400; // "To stop at end of the day use: 00:00"
        }
        return new NRestrictions(
                start,
                end,
                startDate == null ? null : date(startDate, "start_date", label, element),
                endDate == null ? null : date(endDate, "end_date", label, element),
                nonNegative(minKwh, "min_kwh", label, element),
                nonNegative(maxKwh, "max_kwh", label, element),
                minCurrent,
                maxCurrent,
                minPower,
                maxPower,
                duration(minDuration, "min_duration", label, element),
                duration(maxDuration, "max_duration", label, element),
                days,
                reservation);
    }

    /** Seconds of the day of an {@code HH:MM} time (regex {@code ([0-1][0-9]|2[0-3]):[0-5][0-9]}). */
    static int time(String s, String field, String label, int element) {
        if (s.length() == 5 && s.charAt(2) == ':') {
            int h1 = s.charAt(0) - '0';
            int h2 = s.charAt(1) - '0';
            int m1 = s.charAt(3) - '0';
            int m2 = s.charAt(4) - '0';
            if (h1 >= 0 && h1 <= 2 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9) {
                int h = h1 * 10 + h2;
                if (h <= 23) {
                    return (h * 60 + m1 * 10 + m2) * 60;
                }
            }
        }
        throw new TariffException(
                TariffException.Kind.INVALID_TARIFF,
                where(label, element) + " " + field + " \"" + s + "\" is not a time HH:MM (00:00-23:59)");
    }

    static LocalDate date(String s, String field, String label, int element) {
        try {
            if (s.length() != 10) {
                throw new DateTimeParseException("length", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF,
                    where(label, element) + " " + field + " \"" + s + "\" is not a date YYYY-MM-DD");
        }
    }

    private static @Nullable BigDecimal nonNegative(@Nullable BigDecimal v, String field, String label, int element) {
        if (v != null && v.signum() < 0) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF, where(label, element) + " " + field + " is negative: " + v);
        }
        return v;
    }

    private static long duration(@Nullable Integer v, String field, String label, int element) {
        if (v == null) {
            return -1;
        }
        if (v < 0) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF, where(label, element) + " " + field + " is negative: " + v);
        }
        return v;
    }

    /** How messages name an element: {@code tariff "T1" element 2} ({@code element} 0-based). */
    static String where(String label, int element) {
        return "tariff " + label + " element " + (element + 1);
    }

    /** How messages name a price component ({@code element} and {@code component} 0-based). */
    static String where(String label, int element, int component) {
        return where(label, element) + " component " + (component + 1);
    }

    /** A checked price component. A missing step_size is read as 1 (the CDRs module's default step), with a note. */
    public static NComponent component(
            Dim dim,
            @Nullable BigDecimal price,
            @Nullable BigDecimal vat,
            @Nullable Integer stepSize,
            int element,
            int component,
            String label,
            List<String> notes) {
        if (price == null) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF, where(label, element, component) + " has no price");
        }
        if (vat != null && vat.signum() < 0) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF,
                    where(label, element, component) + " has a negative vat: " + vat);
        }
        long step;
        if (dim == Dim.FLAT) {
            step = 0;
        } else if (stepSize == null) {
            notes.add(where(label, element, component) + " (" + dim + ") has no step_size: 1 is used");
            step = 1;
        } else if (stepSize < 0) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF,
                    where(label, element, component) + " has a negative step_size: " + stepSize);
        } else {
            step = stepSize;
        }
        return new NComponent(element, component, dim, price, vat, step);
    }

    /** Checks that a min price is not above a max price. */
    public static void checkLimits(@Nullable NLimit min, @Nullable NLimit max, String label) {
        if (min != null && max != null && min.excl().compareTo(max.excl()) > 0) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF,
                    "tariff " + label + " min_price " + min.excl() + " is above its max_price " + max.excl());
        }
    }
}
