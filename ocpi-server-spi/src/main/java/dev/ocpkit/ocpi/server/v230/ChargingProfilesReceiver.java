package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v230.ChargingProfileResponseType;
import dev.ocpkit.ocpi.model.v230.SetChargingProfile;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;

/**
 * The Receiver interface of the Charging Profiles module (typically a CPO): the SCSP or eMSP reads the active charging
 * profile of a session, sets one and clears it. Each method answers at once with a {@link ChargingProfileResponse};
 * the outcome goes later to the request's {@code response_url} (the host's job). Every method defaults to
 * {@link ChargingProfileResponseType#NOT_SUPPORTED}.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_charging_profiles.asciidoc#mod_charging_profiles_cpo_interface">OCPI
 *     2.3.0, Charging profiles: Receiver interface</a>
 * @since 0.1
 */
public interface ChargingProfilesReceiver extends OcpiService {
    /** The answer to a request this receiver does not support: {@code NOT_SUPPORTED}, timeout 0. */
    ChargingProfileResponse NOT_SUPPORTED =
            new ChargingProfileResponse(ChargingProfileResponseType.NOT_SUPPORTED.value(), 0);

    /**
     * {@code GET {chargingprofiles}/{session_id}?duration=&response_url=}; the dispatcher refuses a request without a
     * positive {@code duration} or without {@code response_url} (2001).
     *
     * @param durationSeconds the length of the requested profile
     * @param responseUrl where to POST the {@code ActiveChargingProfileResult}
     */
    default ChargingProfileResponse getActiveChargingProfile(
            OcpiContext ctx, String sessionId, int durationSeconds, String responseUrl) {
        return NOT_SUPPORTED;
    }

    /** {@code PUT {chargingprofiles}/{session_id}}: set or replace the session's charging profile. */
    default ChargingProfileResponse setChargingProfile(
            OcpiContext ctx, String sessionId, SetChargingProfile setChargingProfile) {
        return NOT_SUPPORTED;
    }

    /**
     * {@code DELETE {chargingprofiles}/{session_id}?response_url=}: clear the profile set by the caller.
     *
     * @param responseUrl where to POST the {@code ClearProfileResult}
     */
    default ChargingProfileResponse clearChargingProfile(OcpiContext ctx, String sessionId, String responseUrl) {
        return NOT_SUPPORTED;
    }
}
