package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.VersionMask;
import org.jspecify.annotations.Nullable;

/**
 * What a charging profile is for (OCPP 1.6 {@code ChargingProfilePurposeType}, 2.x
 * {@code ChargingProfilePurposeEnumType}).
 *
 * <p>OCPP 1.6 {@code ChargePointMaxProfile} and 2.x {@code ChargingStationMaxProfile} are the same purpose,
 * {@link #CHARGING_STATION_MAX_PROFILE}. {@link #fromValue} accepts both spellings.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.13; OCPP
 *     2.0.1 Part 2, ChargingProfilePurposeEnumType</a>
 * @since 0.1
 */
public enum ChargingProfilePurpose {
    /** The limit of the whole station: 1.6 {@code ChargePointMaxProfile}, 2.x {@code ChargingStationMaxProfile}. */
    CHARGING_STATION_MAX_PROFILE("ChargingStationMaxProfile", VersionMask.ALL),
    /** The default for new transactions: {@code TxDefaultProfile}. */
    TX_DEFAULT_PROFILE("TxDefaultProfile", VersionMask.ALL),
    /** The profile of one transaction: {@code TxProfile}. */
    TX_PROFILE("TxProfile", VersionMask.ALL),
    /** Limits set by an external system (e.g. an energy management system): OCPP 2.0.1 and 2.1 only. */
    CHARGING_STATION_EXTERNAL_CONSTRAINTS("ChargingStationExternalConstraints", VersionMask.V2X),
    /** Priority charging that overrides other profiles: OCPP 2.1 only. */
    PRIORITY_CHARGING("PriorityCharging", VersionMask.V21),
    /** Limits from local generation: OCPP 2.1 only. */
    LOCAL_GENERATION("LocalGeneration", VersionMask.V21),
    /** A value ocpkit does not know; never sent. */
    UNKNOWN("", VersionMask.NONE);

    private static final String V16_MAX = "ChargePointMaxProfile";

    private final String value;
    private final int versions;

    ChargingProfilePurpose(String value, int versions) {
        this.value = value;
        this.versions = versions;
    }

    /** The OCPP 2.x spelling, e.g. {@code TxProfile}; empty for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /** Whether the purpose exists in the version. */
    public boolean isDefinedIn(OcppVersion version) {
        return VersionMask.has(versions, version);
    }

    /**
     * The spelling of this purpose in a version ({@code ChargePointMaxProfile} in 1.6).
     *
     * @throws IllegalArgumentException when the version has no such purpose
     */
    public String valueIn(OcppVersion version) {
        if (!isDefinedIn(version)) {
            throw VersionMask.notIn("Charging profile purpose " + this, version);
        }
        return this == CHARGING_STATION_MAX_PROFILE && version == OcppVersion.V16 ? V16_MAX : value;
    }

    /**
     * The purpose of a value of any version. Never throws.
     *
     * @return the purpose, or {@link #UNKNOWN} for {@code null} and values no version defines
     */
    public static ChargingProfilePurpose fromValue(@Nullable String value) {
        if (V16_MAX.equals(value)) {
            return CHARGING_STATION_MAX_PROFILE;
        }
        for (ChargingProfilePurpose p : values()) {
            if (p != UNKNOWN && p.value.equals(value)) {
                return p;
            }
        }
        return UNKNOWN;
    }
}
