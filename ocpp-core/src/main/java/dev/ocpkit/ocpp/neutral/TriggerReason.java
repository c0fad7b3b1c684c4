package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * Why a transaction event was sent (OCPP 2.x {@code TriggerReasonEnumType}, the union of 2.0.1 and 2.1). OCPP 1.6
 * transaction messages do not carry it.
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 2.0.1 and 2.1 Part 2, TriggerReasonEnumType</a>
 * @since 0.1
 */
public enum TriggerReason {
    /** {@code AbnormalCondition}: an abnormal condition (error). */
    ABNORMAL_CONDITION("AbnormalCondition", VersionMask.V2X),
    /** {@code Authorized}: the driver was authorized. */
    AUTHORIZED("Authorized", VersionMask.V2X),
    /** {@code CablePluggedIn}: the cable was plugged in. */
    CABLE_PLUGGED_IN("CablePluggedIn", VersionMask.V2X),
    /** {@code ChargingRateChanged}: the charging rate changed. */
    CHARGING_RATE_CHANGED("ChargingRateChanged", VersionMask.V2X),
    /** {@code ChargingStateChanged}: the charging state changed. */
    CHARGING_STATE_CHANGED("ChargingStateChanged", VersionMask.V2X),
    /** {@code Deauthorized}: the authorization was withdrawn. */
    DEAUTHORIZED("Deauthorized", VersionMask.V2X),
    /** {@code EnergyLimitReached}: an energy limit was reached. */
    ENERGY_LIMIT_REACHED("EnergyLimitReached", VersionMask.V2X),
    /** {@code EVCommunicationLost}: the communication with the EV was lost. */
    EV_COMMUNICATION_LOST("EVCommunicationLost", VersionMask.V2X),
    /** {@code EVConnectTimeout}: the EV was not connected in time. */
    EV_CONNECT_TIMEOUT("EVConnectTimeout", VersionMask.V2X),
    /** {@code EVDeparted}: the EV left the parking bay. */
    EV_DEPARTED("EVDeparted", VersionMask.V2X),
    /** {@code EVDetected}: an EV was detected in the parking bay. */
    EV_DETECTED("EVDetected", VersionMask.V2X),
    /** {@code MeterValueClock}: a clock-aligned meter value. */
    METER_VALUE_CLOCK("MeterValueClock", VersionMask.V2X),
    /** {@code MeterValuePeriodic}: a periodic meter value. */
    METER_VALUE_PERIODIC("MeterValuePeriodic", VersionMask.V2X),
    /** {@code RemoteStart}: a remote start by the CSMS. */
    REMOTE_START("RemoteStart", VersionMask.V2X),
    /** {@code RemoteStop}: a remote stop by the CSMS. */
    REMOTE_STOP("RemoteStop", VersionMask.V2X),
    /** {@code ResetCommand}: a reset by the CSMS. */
    RESET_COMMAND("ResetCommand", VersionMask.V2X),
    /** {@code SignedDataReceived}: signed meter data arrived. */
    SIGNED_DATA_RECEIVED("SignedDataReceived", VersionMask.V2X),
    /** {@code StopAuthorized}: a stop was authorized by the driver. */
    STOP_AUTHORIZED("StopAuthorized", VersionMask.V2X),
    /** {@code TimeLimitReached}: a time limit was reached. */
    TIME_LIMIT_REACHED("TimeLimitReached", VersionMask.V2X),
    /** {@code Trigger}: the CSMS asked for it with TriggerMessage. */
    TRIGGER("Trigger", VersionMask.V2X),
    /** {@code UnlockCommand}: an UnlockConnector by the CSMS. */
    UNLOCK_COMMAND("UnlockCommand", VersionMask.V2X),
    /** {@code CostLimitReached}: OCPP 2.1: a cost limit was reached. */
    COST_LIMIT_REACHED("CostLimitReached", VersionMask.V21),
    /** {@code LimitSet}: OCPP 2.1: a transaction limit was set. */
    LIMIT_SET("LimitSet", VersionMask.V21),
    /** {@code OperationModeChanged}: OCPP 2.1: the operation mode changed. */
    OPERATION_MODE_CHANGED("OperationModeChanged", VersionMask.V21),
    /** {@code RunningCost}: OCPP 2.1: a running cost update. */
    RUNNING_COST("RunningCost", VersionMask.V21),
    /** {@code SoCLimitReached}: OCPP 2.1: a state-of-charge limit was reached. */
    SOC_LIMIT_REACHED("SoCLimitReached", VersionMask.V21),
    /** {@code TariffChanged}: OCPP 2.1: the tariff changed. */
    TARIFF_CHANGED("TariffChanged", VersionMask.V21),
    /** {@code TariffNotAccepted}: OCPP 2.1: the driver did not accept the tariff. */
    TARIFF_NOT_ACCEPTED("TariffNotAccepted", VersionMask.V21),
    /** {@code TxResumed}: OCPP 2.1: a transaction resumed after a reset or power loss. */
    TX_RESUMED("TxResumed", VersionMask.V21),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    TriggerReason(String value, int versions) {
        this.value = value;
        this.versions = versions;
    }

    /** The value as OCPP writes it; empty for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /** Whether the version defines this value (fallbacks aside). */
    public boolean isDefinedIn(OcppVersion version) {
        return VersionMask.has(versions, version);
    }

    /**
     * The spelling to send in a version: this value's own, or the documented fallback when the version lacks it.
     *
     * @throws IllegalArgumentException when the version has neither (always for {@link #UNKNOWN})
     */
    public String valueIn(OcppVersion version) {
        if (isDefinedIn(version)) {
            return value;
        }
        TriggerReason fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("TriggerReason " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable TriggerReason fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static TriggerReason fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (TriggerReason c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
