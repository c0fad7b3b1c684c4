package dev.ocpkit.tariff.internal;

/** Deliberate misreadings of the rules, used by the audit to explain why someone else's totals differ. */
public enum Variant {
    /** The rules as specified. */
    STANDARD,
    /** step_size ignored. */
    NO_STEP_ROUNDING,
    /** step_size applied to every period on its own. */
    STEP_PER_PERIOD,
    /** Charging and parking time rounded together, the extra on the last time line (an older reading, ocpi/ocpi#289). */
    TIME_AND_PARKING_ROUNDED_TOGETHER,
    /** min_price / max_price ignored. */
    NO_PRICE_LIMITS
}
