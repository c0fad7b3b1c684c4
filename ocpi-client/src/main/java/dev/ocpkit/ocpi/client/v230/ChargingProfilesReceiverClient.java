package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.internal.AsyncCalls;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v230.ChargingProfile;
import dev.ocpkit.ocpi.model.v230.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v230.ChargingProfileResponseType;
import dev.ocpkit.ocpi.model.v230.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v230.ClearProfileResult;
import dev.ocpkit.ocpi.model.v230.SetChargingProfile;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends smart-charging requests to the partner's charging profiles Receiver interface (the CPO's) on {@code
 * {chargingprofiles_endpoint_url}/{session_id}}. The client creates the {@code response_url} through the client's
 * {@link dev.ocpkit.ocpi.client.AsyncResults}; each call returns the immediate {@code ChargingProfileResponse} and
 * a future for the result the partner posts there.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_charging_profiles.asciidoc#mod_charging_profiles_receiver_interface">OCPI 2.3.0, Charging profiles, Receiver interface</a>
 * @since 0.1
 */
public final class ChargingProfilesReceiverClient {
    private final CallContext ctx;

    ChargingProfilesReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Asks for the active charging profile of a session: {@code GET
     * .../{session_id}?duration={duration}&response_url={url}}. Retried like any GET.
     *
     * @param sessionId the session
     * @param durationSeconds the length of the requested profile, in seconds
     * @return a future that completes normally with the partner's {@link ChargingProfileResponse} and the pending
     *     result, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the request was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<ChargingProfileResponse, ActiveChargingProfileResult>>
            getActiveChargingProfileAsync(String sessionId, int durationSeconds) {
        return AsyncCalls.start(
                ctx,
                ActiveChargingProfileResult.class,
                ChargingProfileResponse.class,
                url -> ctx.req("GET", "chargingprofiles", "RECEIVER", "GET chargingprofiles (receiver)")
                        .path(sessionId)
                        .query("duration", Integer.toString(durationSeconds))
                        .query("response_url", url),
                r -> r.result() == ChargingProfileResponseType.ACCEPTED,
                ChargingProfileResponse::resultAsString,
                "GET chargingprofiles");
    }

    /** Blocking {@link #getActiveChargingProfileAsync}; throws its failure unwrapped. */
    public AsyncOperation<ChargingProfileResponse, ActiveChargingProfileResult> getActiveChargingProfile(
            String sessionId, int durationSeconds) {
        return Futures.join(getActiveChargingProfileAsync(sessionId, durationSeconds));
    }

    /**
     * Sets a charging profile on a session: {@code PUT .../{session_id}} with a {@code SetChargingProfile}.
     *
     * @param sessionId the session
     * @param profile the profile
     * @return a future that completes normally with the partner's {@link ChargingProfileResponse} and the pending
     *     result, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the request was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<ChargingProfileResponse, ChargingProfileResult>> setChargingProfileAsync(
            String sessionId, ChargingProfile profile) {
        return AsyncCalls.start(
                ctx,
                ChargingProfileResult.class,
                ChargingProfileResponse.class,
                url -> ctx.req("PUT", "chargingprofiles", "RECEIVER", "PUT chargingprofiles (receiver)")
                        .path(sessionId)
                        .body(new SetChargingProfile(profile, url)),
                r -> r.result() == ChargingProfileResponseType.ACCEPTED,
                ChargingProfileResponse::resultAsString,
                "PUT chargingprofiles");
    }

    /** Blocking {@link #setChargingProfileAsync}; throws its failure unwrapped. */
    public AsyncOperation<ChargingProfileResponse, ChargingProfileResult> setChargingProfile(
            String sessionId, ChargingProfile profile) {
        return Futures.join(setChargingProfileAsync(sessionId, profile));
    }

    /**
     * Clears the charging profile of a session: {@code DELETE .../{session_id}?response_url={url}}.
     *
     * @param sessionId the session
     * @return a future that completes normally with the partner's {@link ChargingProfileResponse} and the pending
     *     result, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the request was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<ChargingProfileResponse, ClearProfileResult>> clearChargingProfileAsync(
            String sessionId) {
        return AsyncCalls.start(
                ctx,
                ClearProfileResult.class,
                ChargingProfileResponse.class,
                url -> ctx.req("DELETE", "chargingprofiles", "RECEIVER", "DELETE chargingprofiles (receiver)")
                        .path(sessionId)
                        .query("response_url", url),
                r -> r.result() == ChargingProfileResponseType.ACCEPTED,
                ChargingProfileResponse::resultAsString,
                "DELETE chargingprofiles");
    }

    /** Blocking {@link #clearChargingProfileAsync}; throws its failure unwrapped. */
    public AsyncOperation<ChargingProfileResponse, ClearProfileResult> clearChargingProfile(String sessionId) {
        return Futures.join(clearChargingProfileAsync(sessionId));
    }
}
