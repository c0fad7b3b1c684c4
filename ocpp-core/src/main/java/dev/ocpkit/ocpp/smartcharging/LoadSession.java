package dev.ocpkit.ocpp.smartcharging;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A charging session that shares a site's grid connection under {@link SiteLoadManager}: which transaction it is,
 * how much it may and must draw, and how important it is.
 *
 * @param stationId the station identity (the OCPP-J identity in the URL)
 * @param evseId the EVSE (OCPP 1.6: the connector), at least 1
 * @param transactionId the transaction id (OCPP 1.6: the decimal integer the CSMS assigned)
 * @param phases the phases the session uses, 1 to 3 (rates in A are per phase)
 * @param maxRate the most the session can draw (EVSE or vehicle maximum)
 * @param minRate the least a charging session needs (IEC 61851: 6 A); below it the session is paused (0) instead
 * @param priority higher first under {@link AllocationPolicy#PRIORITY}; ignored by {@link AllocationPolicy#FAIR_SHARE}
 * @param profileUnit the unit of the TxProfiles sent to this session's station, or {@code null} for the manager's
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 3.13.4
 *     (Smart Charging use cases: load balancing, central smart charging); OCPP 2.0.1 Part 2, K (use cases K01, K02)</a>
 * @since 0.1
 */
public record LoadSession(
        String stationId,
        int evseId,
        String transactionId,
        int phases,
        ChargingRate maxRate,
        ChargingRate minRate,
        int priority,
        @Nullable ChargingRateUnit profileUnit) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     * @throws IllegalArgumentException when {@code evseId} is below 1, {@code phases} is not 1 to 3, or the profile
     *     unit is {@link ChargingRateUnit#UNKNOWN}
     */
    public LoadSession {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(maxRate, "maxRate");
        Objects.requireNonNull(minRate, "minRate");
        if (evseId < 1) {
            throw new IllegalArgumentException("evseId must be at least 1: " + evseId);
        }
        if (phases < 1 || phases > 3) {
            throw new IllegalArgumentException("phases must be 1 to 3: " + phases);
        }
        if (profileUnit == ChargingRateUnit.UNKNOWN) {
            throw new IllegalArgumentException("profileUnit is A, W or null");
        }
    }

    /**
     * A builder with the defaults: 3 phases, at most 32 A, at least 6 A, priority 0, the manager's profile unit.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link LoadSession}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String stationId;
        private int evseId = 1;
        private @Nullable String transactionId;
        private int phases = 3;
        private ChargingRate maxRate = ChargingRate.amps("32");
        private ChargingRate minRate = ChargingRate.amps("6");
        private int priority;
        private @Nullable ChargingRateUnit profileUnit;

        private Builder() {}

        private Builder(LoadSession source) {
            this.stationId = source.stationId();
            this.evseId = source.evseId();
            this.transactionId = source.transactionId();
            this.phases = source.phases();
            this.maxRate = source.maxRate();
            this.minRate = source.minRate();
            this.priority = source.priority();
            this.profileUnit = source.profileUnit();
        }

        /** Sets {@code stationId}: the station identity. Required. */
        public Builder stationId(String stationId) {
            this.stationId = stationId;
            return this;
        }

        /** Sets {@code evseId}: the EVSE (OCPP 1.6: the connector); default 1. */
        public Builder evseId(int evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code transactionId}: the transaction id. Required. */
        public Builder transactionId(String transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Sets {@code phases}: the phases the session uses, 1 to 3; default 3. */
        public Builder phases(int phases) {
            this.phases = phases;
            return this;
        }

        /** Sets {@code maxRate}: the most the session can draw; default 32 A. */
        public Builder maxRate(ChargingRate maxRate) {
            this.maxRate = Objects.requireNonNull(maxRate, "maxRate");
            return this;
        }

        /** Sets {@code minRate}: the least a charging session needs; default 6 A. */
        public Builder minRate(ChargingRate minRate) {
            this.minRate = Objects.requireNonNull(minRate, "minRate");
            return this;
        }

        /** Sets {@code priority}: higher first under {@link AllocationPolicy#PRIORITY}; default 0. */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /** Sets {@code profileUnit}: the unit of the TxProfiles; {@code null} (default) for the manager's. */
        public Builder profileUnit(@Nullable ChargingRateUnit profileUnit) {
            this.profileUnit = profileUnit;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when {@code stationId} or {@code transactionId} is unset
         * @throws IllegalArgumentException when a component breaks a rule of the record
         */
        public LoadSession build() {
            return new LoadSession(
                    Objects.requireNonNull(stationId, "stationId"),
                    evseId,
                    Objects.requireNonNull(transactionId, "transactionId"),
                    phases,
                    maxRate,
                    minRate,
                    priority,
                    profileUnit);
        }
    }
}
