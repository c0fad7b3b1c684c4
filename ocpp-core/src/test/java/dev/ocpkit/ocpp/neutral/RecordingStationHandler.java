package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedulePeriod;
import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/** A station command handler that records what it was asked (as "method" plus arguments) and answers fixed results. */
class RecordingStationHandler implements StationCommandHandler {
    static final Instant SCHEDULE_START = Instant.parse("2026-06-01T10:00:00Z");

    /** The schedule {@link #getCompositeSchedule} answers with. */
    static CompositeSchedule schedule(int evseId) {
        return CompositeSchedule.builder()
                .evseId(evseId)
                .scheduleStart(SCHEDULE_START)
                .duration(3600)
                .chargingRateUnit(ChargingRateUnit.W)
                .chargingSchedulePeriod(List.of(
                        ChargingSchedulePeriod.of(0, new BigDecimal("11000"), 3),
                        ChargingSchedulePeriod.of(1800, new BigDecimal("7400"), null)))
                .build();
    }

    final List<List<Object>> calls = Collections.synchronizedList(new ArrayList<>());

    private <T> CompletionStage<T> record(T answer, Object... call) {
        calls.add(Collections.unmodifiableList(Arrays.asList(call)));
        return CompletableFuture.completedFuture(answer);
    }

    List<Object> last() {
        return calls.get(calls.size() - 1);
    }

    @Override
    public CompletionStage<RemoteStartResult> remoteStart(OcppSession session, RemoteStart request) {
        return record(
                new RemoteStartResult(CommandResult.of(CommandStatus.ACCEPTED), null, "already-running"),
                "remoteStart",
                request);
    }

    @Override
    public CompletionStage<CommandResult> remoteStop(OcppSession session, String transactionId) {
        return record(CommandResult.of(CommandStatus.ACCEPTED), "remoteStop", transactionId);
    }

    @Override
    public CompletionStage<CommandResult> reserveNow(OcppSession session, Reservation reservation) {
        return record(CommandResult.raw("Occupied"), "reserveNow", reservation);
    }

    @Override
    public CompletionStage<CommandResult> cancelReservation(OcppSession session, int reservationId) {
        return record(CommandResult.of(CommandStatus.ACCEPTED), "cancelReservation", reservationId);
    }

    @Override
    public CompletionStage<CommandResult> reset(OcppSession session, ResetType type, @Nullable Integer evseId) {
        return record(CommandResult.of(CommandStatus.SCHEDULED), "reset", type, String.valueOf(evseId));
    }

    @Override
    public CompletionStage<CommandResult> unlock(OcppSession session, int evseId, int connectorId) {
        return record(CommandResult.of(CommandStatus.ACCEPTED), "unlock", evseId, connectorId);
    }

    @Override
    public CompletionStage<CommandResult> changeAvailability(
            OcppSession session, @Nullable Integer evseId, @Nullable Integer connectorId, Availability availability) {
        return record(
                CommandResult.of(CommandStatus.ACCEPTED),
                "changeAvailability",
                String.valueOf(evseId),
                String.valueOf(connectorId),
                availability);
    }

    @Override
    public CompletionStage<CommandResult> setChargingProfile(OcppSession session, int evseId, ChargingProfile p) {
        return record(CommandResult.of(CommandStatus.ACCEPTED), "setChargingProfile", evseId, p);
    }

    @Override
    public CompletionStage<CommandResult> clearChargingProfile(OcppSession session, ChargingProfileCriteria c) {
        return record(CommandResult.of(CommandStatus.REJECTED), "clearChargingProfile", c);
    }

    @Override
    public CompletionStage<CompositeScheduleResult> getCompositeSchedule(
            OcppSession session, int evseId, Duration duration, @Nullable ChargingRateUnit unit) {
        return record(
                new CompositeScheduleResult(CommandResult.of(CommandStatus.ACCEPTED), schedule(evseId)),
                "getCompositeSchedule",
                evseId,
                duration,
                String.valueOf(unit));
    }

    @Override
    public CompletionStage<CommandResult> updateFirmware(OcppSession session, FirmwareUpdate update) {
        return record(CommandResult.of(CommandStatus.ACCEPTED), "updateFirmware", update);
    }

    @Override
    public CompletionStage<DataTransferResult> dataTransfer(OcppSession session, DataTransfer request) {
        return record(new DataTransferResult(DataTransferStatus.ACCEPTED, "pong"), "dataTransfer", request);
    }

    @Override
    public CompletionStage<CommandResult> triggerMessage(
            OcppSession session, MessageTrigger message, @Nullable Integer evseId) {
        return record(CommandResult.of(CommandStatus.NOT_SUPPORTED), "triggerMessage", message, String.valueOf(evseId));
    }
}
