package dev.ocpkit.tariff;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The choices where the OCPI text leaves room, each an explicit option. {@link #DEFAULTS} follows the specification
 * text of {@code release-2.2.1-bugfixes} and the maintainers' answers in the ocpi/ocpi GitHub issues;
 * {@code docs/tariffs.md} gives the justification of every default.
 *
 * @param flatFee how often a FLAT component is charged
 * @param powerMeasure which measured power {@code min_power} and {@code max_power} compare with
 * @param currentMeasure which measured current {@code min_current} and {@code max_current} compare with
 * @param priceLimitAllocation how a {@code min_price} / {@code max_price} adjustment shows in the sub-totals
 * @param omittedVat what an omitted {@code vat} means for the amounts including VAT
 * @param validity when the tariff's {@code start_date_time} / {@code end_date_time} are checked
 * @param untaggedPeriods how charging periods without a {@code tariff_id} are priced
 * @param timeVolumes where a CDR period's time quantity is read from
 * @param rounding how money is rounded; {@code null} for exact amounts (the default)
 * @since 0.1
 */
public record PricingOptions(
        FlatFee flatFee,
        Measure powerMeasure,
        Measure currentMeasure,
        PriceLimitAllocation priceLimitAllocation,
        OmittedVat omittedVat,
        Validity validity,
        UntaggedPeriods untaggedPeriods,
        TimeVolumes timeVolumes,
        @Nullable RoundingPolicy rounding) {

    /**
     * How often a FLAT price component is charged.
     *
     * @since 0.1
     */
    public enum FlatFee {
        /**
         * Once per session (and once more for a reservation): the FLAT component of the first charging period in
         * which a FLAT component applies. A FLAT fee "is a fixed amount that has to be paid for any Charging Session"
         * (Tariff object, {@code min_price}); the spec's examples with a start fee over two periods charge it once.
         */
        ONCE_PER_SESSION,
        /**
         * Each time a FLAT component becomes active: when the applicable FLAT component differs from the previous
         * period's (ocpi/ocpi#176, #390 discuss this reading).
         */
        PER_ACTIVATION
    }

    /**
     * Which measured value a {@code min_...} / {@code max_...} power or current restriction compares with.
     *
     * @since 0.1
     */
    public enum Measure {
        /**
         * {@code min_*} compares with the period's minimum ({@code MIN_POWER} / {@code MIN_CURRENT}) and {@code max_*}
         * with its maximum ({@code MAX_POWER} / {@code MAX_CURRENT}): an element applies only when the value stayed in
         * its band for the whole period ("If the charging power is or becomes lower, this TariffElement is not or no
         * longer valid"). Falls back to the average when the extremes are absent.
         */
        PERIOD_EXTREMES,
        /** Both compare with the period's average ({@code POWER} / {@code CURRENT}, or energy over charging time). */
        AVERAGE,
        /** Both compare with the period's maximum ({@code MAX_POWER} / {@code MAX_CURRENT}), else the average. */
        MAXIMUM
    }

    /**
     * How a {@code min_price} / {@code max_price} adjustment shows in the five sub-totals.
     *
     * @since 0.1
     */
    public enum PriceLimitAllocation {
        /**
         * Only {@code total_cost} changes; the sub-totals keep the cost of what was used. The spec defines the limits
         * on "the total cost of a Charging Session" and the sub-totals as the cost of their dimension.
         */
        TOTAL_ONLY,
        /** The difference is added to {@code total_fixed_cost}, so the sub-totals add up to {@code total_cost}. */
        FIXED_COST,
        /** Every sub-total is scaled by the same factor, so they add up to {@code total_cost}. */
        PROPORTIONAL
    }

    /**
     * What an omitted {@code vat} of a price component means for the amount including VAT.
     *
     * @since 0.1
     */
    public enum OmittedVat {
        /**
         * "If omitted, no VAT is applicable" (PriceComponent): no VAT is added, so the line's amount including VAT
         * equals the amount excluding VAT. The line still shows "no VAT", not 0%.
         */
        NOT_APPLICABLE,
        /**
         * The amount including VAT is unknown (North-American style, where tax is added later): every total that
         * contains such a line has no amount including VAT.
         */
        UNKNOWN
    }

    /**
     * When the tariff's validity ({@code start_date_time} inclusive, {@code end_date_time} inclusive: "the time after
     * which this tariff is no longer valid") is checked.
     *
     * @since 0.1
     */
    public enum Validity {
        /**
         * At the start of the session: "a driver accepts the tariff which is valid when they start their charging
         * session" (Tariff object, note on {@code start_date_time} and {@code end_date_time}).
         */
        SESSION_START,
        /** At the start of every charging period priced with the tariff. */
        EVERY_PERIOD,
        /** Not checked. */
        IGNORE
    }

    /**
     * How charging periods without a {@code tariff_id} are priced.
     *
     * @since 0.1
     */
    public enum UntaggedPeriods {
        /**
         * With the tariff being applied when exactly one tariff is given (many CDRs omit {@code tariff_id}); with more
         * than one tariff such a period is an error.
         */
        PRICE_WITH_TARIFF,
        /** Free: "If not provided, no Tariff is relevant during this period" (ChargingPeriod, {@code tariff_id}). */
        FREE
    }

    /**
     * Where the time quantity of a CDR charging period comes from. A CDR gives time in decimal hours ({@code 1.973}),
     * which rarely equals a whole number of seconds, while the period's bounds are exact timestamps.
     *
     * @since 0.1
     */
    public enum TimeVolumes {
        /**
         * When a period has exactly one time dimension (TIME, PARKING_TIME or RESERVATION_TIME) and its volume equals
         * the period's length (start to the next period's start, or the CDR's end) to the precision it is written
         * with (half a unit of its last decimal, at most 60 s), the exact length is used; otherwise the volume.
         */
        FROM_TIMESTAMPS_WHEN_CONSISTENT,
        /** The dimension volumes, hours times 3600, read to the millisecond. */
        AS_GIVEN
    }

    /** The defaults: each the reading the specification text or its maintainers support; exact money. */
    public static final PricingOptions DEFAULTS = new PricingOptions(
            FlatFee.ONCE_PER_SESSION,
            Measure.PERIOD_EXTREMES,
            Measure.PERIOD_EXTREMES,
            PriceLimitAllocation.TOTAL_ONLY,
            OmittedVat.NOT_APPLICABLE,
            Validity.SESSION_START,
            UntaggedPeriods.PRICE_WITH_TARIFF,
            TimeVolumes.FROM_TIMESTAMPS_WHEN_CONSISTENT,
            null);

    /** Checks that every choice is made. */
    public PricingOptions {
        Objects.requireNonNull(flatFee, "flatFee");
        Objects.requireNonNull(powerMeasure, "powerMeasure");
        Objects.requireNonNull(currentMeasure, "currentMeasure");
        Objects.requireNonNull(priceLimitAllocation, "priceLimitAllocation");
        Objects.requireNonNull(omittedVat, "omittedVat");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(untaggedPeriods, "untaggedPeriods");
        Objects.requireNonNull(timeVolumes, "timeVolumes");
    }

    /** A builder starting from {@link #DEFAULTS}. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.flatFee = flatFee;
        b.powerMeasure = powerMeasure;
        b.currentMeasure = currentMeasure;
        b.priceLimitAllocation = priceLimitAllocation;
        b.omittedVat = omittedVat;
        b.validity = validity;
        b.untaggedPeriods = untaggedPeriods;
        b.timeVolumes = timeVolumes;
        b.rounding = rounding;
        return b;
    }

    /** Builds {@link PricingOptions}; not thread-safe. */
    public static final class Builder {
        private FlatFee flatFee = FlatFee.ONCE_PER_SESSION;
        private Measure powerMeasure = Measure.PERIOD_EXTREMES;
        private Measure currentMeasure = Measure.PERIOD_EXTREMES;
        private PriceLimitAllocation priceLimitAllocation = PriceLimitAllocation.TOTAL_ONLY;
        private OmittedVat omittedVat = OmittedVat.NOT_APPLICABLE;
        private Validity validity = Validity.SESSION_START;
        private UntaggedPeriods untaggedPeriods = UntaggedPeriods.PRICE_WITH_TARIFF;
        private TimeVolumes timeVolumes = TimeVolumes.FROM_TIMESTAMPS_WHEN_CONSISTENT;
        private @Nullable RoundingPolicy rounding;

        private Builder() {}

        /** Sets how often a FLAT component is charged. */
        public Builder flatFee(FlatFee flatFee) {
            this.flatFee = flatFee;
            return this;
        }

        /** Sets which power {@code min_power} / {@code max_power} compare with. */
        public Builder powerMeasure(Measure powerMeasure) {
            this.powerMeasure = powerMeasure;
            return this;
        }

        /** Sets which current {@code min_current} / {@code max_current} compare with. */
        public Builder currentMeasure(Measure currentMeasure) {
            this.currentMeasure = currentMeasure;
            return this;
        }

        /** Sets how a price limit adjustment shows in the sub-totals. */
        public Builder priceLimitAllocation(PriceLimitAllocation priceLimitAllocation) {
            this.priceLimitAllocation = priceLimitAllocation;
            return this;
        }

        /** Sets what an omitted {@code vat} means. */
        public Builder omittedVat(OmittedVat omittedVat) {
            this.omittedVat = omittedVat;
            return this;
        }

        /** Sets when the tariff's validity is checked. */
        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        /** Sets how periods without {@code tariff_id} are priced. */
        public Builder untaggedPeriods(UntaggedPeriods untaggedPeriods) {
            this.untaggedPeriods = untaggedPeriods;
            return this;
        }

        /** Sets where a CDR period's time quantity is read from. */
        public Builder timeVolumes(TimeVolumes timeVolumes) {
            this.timeVolumes = timeVolumes;
            return this;
        }

        /** Sets the rounding policy; {@code null} for exact amounts. */
        public Builder rounding(@Nullable RoundingPolicy rounding) {
            this.rounding = rounding;
            return this;
        }

        /** Builds the options. */
        public PricingOptions build() {
            return new PricingOptions(
                    flatFee,
                    powerMeasure,
                    currentMeasure,
                    priceLimitAllocation,
                    omittedVat,
                    validity,
                    untaggedPeriods,
                    timeVolumes,
                    rounding);
        }
    }
}
