package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;

/**
 * A running sum of {@code BigDecimal}s with the value and scale that adding them one by one to {@link BigDecimal#ZERO}
 * gives. Whole numbers of at most 18 digits (the engine's Wh and seconds, as a rule) are added as a {@code long}, without
 * a new {@code BigDecimal} per addition; from the first other value on, or on overflow, the sum goes on in
 * {@code BigDecimal}. Not thread-safe; one per sum.
 */
final class ExactSum {
    private long units;
    private BigDecimal big;

    /** Adds a value. */
    void add(BigDecimal x) {
        if (big == null) {
            if (x.scale() == 0 && x.precision() <= 18) {
                long v = x.longValue(); // exact: a whole number of at most 18 digits
                long r = units + v;
                // overflow only when both have the sign the result lacks
                if (((units ^ r) & (v ^ r)) >= 0) {
                    units = r;
                    return;
                }
            }
            big = BigDecimal.valueOf(units);
        }
        big = big.add(x);
    }

    /** The sum: {@code ZERO.add(x1).add(x2)...}, the same value and scale. */
    BigDecimal value() {
        return big != null ? big : BigDecimal.valueOf(units);
    }
}
