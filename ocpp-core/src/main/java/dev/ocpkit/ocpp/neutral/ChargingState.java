package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * The charging state of a transaction (OCPP 2.x {@code ChargingStateEnumType}). OCPP 1.6 transaction messages do
 * not carry it (its connector status does).
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version; {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 2.0.1 and 2.1 Part 2, ChargingStateEnumType</a>
 * @since 0.1
 */
public enum ChargingState {
    /** {@code Charging}: energy flows. */
    CHARGING("Charging", VersionMask.V2X),
    /** {@code EVConnected}: the EV is connected, no energy flows (not suspended). */
    EV_CONNECTED("EVConnected", VersionMask.V2X),
    /** {@code SuspendedEV}: the EV suspended charging. */
    SUSPENDED_EV("SuspendedEV", VersionMask.V2X),
    /** {@code SuspendedEVSE}: the EVSE suspended charging. */
    SUSPENDED_EVSE("SuspendedEVSE", VersionMask.V2X),
    /** {@code Idle}: no EV connected. */
    IDLE("Idle", VersionMask.V2X),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    ChargingState(String value, int versions) {
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
        ChargingState fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("ChargingState " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable ChargingState fallbackIn(OcppVersion version) {
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static ChargingState fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (ChargingState c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }
}
