package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.ChargingPreferences;
import dev.ocpkit.ocpi.model.v230.ChargingPreferencesResponse;
import dev.ocpkit.ocpi.model.v230.Session;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The Sender interface of the Sessions module (typically a CPO): partners pull sessions and set the driver's charging
 * preferences of an ongoing session.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_sessions.asciidoc#mod_sessions_cpo_interface">OCPI 2.3.0,
 *     Sessions: Sender interface</a>
 * @since 0.1
 */
public interface SessionsSender extends OcpiService {
    /**
     * {@code GET {sessions}?date_from&date_to&offset&limit}: one page of the caller's sessions. OCPI 2.3.0 requires
     * {@code date_from}; under {@link dev.ocpkit.ocpi.server.ParsingPolicy#STRICT} the dispatcher refuses a request
     * without it (2001), under {@code LENIENT} {@link PageRequest#dateFrom()} may be {@code null}.
     */
    Page<Session> getSessions(OcpiContext ctx, PageRequest page);

    /**
     * {@code PUT {sessions}/{session_id}/charging_preferences}. By default answers as the specification prescribes for
     * an EVSE without the {@code CHARGING_PREFERENCES_CAPABLE} capability: HTTP 404 with status 2001.
     *
     * @return the answer to the driver's preferences
     */
    default ChargingPreferencesResponse setChargingPreferences(
            OcpiContext ctx, String sessionId, ChargingPreferences preferences) {
        throw OcpiErrors.notFound("charging preferences are not supported for session " + sessionId);
    }
}
