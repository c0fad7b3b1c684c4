package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parsed restrictions. Times of day in seconds of the day ({@code endSecond} 86400 for an end of {@code 00:00}: the
 * end of the day); {@code -1} when absent. Durations in seconds, {@code -1} when absent. {@code days} empty: any day.
 */
public record NRestrictions(
        int startSecond,
        int endSecond,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable BigDecimal minKwh,
        @Nullable BigDecimal maxKwh,
        @Nullable BigDecimal minCurrent,
        @Nullable BigDecimal maxCurrent,
        @Nullable BigDecimal minPower,
        @Nullable BigDecimal maxPower,
        long minDuration,
        long maxDuration,
        Set<DayOfWeek> days,
        ReservationKind reservation) {

    public static final NRestrictions NONE = new NRestrictions(
            -1, -1, null, null, null, null, null, null, null, null, -1, -1, Set.of(), ReservationKind.NONE);

    public boolean hasTimeWindow() {
        return startSecond >= 0 || endSecond >= 0;
    }

    public boolean hasLocalTimeRule() {
        return hasTimeWindow() || startDate != null || endDate != null || !days.isEmpty();
    }

    public static String formatSecond(int second) {
        return LocalTime.ofSecondOfDay(second % 86400).toString();
    }
}
