package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * Whether an identifier may charge: the union of OCPP 1.6 {@code AuthorizationStatus} and 2.x
 * {@code AuthorizationStatusEnumType}.
 *
 * <p>OCPP 1.6 lacks the 2.x reasons for a refusal; they are sent to a 1.6 station as {@code Invalid}, so the station
 * refuses the identifier either way.
 *
 * <p>{@link #valueIn(OcppVersion)} gives the spelling to send in a version (with the fallbacks listed on the constants); {@link #fromValue(String)} reads the spelling of any version and never throws.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.2 AuthorizationStatus; OCPP 2.0.1 and 2.1 Part 2, AuthorizationStatusEnumType</a>
 * @since 0.1
 */
public enum AuthorizationStatus {
    /** {@code Accepted}: the identifier is allowed to charge. */
    ACCEPTED("Accepted", VersionMask.ALL),
    /** {@code Blocked}: the identifier is blocked. */
    BLOCKED("Blocked", VersionMask.ALL),
    /** {@code ConcurrentTx}: the identifier is already in another transaction and may not start a second one. */
    CONCURRENT_TX("ConcurrentTx", VersionMask.ALL),
    /** {@code Expired}: the identifier has expired. */
    EXPIRED("Expired", VersionMask.ALL),
    /** {@code Invalid}: the identifier is unknown or not valid. */
    INVALID("Invalid", VersionMask.ALL),
    /** {@code NoCredit}: no credit left (sent as {@link #INVALID} in OCPP 1.6). */
    NO_CREDIT("NoCredit", VersionMask.V2X),
    /** {@code NotAllowedTypeEVSE}: not allowed on this type of EVSE (sent as {@link #INVALID} in OCPP 1.6). */
    NOT_ALLOWED_TYPE_EVSE("NotAllowedTypeEVSE", VersionMask.V2X),
    /** {@code NotAtThisLocation}: not allowed at this location (sent as {@link #INVALID} in OCPP 1.6). */
    NOT_AT_THIS_LOCATION("NotAtThisLocation", VersionMask.V2X),
    /** {@code NotAtThisTime}: not allowed at this time (sent as {@link #INVALID} in OCPP 1.6). */
    NOT_AT_THIS_TIME("NotAtThisTime", VersionMask.V2X),
    /** {@code Unknown}: the CSMS does not know the identifier (sent as {@link #INVALID} in OCPP 1.6). */
    UNKNOWN("Unknown", VersionMask.V2X),
    /** A value no version defines (read leniently from a peer); sent as {@code Invalid}. */
    UNRECOGNIZED("", VersionMask.NONE);

    private final String value;
    private final int versions;

    AuthorizationStatus(String value, int versions) {
        this.value = value;
        this.versions = versions;
    }

    /** The value as OCPP writes it; empty for {@link #UNRECOGNIZED}. */
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
        AuthorizationStatus fallback = fallbackIn(version);
        if (fallback == null) {
            throw VersionMask.notIn("AuthorizationStatus " + this, version);
        }
        return fallback.valueIn(version);
    }

    private @Nullable AuthorizationStatus fallbackIn(OcppVersion version) {
        if (this == NO_CREDIT && VersionMask.has(VersionMask.V16, version)) {
            return INVALID;
        }
        if (this == NOT_ALLOWED_TYPE_EVSE && VersionMask.has(VersionMask.V16, version)) {
            return INVALID;
        }
        if (this == NOT_AT_THIS_LOCATION && VersionMask.has(VersionMask.V16, version)) {
            return INVALID;
        }
        if (this == NOT_AT_THIS_TIME && VersionMask.has(VersionMask.V16, version)) {
            return INVALID;
        }
        if (this == UNKNOWN && VersionMask.has(VersionMask.V16, version)) {
            return INVALID;
        }
        if (this == UNRECOGNIZED && VersionMask.has(VersionMask.ALL, version)) {
            return INVALID;
        }
        return null;
    }

    /**
     * The constant of a value as any version spells it (exact match). Never throws.
     *
     * @return the constant, or {@link #UNRECOGNIZED} for {@code null} and values no version defines
     */
    public static AuthorizationStatus fromValue(@Nullable String value) {
        if (value == null) {
            return UNRECOGNIZED;
        }
        for (AuthorizationStatus c : values()) {
            if (c != UNRECOGNIZED && c.value.equals(value)) {
                return c;
            }
        }
        return UNRECOGNIZED;
    }

    /** Whether the identifier may charge ({@link #ACCEPTED}). */
    public boolean isAccepted() {
        return this == ACCEPTED;
    }
}
