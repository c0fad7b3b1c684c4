package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * The status of a connector: OCPP 1.6 {@code ChargePointStatus} plus 2.x {@code ConnectorStatusEnumType}.
 *
 * <p>OCPP 2.x reports the connector only ({@code Occupied} for every in-use state; the charging state travels in
 * TransactionEvent). The 1.6 in-use states are sent to a 2.x peer as {@code Occupied}, and {@code Occupied} to a 1.6
 * peer as {@code Charging}.
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version (with the fallbacks listed on the constants); {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.7 ChargePointStatus; OCPP 2.0.1 and 2.1 Part 2, ConnectorStatusEnumType</a>
 * @since 0.1
 */
public enum ConnectorStatus {
    /** {@code Available}: free for a new user. */
    AVAILABLE("Available", VersionMask.ALL),
    /** {@code Preparing}: in use, before charging starts (OCPP 1.6) (sent as {@link #OCCUPIED} in OCPP 2.x). */
    PREPARING("Preparing", VersionMask.V16),
    /** {@code Charging}: charging (OCPP 1.6) (sent as {@link #OCCUPIED} in OCPP 2.x). */
    CHARGING("Charging", VersionMask.V16),
    /** {@code SuspendedEVSE}: the EVSE does not offer energy (OCPP 1.6) (sent as {@link #OCCUPIED} in OCPP 2.x). */
    SUSPENDED_EVSE("SuspendedEVSE", VersionMask.V16),
    /** {@code SuspendedEV}: the EV does not take energy (OCPP 1.6) (sent as {@link #OCCUPIED} in OCPP 2.x). */
    SUSPENDED_EV("SuspendedEV", VersionMask.V16),
    /** {@code Finishing}: the transaction ended, the connector is not free yet (OCPP 1.6) (sent as {@link #OCCUPIED} in OCPP 2.x). */
    FINISHING("Finishing", VersionMask.V16),
    /** {@code Reserved}: reserved. */
    RESERVED("Reserved", VersionMask.ALL),
    /** {@code Unavailable}: not available (inoperative). */
    UNAVAILABLE("Unavailable", VersionMask.ALL),
    /** {@code Faulted}: in error. */
    FAULTED("Faulted", VersionMask.ALL),
    /** {@code Occupied}: in use (OCPP 2.x) (sent as {@link #CHARGING} in OCPP 1.6). */
    OCCUPIED("Occupied", VersionMask.V2X),
    /** A value ocpkit does not know (read leniently from a peer); never sent. */
    UNKNOWN("", VersionMask.NONE);

    private final String value;
    private final int versions;

    ConnectorStatus(String value, int versions) {
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
        ConnectorStatus fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("ConnectorStatus " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable ConnectorStatus fallbackIn(OcppVersion version) {
        if (this == PREPARING && VersionMask.has(VersionMask.V2X, version)) {
            return OCCUPIED;
        }
        if (this == CHARGING && VersionMask.has(VersionMask.V2X, version)) {
            return OCCUPIED;
        }
        if (this == SUSPENDED_EVSE && VersionMask.has(VersionMask.V2X, version)) {
            return OCCUPIED;
        }
        if (this == SUSPENDED_EV && VersionMask.has(VersionMask.V2X, version)) {
            return OCCUPIED;
        }
        if (this == FINISHING && VersionMask.has(VersionMask.V2X, version)) {
            return OCCUPIED;
        }
        if (this == OCCUPIED && VersionMask.has(VersionMask.V16, version)) {
            return CHARGING;
        }
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static ConnectorStatus fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (ConnectorStatus c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return c;
            }
        }
        return UNKNOWN;
    }

    /** Whether the connector is in use: occupied, or one of the 1.6 in-use states. */
    public boolean isOccupied() {
        return switch (this) {
            case PREPARING, CHARGING, SUSPENDED_EVSE, SUSPENDED_EV, FINISHING, OCCUPIED -> true;
            default -> false;
        };
    }
}
