package dev.ocpkit.ocpp.smartcharging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CompositeScheduleCalculator} computes a composite schedule from: the EVSE and window asked for (as in
 * GetCompositeSchedule) and the station's state (the profiles installed and the transactions running).
 *
 * <p>A station builds it from its own state; a CSMS from the profiles it installed (e.g. kept in a
 * {@link ChargingProfileRegistry} per station) and the transactions it saw start.
 *
 * @param evseId the EVSE (OCPP 1.6: the connector); 0 for the station's grid connection
 * @param scheduleStart the start of the window (the calculation works in whole seconds: it is truncated to the second)
 * @param duration the length of the window in seconds, at least 1
 * @param chargingRateUnit the unit wanted, or {@code null} for the calculator's default
 * @param profiles every profile installed on the station, with its EVSE (those of other EVSEs are ignored)
 * @param transactions the transactions running, at most one per EVSE
 * @param evseCount the number of EVSEs of the station (EVSE 0 sums EVSEs 1 to {@code evseCount}); 0 means the
 *     highest EVSE id among the request, the profiles and the transactions (at least 1)
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 5.7
 *     GetCompositeSchedule; OCPP 2.0.1 Part 2, K08 Get Composite Schedule</a>
 * @since 0.1
 */
public record CompositeScheduleRequest(
        int evseId,
        Instant scheduleStart,
        int duration,
        @Nullable ChargingRateUnit chargingRateUnit,
        List<InstalledChargingProfile> profiles,
        List<ActiveTransaction> transactions,
        int evseCount) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when {@code scheduleStart} is {@code null}
     * @throws IllegalArgumentException when {@code evseId} or {@code evseCount} is negative, {@code duration} is below
     *     1, the unit is {@link ChargingRateUnit#UNKNOWN}, or two transactions run on the same EVSE
     */
    public CompositeScheduleRequest {
        Objects.requireNonNull(scheduleStart, "scheduleStart");
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
        if (evseId < 0) {
            throw new IllegalArgumentException("evseId must not be negative: " + evseId);
        }
        if (duration < 1) {
            throw new IllegalArgumentException("duration must be at least 1 second: " + duration);
        }
        if (evseCount < 0) {
            throw new IllegalArgumentException("evseCount must not be negative: " + evseCount);
        }
        if (chargingRateUnit == ChargingRateUnit.UNKNOWN) {
            throw new IllegalArgumentException("the unit wanted is A, W or null");
        }
        if (transactions.stream().map(ActiveTransaction::evseId).distinct().count() != transactions.size()) {
            throw new IllegalArgumentException("at most one transaction per EVSE");
        }
    }

    /** A builder with every component unset (lists empty, {@code evseCount} 0). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link CompositeScheduleRequest}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer evseId;
        private @Nullable Instant scheduleStart;
        private @Nullable Integer duration;
        private @Nullable ChargingRateUnit chargingRateUnit;
        private List<InstalledChargingProfile> profiles = List.of();
        private List<ActiveTransaction> transactions = List.of();
        private int evseCount;

        private Builder() {}

        private Builder(CompositeScheduleRequest source) {
            this.evseId = source.evseId();
            this.scheduleStart = source.scheduleStart();
            this.duration = source.duration();
            this.chargingRateUnit = source.chargingRateUnit();
            this.profiles = source.profiles();
            this.transactions = source.transactions();
            this.evseCount = source.evseCount();
        }

        /** Sets {@code evseId}: the EVSE (OCPP 1.6: the connector); 0 for the station's grid connection. */
        public Builder evseId(int evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code scheduleStart}: the start of the window (truncated to the second). */
        public Builder scheduleStart(Instant scheduleStart) {
            this.scheduleStart = scheduleStart;
            return this;
        }

        /** Sets {@code duration}: the length of the window in seconds, at least 1. */
        public Builder duration(int duration) {
            this.duration = duration;
            return this;
        }

        /** Sets {@code chargingRateUnit}: the unit wanted, or {@code null} for the calculator's default. */
        public Builder chargingRateUnit(@Nullable ChargingRateUnit chargingRateUnit) {
            this.chargingRateUnit = chargingRateUnit;
            return this;
        }

        /** Sets {@code profiles}: every profile installed on the station, with its EVSE. */
        public Builder profiles(List<InstalledChargingProfile> profiles) {
            this.profiles = Objects.requireNonNull(profiles, "profiles");
            return this;
        }

        /** Sets {@code transactions}: the transactions running, at most one per EVSE. */
        public Builder transactions(List<ActiveTransaction> transactions) {
            this.transactions = Objects.requireNonNull(transactions, "transactions");
            return this;
        }

        /** Sets {@code evseCount}: the number of EVSEs of the station; 0 (the default) to derive it. */
        public Builder evseCount(int evseCount) {
            this.evseCount = evseCount;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when {@code evseId}, {@code scheduleStart} or {@code duration} is unset
         * @throws IllegalArgumentException when a component breaks a rule of the record
         */
        public CompositeScheduleRequest build() {
            return new CompositeScheduleRequest(
                    Objects.requireNonNull(evseId, "evseId"),
                    scheduleStart,
                    Objects.requireNonNull(duration, "duration"),
                    chargingRateUnit,
                    profiles,
                    transactions,
                    evseCount);
        }
    }
}
