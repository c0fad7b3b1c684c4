package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * How a station should reset: 1.6 {@code Hard}/{@code Soft} are 2.x {@code Immediate}/{@code OnIdle}.
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.40 ResetType; OCPP 2.0.1 and 2.1 Part 2, ResetEnumType</a>
 * @since 0.1
 */
public enum ResetType {
    /** {@code Immediate}: reset now, stopping running transactions (OCPP 1.6 spelling {@code Hard}). */
    HARD("Immediate", VersionMask.ALL),
    /** {@code OnIdle}: reset once no transaction runs (1.6: stop transactions gracefully first) (OCPP 1.6 spelling {@code Soft}). */
    SOFT("OnIdle", VersionMask.ALL),
    /** {@code ImmediateAndResume}: OCPP 2.1: reset now and resume the transactions afterwards. */
    IMMEDIATE_AND_RESUME("ImmediateAndResume", VersionMask.V21),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    ResetType(String value, int versions) {
        this.value = value;
        this.versions = versions;
    }

    /** The value as OCPP 2.x writes it; empty for {@link #UNKNOWN}. */
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
            if (version == OcppVersion.V16) {
                return switch (this) {
                    case HARD -> "Hard";
                    case SOFT -> "Soft";
                    default -> value;
                };
            }
            return value;
        }
        ResetType fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("ResetType " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable ResetType fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static ResetType fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value.equals("Hard")) {
            return HARD;
        }
        if (value.equals("Soft")) {
            return SOFT;
        }
        for (ResetType c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
