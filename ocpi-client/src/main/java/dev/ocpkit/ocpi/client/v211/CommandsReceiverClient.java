package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.internal.AsyncCalls;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v211.CommandResponse;
import dev.ocpkit.ocpi.model.v211.CommandResponseType;
import dev.ocpkit.ocpi.model.v211.ReserveNow;
import dev.ocpkit.ocpi.model.v211.StartSession;
import dev.ocpkit.ocpi.model.v211.StopSession;
import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.UnlockConnector;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Sends commands to the partner's (CPO's) commands interface: {@code POST {commands_endpoint_url}/{command}}. The
 * client creates the {@code response_url} through its {@link dev.ocpkit.ocpi.client.AsyncResults}; in OCPI 2.1.1
 * the CPO posts a {@code CommandResponse} there. Never retried.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_commands.md#21-cpo-interface">OCPI 2.1.1, Commands, CPO interface</a>
 * @since 0.1
 */
public final class CommandsReceiverClient {
    private final CallContext ctx;

    CommandsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Asks the CPO to start a session ({@code START_SESSION}).
     *
     * @param token the token to start with
     * @param locationId the location
     * @param evseUid the EVSE, or {@code null}
     * @return a future that completes normally with the partner's immediate {@link CommandResponse} and the pending
     *     result (in OCPI 2.1.1 also a {@link CommandResponse}, posted by the CPO to the {@code response_url}), whose
     *     future completes when it arrives, fails with {@link java.util.concurrent.TimeoutException} when it does not
     *     in time, or with {@link dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not
     *     accepted, or exceptionally with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link
     *     IllegalStateException} when the client has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResponse>> startSessionAsync(
            Token token, String locationId, @Nullable String evseUid) {
        return AsyncCalls.start(
                ctx,
                CommandResponse.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "", "POST commands START_SESSION")
                        .path("START_SESSION")
                        .body(new StartSession(url, token, locationId, evseUid)),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "START_SESSION");
    }

    /** Blocking {@link #startSessionAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResponse> startSession(
            Token token, String locationId, @Nullable String evseUid) {
        return Futures.join(startSessionAsync(token, locationId, evseUid));
    }

    /**
     * Asks the CPO to stop a session ({@code STOP_SESSION}).
     *
     * @param sessionId the session
     * @return a future that completes normally with the partner's immediate {@link CommandResponse} and the pending
     *     result (in OCPI 2.1.1 also a {@link CommandResponse}, posted by the CPO to the {@code response_url}), whose
     *     future completes when it arrives, fails with {@link java.util.concurrent.TimeoutException} when it does not
     *     in time, or with {@link dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not
     *     accepted, or exceptionally with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link
     *     IllegalStateException} when the client has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResponse>> stopSessionAsync(String sessionId) {
        return AsyncCalls.start(
                ctx,
                CommandResponse.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "", "POST commands STOP_SESSION")
                        .path("STOP_SESSION")
                        .body(new StopSession(url, sessionId)),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "STOP_SESSION");
    }

    /** Blocking {@link #stopSessionAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResponse> stopSession(String sessionId) {
        return Futures.join(stopSessionAsync(sessionId));
    }

    /**
     * Asks the CPO to reserve an EVSE or location ({@code RESERVE_NOW}); its {@code response_url} is replaced by
     * the client's.
     *
     * @param command the reservation
     * @return a future that completes normally with the partner's immediate {@link CommandResponse} and the pending
     *     result (in OCPI 2.1.1 also a {@link CommandResponse}, posted by the CPO to the {@code response_url}), whose
     *     future completes when it arrives, fails with {@link java.util.concurrent.TimeoutException} when it does not
     *     in time, or with {@link dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not
     *     accepted, or exceptionally with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link
     *     IllegalStateException} when the client has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResponse>> reserveNowAsync(ReserveNow command) {
        return AsyncCalls.start(
                ctx,
                CommandResponse.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "", "POST commands RESERVE_NOW")
                        .path("RESERVE_NOW")
                        .body(command.toBuilder().responseUrl(url).build()),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "RESERVE_NOW");
    }

    /** Blocking {@link #reserveNowAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResponse> reserveNow(ReserveNow command) {
        return Futures.join(reserveNowAsync(command));
    }

    /**
     * Asks the CPO to unlock a connector ({@code UNLOCK_CONNECTOR}).
     *
     * @param locationId the location
     * @param evseUid the EVSE
     * @param connectorId the connector
     * @return a future that completes normally with the partner's immediate {@link CommandResponse} and the pending
     *     result (in OCPI 2.1.1 also a {@link CommandResponse}, posted by the CPO to the {@code response_url}), whose
     *     future completes when it arrives, fails with {@link java.util.concurrent.TimeoutException} when it does not
     *     in time, or with {@link dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not
     *     accepted, or exceptionally with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link
     *     IllegalStateException} when the client has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResponse>> unlockConnectorAsync(
            String locationId, String evseUid, String connectorId) {
        return AsyncCalls.start(
                ctx,
                CommandResponse.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "", "POST commands UNLOCK_CONNECTOR")
                        .path("UNLOCK_CONNECTOR")
                        .body(new UnlockConnector(url, locationId, evseUid, connectorId)),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "UNLOCK_CONNECTOR");
    }

    /** Blocking {@link #unlockConnectorAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResponse> unlockConnector(
            String locationId, String evseUid, String connectorId) {
        return Futures.join(unlockConnectorAsync(locationId, evseUid, connectorId));
    }
}
