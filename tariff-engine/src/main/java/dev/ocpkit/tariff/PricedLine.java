package dev.ocpkit.tariff;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a price breakdown: one price component applied to one charging period.
 *
 * <p>Quantities are in the dimension's step unit ({@link PricedDimension#unit()}: Wh, seconds, or 1 for a FLAT fee),
 * exact. The unit price is per kWh, per hour or per fee, excluding VAT, as in the tariff.
 *
 * @param period index of the charging period in {@link PricedSession#periods()} (0-based)
 * @param dimension the dimension billed
 * @param category the CDR total this line counts toward
 * @param tariffId id of the tariff the component belongs to; {@code null} when the tariff has none
 * @param element index of the tariff element in the tariff's {@code elements} (0-based)
 * @param component index of the price component in the element's {@code price_components} (0-based)
 * @param unitPrice price per kWh, hour or fee, excl. VAT
 * @param vat the VAT percentage; {@code null} when the component has none (not the same as 0%)
 * @param stepSize the component's {@code step_size} in the step unit; 0 for FLAT or no rounding
 * @param quantity the measured quantity
 * @param stepRounding the quantity added by step_size rounding (zero on every line but the last of its group)
 * @param cost the line's cost: unit price times billed quantity, and VAT
 * @since 0.1
 */
public record PricedLine(
        int period,
        PricedDimension dimension,
        CostCategory category,
        @Nullable String tariffId,
        int element,
        int component,
        BigDecimal unitPrice,
        @Nullable BigDecimal vat,
        long stepSize,
        BigDecimal quantity,
        BigDecimal stepRounding,
        Cost cost) {

    /** Checks the required components. */
    public PricedLine {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(stepRounding, "stepRounding");
        Objects.requireNonNull(cost, "cost");
    }

    /** The quantity billed: {@link #quantity()} plus {@link #stepRounding()}. */
    public BigDecimal billedQuantity() {
        return quantity.add(stepRounding);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this line's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.period = period;
        b.dimension = dimension;
        b.category = category;
        b.tariffId = tariffId;
        b.element = element;
        b.component = component;
        b.unitPrice = unitPrice;
        b.vat = vat;
        b.stepSize = stepSize;
        b.quantity = quantity;
        b.stepRounding = stepRounding;
        b.cost = cost;
        return b;
    }

    /** Builds a {@link PricedLine}; not thread-safe. */
    public static final class Builder {
        private int period;
        private PricedDimension dimension = PricedDimension.FLAT;
        private CostCategory category = CostCategory.FIXED;
        private @Nullable String tariffId;
        private int element;
        private int component;
        private BigDecimal unitPrice = BigDecimal.ZERO;
        private @Nullable BigDecimal vat;
        private long stepSize;
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal stepRounding = BigDecimal.ZERO;
        private Cost cost = Cost.ZERO;

        private Builder() {}

        /** Sets the period index. */
        public Builder period(int period) {
            this.period = period;
            return this;
        }

        /** Sets the dimension. */
        public Builder dimension(PricedDimension dimension) {
            this.dimension = dimension;
            return this;
        }

        /** Sets the cost category. */
        public Builder category(CostCategory category) {
            this.category = category;
            return this;
        }

        /** Sets the tariff id. */
        public Builder tariffId(@Nullable String tariffId) {
            this.tariffId = tariffId;
            return this;
        }

        /** Sets the element index. */
        public Builder element(int element) {
            this.element = element;
            return this;
        }

        /** Sets the component index. */
        public Builder component(int component) {
            this.component = component;
            return this;
        }

        /** Sets the unit price. */
        public Builder unitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        /** Sets the VAT percentage. */
        public Builder vat(@Nullable BigDecimal vat) {
            this.vat = vat;
            return this;
        }

        /** Sets the step size. */
        public Builder stepSize(long stepSize) {
            this.stepSize = stepSize;
            return this;
        }

        /** Sets the measured quantity. */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** Sets the quantity added by step rounding. */
        public Builder stepRounding(BigDecimal stepRounding) {
            this.stepRounding = stepRounding;
            return this;
        }

        /** Sets the cost. */
        public Builder cost(Cost cost) {
            this.cost = cost;
            return this;
        }

        /** Builds the line. */
        public PricedLine build() {
            return new PricedLine(
                    period,
                    dimension,
                    category,
                    tariffId,
                    element,
                    component,
                    unitPrice,
                    vat,
                    stepSize,
                    quantity,
                    stepRounding,
                    cost);
        }
    }
}
