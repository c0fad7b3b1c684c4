package dev.ocpkit.ocpp.smartcharging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A charging schedule: a list of periods, in A or W, optionally starting at a point in time and lasting a given
 * number of seconds.
 *
 * <p>OCPP 1.6 has one schedule per profile and no schedule id; OCPP 2.x has one to three schedules per profile, each
 * with an id. OCPP 2.1 adds {@code limitAtSoC}, {@code powerTolerance}, {@code randomizedDelay},
 * {@code useLocalTime}, {@code signatureId} and {@code digestValue}. Sales tariffs and the 2.1 price schedules
 * ({@code salesTariff}, {@code absolutePriceSchedule}, {@code priceLevelSchedule}) are not carried: use the
 * version-specific types for them.
 *
 * @param id the schedule id (OCPP 2.x); {@code null} for OCPP 1.6 schedules
 * @param startSchedule when the schedule starts; {@code null} for relative profiles (then it starts with the transaction)
 * @param duration how long the schedule lasts, in seconds; {@code null} means until the profile ends (the last period then lasts indefinitely)
 * @param chargingRateUnit the unit of the limits, A or W
 * @param chargingSchedulePeriod the periods, in strictly increasing order of {@code startPeriod} (the first normally at 0)
 * @param minChargingRate the lowest rate the EV supports, in the schedule's unit
 * @param limitAtSoC OCPP 2.1: a limit that applies once the EV reaches a state of charge
 * @param powerTolerance OCPP 2.1: the tolerance around the limits, in the schedule's unit
 * @param randomizedDelay OCPP 2.1: the maximum random delay, in seconds, before a period takes effect
 * @param useLocalTime OCPP 2.1: whether the start time is in local time of the station (recurring profiles)
 * @param signatureId OCPP 2.1: the id of the signature of a signed schedule
 * @param digestValue OCPP 2.1: the digest of a signed schedule (base64)
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.13 ChargingSchedule; OCPP 2.0.1 and 2.1 Part 2, ChargingScheduleType</a>
 * @since 0.1
 */
