package dev.ocpkit.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change of the session's total cost by the tariff's {@code min_price} or {@code max_price}. Excluding and including
 * VAT are adjusted independently ("they both apply", Tariff object notes).
 *
 * @param limit which limit applied
 * @param inclVat whether this adjusts the amount including VAT (else excluding VAT)
 * @param before the total before the adjustment
 * @param after the total after the adjustment
 * @since 0.1
 */
public record PriceLimitAdjustment(Limit limit, boolean inclVat, BigDecimal before, BigDecimal after) {
    /**
     * The tariff field that caused an adjustment.
     *
     * @since 0.1
     */
    public enum Limit {
        /** {@code min_price}: the session cost less. */
        MIN_PRICE,
        /** {@code max_price}: the session cost more. */
        MAX_PRICE
    }

    /** Checks the components. */
    public PriceLimitAdjustment {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** {@code after - before}: positive for a minimum, negative for a maximum. */
    public BigDecimal difference() {
        return after.subtract(before);
    }
}
