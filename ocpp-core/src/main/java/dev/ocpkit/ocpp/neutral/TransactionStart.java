package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.metering.MeterSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a station reports when a transaction starts, for {@link StationCalls#startTransaction}.
 *
 * <p>OCPP 1.6 needs {@code idToken} and {@code meterStartWh} and cannot carry {@code samples} in StartTransaction (send
 * them with {@link StationCalls#updateTransaction}); it ignores {@code remoteStartId}, {@code chargingState} and
 * {@code triggerReason}. For 2.x, {@code meterStartWh} becomes a sample ({@code Energy.Active.Import.Register},
 * {@code Transaction.Begin}, {@code Wh}) placed before {@code samples}, and {@code triggerReason} defaults to
 * {@code Authorized} with an id token and {@code CablePluggedIn} without.
 *
 * @param evseId the EVSE, at least 1 (1.6: the connector id)
 * @param connectorId the connector of the EVSE; {@code null} or 1 for 1.6
 * @param idToken the identifier; required for 1.6
 * @param timestamp when the transaction started
 * @param meterStartWh the energy register in Wh; required for 1.6 (rounded to whole Wh)
 * @param reservationId the reservation the transaction ends
 * @param remoteStartId OCPP 2.x: the remoteStartId of the RequestStartTransaction that led to it
 * @param chargingState OCPP 2.x: the charging state
 * @param triggerReason OCPP 2.x: why the event is sent; see the class documentation for the default
 * @param samples OCPP 2.x: further meter samples; must be empty for 1.6
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.45 StartTransaction.req; OCPP 2.0.1 and 2.1 Part 2, TransactionEventRequest</a>
 * @since 0.1
 */
public record TransactionStart(
        int evseId,
        @Nullable Integer connectorId,
        @Nullable IdToken idToken,
        Instant timestamp,
        @Nullable BigDecimal meterStartWh,
        @Nullable Integer reservationId,
        @Nullable Integer remoteStartId,
        @Nullable ChargingState chargingState,
        @Nullable TriggerReason triggerReason,
        List<MeterSample> samples) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when a required component is {@code null}
     * @throws IllegalArgumentException when {@code evseId} is less than 1
     */
    public TransactionStart {
        Objects.requireNonNull(timestamp, "timestamp");
        samples = samples == null ? List.of() : List.copyOf(samples);
        if (evseId < 1) {
            throw new IllegalArgumentException("evseId must be at least 1: " + evseId);
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

    /** Builds a {@link TransactionStart}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer evseId;
        private @Nullable Integer connectorId;
        private @Nullable IdToken idToken;
        private @Nullable Instant timestamp;
        private @Nullable BigDecimal meterStartWh;
        private @Nullable Integer reservationId;
        private @Nullable Integer remoteStartId;
        private @Nullable ChargingState chargingState;
        private @Nullable TriggerReason triggerReason;
        private List<MeterSample> samples = List.of();

        private Builder() {}

        private Builder(TransactionStart source) {
            this.evseId = source.evseId();
            this.connectorId = source.connectorId();
            this.idToken = source.idToken();
            this.timestamp = source.timestamp();
            this.meterStartWh = source.meterStartWh();
            this.reservationId = source.reservationId();
            this.remoteStartId = source.remoteStartId();
            this.chargingState = source.chargingState();
            this.triggerReason = source.triggerReason();
            this.samples = source.samples();
        }

        /** Sets {@code evseId}: the EVSE, at least 1 (1.6: the connector id). */
        public Builder evseId(int evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code connectorId}: the connector of the EVSE; {@code null} or 1 for 1.6. */
        public Builder connectorId(@Nullable Integer connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        /** Sets {@code idToken}: the identifier; required for 1.6. */
        public Builder idToken(@Nullable IdToken idToken) {
            this.idToken = idToken;
            return this;
        }

        /** Sets {@code timestamp}: when the transaction started. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Sets {@code meterStartWh}: the energy register in Wh; required for 1.6 (rounded to whole Wh). */
        public Builder meterStartWh(@Nullable BigDecimal meterStartWh) {
            this.meterStartWh = meterStartWh;
            return this;
        }

        /** Sets {@code reservationId}: the reservation the transaction ends. */
        public Builder reservationId(@Nullable Integer reservationId) {
            this.reservationId = reservationId;
            return this;
        }

        /** Sets {@code remoteStartId}: OCPP 2.x: the remoteStartId of the RequestStartTransaction that led to it. */
        public Builder remoteStartId(@Nullable Integer remoteStartId) {
            this.remoteStartId = remoteStartId;
            return this;
        }

        /** Sets {@code chargingState}: OCPP 2.x: the charging state. */
        public Builder chargingState(@Nullable ChargingState chargingState) {
            this.chargingState = chargingState;
            return this;
        }

        /** Sets {@code triggerReason}: OCPP 2.x: why the event is sent; see the class documentation for the default. */
        public Builder triggerReason(@Nullable TriggerReason triggerReason) {
            this.triggerReason = triggerReason;
            return this;
        }

        /** Sets {@code samples}: OCPP 2.x: further meter samples; must be empty for 1.6. */
        public Builder samples(List<MeterSample> samples) {
            this.samples = Objects.requireNonNull(samples, "samples");
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         * @throws IllegalArgumentException when {@code evseId} is less than 1
         */
        public TransactionStart build() {
            return new TransactionStart(
                    Objects.requireNonNull(evseId, "evseId"),
                    connectorId,
                    idToken,
                    timestamp,
                    meterStartWh,
                    reservationId,
                    remoteStartId,
                    chargingState,
                    triggerReason,
                    samples);
        }
    }
}
