package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.metering.MeterSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a station reports when a transaction ends, for {@link StationCalls#endTransaction}: OCPP 1.6
 * StopTransaction ({@code meterStopWh} required, {@code samples} become {@code transactionData}), 2.x
 * TransactionEvent {@code Ended} ({@code meterStopWh} becomes a last sample with context {@code Transaction.End}
 * unless {@code samples} hold one; {@code triggerReason} defaults to {@code StopAuthorized} with an id token and
 * {@code EVCommunicationLost} without; {@code stoppedReason} defaults to {@code Local} in both versions).
 *
 * @param timestamp when the transaction ended
 * @param idToken the identifier that stopped it, if any
 * @param meterStopWh the energy register in Wh; required for 1.6 (rounded to whole Wh)
 * @param stoppedReason why it stopped
 * @param chargingState OCPP 2.x: the charging state
 * @param triggerReason OCPP 2.x: why the event is sent
 * @param samples the meter samples
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.49 StopTransaction.req; OCPP 2.0.1 and 2.1 Part 2, TransactionEventRequest</a>
 * @since 0.1
 */
public record TransactionStop(
        Instant timestamp,
        @Nullable IdToken idToken,
        @Nullable BigDecimal meterStopWh,
        @Nullable StoppedReason stoppedReason,
        @Nullable ChargingState chargingState,
        @Nullable TriggerReason triggerReason,
        List<MeterSample> samples) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public TransactionStop {
        Objects.requireNonNull(timestamp, "timestamp");
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link TransactionStop}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant timestamp;
        private @Nullable IdToken idToken;
        private @Nullable BigDecimal meterStopWh;
        private @Nullable StoppedReason stoppedReason;
        private @Nullable ChargingState chargingState;
        private @Nullable TriggerReason triggerReason;
        private List<MeterSample> samples = List.of();

        private Builder() {}

        private Builder(TransactionStop source) {
            this.timestamp = source.timestamp();
            this.idToken = source.idToken();
            this.meterStopWh = source.meterStopWh();
            this.stoppedReason = source.stoppedReason();
            this.chargingState = source.chargingState();
            this.triggerReason = source.triggerReason();
            this.samples = source.samples();
        }

        /** Sets {@code timestamp}: when the transaction ended. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Sets {@code idToken}: the identifier that stopped it, if any. */
        public Builder idToken(@Nullable IdToken idToken) {
            this.idToken = idToken;
            return this;
        }

        /** Sets {@code meterStopWh}: the energy register in Wh; required for 1.6 (rounded to whole Wh). */
        public Builder meterStopWh(@Nullable BigDecimal meterStopWh) {
            this.meterStopWh = meterStopWh;
            return this;
        }

        /** Sets {@code stoppedReason}: why it stopped. */
        public Builder stoppedReason(@Nullable StoppedReason stoppedReason) {
            this.stoppedReason = stoppedReason;
            return this;
        }

        /** Sets {@code chargingState}: OCPP 2.x: the charging state. */
        public Builder chargingState(@Nullable ChargingState chargingState) {
            this.chargingState = chargingState;
            return this;
        }

        /** Sets {@code triggerReason}: OCPP 2.x: why the event is sent. */
        public Builder triggerReason(@Nullable TriggerReason triggerReason) {
            this.triggerReason = triggerReason;
            return this;
        }

        /** Sets {@code samples}: the meter samples. */
        public Builder samples(List<MeterSample> samples) {
            this.samples = Objects.requireNonNull(samples, "samples");
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public TransactionStop build() {
            return new TransactionStop(
                    timestamp, idToken, meterStopWh, stoppedReason, chargingState, triggerReason, samples);
        }
    }
}
