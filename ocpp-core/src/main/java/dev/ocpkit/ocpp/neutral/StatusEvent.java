package dev.ocpkit.ocpp.neutral;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A connector status report: OCPP 1.6 StatusNotification.req or 2.x StatusNotificationRequest.
 *
 * <p><b>EVSE and connector numbering.</b> OCPP 1.6 numbers connectors 1..n with 0 for the whole charge point; 2.x
 * has EVSEs 1..n, each with connectors 1..m. A 1.6 {@code connectorId} N &gt; 0 is EVSE N, connector 1; a 1.6
 * {@code connectorId} 0 is EVSE 0, connector 0 (the whole station). The other way round, EVSE N is 1.6 connector N
 * (only connector 1 of an EVSE, or none, can be expressed in 1.6).
 *
 * <p>{@code errorCode}, {@code info}, {@code vendorId} and {@code vendorErrorCode} are OCPP 1.6 only (2.x reports
 * errors with NotifyEvent). 1.6 {@code NoError} reads as a {@code null} error code (and {@code null} is sent as
 * {@code NoError}).
 *
 * @param evseId the EVSE; 0 for the whole station
 * @param connectorId the connector of the EVSE (1 for a 1.6 connector); 0 with EVSE 0
 * @param status the status
 * @param errorCode OCPP 1.6: the {@code ChargePointErrorCode} value, e.g. {@code GroundFailure}; {@code null} for {@code NoError}
 * @param info OCPP 1.6: free text about the error
 * @param vendorId OCPP 1.6: the vendor of the vendor error code
 * @param vendorErrorCode OCPP 1.6: the vendor-specific error code
 * @param timestamp when the status changed; when a 1.6 station leaves it out, the time the message arrived
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.47 StatusNotification.req; OCPP 2.0.1 and 2.1 Part 2, StatusNotificationRequest</a>
 * @since 0.1
 */
public record StatusEvent(
        int evseId,
        int connectorId,
        ConnectorStatus status,
        @Nullable String errorCode,
        @Nullable String info,
        @Nullable String vendorId,
        @Nullable String vendorErrorCode,
        Instant timestamp) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public StatusEvent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link StatusEvent}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer evseId;
        private @Nullable Integer connectorId;
        private @Nullable ConnectorStatus status;
        private @Nullable String errorCode;
        private @Nullable String info;
        private @Nullable String vendorId;
        private @Nullable String vendorErrorCode;
        private @Nullable Instant timestamp;

        private Builder() {}

        private Builder(StatusEvent source) {
            this.evseId = source.evseId();
            this.connectorId = source.connectorId();
            this.status = source.status();
            this.errorCode = source.errorCode();
            this.info = source.info();
            this.vendorId = source.vendorId();
            this.vendorErrorCode = source.vendorErrorCode();
            this.timestamp = source.timestamp();
        }

        /** Sets {@code evseId}: the EVSE; 0 for the whole station. */
        public Builder evseId(int evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code connectorId}: the connector of the EVSE (1 for a 1.6 connector); 0 with EVSE 0. */
        public Builder connectorId(int connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        /** Sets {@code status}: the status. */
        public Builder status(ConnectorStatus status) {
            this.status = status;
            return this;
        }

        /** Sets {@code errorCode}: OCPP 1.6: the {@code ChargePointErrorCode} value, e.g. {@code GroundFailure}; {@code null} for {@code NoError}. */
        public Builder errorCode(@Nullable String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /** Sets {@code info}: OCPP 1.6: free text about the error. */
        public Builder info(@Nullable String info) {
            this.info = info;
            return this;
        }

        /** Sets {@code vendorId}: OCPP 1.6: the vendor of the vendor error code. */
        public Builder vendorId(@Nullable String vendorId) {
            this.vendorId = vendorId;
            return this;
        }

        /** Sets {@code vendorErrorCode}: OCPP 1.6: the vendor-specific error code. */
        public Builder vendorErrorCode(@Nullable String vendorErrorCode) {
            this.vendorErrorCode = vendorErrorCode;
            return this;
        }

        /** Sets {@code timestamp}: when the status changed; when a 1.6 station leaves it out, the time the message arrived. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public StatusEvent build() {
            return new StatusEvent(
                    Objects.requireNonNull(evseId, "evseId"),
                    Objects.requireNonNull(connectorId, "connectorId"),
                    status,
                    errorCode,
                    info,
                    vendorId,
                    vendorErrorCode,
                    timestamp);
        }
    }
}
