package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link ChargingProfileKind#RECURRING} profile repeats (1.6 {@code RecurrencyKindType}, 2.x {@code RecurrencyKindEnumType}).
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.37; OCPP 2.0.1 Part 2, RecurrencyKindEnumType</a>
 * @since 0.1
 */
public enum RecurrencyKind {
    /** Every 24 hours from the start of the schedule. */
    DAILY("Daily", VersionMask.ALL),
    /** Every 7 days from the start of the schedule. */
    WEEKLY("Weekly", VersionMask.ALL),
    /** A value ocpkit does not know; never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    RecurrencyKind(String value, int versions) {
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
    public static RecurrencyKind fromValue(@Nullable String value) {
        for (RecurrencyKind c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
