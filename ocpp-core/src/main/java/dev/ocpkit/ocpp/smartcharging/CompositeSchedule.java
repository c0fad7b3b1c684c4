package dev.ocpkit.ocpp.smartcharging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The schedule a station will actually follow on one EVSE over a time window: the result of combining every valid
 * profile (OCPP 1.6 GetCompositeSchedule.conf {@code chargingSchedule}, 2.x {@code CompositeScheduleType}).
 *
 * @param evseId the EVSE (OCPP 1.6: the connector id); 0 for the whole station
 * @param scheduleStart when the schedule starts
 * @param duration how long it lasts, in seconds
 * @param chargingRateUnit the unit of the limits
 * @param chargingSchedulePeriod the periods, the first starting at 0
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.23 GetCompositeSchedule.conf; OCPP 2.0.1 and 2.1 Part 2, CompositeScheduleType</a>
 * @since 0.1
 */
public record CompositeSchedule(
        int evseId,
        Instant scheduleStart,
        int duration,
        ChargingRateUnit chargingRateUnit,
        List<ChargingSchedulePeriod> chargingSchedulePeriod) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when a required component is {@code null}
     * @throws IllegalArgumentException when {@code duration} is negative or there is no period
     */
    public CompositeSchedule {
        Objects.requireNonNull(scheduleStart, "scheduleStart");
        Objects.requireNonNull(chargingRateUnit, "chargingRateUnit");
        chargingSchedulePeriod = chargingSchedulePeriod == null ? List.of() : List.copyOf(chargingSchedulePeriod);
        if (duration < 0) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        if (chargingSchedulePeriod.isEmpty()) {
            throw new IllegalArgumentException("a composite schedule needs at least one period");
        }
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link CompositeSchedule}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer evseId;
        private @Nullable Instant scheduleStart;
        private @Nullable Integer duration;
        private @Nullable ChargingRateUnit chargingRateUnit;
        private List<ChargingSchedulePeriod> chargingSchedulePeriod = List.of();

        private Builder() {}

        private Builder(CompositeSchedule source) {
            this.evseId = source.evseId();
            this.scheduleStart = source.scheduleStart();
            this.duration = source.duration();
            this.chargingRateUnit = source.chargingRateUnit();
            this.chargingSchedulePeriod = source.chargingSchedulePeriod();
        }

        /** Sets {@code evseId}: the EVSE (OCPP 1.6: the connector id); 0 for the whole station. */
        public Builder evseId(int evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code scheduleStart}: when the schedule starts. */
        public Builder scheduleStart(Instant scheduleStart) {
            this.scheduleStart = scheduleStart;
            return this;
        }

        /** Sets {@code duration}: how long it lasts, in seconds. */
        public Builder duration(int duration) {
            this.duration = duration;
            return this;
        }

        /** Sets {@code chargingRateUnit}: the unit of the limits. */
        public Builder chargingRateUnit(ChargingRateUnit chargingRateUnit) {
            this.chargingRateUnit = chargingRateUnit;
            return this;
        }

        /** Sets {@code chargingSchedulePeriod}: the periods, the first starting at 0. */
        public Builder chargingSchedulePeriod(List<ChargingSchedulePeriod> chargingSchedulePeriod) {
            this.chargingSchedulePeriod = Objects.requireNonNull(chargingSchedulePeriod, "chargingSchedulePeriod");
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         * @throws IllegalArgumentException when {@code duration} is negative or there is no period
         */
        public CompositeSchedule build() {
            return new CompositeSchedule(
                    Objects.requireNonNull(evseId, "evseId"),
                    scheduleStart,
                    Objects.requireNonNull(duration, "duration"),
                    chargingRateUnit,
                    chargingSchedulePeriod);
        }
    }
}
