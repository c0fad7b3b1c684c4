package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * The availability a CSMS asks for (1.6 {@code AvailabilityType}, 2.x {@code OperationalStatusEnumType}).
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.4 AvailabilityType; OCPP 2.0.1 Part 2, OperationalStatusEnumType</a>
 * @since 0.1
 */
public enum Availability {
    /** {@code Operative}: available for charging. */
    OPERATIVE("Operative", VersionMask.ALL),
    /** {@code Inoperative}: not available for charging. */
    INOPERATIVE("Inoperative", VersionMask.ALL),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    Availability(String value, int versions) {
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
        Availability fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("Availability " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable Availability fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static Availability fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (Availability c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
