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

    /** Builds checked restrictions; {@code where} names the element in messages. */
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
            String where) {
        int start = startTime == null ? -1 : time(startTime, "start_time", where);
        int end = endTime == null ? -1 : time(endTime, "end_time", where);
        if (end == 0) {
            end = 86_400; // "To stop at end of the day use: 00:00"
        }
        return new NRestrictions(
                start,
                end,
                startDate == null ? null : date(startDate, "start_date", where),
                endDate == null ? null : date(endDate, "end_date", where),
                nonNegative(minKwh, "min_kwh", where),
                nonNegative(maxKwh, "max_kwh", where),
                minCurrent,
                maxCurrent,
                minPower,
                maxPower,
                duration(minDuration, "min_duration", where),
                duration(maxDuration, "max_duration", where),
                days,
                reservation);
    }

    /** Seconds of the day of an {@code HH:MM} time (regex {@code ([0-1][0-9]|2[0-3]):[0-5][0-9]}). */
    static int time(String s, String field, String where) {
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
                where + " " + field + " \"" + s + "\" is not a time HH:MM (00:00-23:59)");
    }

    static LocalDate date(String s, String field, String where) {
        try {
            if (s.length() != 10) {
                throw new DateTimeParseException("length", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF,
                    where + " " + field + " \"" + s + "\" is not a date YYYY-MM-DD");
        }
    }

    private static @Nullable BigDecimal nonNegative(@Nullable BigDecimal v, String field, String where) {
        if (v != null && v.signum() < 0) {
            throw new TariffException(TariffException.Kind.INVALID_TARIFF, where + " " + field + " is negative: " + v);
        }
        return v;
    }

    private static long duration(@Nullable Integer v, String field, String where) {
        if (v == null) {
            return -1;
        }
        if (v < 0) {
            throw new TariffException(TariffException.Kind.INVALID_TARIFF, where + " " + field + " is negative: " + v);
        }
        return v;
    }

    /** A checked price component. A missing step_size is read as 1 (the CDRs module's default step), with a note. */
    public static NComponent component(
            Dim dim,
            @Nullable BigDecimal price,
            @Nullable BigDecimal vat,
            @Nullable Integer stepSize,
            int element,
            int component,
            String where,
            List<String> notes) {
        if (price == null) {
            throw new TariffException(TariffException.Kind.INVALID_TARIFF, where + " has no price");
        }
        if (vat != null && vat.signum() < 0) {
            throw new TariffException(TariffException.Kind.INVALID_TARIFF, where + " has a negative vat: " + vat);
        }
        long step;
        if (dim == Dim.FLAT) {
            step = 0;
        } else if (stepSize == null) {
            notes.add(where + " (" + dim + ") has no step_size: 1 is used");
            step = 1;
        } else if (stepSize < 0) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF, where + " has a negative step_size: " + stepSize);
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
