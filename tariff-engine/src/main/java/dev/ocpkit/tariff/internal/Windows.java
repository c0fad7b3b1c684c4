package dev.ocpkit.tariff.internal;

/** Time-of-day windows of {@code start_time} / {@code end_time}. */
public final class Windows {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Windows() {}

    /**
     * Whether a local time of day lies in {@code [start, end)}; a missing start is midnight, a missing end (or an end of
     * {@code 00:00}, stored as 86400) is the end of the day; an end not after the start wraps past midnight.
     *
     * @param nanoOfDay the local time, nanoseconds of the day
     * @param startSecond seconds of the day, or -1
     * @param endSecond seconds of the day (86400 for the end of the day), or -1
     */
    public static boolean inWindow(long nanoOfDay, int startSecond, int endSecond) {
        long s = startSecond < 0 ? 0 : startSecond * NANOS_PER_SECOND;
        long e = endSecond < 0 ? 86_400 * NANOS_PER_SECOND : endSecond * NANOS_PER_SECOND;
        if (s < e) {
            return nanoOfDay >= s && nanoOfDay < e;
        }
        return nanoOfDay >= s || nanoOfDay < e;
    }
}
