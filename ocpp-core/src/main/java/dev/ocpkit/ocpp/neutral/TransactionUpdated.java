package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.metering.MeterSample;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something happened during a transaction: OCPP 1.6 MeterValues.req with a {@code transactionId}, or 2.x
 * TransactionEventRequest with {@code eventType} {@code Updated}.
 *
 * <p>For 1.6, {@link #timestamp()} is the latest timestamp of the meter values (a MeterValues.req has no timestamp of
 * its own) and the EVSE is the message's connector (see {@link StatusEvent} for the numbering).
 *
 * @param transactionId the transaction id (1.6: decimal)
 * @param evseId the EVSE; {@code null} when a 2.x station left out {@code evse}
 * @param connectorId the connector of the EVSE; {@code null} when not given
 * @param idToken OCPP 2.x: an identifier presented during the transaction
 * @param timestamp when it happened
 * @param chargingState OCPP 2.x: the charging state
 * @param triggerReason OCPP 2.x: why the event was sent; {@code null} for 1.6
 * @param samples the meter samples (values in the unit given, multipliers applied)
 * @param seqNo OCPP 2.x: the sequence number of the event; {@code null} for 1.6
 * @param offline OCPP 2.x: whether the event happened while the station was offline; {@code false} by default
 * @param messageId the message id of the CALL, for de-duplication
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.31 MeterValues.req; OCPP 2.0.1 and 2.1 Part 2, TransactionEventRequest</a>
 * @since 0.1
 */
public record TransactionUpdated(
        String transactionId,
        @Nullable Integer evseId,
        @Nullable Integer connectorId,
        @Nullable IdToken idToken,
        Instant timestamp,
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
    public TransactionUpdated {
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

    /** Builds a {@link TransactionUpdated}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String transactionId;
        private @Nullable Integer evseId;
        private @Nullable Integer connectorId;
        private @Nullable IdToken idToken;
        private @Nullable Instant timestamp;
        private @Nullable ChargingState chargingState;
        private @Nullable TriggerReason triggerReason;
        private List<MeterSample> samples = List.of();
        private @Nullable Integer seqNo;
        private @Nullable Boolean offline = false;
        private @Nullable String messageId;

        private Builder() {}

        private Builder(TransactionUpdated source) {
            this.transactionId = source.transactionId();
            this.evseId = source.evseId();
            this.connectorId = source.connectorId();
            this.idToken = source.idToken();
            this.timestamp = source.timestamp();
            this.chargingState = source.chargingState();
            this.triggerReason = source.triggerReason();
            this.samples = source.samples();
            this.seqNo = source.seqNo();
            this.offline = source.offline();
            this.messageId = source.messageId();
        }

        /** Sets {@code transactionId}: the transaction id (1.6: decimal). */
        public Builder transactionId(String transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Sets {@code evseId}: the EVSE; {@code null} when a 2.x station left out {@code evse}. */
        public Builder evseId(@Nullable Integer evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code connectorId}: the connector of the EVSE; {@code null} when not given. */
        public Builder connectorId(@Nullable Integer connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        /** Sets {@code idToken}: OCPP 2.x: an identifier presented during the transaction. */
        public Builder idToken(@Nullable IdToken idToken) {
            this.idToken = idToken;
            return this;
        }

        /** Sets {@code timestamp}: when it happened. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
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

        /** Sets {@code samples}: the meter samples (values in the unit given, multipliers applied). */
        public Builder samples(List<MeterSample> samples) {
            this.samples = Objects.requireNonNull(samples, "samples");
            return this;
        }

        /** Sets {@code seqNo}: OCPP 2.x: the sequence number of the event; {@code null} for 1.6. */
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
        public TransactionUpdated build() {
            return new TransactionUpdated(
                    transactionId,
                    evseId,
                    connectorId,
                    idToken,
                    timestamp,
                    chargingState,
                    triggerReason,
                    samples,
                    seqNo,
                    Objects.requireNonNull(offline, "offline"),
                    messageId);
        }
    }
}
