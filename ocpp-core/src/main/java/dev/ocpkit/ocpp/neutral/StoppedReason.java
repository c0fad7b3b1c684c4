package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * Why a transaction stopped: the union of OCPP 1.6 {@code Reason} and 2.x {@code ReasonEnumType}.
 *
 * <p>Values a version lacks are sent as the nearest value it has: 1.6 {@code HardReset} is 2.x {@code ImmediateReset}
 * (and back), 1.6 {@code SoftReset} is sent to 2.x as {@code Reboot}, everything else as {@code Other}.
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version (with the fallbacks listed on the constants); {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.35 Reason; OCPP 2.0.1 and 2.1 Part 2, ReasonEnumType</a>
 * @since 0.1
 */
public enum StoppedReason {
    /** {@code DeAuthorized}: the identifier was de-authorized. */
    DE_AUTHORIZED("DeAuthorized", VersionMask.ALL),
    /** {@code EmergencyStop}: the emergency stop button was used. */
    EMERGENCY_STOP("EmergencyStop", VersionMask.ALL),
    /** {@code EVDisconnected}: the EV was disconnected. */
    EV_DISCONNECTED("EVDisconnected", VersionMask.ALL),
    /** {@code Local}: stopped at the station (e.g. the driver presented the card again). */
    LOCAL("Local", VersionMask.ALL),
    /** {@code Other}: any other reason. */
    OTHER("Other", VersionMask.ALL),
    /** {@code PowerLoss}: the station lost power. */
    POWER_LOSS("PowerLoss", VersionMask.ALL),
    /** {@code Reboot}: the station rebooted. */
    REBOOT("Reboot", VersionMask.ALL),
    /** {@code Remote}: stopped remotely by the CSMS. */
    REMOTE("Remote", VersionMask.ALL),
    /** {@code HardReset}: OCPP 1.6: a hard reset (sent as {@link #IMMEDIATE_RESET} in OCPP 2.x). */
    HARD_RESET("HardReset", VersionMask.V16),
    /** {@code SoftReset}: OCPP 1.6: a soft reset (sent as {@link #REBOOT} in OCPP 2.x). */
    SOFT_RESET("SoftReset", VersionMask.V16),
    /** {@code UnlockCommand}: OCPP 1.6: an UnlockConnector command (sent as {@link #OTHER} in OCPP 2.x). */
    UNLOCK_COMMAND("UnlockCommand", VersionMask.V16),
    /** {@code ImmediateReset}: an immediate reset (sent as {@link #HARD_RESET} in OCPP 1.6). */
    IMMEDIATE_RESET("ImmediateReset", VersionMask.V2X),
    /** {@code EnergyLimitReached}: an energy limit was reached (sent as {@link #OTHER} in OCPP 1.6). */
    ENERGY_LIMIT_REACHED("EnergyLimitReached", VersionMask.V2X),
    /** {@code GroundFault}: a ground fault (sent as {@link #OTHER} in OCPP 1.6). */
    GROUND_FAULT("GroundFault", VersionMask.V2X),
    /** {@code LocalOutOfCredit}: out of credit (local cost calculation) (sent as {@link #OTHER} in OCPP 1.6). */
    LOCAL_OUT_OF_CREDIT("LocalOutOfCredit", VersionMask.V2X),
    /** {@code MasterPass}: a master pass was used (sent as {@link #OTHER} in OCPP 1.6). */
    MASTER_PASS("MasterPass", VersionMask.V2X),
    /** {@code OvercurrentFault}: an overcurrent fault (sent as {@link #OTHER} in OCPP 1.6). */
    OVERCURRENT_FAULT("OvercurrentFault", VersionMask.V2X),
    /** {@code PowerQuality}: bad power quality (sent as {@link #OTHER} in OCPP 1.6). */
    POWER_QUALITY("PowerQuality", VersionMask.V2X),
    /** {@code SOCLimitReached}: a state-of-charge limit was reached (sent as {@link #OTHER} in OCPP 1.6). */
    SOC_LIMIT_REACHED("SOCLimitReached", VersionMask.V2X),
    /** {@code StoppedByEV}: the EV stopped the transaction (sent as {@link #OTHER} in OCPP 1.6). */
    STOPPED_BY_EV("StoppedByEV", VersionMask.V2X),
    /** {@code TimeLimitReached}: a time limit was reached (sent as {@link #OTHER} in OCPP 1.6). */
    TIME_LIMIT_REACHED("TimeLimitReached", VersionMask.V2X),
    /** {@code Timeout}: a timeout (e.g. the EV was not connected in time) (sent as {@link #OTHER} in OCPP 1.6). */
    TIMEOUT("Timeout", VersionMask.V2X),
    /** {@code ReqEnergyTransferRejected}: OCPP 2.1: the EV rejected the requested energy transfer (sent as {@link #OTHER} in OCPP 1.6; sent as {@link #OTHER} in OCPP 2.0.1). */
    REQ_ENERGY_TRANSFER_REJECTED("ReqEnergyTransferRejected", VersionMask.V21),
    /** A value no version defines (read leniently from a peer); sent as {@code Other}. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    StoppedReason(String value, int versions) {
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
     * @throws IllegalArgumentException when the version has neither
     */
    public String valueIn(OcppVersion version) {
        if (isDefinedIn(version)) {
            return value;
        }
        StoppedReason fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("StoppedReason " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable StoppedReason fallbackIn(OcppVersion version) {
        if (this == HARD_RESET && VersionMask.has(VersionMask.V2X, version)) {
            return IMMEDIATE_RESET;
        }
        if (this == SOFT_RESET && VersionMask.has(VersionMask.V2X, version)) {
            return REBOOT;
        }
        if (this == UNLOCK_COMMAND && VersionMask.has(VersionMask.V2X, version)) {
            return OTHER;
        }
        if (this == IMMEDIATE_RESET && VersionMask.has(VersionMask.V16, version)) {
            return HARD_RESET;
        }
        if (this == ENERGY_LIMIT_REACHED && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == GROUND_FAULT && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == LOCAL_OUT_OF_CREDIT && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == MASTER_PASS && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == OVERCURRENT_FAULT && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == POWER_QUALITY && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == SOC_LIMIT_REACHED && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == STOPPED_BY_EV && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == TIME_LIMIT_REACHED && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == TIMEOUT && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == REQ_ENERGY_TRANSFER_REJECTED && VersionMask.has(VersionMask.V16, version)) {
            return OTHER;
        }
        if (this == REQ_ENERGY_TRANSFER_REJECTED && VersionMask.has(VersionMask.V201, version)) {
            return OTHER;
        }
        if (this == UNKNOWN && VersionMask.has(VersionMask.ALL, version)) {
            return OTHER;
        }
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static StoppedReason fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (StoppedReason c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
