package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.ActiveChargingProfile;
import dev.ocpkit.ocpi.model.v230.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v230.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v230.ClearProfileResult;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Calls the partner's charging profiles Sender interface (the SCSP's or eMSP's): posts results to the {@code
 * response_url}s of its requests, and pushes the active profile when it changes ({@code PUT
 * {chargingprofiles_endpoint_url}/{session_id}}). Used by a CPO.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_charging_profiles.asciidoc#mod_charging_profiles_sender_interface">OCPI 2.3.0, Charging profiles, Sender interface</a>
 * @since 0.1
 */
public final class ChargingProfilesSenderClient {
    private final CallContext ctx;

    ChargingProfilesSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Answers a GET of the active charging profile. Never retried.
     *
     * @param responseUrl the request's {@code response_url}
     * @param result the result
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postActiveChargingProfileResultAsync(
            String responseUrl, ActiveChargingProfileResult result) {
        return ctx.req("POST", "chargingprofiles", "SENDER", "POST chargingprofiles result (sender)")
                .url(responseUrl)
                .body(result)
                .noData();
    }

    /** Blocking {@link #postActiveChargingProfileResultAsync}; throws its failure unwrapped. */
    public void postActiveChargingProfileResult(String responseUrl, ActiveChargingProfileResult result) {
        Futures.join(postActiveChargingProfileResultAsync(responseUrl, result));
    }

    /**
     * Answers a PUT of a charging profile. Never retried.
     *
     * @param responseUrl the request's {@code response_url}
     * @param result the result
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postChargingProfileResultAsync(
            String responseUrl, ChargingProfileResult result) {
        return ctx.req("POST", "chargingprofiles", "SENDER", "POST chargingprofiles result (sender)")
                .url(responseUrl)
                .body(result)
                .noData();
    }

    /** Blocking {@link #postChargingProfileResultAsync}; throws its failure unwrapped. */
    public void postChargingProfileResult(String responseUrl, ChargingProfileResult result) {
        Futures.join(postChargingProfileResultAsync(responseUrl, result));
    }

    /**
     * Answers a DELETE of a charging profile. Never retried.
     *
     * @param responseUrl the request's {@code response_url}
     * @param result the result
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postClearProfileResultAsync(
            String responseUrl, ClearProfileResult result) {
        return ctx.req("POST", "chargingprofiles", "SENDER", "POST chargingprofiles result (sender)")
                .url(responseUrl)
                .body(result)
                .noData();
    }

    /** Blocking {@link #postClearProfileResultAsync}; throws its failure unwrapped. */
    public void postClearProfileResult(String responseUrl, ClearProfileResult result) {
        Futures.join(postClearProfileResultAsync(responseUrl, result));
    }

    /**
     * Pushes a session's new active charging profile: {@code PUT {chargingprofiles_endpoint_url}/{session_id}}.
     *
     * @param sessionId the session
     * @param profile the active profile
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putActiveChargingProfileAsync(
            String sessionId, ActiveChargingProfile profile) {
        return ctx.req("PUT", "chargingprofiles", "SENDER", "PUT chargingprofiles (sender)")
                .path(sessionId)
                .body(profile)
                .noData();
    }

    /** Blocking {@link #putActiveChargingProfileAsync}; throws its failure unwrapped. */
    public void putActiveChargingProfile(String sessionId, ActiveChargingProfile profile) {
        Futures.join(putActiveChargingProfileAsync(sessionId, profile));
    }
}
