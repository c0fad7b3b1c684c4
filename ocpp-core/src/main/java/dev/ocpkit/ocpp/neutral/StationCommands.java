package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppConnectionException;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppTimeoutException;
import dev.ocpkit.ocpp.OcppValidationException;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.Mapping16;
import dev.ocpkit.ocpp.neutral.internal.Mapping2x;
import dev.ocpkit.ocpp.neutral.internal.ProfileMapping;
import dev.ocpkit.ocpp.neutral.internal.X2;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import dev.ocpkit.ocpp.v16.ChargingRateUnitType;
import dev.ocpkit.ocpp.v16.GetCompositeScheduleRequest;
import dev.ocpkit.ocpp.v16.RemoteStopTransactionRequest;
import dev.ocpkit.ocpp.v16.ResetRequest;
import dev.ocpkit.ocpp.v16.SetChargingProfileRequest;
import dev.ocpkit.ocpp.v16.UnlockConnectorRequest;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The common CSMS-to-station commands, sent in the station's own OCPP version: a CSMS writes one call and it becomes
 * the 1.6 or 2.x message the connection speaks.
 *
 * <pre>{@code
 * StationCommands station = StationCommands.of(server.station("CP-7").orElseThrow());
 * station.remoteStart(RemoteStart.builder().evseId(1).idToken(IdToken.of("04A2B3C4", IdToken.TYPE_ISO14443)).build())
 *     .thenAccept(r -> log.info("remote start: {}", r.result().status()));
 * }</pre>
 *
 * <p><b>Completion.</b> Every future completes normally with the neutral result, or exceptionally exactly as
 * {@link OcppSession#call} documents: with {@link OcppCallErrorException}, {@link OcppTimeoutException},
 * {@link OcppConnectionException} or {@link OcppValidationException} (the original exception, not wrapped), and
 * with {@link IllegalArgumentException} when the station's answer cannot be represented (e.g. a schedule that
 * breaks the rules of {@link CompositeSchedule}). Cancelling a future cancels the call. A request that the station's
 * version cannot express throws {@link IllegalArgumentException} at once and sends nothing.
 *
 * <p>Thread-safe; a thin stateless wrapper, so create one whenever needed.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 5
 *     (Operations initiated by Central System); OCPP 2.0.1 and 2.1 Part 2 (blocks B, C, F, H, K, L, P)</a>
 * @since 0.1
 */
public final class StationCommands {
    private final OcppSession session;

