package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.metering.MeterSample;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a station reports during a transaction, for {@link StationCalls#updateTransaction}: OCPP 1.6 MeterValues
 * with the transaction id, 2.x TransactionEvent {@code Updated} ({@code triggerReason} defaults to
 * {@code MeterValuePeriodic}). OCPP 1.6 ignores everything but the samples (which must not be empty for it).
 *
 * @param timestamp when it happened
 * @param idToken OCPP 2.x: an identifier presented during the transaction
 * @param chargingState OCPP 2.x: the charging state
 * @param triggerReason OCPP 2.x: why the event is sent
 * @param samples the meter samples
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.31 MeterValues.req; OCPP 2.0.1 and 2.1 Part 2, TransactionEventRequest</a>
 * @since 0.1
 */
public record TransactionUpdate(
        Instant timestamp,
        @Nullable IdToken idToken,
        @Nullable ChargingState chargingState,
        @Nullable TriggerReason triggerReason,
        List<MeterSample> samples) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public TransactionUpdate {
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

    /** Builds a {@link TransactionUpdate}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant timestamp;
        private @Nullable IdToken idToken;
        private @Nullable ChargingState chargingState;
        private @Nullable TriggerReason triggerReason;
        private List<MeterSample> samples = List.of();

        private Builder() {}

        private Builder(TransactionUpdate source) {
            this.timestamp = source.timestamp();
            this.idToken = source.idToken();
            this.chargingState = source.chargingState();
            this.triggerReason = source.triggerReason();
            this.samples = source.samples();
        }

        /** Sets {@code timestamp}: when it happened. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Sets {@code idToken}: OCPP 2.x: an identifier presented during the transaction. */
        public Builder idToken(@Nullable IdToken idToken) {
            this.idToken = idToken;
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
        public TransactionUpdate build() {
            return new TransactionUpdate(timestamp, idToken, chargingState, triggerReason, samples);
        }
    }
}
