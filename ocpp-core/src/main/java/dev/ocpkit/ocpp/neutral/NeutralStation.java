package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.CommandTable;
import dev.ocpkit.ocpp.neutral.internal.Handlers2x;
import dev.ocpkit.ocpp.neutral.internal.Mapping16;
import dev.ocpkit.ocpp.neutral.internal.Mapping2x;
import dev.ocpkit.ocpp.neutral.internal.ProfileMapping;
import dev.ocpkit.ocpp.neutral.internal.X2;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import dev.ocpkit.ocpp.v16.AvailabilityStatus;
import dev.ocpkit.ocpp.v16.ChangeAvailabilityResponse;
import dev.ocpkit.ocpp.v16.ChargingProfileStatus;
import dev.ocpkit.ocpp.v16.ClearChargingProfileResponse;
import dev.ocpkit.ocpp.v16.ClearChargingProfileStatus;
import dev.ocpkit.ocpp.v16.GetCompositeScheduleResponse;
import dev.ocpkit.ocpp.v16.GetCompositeScheduleStatus;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.RemoteStartStopStatus;
import dev.ocpkit.ocpp.v16.RemoteStartTransactionResponse;
import dev.ocpkit.ocpp.v16.RemoteStopTransactionResponse;
import dev.ocpkit.ocpp.v16.ResetResponse;
import dev.ocpkit.ocpp.v16.ResetStatus;
import dev.ocpkit.ocpp.v16.SetChargingProfileResponse;
import dev.ocpkit.ocpp.v16.TriggerMessageResponse;
import dev.ocpkit.ocpp.v16.TriggerMessageStatus;
import dev.ocpkit.ocpp.v16.UnlockConnectorResponse;
import dev.ocpkit.ocpp.v16.UnlockStatus;
import dev.ocpkit.ocpp.v16.UpdateFirmwareResponse;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the handler table of a charging station that answers the common CSMS commands of OCPP 1.6, 2.0.1 and 2.1
 * with one {@link StationCommandHandler}.
 *
 * <pre>{@code
 * StationClient client = StationClient.builder()
 *     .url(URI.create("ws://csms.example:9000/ocpp/CP-7"))
 *     .versions(OcppVersion.V201)
 *     .handlers(NeutralStation.handlers(myCommands))
 *     .build();
 * }</pre>
 *
 * <p>Answered: 1.6 RemoteStartTransaction / RemoteStopTransaction and 2.x RequestStartTransaction /
 * RequestStopTransaction, ReserveNow, CancelReservation, Reset, UnlockConnector, ChangeAvailability, SetChargingProfile, ClearChargingProfile,
 * GetCompositeSchedule, UpdateFirmware, DataTransfer and TriggerMessage. A command that carries a charging profile the
 * neutral records cannot represent is answered {@code Rejected} with the reason code {@code InvalidValue} (2.x).
 * Extend the table with version-specific handlers through {@link OcppHandlers#toBuilder()}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class NeutralStation {
    private static final Logger LOG = LoggerFactory.getLogger(NeutralStation.class);
    private static final OcppVersion V16 = OcppVersion.V16;

    private final StationCommandHandler handler;

    private NeutralStation(StationCommandHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * The handler table for every version.
     *
     * @param handler answers the commands
     * @return an immutable table; extend it with {@link OcppHandlers#toBuilder()}
     */
    public static OcppHandlers handlers(StationCommandHandler handler) {
        NeutralStation station = new NeutralStation(handler);
        OcppHandlers.Builder b = OcppHandlers.builder();
        station.register16(b);
        station.register2x(b);
        return b.build();
    }

    private static CommandResult invalid(String what, IllegalArgumentException e) {
        LOG.debug("Rejecting a {} that cannot be represented: {}", what, e.getMessage());
        String info = e.getMessage();
        if (info != null && info.length() > 512) {
            info = info.substring(0, 512);
        }
        return CommandResult.of(CommandStatus.REJECTED, "InvalidValue", info);
    }

    // ---------------------------------------------------------------- OCPP 1.6

    private void register16(OcppHandlers.Builder b) {
        b.onAsync(Ocpp16Actions.REMOTE_START_TRANSACTION, (ctx, req) -> {
            RemoteStart start;
            try {
                start = Mapping16.remoteStart(req);
            } catch (IllegalArgumentException e) {
                return done(new RemoteStartTransactionResponse(RemoteStartStopStatus.fromValue(
                        CommandTable.REMOTE_START_STOP.statusFor(invalid("RemoteStartTransaction", e), V16))));
            }
            return handler.remoteStart(ctx.session(), start)
                    .thenApply(r -> new RemoteStartTransactionResponse(RemoteStartStopStatus.fromValue(
                            CommandTable.REMOTE_START_STOP.statusFor(r.result(), V16))));
        });
        b.onAsync(Ocpp16Actions.REMOTE_STOP_TRANSACTION, (ctx, req) -> handler.remoteStop(
                        ctx.session(), Integer.toString(req.transactionId()))
                .thenApply(r -> new RemoteStopTransactionResponse(
                        RemoteStartStopStatus.fromValue(CommandTable.REMOTE_START_STOP.statusFor(r, V16)))));
        b.onAsync(Ocpp16Actions.RESERVE_NOW, (ctx, req) -> handler.reserveNow(ctx.session(), Mapping16.reservation(req))
                .thenApply(r -> new dev.ocpkit.ocpp.v16.ReserveNowResponse(
                        dev.ocpkit.ocpp.v16.ReservationStatus.fromValue(CommandTable.RESERVE_NOW.statusFor(r, V16)))));
        b.onAsync(Ocpp16Actions.CANCEL_RESERVATION, (ctx, req) -> handler.cancelReservation(
                        ctx.session(), req.reservationId())
                .thenApply(r -> new dev.ocpkit.ocpp.v16.CancelReservationResponse(
                        dev.ocpkit.ocpp.v16.CancelReservationStatus.fromValue(
                                CommandTable.CANCEL_RESERVATION.statusFor(r, V16)))));
        b.onAsync(Ocpp16Actions.RESET, (ctx, req) -> {
            ResetType type =
                    req.type().isKnown() ? ResetType.fromValue(req.type().value()) : ResetType.UNKNOWN;
            CompletionStage<CommandResult> r = type == ResetType.UNKNOWN
                    ? done(CommandResult.of(CommandStatus.REJECTED))
                    : handler.reset(ctx.session(), type, null);
            return r.thenApply(x -> new ResetResponse(ResetStatus.fromValue(CommandTable.RESET.statusFor(x, V16))));
        });
        b.onAsync(Ocpp16Actions.UNLOCK_CONNECTOR, (ctx, req) -> handler.unlock(
                        ctx.session(), req.connectorId(), Mapping16.connectorOfEvse(req.connectorId()))
                .thenApply(r ->
                        new UnlockConnectorResponse(UnlockStatus.fromValue(CommandTable.UNLOCK.statusFor(r, V16)))));
        b.onAsync(Ocpp16Actions.CHANGE_AVAILABILITY, (ctx, req) -> handler.changeAvailability(
                        ctx.session(),
                        req.connectorId() == 0 ? null : req.connectorId(),
                        null,
                        req.type().isKnown() ? Availability.fromValue(req.type().value()) : Availability.UNKNOWN)
                .thenApply(r -> new ChangeAvailabilityResponse(
                        AvailabilityStatus.fromValue(CommandTable.CHANGE_AVAILABILITY.statusFor(r, V16)))));
        b.onAsync(Ocpp16Actions.SET_CHARGING_PROFILE, (ctx, req) -> {
            CompletionStage<CommandResult> r;
            try {
                ChargingProfile profile = ProfileMapping.fromV16(req.csChargingProfiles());
                r = handler.setChargingProfile(ctx.session(), req.connectorId(), profile);
            } catch (IllegalArgumentException e) {
                r = done(invalid("SetChargingProfile", e));
            }
            return r.thenApply(x -> new SetChargingProfileResponse(
                    ChargingProfileStatus.fromValue(CommandTable.SET_CHARGING_PROFILE.statusFor(x, V16))));
        });
        b.onAsync(Ocpp16Actions.CLEAR_CHARGING_PROFILE, (ctx, req) -> handler.clearChargingProfile(
                        ctx.session(), Mapping16.criteria(req))
                .thenApply(r -> new ClearChargingProfileResponse(
                        ClearChargingProfileStatus.fromValue(CommandTable.CLEAR_CHARGING_PROFILE.statusFor(r, V16)))));
        b.onAsync(Ocpp16Actions.GET_COMPOSITE_SCHEDULE, (ctx, req) -> handler.getCompositeSchedule(
                        ctx.session(),
                        req.connectorId(),
                        Duration.ofSeconds(req.duration()),
                        req.chargingRateUnit() == null
                                ? null
                                : ChargingRateUnit.fromValue(
                                        req.chargingRateUnit().value()))
                .thenApply(r -> {
                    String status = CommandTable.GET_COMPOSITE_SCHEDULE.statusFor(r.result(), V16);
                    CompositeSchedule s = r.schedule();
                    if (s == null || !status.equals("Accepted")) {
                        return new GetCompositeScheduleResponse(
                                GetCompositeScheduleStatus.fromValue(status), null, null, null);
                    }
                    return new GetCompositeScheduleResponse(
                            GetCompositeScheduleStatus.fromValue(status),
                            req.connectorId(),
                            s.scheduleStart(),
                            ProfileMapping.compositeToV16(s));
                }));
        b.onAsync(Ocpp16Actions.UPDATE_FIRMWARE, (ctx, req) -> handler.updateFirmware(
                        ctx.session(), Mapping16.firmwareUpdate(req))
                .thenApply(r -> {
                    if (r.isAccepted()) {
                        return new UpdateFirmwareResponse();
                    }
                    throw new OcppCallErrorException(
                            r.status() == CommandStatus.NOT_SUPPORTED
                                    ? CallErrorCode.NOT_SUPPORTED
                                    : CallErrorCode.GENERIC_ERROR,
                            "Firmware update not accepted");
                }));
        b.onAsync(Ocpp16Actions.DATA_TRANSFER, (ctx, req) -> handler.dataTransfer(
                        ctx.session(), Mapping16.dataTransfer(req))
                .thenApply(Mapping16::dataTransferResponse));
        b.onAsync(Ocpp16Actions.TRIGGER_MESSAGE, (ctx, req) -> {
            MessageTrigger m = req.requestedMessage().isKnown()
                    ? MessageTrigger.fromValue(req.requestedMessage().value())
                    : MessageTrigger.UNKNOWN;
            return trigger(ctx.session(), m, req.connectorId())
                    .thenApply(r -> new TriggerMessageResponse(
                            TriggerMessageStatus.fromValue(CommandTable.TRIGGER_MESSAGE.statusFor(r, V16))));
        });
    }

    private CompletionStage<CommandResult> trigger(
            OcppSession session, MessageTrigger m, @org.jspecify.annotations.Nullable Integer evseId) {
        if (m == MessageTrigger.UNKNOWN) {
            return done(CommandResult.of(CommandStatus.NOT_SUPPORTED));
        }
        return handler.triggerMessage(session, m, evseId);
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    // ---------------------------------------------------------------- OCPP 2.0.1 and 2.1

    private void register2x(OcppHandlers.Builder b) {
        Handlers2x.on2x(
                b,
                Ocpp201Actions.REQUEST_START_TRANSACTION,
                Ocpp21Actions.REQUEST_START_TRANSACTION,
                X2.RequestStartTransactionRequest.class,
                (s, v, id, r) -> {
                    RemoteStart start;
                    try {
                        start = Mapping2x.remoteStart(r);
                    } catch (IllegalArgumentException e) {
                        CommandResult invalid = invalid("RequestStartTransaction", e);
                        return done(new X2.RequestStartTransactionResponse(
                                CommandTable.REMOTE_START_STOP.statusFor(invalid, v),
                                Mapping2x.statusInfo(invalid),
                                null));
                    }
                    return handler.remoteStart(s, start)
                            .thenApply(x -> new X2.RequestStartTransactionResponse(
                                    CommandTable.REMOTE_START_STOP.statusFor(x.result(), v),
                                    Mapping2x.statusInfo(x.result()),
                                    x.transactionId()));
                });
        Handlers2x.on2x(
                b,
                Ocpp201Actions.REQUEST_STOP_TRANSACTION,
                Ocpp21Actions.REQUEST_STOP_TRANSACTION,
                X2.RequestStopTransactionRequest.class,
                (s, v, id, r) -> handler.remoteStop(s, r.transactionId())
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.REMOTE_START_STOP, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.RESERVE_NOW,
                Ocpp21Actions.RESERVE_NOW,
                X2.ReserveNowRequest.class,
                (s, v, id, r) -> handler.reserveNow(s, Mapping2x.reservation(r))
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.RESERVE_NOW, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.CANCEL_RESERVATION,
                Ocpp21Actions.CANCEL_RESERVATION,
                X2.CancelReservationRequest.class,
                (s, v, id, r) -> handler.cancelReservation(s, r.reservationId())
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.CANCEL_RESERVATION, v)));
        Handlers2x.on2x(b, Ocpp201Actions.RESET, Ocpp21Actions.RESET, X2.ResetRequest.class, (s, v, id, r) -> {
            ResetType type = ResetType.fromValue(r.type());
            CompletionStage<CommandResult> x = type == ResetType.UNKNOWN
                    ? done(CommandResult.of(CommandStatus.REJECTED))
                    : handler.reset(s, type, r.evseId());
            return x.thenApply(res -> Mapping2x.statusResponse(res, CommandTable.RESET, v));
        });
        Handlers2x.on2x(
                b,
                Ocpp201Actions.UNLOCK_CONNECTOR,
                Ocpp21Actions.UNLOCK_CONNECTOR,
                X2.UnlockConnectorRequest.class,
                (s, v, id, r) -> handler.unlock(s, r.evseId(), r.connectorId())
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.UNLOCK, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.CHANGE_AVAILABILITY,
                Ocpp21Actions.CHANGE_AVAILABILITY,
                X2.ChangeAvailabilityRequest.class,
                (s, v, id, r) -> handler.changeAvailability(
                                s,
                                r.evse() == null ? null : r.evse().id(),
                                r.evse() == null ? null : r.evse().connectorId(),
                                Availability.fromValue(r.operationalStatus()))
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.CHANGE_AVAILABILITY, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.SET_CHARGING_PROFILE,
                Ocpp21Actions.SET_CHARGING_PROFILE,
                X2.SetChargingProfileRequest.class,
                (s, v, id, r) -> {
                    CompletionStage<CommandResult> x;
                    try {
                        x = handler.setChargingProfile(s, r.evseId(), ProfileMapping.fromX2(r.chargingProfile()));
                    } catch (IllegalArgumentException e) {
                        x = done(invalid("SetChargingProfile", e));
                    }
                    return x.thenApply(res -> Mapping2x.statusResponse(res, CommandTable.SET_CHARGING_PROFILE, v));
                });
        Handlers2x.on2x(
                b,
                Ocpp201Actions.CLEAR_CHARGING_PROFILE,
                Ocpp21Actions.CLEAR_CHARGING_PROFILE,
                X2.ClearChargingProfileRequest.class,
                (s, v, id, r) -> handler.clearChargingProfile(s, Mapping2x.criteria(r))
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.CLEAR_CHARGING_PROFILE, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.GET_COMPOSITE_SCHEDULE,
                Ocpp21Actions.GET_COMPOSITE_SCHEDULE,
                X2.GetCompositeScheduleRequest.class,
                (s, v, id, r) -> handler.getCompositeSchedule(
                                s,
                                r.evseId(),
                                Duration.ofSeconds(r.duration()),
                                r.chargingRateUnit() == null ? null : ChargingRateUnit.fromValue(r.chargingRateUnit()))
                        .thenApply(x -> {
                            String status = CommandTable.GET_COMPOSITE_SCHEDULE.statusFor(x.result(), v);
                            CompositeSchedule schedule = x.schedule();
                            return new X2.GetCompositeScheduleResponse(
                                    status,
                                    Mapping2x.statusInfo(x.result()),
                                    schedule == null || !status.equals("Accepted")
                                            ? null
                                            : ProfileMapping.compositeToX2(schedule, v));
                        }));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.UPDATE_FIRMWARE,
                Ocpp21Actions.UPDATE_FIRMWARE,
                X2.UpdateFirmwareRequest.class,
                (s, v, id, r) -> handler.updateFirmware(s, Mapping2x.firmwareUpdate(r))
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.UPDATE_FIRMWARE, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.DATA_TRANSFER,
                Ocpp21Actions.DATA_TRANSFER,
                X2.DataTransferRequest.class,
                (s, v, id, r) -> handler.dataTransfer(s, Mapping2x.dataTransfer(r))
                        .thenApply(x -> Mapping2x.dataTransferResponse(x, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.TRIGGER_MESSAGE,
                Ocpp21Actions.TRIGGER_MESSAGE,
                X2.TriggerMessageRequest.class,
                (s, v, id, r) -> trigger(
                                s,
                                MessageTrigger.fromValue(r.requestedMessage()),
                                r.evse() == null ? null : r.evse().id())
                        .thenApply(x -> Mapping2x.statusResponse(x, CommandTable.TRIGGER_MESSAGE, v)));
    }
}
