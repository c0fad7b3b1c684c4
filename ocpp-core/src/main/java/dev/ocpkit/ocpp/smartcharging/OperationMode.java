package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * OCPP 2.1 only: the operation mode of a charging schedule period (V2X and local control).
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 2.1 Part 2, OperationModeEnumType</a>
 * @since 0.1
 */
public enum OperationMode {
    /** Neither charging nor discharging. */
    IDLE("Idle", VersionMask.V21),
    /** Charging only (the default). */
    CHARGING_ONLY("ChargingOnly", VersionMask.V21),
    /** The CSMS gives a setpoint. */
    CENTRAL_SETPOINT("CentralSetpoint", VersionMask.V21),
    /** An external actor gives a setpoint. */
    EXTERNAL_SETPOINT("ExternalSetpoint", VersionMask.V21),
    /** An external actor gives limits. */
    EXTERNAL_LIMITS("ExternalLimits", VersionMask.V21),
    /** Frequency support controlled by the CSMS. */
    CENTRAL_FREQUENCY("CentralFrequency", VersionMask.V21),
    /** Frequency support controlled locally. */
    LOCAL_FREQUENCY("LocalFrequency", VersionMask.V21),
    /** Local load balancing. */
    LOCAL_LOAD_BALANCING("LocalLoadBalancing", VersionMask.V21),
    /** A value ocpkit does not know; never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    OperationMode(String value, int versions) {
        this.value = value;
        this.versions = versions;
    }

    /** The value as OCPP writes it; empty for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /** Whether the value exists in the version. */
    public boolean isDefinedIn(OcppVersion version) {
        return VersionMask.has(versions, version);
    }

    /**
     * The spelling of this value in a version.
     *
     * @throws IllegalArgumentException when the version has no such value
     */
    public String valueIn(OcppVersion version) {
        if (!isDefinedIn(version)) {
            throw VersionMask.notIn(getClass().getSimpleName() + " " + this, version);
        }
        return value;
    }

    /**
     * The constant of a value (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static OperationMode fromValue(@Nullable String value) {
        for (OperationMode c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
