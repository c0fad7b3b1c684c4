package dev.ocpkit.ocpp.smartcharging;

import java.util.Objects;

/**
 * A charging profile together with the EVSE it was installed on (SetChargingProfile {@code evseId}, OCPP 1.6
 * {@code connectorId}): 0 for the whole station, otherwise one EVSE.
 *
 * <p>A profile installed on EVSE 0 applies to the station ({@link ChargingProfilePurpose#CHARGING_STATION_MAX_PROFILE})
 * or, for a {@link ChargingProfilePurpose#TX_DEFAULT_PROFILE}, to every EVSE.
 *
 * @param evseId the EVSE (OCPP 1.6: the connector), at least 0
 * @param profile the profile
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 5.16
 *     SetChargingProfile; OCPP 2.0.1 Part 2, K01 SetChargingProfile</a>
 * @since 0.1
 */
public record InstalledChargingProfile(int evseId, ChargingProfile profile) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException when the profile is {@code null}
     * @throws IllegalArgumentException when {@code evseId} is negative
     */
    public InstalledChargingProfile {
        Objects.requireNonNull(profile, "profile");
        if (evseId < 0) {
            throw new IllegalArgumentException("evseId must not be negative: " + evseId);
        }
    }
}
