package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * The unit of the limits of a charging schedule: amperes per phase or watts (1.6 {@code ChargingRateUnitType}, 2.x {@code ChargingRateUnitEnumType}).
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.16; OCPP 2.0.1 Part 2, ChargingRateUnitEnumType</a>
 * @since 0.1
 */
public enum ChargingRateUnit {
    /** Amperes (current per phase). */
    A("A", VersionMask.ALL),
    /** Watts (power). */
    W("W", VersionMask.ALL),
    /** A value ocpkit does not know; never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    ChargingRateUnit(String value, int versions) {
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
    public static ChargingRateUnit fromValue(@Nullable String value) {
        for (ChargingRateUnit c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
