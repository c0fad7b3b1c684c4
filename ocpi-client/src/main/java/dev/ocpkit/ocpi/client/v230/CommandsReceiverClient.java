package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.internal.AsyncCalls;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.CancelReservation;
import dev.ocpkit.ocpi.model.v230.CommandResponse;
import dev.ocpkit.ocpi.model.v230.CommandResponseType;
import dev.ocpkit.ocpi.model.v230.CommandResult;
import dev.ocpkit.ocpi.model.v230.ReserveNow;
import dev.ocpkit.ocpi.model.v230.StartSession;
import dev.ocpkit.ocpi.model.v230.StopSession;
import dev.ocpkit.ocpi.model.v230.UnlockConnector;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends commands to the partner's commands Receiver interface (the CPO's): {@code POST
 * {commands_endpoint_url}/{command}}. The client creates the {@code response_url} through the client's {@link
 * dev.ocpkit.ocpi.client.AsyncResults} (served by the server module) and fills it in; the returned operation
 * carries the immediate {@code CommandResponse} and a future for the {@code CommandResult}. Commands are never
 * retried.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_commands.asciidoc#mod_commands_receiver_interface">OCPI 2.3.0, Commands, Receiver interface</a>
 * @since 0.1
 */
public final class CommandsReceiverClient {
    private final CallContext ctx;

    CommandsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Asks the CPO to start a session ({@code START_SESSION}); its {@code response_url} is replaced by the
     * client's.
     *
     * @param command the command (token, location, EVSE, ...)
     * @return a future that completes normally with the partner's {@link CommandResponse} and the pending {@link
     *     CommandResult}, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResult>> startSessionAsync(StartSession command) {
        return AsyncCalls.start(
                ctx,
                CommandResult.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "RECEIVER", "POST commands START_SESSION (receiver)")
                        .path("START_SESSION")
                        .body(command.toBuilder().responseUrl(url).build()),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "START_SESSION");
    }

    /** Blocking {@link #startSessionAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResult> startSession(StartSession command) {
        return Futures.join(startSessionAsync(command));
    }

    /**
     * Asks the CPO to stop a session ({@code STOP_SESSION}).
     *
     * @param sessionId the session to stop
     * @return a future that completes normally with the partner's {@link CommandResponse} and the pending {@link
     *     CommandResult}, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResult>> stopSessionAsync(String sessionId) {
        return AsyncCalls.start(
                ctx,
                CommandResult.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "RECEIVER", "POST commands STOP_SESSION (receiver)")
                        .path("STOP_SESSION")
                        .body(new StopSession(url, sessionId)),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "STOP_SESSION");
    }

    /** Blocking {@link #stopSessionAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResult> stopSession(String sessionId) {
        return Futures.join(stopSessionAsync(sessionId));
    }

    /**
     * Asks the CPO to reserve an EVSE or location ({@code RESERVE_NOW}); its {@code response_url} is replaced by
     * the client's.
     *
     * @param command the reservation
     * @return a future that completes normally with the partner's {@link CommandResponse} and the pending {@link
     *     CommandResult}, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResult>> reserveNowAsync(ReserveNow command) {
        return AsyncCalls.start(
                ctx,
                CommandResult.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "RECEIVER", "POST commands RESERVE_NOW (receiver)")
                        .path("RESERVE_NOW")
                        .body(command.toBuilder().responseUrl(url).build()),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "RESERVE_NOW");
    }

    /** Blocking {@link #reserveNowAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResult> reserveNow(ReserveNow command) {
        return Futures.join(reserveNowAsync(command));
    }

    /**
     * Asks the CPO to cancel a reservation ({@code CANCEL_RESERVATION}).
     *
     * @param reservationId the reservation to cancel
     * @return a future that completes normally with the partner's {@link CommandResponse} and the pending {@link
     *     CommandResult}, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResult>> cancelReservationAsync(
            String reservationId) {
        return AsyncCalls.start(
                ctx,
                CommandResult.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "RECEIVER", "POST commands CANCEL_RESERVATION (receiver)")
                        .path("CANCEL_RESERVATION")
                        .body(new CancelReservation(url, reservationId)),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "CANCEL_RESERVATION");
    }

    /** Blocking {@link #cancelReservationAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResult> cancelReservation(String reservationId) {
        return Futures.join(cancelReservationAsync(reservationId));
    }

    /**
     * Asks the CPO to unlock a connector ({@code UNLOCK_CONNECTOR}).
     *
     * @param locationId the location
     * @param evseUid the EVSE
     * @param connectorId the connector
     * @return a future that completes normally with the partner's {@link CommandResponse} and the pending {@link
     *     CommandResult}, whose future completes when the partner posts the result, fails with {@link
     *     java.util.concurrent.TimeoutException} when it does not in time, or with {@link
     *     dev.ocpkit.ocpi.client.OcpiRejectedException} at once when the command was not accepted, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException}, or {@link IllegalStateException} when the client
     *     has no {@link dev.ocpkit.ocpi.client.AsyncResults}
     */
    public CompletableFuture<AsyncOperation<CommandResponse, CommandResult>> unlockConnectorAsync(
            String locationId, String evseUid, String connectorId) {
        return AsyncCalls.start(
                ctx,
                CommandResult.class,
                CommandResponse.class,
                url -> ctx.req("POST", "commands", "RECEIVER", "POST commands UNLOCK_CONNECTOR (receiver)")
                        .path("UNLOCK_CONNECTOR")
                        .body(new UnlockConnector(url, locationId, evseUid, connectorId)),
                r -> r.result() == CommandResponseType.ACCEPTED,
                CommandResponse::resultAsString,
                "UNLOCK_CONNECTOR");
    }

    /** Blocking {@link #unlockConnectorAsync}; throws its failure unwrapped. */
    public AsyncOperation<CommandResponse, CommandResult> unlockConnector(
            String locationId, String evseUid, String connectorId) {
        return Futures.join(unlockConnectorAsync(locationId, evseUid, connectorId));
    }
}
