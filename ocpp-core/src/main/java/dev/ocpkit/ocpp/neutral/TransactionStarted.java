package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.metering.MeterSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A transaction started: OCPP 1.6 StartTransaction.req or 2.x TransactionEventRequest with {@code eventType}
 * {@code Started}.
 *
 * <p><b>Meter start.</b> 1.6 sends {@code meterStart} (Wh); it is {@link #meterStartWh()} and also the first sample
 * (measurand {@code Energy.Active.Import.Register}, context {@code Transaction.Begin}, unit {@code Wh}), so the
 * samples of a transaction look the same in every version. 2.x has no meter start field: {@link #meterStartWh()} is
 * the first total {@code Energy.Active.Import.Register} sample with context {@code Transaction.Begin}, in Wh, or
 * {@code null} when there is none.
 *
 * <p><b>De-duplication.</b> A station re-sends a transaction message it got no answer for with the same message id;
 * {@link #messageId()} lets a host recognise the repetition (for 1.6, {@code NeutralCsms} answers a repeated
 * StartTransaction with the transaction id it assigned the first time).
 *
 * @param transactionId the transaction id: for 1.6 the integer the CSMS assigned (decimal), for 2.x the station's
 * @param evseId the EVSE (1.6: the connector id); {@code null} when a 2.x station left out {@code evse}
 * @param connectorId the connector of the EVSE (1.6: 1); {@code null} when not given
 * @param idToken the identifier that started it; always present for 1.6, optional in 2.x (e.g. cable plugged in first)
 * @param timestamp when the transaction started
 * @param meterStartWh the energy register at the start, in Wh (see the class documentation)
 * @param reservationId the reservation this transaction ends
 * @param remoteStartId OCPP 2.x: the id of the RequestStartTransaction that started it
 * @param chargingState OCPP 2.x: the charging state
 * @param triggerReason OCPP 2.x: why the event was sent; {@code null} for 1.6
 * @param samples the meter samples of the message (values in the unit given, multipliers applied)
 * @param seqNo OCPP 2.x: the sequence number of the event within the transaction; {@code null} for 1.6
 * @param offline OCPP 2.x: whether the event happened while the station was offline; {@code false} by default
 * @param messageId the message id of the CALL, for de-duplication
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.45 StartTransaction.req; OCPP 2.0.1 and 2.1 Part 2, TransactionEventRequest</a>
 * @since 0.1
 */
public record TransactionStarted(
        String transactionId,
        @Nullable Integer evseId,
        @Nullable Integer connectorId,
        @Nullable IdToken idToken,
        Instant timestamp,
        @Nullable BigDecimal meterStartWh,
        @Nullable Integer reservationId,
        @Nullable Integer remoteStartId,
        @Nullable ChargingState chargingState,
        @Nullable TriggerReason triggerReason,
        List<MeterSample> samples,
        @Nullable Integer seqNo,
        boolean offline,
        String messageId) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public TransactionStarted {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(timestamp, "timestamp");
        samples = samples == null ? List.of() : List.copyOf(samples);
        Objects.requireNonNull(messageId, "messageId");
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link TransactionStarted}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String transactionId;
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
        private @Nullable Integer seqNo;
        private @Nullable Boolean offline = false;
        private @Nullable String messageId;

        private Builder() {}

        private Builder(TransactionStarted source) {
            this.transactionId = source.transactionId();
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
            this.seqNo = source.seqNo();
            this.offline = source.offline();
            this.messageId = source.messageId();
        }

        /** Sets {@code transactionId}: the transaction id: for 1.6 the integer the CSMS assigned (decimal), for 2.x the station's. */
        public Builder transactionId(String transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Sets {@code evseId}: the EVSE (1.6: the connector id); {@code null} when a 2.x station left out {@code evse}. */
        public Builder evseId(@Nullable Integer evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code connectorId}: the connector of the EVSE (1.6: 1); {@code null} when not given. */
        public Builder connectorId(@Nullable Integer connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        /** Sets {@code idToken}: the identifier that started it; always present for 1.6, optional in 2.x (e.g. cable plugged in first). */
        public Builder idToken(@Nullable IdToken idToken) {
            this.idToken = idToken;
            return this;
        }

        /** Sets {@code timestamp}: when the transaction started. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Sets {@code meterStartWh}: the energy register at the start, in Wh (see the class documentation). */
        public Builder meterStartWh(@Nullable BigDecimal meterStartWh) {
            this.meterStartWh = meterStartWh;
            return this;
        }

        /** Sets {@code reservationId}: the reservation this transaction ends. */
        public Builder reservationId(@Nullable Integer reservationId) {
            this.reservationId = reservationId;
            return this;
        }

        /** Sets {@code remoteStartId}: OCPP 2.x: the id of the RequestStartTransaction that started it. */
        public Builder remoteStartId(@Nullable Integer remoteStartId) {
            this.remoteStartId = remoteStartId;
            return this;
        }

        /** Sets {@code chargingState}: OCPP 2.x: the charging state. */
        public Builder chargingState(@Nullable ChargingState chargingState) {
            this.chargingState = chargingState;
            return this;
        }

        /** Sets {@code triggerReason}: OCPP 2.x: why the event was sent; {@code null} for 1.6. */
        public Builder triggerReason(@Nullable TriggerReason triggerReason) {
            this.triggerReason = triggerReason;
            return this;
        }

        /** Sets {@code samples}: the meter samples of the message (values in the unit given, multipliers applied). */
        public Builder samples(List<MeterSample> samples) {
            this.samples = Objects.requireNonNull(samples, "samples");
            return this;
        }

        /** Sets {@code seqNo}: OCPP 2.x: the sequence number of the event within the transaction; {@code null} for 1.6. */
        public Builder seqNo(@Nullable Integer seqNo) {
            this.seqNo = seqNo;
            return this;
        }

        /** Sets {@code offline}: OCPP 2.x: whether the event happened while the station was offline; {@code false} by default. */
        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /** Sets {@code messageId}: the message id of the CALL, for de-duplication. */
        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public TransactionStarted build() {
            return new TransactionStarted(
                    transactionId,
                    evseId,
                    connectorId,
                    idToken,
                    timestamp,
                    meterStartWh,
                    reservationId,
                    remoteStartId,
                    chargingState,
                    triggerReason,
                    samples,
                    seqNo,
                    Objects.requireNonNull(offline, "offline"),
                    messageId);
        }
    }
}
