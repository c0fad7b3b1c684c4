package dev.ocpkit.tariff.internal;

/**
 * Readings of the rules: {@link #STANDARD} is OCPI 2.2.1 and 2.3.0; the others are deliberate misreadings the audit
 * uses to explain why someone else's totals differ, except {@link #STEP_PER_PERIOD}, which is also how OCPI 2.1.1
 * defines step_size.
 */
public enum Variant {
    /** The rules as specified. */
    STANDARD,
    /** step_size ignored. */
    NO_STEP_ROUNDING,
    /**
     * step_size applied to every period's line on its own: OCPI 2.1.1's rule as written (PriceComponent: "time will be
     * billed in blocks of 5 minutes"; no session-wide rule), a misreading of 2.2.1 and 2.3.0.
     */
    STEP_PER_PERIOD,
    /** Charging and parking time rounded together, the extra on the last time line (an older reading, ocpi/ocpi#289). */
    TIME_AND_PARKING_ROUNDED_TOGETHER,
    /** min_price / max_price ignored. */
    NO_PRICE_LIMITS
}
