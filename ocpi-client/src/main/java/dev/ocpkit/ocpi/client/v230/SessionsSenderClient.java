package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.ChargingPreferences;
import dev.ocpkit.ocpi.model.v230.ChargingPreferencesResponse;
import dev.ocpkit.ocpi.model.v230.Session;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Pulls sessions from the partner's sessions Sender interface (the CPO's), and sets charging preferences there.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_sessions.asciidoc#mod_sessions_sender_interface">OCPI 2.3.0, Sessions, Sender interface</a>
 * @since 0.1
 */
public final class SessionsSenderClient {
    private final CallContext ctx;

    SessionsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every session the partner shares with us, page by page. The list is lazy: pages are requested as the stream
     * or iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Session> list(PageRequest page) {
        return ctx.req("GET", "sessions", "SENDER", "GET sessions (sender)")
                .list(Session.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<Session> list() {
        return list(PageRequest.FIRST);
    }

    /**
     * Sets the driver's charging preferences for a session: {@code PUT
     * {sessions_endpoint_url}/{session_id}/charging_preferences}.
     *
     * @param sessionId the session id
     * @param preferences the preferences
     * @return a future that completes normally with the partner's answer ({@code UNRECOGNIZED} for a value this SDK
     *     does not know), or exceptionally with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code,
     *     HTTP status, request id)
     */
    public CompletableFuture<ChargingPreferencesResponse> putChargingPreferencesAsync(
            String sessionId, ChargingPreferences preferences) {
        return ctx.req("PUT", "sessions", "SENDER", "PUT sessions charging_preferences (sender)")
                .path(sessionId, "charging_preferences")
                .body(preferences)
                .object(String.class)
                .thenApply(ChargingPreferencesResponse::fromValue);
    }

    /** Blocking {@link #putChargingPreferencesAsync}; throws its failure unwrapped. */
    public ChargingPreferencesResponse putChargingPreferences(String sessionId, ChargingPreferences preferences) {
        return Futures.join(putChargingPreferencesAsync(sessionId, preferences));
    }
}