    private StationCommands(OcppSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Commands for one connected station.
     *
     * @param session the CSMS's connection to the station (e.g. {@code CsmsServer.station(identity)})
     */
    public static StationCommands of(OcppSession session) {
        return new StationCommands(session);
    }

    /** The connection the commands go to. */
    public OcppSession session() {
        return session;
    }

    private boolean v16() {
        return session.version() == OcppVersion.V16;
    }

    // ---------------------------------------------------------------- transactions

    /**
     * Asks the station to start a transaction: 1.6 RemoteStartTransaction, 2.x RequestStartTransaction (with the
     * request's remoteStartId, or a random positive one when it is {@code null}).
     *
     * @return completes with the outcome and, for 2.x, the remoteStartId sent
     * @throws IllegalArgumentException when the version cannot express the request (e.g. a 1.6 idTag over 20
     *     characters, a profile 1.6 cannot express)
     */
    public CompletableFuture<RemoteStartResult> remoteStart(RemoteStart request) {
        Objects.requireNonNull(request, "request");
        if (v16()) {
            return map(
                    session.call(Mapping16.remoteStart(request)),
                    r -> new RemoteStartResult(Mapping16.result(r.status().value()), null, null));
        }
        int remoteStartId = request.remoteStartId() != null
                ? request.remoteStartId()
                : ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        X2.RequestStartTransactionRequest shape = Mapping2x.remoteStart(request, remoteStartId, session.version());
        return map(
                call2x(
                        Ocpp201Actions.REQUEST_START_TRANSACTION,
                        Ocpp21Actions.REQUEST_START_TRANSACTION,
                        shape,
                        X2.RequestStartTransactionResponse.class),
                r -> new RemoteStartResult(
                        Mapping2x.result(r.status(), r.statusInfo()), remoteStartId, r.transactionId()));
    }

    /**
     * Asks the station to stop a transaction: 1.6 RemoteStopTransaction, 2.x RequestStopTransaction.
     *
     * @param transactionId the transaction id as in {@link TransactionStarted#transactionId()}
     * @throws IllegalArgumentException for 1.6 when the id is not an integer
     */
    public CompletableFuture<CommandResult> remoteStop(String transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        if (v16()) {
            return map(
                    session.call(new RemoteStopTransactionRequest(ProfileMapping.parseTransactionId16(transactionId))),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.REQUEST_STOP_TRANSACTION,
                Ocpp21Actions.REQUEST_STOP_TRANSACTION,
                new X2.RequestStopTransactionRequest(transactionId));
    }

    /**
     * Reserves an EVSE (or, with no EVSE, any EVSE of the station) for an identifier (ReserveNow). The answers
     * {@code Faulted}, {@code Occupied} and {@code Unavailable} keep their spelling in
     * {@link CommandResult#rawStatus()}.
     *
     * @throws IllegalArgumentException when the version cannot express the reservation (e.g. a 1.6 idTag over 20
     *     characters, a connector type 2.0.1 does not define)
     */
    public CompletableFuture<CommandResult> reserveNow(Reservation reservation) {
        Objects.requireNonNull(reservation, "reservation");
        if (v16()) {
            return map(
                    session.call(Mapping16.reserveNow(reservation)),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.RESERVE_NOW,
                Ocpp21Actions.RESERVE_NOW,
                Mapping2x.reserveNow(reservation, session.version()));
    }

    /** Cancels a reservation (CancelReservation). */
    public CompletableFuture<CommandResult> cancelReservation(int reservationId) {
        if (v16()) {
            return map(
                    session.call(new dev.ocpkit.ocpp.v16.CancelReservationRequest(reservationId)),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.CANCEL_RESERVATION,
                Ocpp21Actions.CANCEL_RESERVATION,
                new X2.CancelReservationRequest(reservationId));
    }

    // ---------------------------------------------------------------- station control

    /** Resets the whole station; same as {@code reset(type, null)}. */
    public CompletableFuture<CommandResult> reset(ResetType type) {
        return reset(type, null);
    }

    /**
     * Resets the station or (2.x) one EVSE: {@link ResetType#HARD} is 1.6 {@code Hard}, 2.x {@code Immediate};
     * {@link ResetType#SOFT} is 1.6 {@code Soft}, 2.x {@code OnIdle}.
     *
     * @param evseId OCPP 2.x: the EVSE to reset; {@code null} for the whole station
     * @throws IllegalArgumentException for 1.6 with an EVSE, or {@link ResetType#IMMEDIATE_AND_RESUME} before 2.1
     */
    public CompletableFuture<CommandResult> reset(ResetType type, @Nullable Integer evseId) {
        Objects.requireNonNull(type, "type");
        if (v16()) {
            if (evseId != null) {
                throw new IllegalArgumentException("OCPP 1.6 resets the whole charge point only");
            }
            return map(
                    session.call(new ResetRequest(Mapping16.resetType(type))),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.RESET,
                Ocpp21Actions.RESET,
                new X2.ResetRequest(type.valueIn(session.version()), evseId));
    }

    /**
     * Unlocks a connector: 1.6 UnlockConnector of connector {@code evseId}, 2.x UnlockConnector of the EVSE and
     * connector. {@code Unlocked} reads as {@link CommandStatus#ACCEPTED}, {@code UnlockFailed} as
     * {@link CommandStatus#FAILED}.
     *
     * @param evseId the EVSE, at least 1
     * @param connectorId the connector of the EVSE (1 for 1.6)
     * @throws IllegalArgumentException for 1.6 with a connector other than 1
     */
    public CompletableFuture<CommandResult> unlock(int evseId, int connectorId) {
        if (evseId < 1) {
            throw new IllegalArgumentException("evseId must be at least 1");
        }
        if (v16()) {
            return map(
                    session.call(new UnlockConnectorRequest(Mapping16.connectorId(evseId, connectorId))),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.UNLOCK_CONNECTOR,
                Ocpp21Actions.UNLOCK_CONNECTOR,
                new X2.UnlockConnectorRequest(evseId, connectorId));
    }

    /**
     * Changes the availability of the station, an EVSE or a connector (ChangeAvailability).
     *
     * @param evseId the EVSE, or {@code null} (or 0 for 1.6) for the whole station
     * @param connectorId the connector of the EVSE, or {@code null}
     * @throws IllegalArgumentException for 1.6 with a connector other than 1, or a connector without EVSE
     */
    public CompletableFuture<CommandResult> changeAvailability(
            @Nullable Integer evseId, @Nullable Integer connectorId, Availability availability) {
        Objects.requireNonNull(availability, "availability");
        if (v16()) {
            return map(
                    session.call(Mapping16.changeAvailability(evseId, connectorId, availability)),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.CHANGE_AVAILABILITY,
                Ocpp21Actions.CHANGE_AVAILABILITY,
                Mapping2x.changeAvailability(evseId, connectorId, availability, session.version()));
    }

    // ---------------------------------------------------------------- smart charging

    /**
     * Installs a charging profile on an EVSE (0: the whole station) with SetChargingProfile.
     *
     * @throws IllegalArgumentException when the profile cannot be expressed in the station's version (see
     *     {@link dev.ocpkit.ocpp.smartcharging.ChargingProfiles})
     */
    public CompletableFuture<CommandResult> setChargingProfile(int evseId, ChargingProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (v16()) {
            return map(
                    session.call(new SetChargingProfileRequest(
                            Mapping16.connectorId(evseId, null), ProfileMapping.toV16(profile))),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.SET_CHARGING_PROFILE,
                Ocpp21Actions.SET_CHARGING_PROFILE,
                new X2.SetChargingProfileRequest(evseId, ProfileMapping.toX2(profile, session.version())));
    }

    /**
     * Clears the charging profiles matching the criteria (ClearChargingProfile). {@code Unknown} (nothing matched)
     * reads as {@link CommandStatus#REJECTED} with raw status {@code Unknown}.
     *
     * @throws IllegalArgumentException when the purpose does not exist in the station's version
     */
    public CompletableFuture<CommandResult> clearChargingProfile(ChargingProfileCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        if (v16()) {
            return map(
                    session.call(Mapping16.clearChargingProfile(criteria)),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.CLEAR_CHARGING_PROFILE,
                Ocpp21Actions.CLEAR_CHARGING_PROFILE,
                Mapping2x.clearChargingProfile(criteria, session.version()));
    }

    /**
     * Asks for the composite schedule of an EVSE (0: the station's grid connection) over the coming
     * {@code duration} (GetCompositeSchedule).
     *
     * @param duration the window, in whole seconds
     * @param unit the unit wanted, or {@code null} to let the station choose
     * @return completes with the outcome and, when accepted, the schedule. For 1.6, a schedule without
     *     {@code scheduleStart} starts at its {@code startSchedule} (or the time of the answer), and one without
     *     duration lasts the window asked for
     */
    public CompletableFuture<CompositeScheduleResult> getCompositeSchedule(
            int evseId, Duration duration, @Nullable ChargingRateUnit unit) {
        Objects.requireNonNull(duration, "duration");
        int seconds = Math.toIntExact(duration.toSeconds());
        if (v16()) {
            return map(
                    session.call(new GetCompositeScheduleRequest(
                            Mapping16.connectorId(evseId, null),
                            seconds,
                            unit == null ? null : ChargingRateUnitType.fromValue(unit.valueIn(OcppVersion.V16)))),
                    r -> {
                        CompositeSchedule schedule = null;
                        dev.ocpkit.ocpp.v16.ChargingSchedule s = r.chargingSchedule();
                        if (s != null) {
                            Instant start = r.scheduleStart() != null
                                    ? r.scheduleStart()
                                    : s.startSchedule() != null ? s.startSchedule() : Instant.now();
                            schedule = ProfileMapping.compositeFromV16(
                                    r.connectorId() != null ? r.connectorId() : evseId,
                                    start,
                                    s.duration() != null ? s.duration() : seconds,
                                    s);
                        }
                        return new CompositeScheduleResult(
                                Mapping16.result(r.status().value()), schedule);
                    });
        }
        X2.GetCompositeScheduleRequest shape = new X2.GetCompositeScheduleRequest(
                seconds, unit == null ? null : unit.valueIn(session.version()), evseId);
        return map(
                call2x(
                        Ocpp201Actions.GET_COMPOSITE_SCHEDULE,
                        Ocpp21Actions.GET_COMPOSITE_SCHEDULE,
                        shape,
                        X2.GetCompositeScheduleResponse.class),
                r -> new CompositeScheduleResult(
                        Mapping2x.result(r.status(), r.statusInfo()),
                        r.schedule() == null ? null : ProfileMapping.compositeFromX2(r.schedule())));
    }

    // ---------------------------------------------------------------- firmware, data transfer, trigger

    /**
     * Asks the station to update its firmware (UpdateFirmware). OCPP 1.6 UpdateFirmware.conf has no status: the
     * result is {@link CommandStatus#ACCEPTED} with an empty raw status, and the 2.x-only fields are not sent.
     */
    public CompletableFuture<CommandResult> updateFirmware(FirmwareUpdate update) {
        Objects.requireNonNull(update, "update");
        if (v16()) {
            return map(
                    session.call(Mapping16.updateFirmware(update)),
                    r -> new CommandResult(CommandStatus.ACCEPTED, "", null, null));
        }
        return status2x(
                Ocpp201Actions.UPDATE_FIRMWARE, Ocpp21Actions.UPDATE_FIRMWARE, Mapping2x.updateFirmware(update));
    }

    /** Sends a vendor-specific message (DataTransfer); see {@link DataTransfer} for the data of 1.6. */
    public CompletableFuture<DataTransferResult> dataTransfer(DataTransfer request) {
        Objects.requireNonNull(request, "request");
        if (v16()) {
            return map(session.call(Mapping16.dataTransfer(request)), Mapping16::dataTransferResult);
        }
        return map(
                call2x(
                        Ocpp201Actions.DATA_TRANSFER,
                        Ocpp21Actions.DATA_TRANSFER,
                        Mapping2x.dataTransfer(request),
                        X2.DataTransferResponse.class),
                Mapping2x::dataTransferResult);
    }

    /**
     * Asks the station to send a message now (TriggerMessage). {@code NotImplemented} reads as
     * {@link CommandStatus#NOT_SUPPORTED}.
     *
     * @param evseId the EVSE the message is about (1.6: the connector), or {@code null}
     * @throws IllegalArgumentException when the message does not exist in the station's version
     */
    public CompletableFuture<CommandResult> triggerMessage(MessageTrigger message, @Nullable Integer evseId) {
        Objects.requireNonNull(message, "message");
        if (v16()) {
            return map(
                    session.call(Mapping16.triggerMessage(message, evseId)),
                    r -> Mapping16.result(r.status().value()));
        }
        return status2x(
                Ocpp201Actions.TRIGGER_MESSAGE,
                Ocpp21Actions.TRIGGER_MESSAGE,
                new X2.TriggerMessageRequest(
                        evseId == null ? null : new X2.Evse(evseId, null), message.valueIn(session.version())));
    }

    // ---------------------------------------------------------------- plumbing

    private <Q1 extends OcppRequest<S1>, S1 extends OcppResponse, Q2 extends OcppRequest<S2>, S2 extends OcppResponse>
            CompletableFuture<CommandResult> status2x(OcppAction<Q1, S1> v201, OcppAction<Q2, S2> v21, Object shape) {
        return map(call2x(v201, v21, shape, X2.StatusResponse.class), Mapping2x::result);
    }

    private <
                    Q1 extends OcppRequest<S1>,
                    S1 extends OcppResponse,
                    Q2 extends OcppRequest<S2>,
                    S2 extends OcppResponse,
                    R>
            CompletableFuture<R> call2x(
                    OcppAction<Q1, S1> v201, OcppAction<Q2, S2> v21, Object shape, Class<R> responseShape) {
        if (session.version() == OcppVersion.V21) {
            return map(session.call(X2.request(v21, shape)), resp -> X2.from(resp, responseShape));
        }
        return map(session.call(X2.request(v201, shape)), resp -> X2.from(resp, responseShape));
    }

    /**
     * Maps a future's value; failures pass through unwrapped, and cancelling the result cancels the source.
     */
    static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<? super T, ? extends R> fn) {
        CompletableFuture<R> out = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (error != null) {
                out.completeExceptionally(unwrap(error));
                return;
            }
            try {
                out.complete(fn.apply(value));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        out.whenComplete((value, error) -> {
            if (out.isCancelled()) {
                source.cancel(false);
            }
        });
        return out;
    }

    static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
