package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.Session;
import dev.ocpkit.ocpi.model.v230.SessionPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes sessions to the partner's sessions Receiver interface (the eMSP's): GET, PUT and PATCH on {@code
 * {sessions_endpoint_url}/{country_code}/{party_id}/{session_id}}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_sessions.asciidoc#mod_sessions_receiver_interface">OCPI 2.3.0, Sessions, Receiver interface</a>
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
        return ctx.req("GET", "sessions", "RECEIVER", "GET sessions (receiver)")
                .path(countryCode, partyId, sessionId)
                .object(Session.class);
    }

    /** Blocking {@link #getSessionAsync}; throws its failure unwrapped. */
    public Session getSession(String countryCode, String partyId, String sessionId) {
        return Futures.join(getSessionAsync(countryCode, partyId, sessionId));
    }

    /**
     * Creates or replaces a session; country code, party id and id are taken from the session.
     *
     * @param session the whole session
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putSessionAsync(Session session) {
        return ctx.req("PUT", "sessions", "RECEIVER", "PUT sessions (receiver)")
                .path(session.countryCode(), session.partyId(), session.id())
                .body(session)
                .noData();
    }

    /** Blocking {@link #putSessionAsync}; throws its failure unwrapped. */
    public void putSession(Session session) {
        Futures.join(putSessionAsync(session));
    }

    /**
     * Updates fields of a session, e.g. {@code kwh}, {@code status} or {@code charging_periods}.
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
        return ctx.req("PATCH", "sessions", "RECEIVER", "PATCH sessions (receiver)")
                .path(countryCode, partyId, sessionId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchSessionAsync}; throws its failure unwrapped. */
    public void patchSession(String countryCode, String partyId, String sessionId, SessionPatch patch) {
        Futures.join(patchSessionAsync(countryCode, partyId, sessionId, patch));
    }
}
