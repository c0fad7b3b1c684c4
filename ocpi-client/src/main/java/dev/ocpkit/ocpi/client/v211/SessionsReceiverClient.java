package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v211.Session;
import dev.ocpkit.ocpi.model.v211.SessionPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes sessions to the partner's (eMSP's) sessions interface: {@code
 * {sessions_endpoint_url}/{country_code}/{party_id}/{session_id}}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_sessions.md#22-emsp-interface">OCPI 2.1.1, Sessions, eMSP interface</a>
 * @since 0.1
 */
public final class SessionsReceiverClient {
    private final CallContext ctx;

    SessionsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a session.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param sessionId the session id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Session> getSessionAsync(String countryCode, String partyId, String sessionId) {
        return ctx.req("GET", "sessions", "", "GET sessions")
                .path(countryCode, partyId, sessionId)
                .object(Session.class);
    }

    /** Blocking {@link #getSessionAsync}; throws its failure unwrapped. */
    public Session getSession(String countryCode, String partyId, String sessionId) {
        return Futures.join(getSessionAsync(countryCode, partyId, sessionId));
    }

    /**
     * Creates or replaces a session, the id taken from the session.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param session the whole session
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putSessionAsync(String countryCode, String partyId, Session session) {
        return ctx.req("PUT", "sessions", "", "PUT sessions")
                .path(countryCode, partyId, session.id())
                .body(session)
                .noData();
    }

    /** Blocking {@link #putSessionAsync}; throws its failure unwrapped. */
    public void putSession(String countryCode, String partyId, Session session) {
        Futures.join(putSessionAsync(countryCode, partyId, session));
    }

    /**
     * Updates fields of a session.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param sessionId the session id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchSessionAsync(
            String countryCode, String partyId, String sessionId, SessionPatch patch) {
        return ctx.req("PATCH", "sessions", "", "PATCH sessions")
                .path(countryCode, partyId, sessionId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchSessionAsync}; throws its failure unwrapped. */
    public void patchSession(String countryCode, String partyId, String sessionId, SessionPatch patch) {
        Futures.join(patchSessionAsync(countryCode, partyId, sessionId, patch));
    }
}
