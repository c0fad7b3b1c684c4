package dev.ocpkit.tariff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A session before it happens, for {@link TariffEngine#estimate(dev.ocpkit.ocpi.model.v221.Tariff, PlannedSession,
 * java.time.ZoneId)}: energy at a constant power over the charging time, then parking, optionally after a reservation.
 *
 * @param start when charging starts
 * @param chargingDuration how long the vehicle charges
 * @param energyKwh energy charged, kWh (at a constant rate)
 * @param parkingDuration how long the vehicle stays connected after charging; zero for none
 * @param currentA the current summed over phases while charging, A; {@code null} when not known (a tariff with current
 *     restrictions then cannot be estimated)
 * @param reservation how long the charge point is reserved before {@code start}; zero for none
 * @since 0.1
 */
public record PlannedSession(
        Instant start,
        Duration chargingDuration,
        BigDecimal energyKwh,
        Duration parkingDuration,
        @Nullable BigDecimal currentA,
        Duration reservation) {

    /** Checks the components. */
    public PlannedSession {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(chargingDuration, "chargingDuration");
        Objects.requireNonNull(energyKwh, "energyKwh");
        parkingDuration = parkingDuration == null ? Duration.ZERO : parkingDuration;
        reservation = reservation == null ? Duration.ZERO : reservation;
    }

    /** A builder; start, charging duration and energy must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.start = start;
        b.chargingDuration = chargingDuration;
        b.energyKwh = energyKwh;
        b.parkingDuration = parkingDuration;
        b.currentA = currentA;
        b.reservation = reservation;
        return b;
    }

    /** Builds a {@link PlannedSession}; not thread-safe. */
    public static final class Builder {
        private @Nullable Instant start;
        private @Nullable Duration chargingDuration;
        private @Nullable BigDecimal energyKwh;
        private Duration parkingDuration = Duration.ZERO;
        private @Nullable BigDecimal currentA;
        private Duration reservation = Duration.ZERO;

        private Builder() {}

        /** Sets when charging starts. */
        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        /** Sets how long the vehicle charges. */
        public Builder chargingDuration(Duration chargingDuration) {
            this.chargingDuration = chargingDuration;
            return this;
        }

        /** Sets the energy, kWh. */
        public Builder energyKwh(BigDecimal energyKwh) {
            this.energyKwh = energyKwh;
            return this;
        }

        /** Sets the parking time after charging. */
        public Builder parkingDuration(Duration parkingDuration) {
            this.parkingDuration = parkingDuration;
            return this;
        }

        /** Sets the charging current, A. */
        public Builder currentA(@Nullable BigDecimal currentA) {
            this.currentA = currentA;
            return this;
        }

        /** Sets the reservation time before the start. */
        public Builder reservation(Duration reservation) {
            this.reservation = reservation;
            return this;
        }

        /**
         * Builds the plan.
         *
         * @throws NullPointerException when start, charging duration or energy is not set
         */
        public PlannedSession build() {
            return new PlannedSession(
                    Objects.requireNonNull(start, "start"),
                    Objects.requireNonNull(chargingDuration, "chargingDuration"),
                    Objects.requireNonNull(energyKwh, "energyKwh"),
                    parkingDuration,
                    currentA,
                    reservation);
        }
    }
}
