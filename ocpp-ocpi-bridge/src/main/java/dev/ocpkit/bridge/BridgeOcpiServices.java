package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.v221.CancelReservation;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.ReserveNow;
import dev.ocpkit.ocpi.model.v221.SetChargingProfile;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.StopSession;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.TokenType;
import dev.ocpkit.ocpi.model.v221.UnlockConnector;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.v221.ChargingProfilesReceiver;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.TokensReceiver;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The CPO's OCPI 2.2.1 Receiver services backed by a {@link CpoBridge}, ready to register with an {@code
 * OcpiDispatcher}: eMSP commands and charging profiles become OCPP calls, pushed tokens fill the bridge's {@link
 * TokenCache}.
 *
 * <pre>{@code
 * OcpiDispatcher cpo = OcpiDispatcher.builder(localParty, partners)
 *         .service(BridgeOcpiServices.commandsReceiver(bridge, Duration.ofSeconds(10)))
 *         .service(BridgeOcpiServices.chargingProfilesReceiver(bridge, Duration.ofSeconds(10)))
 *         .service(BridgeOcpiServices.tokensReceiver(tokenCache))
 *         .build();
 * }</pre>
 *
 * <p>The OCPI answer (CommandResponse, ChargingProfileResponse) says whether the station accepted the request, so the
 * HTTP request waits for the station's OCPP answer, at most {@code answerTimeout}; the outcome follows at the
 * request's {@code response_url} as the bridge documents. When the station has not answered by then, the request is
 * answered with status 3000 (server error); the bridge's own result at {@code response_url} still follows. Keep
 * the timeout below the eMSP's HTTP timeout. The services are stateless and thread-safe.
 *
 * @since 0.1
 */
public final class BridgeOcpiServices {
    private BridgeOcpiServices() {}

    /**
     * The Commands Receiver: START_SESSION, STOP_SESSION, RESERVE_NOW, CANCEL_RESERVATION and UNLOCK_CONNECTOR through
     * the bridge. A command for a location the bridge does not know is answered with status 2003 (unknown location),
     * as the Commands module's example shows.
     *
     * @param answerTimeout how long a request waits for the station's answer
     */
    public static CommandsReceiver commandsReceiver(CpoBridge bridge, Duration answerTimeout) {
        Objects.requireNonNull(bridge, "bridge");
        Objects.requireNonNull(answerTimeout, "answerTimeout");
        return new CommandsReceiver() {
            @Override
            public CommandResponse startSession(OcpiContext ctx, StartSession command) {
                knownLocation(bridge, command.locationId());
                return await(bridge.startSession(command), answerTimeout);
            }

            @Override
            public CommandResponse stopSession(OcpiContext ctx, StopSession command) {
                return await(bridge.stopSession(command), answerTimeout);
            }

            @Override
            public CommandResponse reserveNow(OcpiContext ctx, ReserveNow command) {
                knownLocation(bridge, command.locationId());
                return await(bridge.reserveNow(command), answerTimeout);
            }

            @Override
            public CommandResponse cancelReservation(OcpiContext ctx, CancelReservation command) {
                return await(bridge.cancelReservation(command), answerTimeout);
            }

            @Override
            public CommandResponse unlockConnector(OcpiContext ctx, UnlockConnector command) {
                knownLocation(bridge, command.locationId());
                return await(bridge.unlockConnector(command), answerTimeout);
            }
        };
    }

    /**
     * The Charging Profiles Receiver: PUT (a TxProfile on the session's transaction), GET (the station's composite
     * schedule) and DELETE (clears the profile set through OCPI) through the bridge; answers {@code UNKNOWN_SESSION}
     * for a session the bridge does not run.
     *
     * @param answerTimeout how long a request waits for the station's answer
     */
    public static ChargingProfilesReceiver chargingProfilesReceiver(CpoBridge bridge, Duration answerTimeout) {
        Objects.requireNonNull(bridge, "bridge");
        Objects.requireNonNull(answerTimeout, "answerTimeout");
        return new ChargingProfilesReceiver() {
            @Override
            public ChargingProfileResponse getActiveChargingProfile(
                    OcpiContext ctx, String sessionId, int durationSeconds, String responseUrl) {
                return await(bridge.getActiveChargingProfile(sessionId, durationSeconds, responseUrl), answerTimeout);
            }

            @Override
            public ChargingProfileResponse setChargingProfile(
                    OcpiContext ctx, String sessionId, SetChargingProfile setChargingProfile) {
                return await(bridge.setChargingProfile(sessionId, setChargingProfile), answerTimeout);
            }

            @Override
            public ChargingProfileResponse clearChargingProfile(OcpiContext ctx, String sessionId, String responseUrl) {
                return await(bridge.clearChargingProfile(sessionId, responseUrl), answerTimeout);
            }
        };
    }

    /**
     * The Tokens Receiver over a {@link TokenCache}: the eMSP's PUT and PATCH keep the cache current, so that the
     * bridge authorizes an RFID card locally (whitelist {@code ALWAYS} or {@code ALLOWED_OFFLINE}) without asking.
     * A GET answers only tokens of the asking path's party.
     */
    public static TokensReceiver tokensReceiver(TokenCache cache) {
        Objects.requireNonNull(cache, "cache");
        return new TokensReceiver() {
            @Override
            public Optional<Token> getToken(
                    OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenType type) {
                return cache.get(tokenUid, type.value())
                        .filter(t ->
                                countryCode.equalsIgnoreCase(t.countryCode()) && partyId.equalsIgnoreCase(t.partyId()));
            }

            @Override
            public PutOutcome putToken(
                    OcpiContext ctx, String countryCode, String partyId, String tokenUid, TokenType type, Token token) {
                boolean existed = cache.get(tokenUid, type.value()).isPresent();
                cache.put(token);
                return existed ? PutOutcome.UPDATED : PutOutcome.CREATED;
            }
        };
    }

    private static void knownLocation(CpoBridge bridge, @Nullable String locationId) {
        if (locationId != null && bridge.location(locationId).isEmpty()) {
            throw OcpiErrors.unknownLocation("Unknown location");
        }
    }

    private static <T> T await(CompletableFuture<T> answer, Duration timeout) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OcpiErrors.serverError("Interrupted while waiting for the charging station");
        } catch (TimeoutException e) {
            throw OcpiErrors.serverError("The charging station did not answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OcpiException oe) {
                throw oe;
            }
            throw OcpiErrors.serverError("The request could not be handled");
        }
    }
}
