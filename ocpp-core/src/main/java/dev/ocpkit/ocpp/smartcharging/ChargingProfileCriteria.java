package dev.ocpkit.ocpp.smartcharging;

import org.jspecify.annotations.Nullable;

/**
 * Which charging profiles to clear (OCPP 1.6 ClearChargingProfile.req, 2.x ClearChargingProfileRequest). Every
 * component is optional; the profiles that match all given components are cleared, and with none given every
 * profile except those set by external systems.
 *
 * @param chargingProfileId the id of one profile
 * @param evseId the EVSE (OCPP 1.6: the connector id); 0 for profiles of the whole station
 * @param chargingProfilePurpose profiles of this purpose
 * @param stackLevel profiles of this stack level
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.7; OCPP
 *     2.0.1 Part 2, ClearChargingProfileRequest</a>
 * @since 0.1
 */
public record ChargingProfileCriteria(
        @Nullable Integer chargingProfileId,
        @Nullable Integer evseId,
        @Nullable ChargingProfilePurpose chargingProfilePurpose,
        @Nullable Integer stackLevel) {

    /** Criteria that match every profile. */
    public static ChargingProfileCriteria all() {
        return new ChargingProfileCriteria(null, null, null, null);
    }

    /** Criteria that match the profile with this id. */
    public static ChargingProfileCriteria byId(int chargingProfileId) {
        return new ChargingProfileCriteria(chargingProfileId, null, null, null);
    }
}
