package dev.ocpkit.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A charging period as priced: its span, what was used in it (exact), what was measured, and its priced lines.
 *
 * @param index position in the session (0-based)
 * @param start start of the period
 * @param end end of the period (the next period's start, or the session's end)
 * @param tariffId the tariff that priced it; {@code null} when the period is free or the tariff has no id
 * @param reservation whether this is a reservation period (priced by reservation elements)
 * @param energyKwh energy charged, kWh
 * @param chargingSeconds time charging, seconds
 * @param parkingSeconds time not charging, seconds
 * @param reservationSeconds time reserved, seconds
 * @param minPower lowest power, kW; {@code null} when not known
 * @param maxPower highest power, kW; {@code null} when not known
 * @param minCurrent lowest current summed over phases, A; {@code null} when not known
 * @param maxCurrent highest current summed over phases, A; {@code null} when not known
 * @param lines the priced lines of this period, in the order FLAT, ENERGY, TIME, PARKING_TIME, RESERVATION_TIME
 * @since 0.1
 */
public record PricedPeriod(
        int index,
        Instant start,
        Instant end,
        @Nullable String tariffId,
        boolean reservation,
        BigDecimal energyKwh,
        BigDecimal chargingSeconds,
        BigDecimal parkingSeconds,
        BigDecimal reservationSeconds,
        @Nullable BigDecimal minPower,
        @Nullable BigDecimal maxPower,
        @Nullable BigDecimal minCurrent,
        @Nullable BigDecimal maxCurrent,
        List<PricedLine> lines) {

    /** Checks the required components and copies the lines. */
    public PricedPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(energyKwh, "energyKwh");
        Objects.requireNonNull(chargingSeconds, "chargingSeconds");
        Objects.requireNonNull(parkingSeconds, "parkingSeconds");
        Objects.requireNonNull(reservationSeconds, "reservationSeconds");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A new builder; start and end must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this period's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.index = index;
        b.start = start;
        b.end = end;
        b.tariffId = tariffId;
        b.reservation = reservation;
        b.energyKwh = energyKwh;
        b.chargingSeconds = chargingSeconds;
        b.parkingSeconds = parkingSeconds;
        b.reservationSeconds = reservationSeconds;
        b.minPower = minPower;
        b.maxPower = maxPower;
        b.minCurrent = minCurrent;
        b.maxCurrent = maxCurrent;
        b.lines = lines;
        return b;
    }

    /** Builds a {@link PricedPeriod}; not thread-safe. */
    public static final class Builder {
        private int index;
        private @Nullable Instant start;
        private @Nullable Instant end;
        private @Nullable String tariffId;
        private boolean reservation;
        private BigDecimal energyKwh = BigDecimal.ZERO;
        private BigDecimal chargingSeconds = BigDecimal.ZERO;
        private BigDecimal parkingSeconds = BigDecimal.ZERO;
        private BigDecimal reservationSeconds = BigDecimal.ZERO;
        private @Nullable BigDecimal minPower;
        private @Nullable BigDecimal maxPower;
        private @Nullable BigDecimal minCurrent;
        private @Nullable BigDecimal maxCurrent;
        private List<PricedLine> lines = List.of();

        private Builder() {}

        /** Sets the index. */
        public Builder index(int index) {
            this.index = index;
            return this;
        }

        /** Sets the start. */
        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        /** Sets the end. */
        public Builder end(Instant end) {
            this.end = end;
            return this;
        }

        /** Sets the tariff id. */
        public Builder tariffId(@Nullable String tariffId) {
            this.tariffId = tariffId;
            return this;
        }

        /** Sets whether this is a reservation period. */
        public Builder reservation(boolean reservation) {
            this.reservation = reservation;
            return this;
        }

        /** Sets the energy, kWh. */
        public Builder energyKwh(BigDecimal energyKwh) {
            this.energyKwh = energyKwh;
            return this;
        }

        /** Sets the charging time, seconds. */
        public Builder chargingSeconds(BigDecimal chargingSeconds) {
            this.chargingSeconds = chargingSeconds;
            return this;
        }

        /** Sets the parking time, seconds. */
        public Builder parkingSeconds(BigDecimal parkingSeconds) {
            this.parkingSeconds = parkingSeconds;
            return this;
        }

        /** Sets the reservation time, seconds. */
        public Builder reservationSeconds(BigDecimal reservationSeconds) {
            this.reservationSeconds = reservationSeconds;
            return this;
        }

        /** Sets the lowest power, kW. */
        public Builder minPower(@Nullable BigDecimal minPower) {
            this.minPower = minPower;
            return this;
        }

        /** Sets the highest power, kW. */
        public Builder maxPower(@Nullable BigDecimal maxPower) {
            this.maxPower = maxPower;
            return this;
        }

        /** Sets the lowest current, A. */
        public Builder minCurrent(@Nullable BigDecimal minCurrent) {
            this.minCurrent = minCurrent;
            return this;
        }

        /** Sets the highest current, A. */
        public Builder maxCurrent(@Nullable BigDecimal maxCurrent) {
            this.maxCurrent = maxCurrent;
            return this;
        }

        /** Sets the lines. */
        public Builder lines(@Nullable List<PricedLine> lines) {
            this.lines = lines == null ? List.of() : List.copyOf(lines);
            return this;
        }

        /**
         * Builds the period.
         *
         * @throws NullPointerException when start or end is not set
         */
        public PricedPeriod build() {
            return new PricedPeriod(
                    index,
                    Objects.requireNonNull(start, "start"),
                    Objects.requireNonNull(end, "end"),
                    tariffId,
                    reservation,
                    energyKwh,
                    chargingSeconds,
                    parkingSeconds,
                    reservationSeconds,
                    minPower,
                    maxPower,
                    minCurrent,
                    maxCurrent,
                    lines);
        }
    }
}