public record ChargingSchedule(
        @Nullable Integer id,
        @Nullable Instant startSchedule,
        @Nullable Integer duration,
        ChargingRateUnit chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod,
        @Nullable BigDecimal minChargingRate,
        @Nullable LimitAtSoc limitAtSoC,
        @Nullable BigDecimal powerTolerance,
        @Nullable Integer randomizedDelay,
        @Nullable Boolean useLocalTime,
        @Nullable Integer signatureId,
        @Nullable String digestValue) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when a required component is {@code null}
     * @throws IllegalArgumentException when there is no period, the periods are not in strictly increasing order of {@code startPeriod}, or {@code duration} is negative
     */
    public ChargingSchedule {
        Objects.requireNonNull(chargingRateUnit, "chargingRateUnit");
        chargingSchedulePeriod = chargingSchedulePeriod == null ? List.of() : List.copyOf(chargingSchedulePeriod);
        if (chargingSchedulePeriod.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one period");
        }
        for (int i = 1; i < chargingSchedulePeriod.size(); i++) {
            if (chargingSchedulePeriod.get(i).startPeriod()
                    <= chargingSchedulePeriod.get(i - 1).startPeriod()) {
                throw new IllegalArgumentException("periods must be in increasing order of startPeriod");
            }
        }
        if (duration != null && duration < 0) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
    }

    /** Whether a component that only OCPP 2.1 knows is set (here or in a period). */
    public boolean usesOcpp21Fields() {
        return limitAtSoC != null
                || powerTolerance != null
                || randomizedDelay != null
                || useLocalTime != null
                || signatureId != null
                || digestValue != null
                || chargingSchedulePeriod.stream().anyMatch(ChargingSchedulePeriod::usesOcpp21Fields);
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ChargingSchedule}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer id;
        private @Nullable Instant startSchedule;
        private @Nullable Integer duration;
        private @Nullable ChargingRateUnit chargingRateUnit;
        private List<ChargingSchedulePeriod> chargingSchedulePeriod = List.of();
        private @Nullable BigDecimal minChargingRate;
        private @Nullable LimitAtSoc limitAtSoC;
        private @Nullable BigDecimal powerTolerance;
        private @Nullable Integer randomizedDelay;
        private @Nullable Boolean useLocalTime;
        private @Nullable Integer signatureId;
        private @Nullable String digestValue;

        private Builder() {}

        private Builder(ChargingSchedule source) {
            this.id = source.id();
            this.startSchedule = source.startSchedule();
            this.duration = source.duration();
            this.chargingRateUnit = source.chargingRateUnit();
            this.chargingSchedulePeriod = source.chargingSchedulePeriod();
            this.minChargingRate = source.minChargingRate();
            this.limitAtSoC = source.limitAtSoC();
            this.powerTolerance = source.powerTolerance();
            this.randomizedDelay = source.randomizedDelay();
            this.useLocalTime = source.useLocalTime();
            this.signatureId = source.signatureId();
            this.digestValue = source.digestValue();
        }

        /** Sets {@code id}: the schedule id (OCPP 2.x); {@code null} for OCPP 1.6 schedules. */
        public Builder id(@Nullable Integer id) {
            this.id = id;
            return this;
        }

        /** Sets {@code startSchedule}: when the schedule starts; {@code null} for relative profiles (then it starts with the transaction). */
        public Builder startSchedule(@Nullable Instant startSchedule) {
            this.startSchedule = startSchedule;
            return this;
        }

        /** Sets {@code duration}: how long the schedule lasts, in seconds; {@code null} means until the profile ends (the last period then lasts indefinitely). */
        public Builder duration(@Nullable Integer duration) {
            this.duration = duration;
            return this;
        }

        /** Sets {@code chargingRateUnit}: the unit of the limits, A or W. */
        public Builder chargingRateUnit(ChargingRateUnit chargingRateUnit) {
            this.chargingRateUnit = chargingRateUnit;
            return this;
        }

        /** Sets {@code chargingSchedulePeriod}: the periods, in strictly increasing order of {@code startPeriod} (the first normally at 0). */
        public Builder chargingSchedulePeriod(List<ChargingSchedulePeriod> chargingSchedulePeriod) {
            this.chargingSchedulePeriod = Objects.requireNonNull(chargingSchedulePeriod, "chargingSchedulePeriod");
            return this;
        }

        /** Sets {@code minChargingRate}: the lowest rate the EV supports, in the schedule's unit. */
        public Builder minChargingRate(@Nullable BigDecimal minChargingRate) {
            this.minChargingRate = minChargingRate;
            return this;
        }

        /** Sets {@code limitAtSoC}: OCPP 2.1: a limit that applies once the EV reaches a state of charge. */
        public Builder limitAtSoC(@Nullable LimitAtSoc limitAtSoC) {
            this.limitAtSoC = limitAtSoC;
            return this;
        }

        /** Sets {@code powerTolerance}: OCPP 2.1: the tolerance around the limits, in the schedule's unit. */
        public Builder powerTolerance(@Nullable BigDecimal powerTolerance) {
            this.powerTolerance = powerTolerance;
            return this;
        }

        /** Sets {@code randomizedDelay}: OCPP 2.1: the maximum random delay, in seconds, before a period takes effect. */
        public Builder randomizedDelay(@Nullable Integer randomizedDelay) {
            this.randomizedDelay = randomizedDelay;
            return this;
        }

        /** Sets {@code useLocalTime}: OCPP 2.1: whether the start time is in local time of the station (recurring profiles). */
        public Builder useLocalTime(@Nullable Boolean useLocalTime) {
            this.useLocalTime = useLocalTime;
            return this;
        }

        /** Sets {@code signatureId}: OCPP 2.1: the id of the signature of a signed schedule. */
        public Builder signatureId(@Nullable Integer signatureId) {
            this.signatureId = signatureId;
            return this;
        }

        /** Sets {@code digestValue}: OCPP 2.1: the digest of a signed schedule (base64). */
        public Builder digestValue(@Nullable String digestValue) {
            this.digestValue = digestValue;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         * @throws IllegalArgumentException when there is no period, the periods are not in strictly increasing order of {@code startPeriod}, or {@code duration} is negative
         */
        public ChargingSchedule build() {
            return new ChargingSchedule(
                    id,
                    startSchedule,
                    duration,
                    chargingRateUnit,
                    chargingSchedulePeriod,
                    minChargingRate,
                    limitAtSoC,
                    powerTolerance,
                    randomizedDelay,
                    useLocalTime,
                    signatureId,
                    digestValue);
        }
    }
}
