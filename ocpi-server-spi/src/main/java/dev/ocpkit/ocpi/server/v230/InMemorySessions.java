package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.ChargingPreferences;
import dev.ocpkit.ocpi.model.v230.ChargingPreferencesResponse;
import dev.ocpkit.ocpi.model.v230.Session;
import dev.ocpkit.ocpi.model.v230.SessionPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.internal.ObjectStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory, for tests and demos; not a production store. {@link #asSender()} serves them (a CPO; charging
 * preferences of a known session are accepted and kept), {@link #asReceiver()} stores what a CPO pushes (an eMSP).
 * Thread-safe.
 *
 * @since 0.1
 */
public final class InMemorySessions {
    private final ObjectStore<Session> store = new ObjectStore<>();
    private final Map<String, ChargingPreferences> preferences = new ConcurrentHashMap<>();

    /** Adds or replaces a session (keyed by country code, party id and id). */
    public PutOutcome put(Session session) {
        return store.put(ObjectStore.key(session.countryCode(), session.partyId(), session.id()), session);
    }

    /** The session with these identifiers. */
    public Optional<Session> find(String countryCode, String partyId, String sessionId) {
        return store.get(ObjectStore.key(countryCode, partyId, sessionId));
    }

    /** Every session, in insertion order. */
    public List<Session> all() {
        return store.all();
    }

    /** The charging preferences last set for a session (sender side). */
    public Optional<ChargingPreferences> chargingPreferences(String sessionId) {
        return Optional.ofNullable(preferences.get(ObjectStore.key(sessionId)));
    }

    /** A Sender interface over these sessions: every session is visible to every partner. */
    public SessionsSender asSender() {
        return new SessionsSender() {
            @Override
            public Page<Session> getSessions(OcpiContext ctx, PageRequest page) {
                return Page.of(store.all(), page, Session::lastUpdated);
            }

            @Override
            public ChargingPreferencesResponse setChargingPreferences(
                    OcpiContext ctx, String sessionId, ChargingPreferences prefs) {
                boolean known = store.all().stream().anyMatch(s -> sessionId.equalsIgnoreCase(s.id()));
                if (!known) {
                    throw OcpiErrors.notFound("unknown session " + sessionId);
                }
                preferences.put(ObjectStore.key(sessionId), prefs);
                return ChargingPreferencesResponse.ACCEPTED;
            }
        };
    }

    /** A Receiver interface that stores what partners push. */
    public SessionsReceiver asReceiver() {
        return new SessionsReceiver() {
            @Override
            public Optional<Session> getSession(OcpiContext ctx, String countryCode, String partyId, String id) {
                return find(countryCode, partyId, id);
            }

            @Override
            public PutOutcome putSession(
                    OcpiContext ctx, String countryCode, String partyId, String id, Session session) {
                return store.put(ObjectStore.key(countryCode, partyId, id), session);
            }

            @Override
            public void patchSession(
                    OcpiContext ctx, String countryCode, String partyId, String id, SessionPatch patch) {
                synchronized (store) {
                    SessionsReceiver.super.patchSession(ctx, countryCode, partyId, id, patch);
                }
            }
        };
    }
}
