package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.ChargingPeriod;
import dev.ocpkit.ocpi.model.v230.Session;
import dev.ocpkit.ocpi.model.v230.SessionPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Receiver interface of the Sessions module (typically an eMSP or SCSP): the CPO pushes whole sessions (PUT) and
 * partial updates (PATCH). A PUT replaces the stored session including its {@code charging_periods}; a PATCH with
 * {@code charging_periods} <em>adds</em> those periods, as the specification says.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_sessions.asciidoc#mod_sessions_emsp_interface">OCPI 2.3.0,
 *     Sessions: Receiver interface</a>
 * @since 0.1
 */
public interface SessionsReceiver extends OcpiService {
    /** {@code GET {sessions}/{country_code}/{party_id}/{session_id}}: the stored session, or empty (404, 2001). */
    Optional<Session> getSession(OcpiContext ctx, String countryCode, String partyId, String sessionId);

    /** {@code PUT .../{session_id}}: stores a new session or replaces the stored one, charging periods included. */
    PutOutcome putSession(OcpiContext ctx, String countryCode, String partyId, String sessionId, Session session);

    /**
     * {@code PATCH .../{session_id}}: changes the fields present; {@code charging_periods} in the patch are appended
     * to the stored ones (an empty or absent list changes nothing). By default through {@link #getSession} and
     * {@link #putSession}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the session is unknown
     */
    default void patchSession(
            OcpiContext ctx, String countryCode, String partyId, String sessionId, SessionPatch patch) {
        Session session = getSession(ctx, countryCode, partyId, sessionId)
                .orElseThrow(() -> OcpiErrors.notFound("unknown session " + sessionId));
        Session patched = patch.applyTo(session);
        List<ChargingPeriod> added = patch.chargingPeriods().value();
        List<ChargingPeriod> periods = new ArrayList<>(session.chargingPeriods());
        if (added != null) {
            periods.addAll(added);
        }
        putSession(
                ctx,
                countryCode,
                partyId,
                sessionId,
                patched.toBuilder().chargingPeriods(periods).build());
    }
}
