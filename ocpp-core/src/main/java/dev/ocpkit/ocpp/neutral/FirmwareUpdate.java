package dev.ocpkit.ocpp.neutral;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CSMS's request to update the firmware: OCPP 1.6 UpdateFirmware.req, 2.x UpdateFirmwareRequest.
 *
 * <p>OCPP 1.6 has no {@code requestId}, {@code installDateTime}, {@code signingCertificate} and {@code signature}
 * (not sent to a 1.6 station: use the 1.6 security extension's SignedUpdateFirmware through the typed API for
 * signed firmware).
 *
 * @param requestId OCPP 2.x: the id that the station's FirmwareStatusNotifications will carry
 * @param location the URI to download the firmware from
 * @param retrieveDateTime when to download it
 * @param installDateTime OCPP 2.x: when to install it
 * @param retries how often to retry the download
 * @param retryInterval seconds between download attempts
 * @param signingCertificate OCPP 2.x: the PEM certificate of the firmware signer
 * @param signature OCPP 2.x: the base64 signature of the firmware
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.57 UpdateFirmware.req; OCPP 2.0.1 and 2.1 Part 2, UpdateFirmwareRequest</a>
 * @since 0.1
 */
public record FirmwareUpdate(
        int requestId,
        String location,
        Instant retrieveDateTime,
        @Nullable Instant installDateTime,
        @Nullable Integer retries,
        @Nullable Integer retryInterval,
        @Nullable String signingCertificate,
        @Nullable String signature) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public FirmwareUpdate {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(retrieveDateTime, "retrieveDateTime");
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link FirmwareUpdate}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer requestId;
        private @Nullable String location;
        private @Nullable Instant retrieveDateTime;
        private @Nullable Instant installDateTime;
        private @Nullable Integer retries;
        private @Nullable Integer retryInterval;
        private @Nullable String signingCertificate;
        private @Nullable String signature;

        private Builder() {}

        private Builder(FirmwareUpdate source) {
            this.requestId = source.requestId();
            this.location = source.location();
            this.retrieveDateTime = source.retrieveDateTime();
            this.installDateTime = source.installDateTime();
            this.retries = source.retries();
            this.retryInterval = source.retryInterval();
            this.signingCertificate = source.signingCertificate();
            this.signature = source.signature();
        }

        /** Sets {@code requestId}: OCPP 2.x: the id that the station's FirmwareStatusNotifications will carry. */
        public Builder requestId(int requestId) {
            this.requestId = requestId;
            return this;
        }

        /** Sets {@code location}: the URI to download the firmware from. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Sets {@code retrieveDateTime}: when to download it. */
        public Builder retrieveDateTime(Instant retrieveDateTime) {
            this.retrieveDateTime = retrieveDateTime;
            return this;
        }

        /** Sets {@code installDateTime}: OCPP 2.x: when to install it. */
        public Builder installDateTime(@Nullable Instant installDateTime) {
            this.installDateTime = installDateTime;
            return this;
        }

        /** Sets {@code retries}: how often to retry the download. */
        public Builder retries(@Nullable Integer retries) {
            this.retries = retries;
            return this;
        }

        /** Sets {@code retryInterval}: seconds between download attempts. */
        public Builder retryInterval(@Nullable Integer retryInterval) {
            this.retryInterval = retryInterval;
            return this;
        }

        /** Sets {@code signingCertificate}: OCPP 2.x: the PEM certificate of the firmware signer. */
        public Builder signingCertificate(@Nullable String signingCertificate) {
            this.signingCertificate = signingCertificate;
            return this;
        }

        /** Sets {@code signature}: OCPP 2.x: the base64 signature of the firmware. */
        public Builder signature(@Nullable String signature) {
            this.signature = signature;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public FirmwareUpdate build() {
            return new FirmwareUpdate(
                    Objects.requireNonNull(requestId, "requestId"),
                    location,
                    retrieveDateTime,
                    installDateTime,
                    retries,
                    retryInterval,
                    signingCertificate,
                    signature);
        }
    }
}
