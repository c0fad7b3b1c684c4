package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * What a charging station does with the common CSMS commands, whatever the OCPP version: implement the methods you
 * need and pass the handler to {@link NeutralStation#handlers(StationCommandHandler)}.
 *
 * <p>Every method receives the connection's {@link OcppSession} first. The returned {@link CommandResult} becomes
 * the version's status value as {@link CommandResult} describes (e.g. {@link CommandStatus#ACCEPTED} is
 * {@code Unlocked} for UnlockConnector); its reason code is sent as 2.x {@code statusInfo}.
 *
 * <p><b>Threading.</b> Called on {@link dev.ocpkit.ocpp.OcppOptions#executor()}, one command at a time in arrival
 * order; the answer is sent when the stage completes. Complete it exceptionally with
 * {@link OcppCallErrorException} to answer with that CALLERROR; other failures are answered {@code InternalError}.
 * Stages must not complete with {@code null}.
 *
 * <p><b>Defaults</b> answer as the specifications allow a station that does not support the command: Rejected
 * (RemoteStart/Stop, ReserveNow, CancelReservation, Reset, ChangeAvailability, GetCompositeSchedule), NotSupported (UnlockConnector: 1.6
 * {@code NotSupported}, 2.x {@code UnlockFailed}; SetChargingProfile: 1.6 {@code NotSupported}, 2.x
 * {@code Rejected}; UpdateFirmware: 2.x {@code Rejected}, 1.6 the CALLERROR {@code NotSupported} since its answer has
 * no status), {@code Unknown} for ClearChargingProfile, {@code NotImplemented} for TriggerMessage and
 * {@code UnknownVendorId} for DataTransfer.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 5
 *     (Operations initiated by Central System); OCPP 2.0.1 and 2.1 Part 2</a>
 * @since 0.1
 */
public interface StationCommandHandler {
    /**
     * The CSMS asks to start a transaction (1.6 RemoteStartTransaction, 2.x RequestStartTransaction). A request
     * whose charging profile cannot be represented is answered {@code Rejected} without calling this method.
     *
     * @return the outcome; its {@code transactionId} (2.x) names a transaction already running on the EVSE, its
     *     {@code remoteStartId} is ignored. Default: rejected
     */
    default CompletionStage<RemoteStartResult> remoteStart(OcppSession session, RemoteStart request) {
        return CompletableFuture.completedFuture(RemoteStartResult.of(CommandResult.of(CommandStatus.REJECTED)));
    }

    /**
     * The CSMS asks to stop a transaction (1.6 RemoteStopTransaction, 2.x RequestStopTransaction).
     *
     * @param transactionId the transaction id (1.6: decimal)
     * @return the outcome. Default: rejected
     */
    default CompletionStage<CommandResult> remoteStop(OcppSession session, String transactionId) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
    }

    /**
     * The CSMS reserves an EVSE (ReserveNow; 1.6 connector 0 is a reservation without EVSE).
     *
     * @return the outcome; answer {@code Occupied}, {@code Faulted} or {@code Unavailable} with
     *     {@link CommandResult#raw(String)}. Default: rejected
     */
    default CompletionStage<CommandResult> reserveNow(OcppSession session, Reservation reservation) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
    }

    /**
     * The CSMS cancels a reservation (CancelReservation).
     *
     * @return the outcome ({@link CommandStatus#REJECTED} when the reservation is unknown). Default: rejected
     */
    default CompletionStage<CommandResult> cancelReservation(OcppSession session, int reservationId) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
    }

    /**
     * The CSMS asks for a reset (Reset). Unknown reset types are answered {@code Rejected} without calling this
     * method.
     *
     * @param evseId OCPP 2.x: the EVSE to reset, or {@code null} for the whole station
     * @return the outcome. Default: rejected
     */
    default CompletionStage<CommandResult> reset(OcppSession session, ResetType type, @Nullable Integer evseId) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
    }

    /**
     * The CSMS asks to unlock a connector (UnlockConnector; a 1.6 connector N is EVSE N, connector 1).
     *
     * @return the outcome. Default: not supported
     */
    default CompletionStage<CommandResult> unlock(OcppSession session, int evseId, int connectorId) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.NOT_SUPPORTED));
    }

    /**
     * The CSMS changes the availability (ChangeAvailability).
     *
     * @param evseId the EVSE, or {@code null} for the whole station (1.6 connector 0)
     * @param connectorId OCPP 2.x: the connector of the EVSE, or {@code null}
     * @return the outcome. Default: rejected
     */
    default CompletionStage<CommandResult> changeAvailability(
            OcppSession session, @Nullable Integer evseId, @Nullable Integer connectorId, Availability availability) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
    }

    /**
     * The CSMS installs a charging profile (SetChargingProfile). A profile that cannot be represented is answered
     * {@code Rejected} without calling this method.
     *
     * @param evseId the EVSE (1.6: the connector); 0 for the whole station
     * @return the outcome. Default: not supported
     */
    default CompletionStage<CommandResult> setChargingProfile(
            OcppSession session, int evseId, ChargingProfile profile) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.NOT_SUPPORTED));
    }

    /**
     * The CSMS clears charging profiles (ClearChargingProfile).
     *
     * @return {@link CommandStatus#ACCEPTED}, or {@link CommandStatus#REJECTED} (sent as {@code Unknown}) when no
     *     profile matched. Default: {@code Unknown}
     */
    default CompletionStage<CommandResult> clearChargingProfile(OcppSession session, ChargingProfileCriteria criteria) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
    }

    /**
     * The CSMS asks for the composite schedule of an EVSE (GetCompositeSchedule).
     *
     * @param unit the unit wanted, or {@code null}
     * @return the outcome and, when accepted, the schedule. Default: rejected
     */
    default CompletionStage<CompositeScheduleResult> getCompositeSchedule(
            OcppSession session, int evseId, Duration duration, @Nullable ChargingRateUnit unit) {
        return CompletableFuture.completedFuture(
                new CompositeScheduleResult(CommandResult.of(CommandStatus.REJECTED), null));
    }

    /**
     * The CSMS asks for a firmware update (UpdateFirmware). OCPP 1.6 can only accept: any other outcome is answered
     * with the CALLERROR {@code NotSupported} (for {@link CommandStatus#NOT_SUPPORTED}) or {@code GenericError}.
     *
     * @return the outcome. Default: not supported
     */
    default CompletionStage<CommandResult> updateFirmware(OcppSession session, FirmwareUpdate update) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.NOT_SUPPORTED));
    }

    /**
     * The CSMS sends a vendor-specific message (DataTransfer).
     *
     * @return the answer. Default: {@link DataTransferStatus#UNKNOWN_VENDOR_ID}
     */
    default CompletionStage<DataTransferResult> dataTransfer(OcppSession session, DataTransfer request) {
        return CompletableFuture.completedFuture(DataTransferResult.of(DataTransferStatus.UNKNOWN_VENDOR_ID));
    }

    /**
     * The CSMS asks for a message now (TriggerMessage). Messages the neutral API does not cover are answered
     * {@code NotImplemented} without calling this method. The specification wants the requested message sent after
     * the answer, so send it (e.g. with {@link StationCalls}) a moment after the stage completed.
     *
     * @param evseId the EVSE the message is about (1.6: the connector), or {@code null}
     * @return the outcome. Default: not supported ({@code NotImplemented})
     */
    default CompletionStage<CommandResult> triggerMessage(
            OcppSession session, MessageTrigger message, @Nullable Integer evseId) {
        return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.NOT_SUPPORTED));
    }
}
