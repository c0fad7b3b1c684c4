package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * How a charging profile's schedule is anchored in time (1.6 {@code ChargingProfileKindType}, 2.x {@code ChargingProfileKindEnumType}).
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.12; OCPP 2.1 Part 2, ChargingProfileKindEnumType</a>
 * @since 0.1
 */
public enum ChargingProfileKind {
    /** The schedule starts at its {@code startSchedule}. */
    ABSOLUTE("Absolute", VersionMask.ALL),
    /** The schedule repeats daily or weekly from its {@code startSchedule} (see {@link RecurrencyKind}). */
    RECURRING("Recurring", VersionMask.ALL),
    /** The schedule starts when the transaction starts (or, without one, when the profile is received). */
    RELATIVE("Relative", VersionMask.ALL),
    /** OCPP 2.1 only: the limit is updated continuously by the CSMS (dynUpdateInterval). */
    DYNAMIC("Dynamic", VersionMask.V21),
    /** A value ocpkit does not know; never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    ChargingProfileKind(String value, int versions) {
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
    public static ChargingProfileKind fromValue(@Nullable String value) {
        for (ChargingProfileKind c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
