package dev.ocpkit.ocpp.neutral;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a station says about itself when it boots: OCPP 1.6 BootNotification.req, 2.x BootNotificationRequest.
 *
 * <p>{@code chargeBoxSerialNumber}, {@code meterType} and {@code meterSerialNumber} exist in 1.6 only; the boot
 * {@code reason} in 2.x only ({@code null} from a 1.6 station; a 2.x station that gives none sends
 * {@link BootReason#POWER_UP}).
 *
 * @param vendor the vendor (1.6 {@code chargePointVendor}, 2.x {@code chargingStation.vendorName})
 * @param model the model
 * @param serialNumber the station serial number (1.6 {@code chargePointSerialNumber})
 * @param chargeBoxSerialNumber OCPP 1.6 only (deprecated there): the charge box serial number
 * @param firmwareVersion the firmware version
 * @param reason OCPP 2.x: why the station booted; {@code null} from a 1.6 station
 * @param iccid the SIM card ICCID of the modem
 * @param imsi the SIM card IMSI of the modem
 * @param meterType OCPP 1.6 only: the type of the main meter
 * @param meterSerialNumber OCPP 1.6 only: the serial number of the main meter
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.2 BootNotification.req; OCPP 2.0.1 and 2.1 Part 2, BootNotificationRequest</a>
 * @since 0.1
 */
public record BootInfo(
        String vendor,
        String model,
        @Nullable String serialNumber,
        @Nullable String chargeBoxSerialNumber,
        @Nullable String firmwareVersion,
        @Nullable BootReason reason,
        @Nullable String iccid,
        @Nullable String imsi,
        @Nullable String meterType,
        @Nullable String meterSerialNumber) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public BootInfo {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link BootInfo}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String vendor;
        private @Nullable String model;
        private @Nullable String serialNumber;
        private @Nullable String chargeBoxSerialNumber;
        private @Nullable String firmwareVersion;
        private @Nullable BootReason reason;
        private @Nullable String iccid;
        private @Nullable String imsi;
        private @Nullable String meterType;
        private @Nullable String meterSerialNumber;

        private Builder() {}

        private Builder(BootInfo source) {
            this.vendor = source.vendor();
            this.model = source.model();
            this.serialNumber = source.serialNumber();
            this.chargeBoxSerialNumber = source.chargeBoxSerialNumber();
            this.firmwareVersion = source.firmwareVersion();
            this.reason = source.reason();
            this.iccid = source.iccid();
            this.imsi = source.imsi();
            this.meterType = source.meterType();
            this.meterSerialNumber = source.meterSerialNumber();
        }

        /** Sets {@code vendor}: the vendor (1.6 {@code chargePointVendor}, 2.x {@code chargingStation.vendorName}). */
        public Builder vendor(String vendor) {
            this.vendor = vendor;
            return this;
        }

        /** Sets {@code model}: the model. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Sets {@code serialNumber}: the station serial number (1.6 {@code chargePointSerialNumber}). */
        public Builder serialNumber(@Nullable String serialNumber) {
            this.serialNumber = serialNumber;
            return this;
        }

        /** Sets {@code chargeBoxSerialNumber}: OCPP 1.6 only (deprecated there): the charge box serial number. */
        public Builder chargeBoxSerialNumber(@Nullable String chargeBoxSerialNumber) {
            this.chargeBoxSerialNumber = chargeBoxSerialNumber;
            return this;
        }

        /** Sets {@code firmwareVersion}: the firmware version. */
        public Builder firmwareVersion(@Nullable String firmwareVersion) {
            this.firmwareVersion = firmwareVersion;
            return this;
        }

        /** Sets {@code reason}: OCPP 2.x: why the station booted; {@code null} from a 1.6 station. */
        public Builder reason(@Nullable BootReason reason) {
            this.reason = reason;
            return this;
        }

        /** Sets {@code iccid}: the SIM card ICCID of the modem. */
        public Builder iccid(@Nullable String iccid) {
            this.iccid = iccid;
            return this;
        }

        /** Sets {@code imsi}: the SIM card IMSI of the modem. */
        public Builder imsi(@Nullable String imsi) {
            this.imsi = imsi;
            return this;
        }

        /** Sets {@code meterType}: OCPP 1.6 only: the type of the main meter. */
        public Builder meterType(@Nullable String meterType) {
            this.meterType = meterType;
            return this;
        }

        /** Sets {@code meterSerialNumber}: OCPP 1.6 only: the serial number of the main meter. */
        public Builder meterSerialNumber(@Nullable String meterSerialNumber) {
            this.meterSerialNumber = meterSerialNumber;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public BootInfo build() {
            return new BootInfo(
                    vendor,
                    model,
                    serialNumber,
                    chargeBoxSerialNumber,
                    firmwareVersion,
                    reason,
                    iccid,
                    imsi,
                    meterType,
                    meterSerialNumber);
        }
    }
}
