package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.v211.Session;
import dev.ocpkit.ocpi.model.v211.SessionPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The eMSP interface of the Sessions module: the CPO pushes whole sessions (PUT) and changes (PATCH) to {@code
 * {sessions}/{country_code}/{party_id}/{session_id}}, where the country code and party id are the CPO's.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_sessions.md#22-emsp-interface">OCPI 2.1.1, Sessions: eMSP
 *     interface</a>
 * @since 0.1
 */
public interface SessionsReceiver extends OcpiService {
    /** {@code GET {sessions}/{country_code}/{party_id}/{session_id}}: the stored session, or empty (404, 2001). */
    Optional<Session> getSession(OcpiContext ctx, String countryCode, String partyId, String sessionId);

    /** {@code PUT .../{session_id}}: stores a new session or replaces the stored one. */
    PutOutcome putSession(OcpiContext ctx, String countryCode, String partyId, String sessionId, Session session);

    /**
     * {@code PATCH .../{session_id}}: changes the fields present in the patch (OCPI 2.1.1 replaces a patched {@code
     * charging_periods} list). By default through {@link #getSession} and {@link #putSession}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the session is unknown
     */
    default void patchSession(
            OcpiContext ctx, String countryCode, String partyId, String sessionId, SessionPatch patch) {
        Session session = getSession(ctx, countryCode, partyId, sessionId)
                .orElseThrow(() -> OcpiErrors.notFound("unknown session " + sessionId));
        putSession(ctx, countryCode, partyId, sessionId, patch.applyTo(session));
    }
}
