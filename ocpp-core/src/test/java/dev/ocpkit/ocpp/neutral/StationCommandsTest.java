package dev.ocpkit.ocpp.neutral;

import static dev.ocpkit.ocpp.neutral.FakeSession.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileKind;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedule;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedulePeriod;
import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each command sends in each version, and how the answers read. */
class StationCommandsTest {
    static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    static FakeSession session(OcppVersion v, String answer) {
        return new FakeSession("CP-" + v.label(), v).answering(answer);
    }

    static ChargingProfile txProfile() {
        return ChargingProfile.builder()
                .id(5)
                .stackLevel(1)
                .chargingProfilePurpose(ChargingProfilePurpose.TX_PROFILE)
                .chargingProfileKind(ChargingProfileKind.RELATIVE)
                .chargingSchedule(List.of(ChargingSchedule.builder()
                        .id(5)
                        .chargingRateUnit(ChargingRateUnit.A)
                        .chargingSchedulePeriod(List.of(ChargingSchedulePeriod.of(0, new BigDecimal("16"), 3)))
                        .build()))
                .build();
    }

    static final String PROFILE16 =
            "{\"chargingProfileId\":5,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\","
                    + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                    + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16,\"numberPhases\":3}]}}";
    static final String PROFILE2X = "{\"id\":5,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\","
            + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":[{\"id\":5,\"chargingRateUnit\":\"A\","
            + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16,\"numberPhases\":3}]}]}";

    @Test
    void remoteStart16_isRemoteStartTransaction_onTheConnector() {
        FakeSession s = session(OcppVersion.V16, "{\"status\":\"Accepted\"}");
        RemoteStartResult r = StationCommands.of(s)
                .remoteStart(RemoteStart.builder()
                        .evseId(1)
                        .idToken(IdToken.of("TAG1", IdToken.TYPE_ISO14443))
                        .remoteStartId(7)
                        .chargingProfile(txProfile())
                        .build())
                .join();
        assertThat(s.lastSent())
                .isEqualTo(tree("{\"connectorId\":1,\"idTag\":\"TAG1\",\"chargingProfile\":" + PROFILE16 + "}"));
        assertThat(r).isEqualTo(new RemoteStartResult(CommandResult.of(CommandStatus.ACCEPTED), null, null));
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void remoteStart2x_isRequestStartTransaction_withAChosenRemoteStartId(OcppVersion v) {
        FakeSession s = session(v, "{\"status\":\"Accepted\",\"transactionId\":\"tx-7\"}");
        RemoteStartResult r = StationCommands.of(s)
                .remoteStart(RemoteStart.builder()
                        .evseId(1)
                        .idToken(IdToken.of("TAG1"))
                        .chargingProfile(txProfile())
                        .build())
                .join();
        assertThat(r.remoteStartId()).isPositive();
        assertThat(r.transactionId()).isEqualTo("tx-7");
        assertThat(r.result().status()).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(s.lastSent())
                .isEqualTo(tree("{\"evseId\":1,\"idToken\":{\"idToken\":\"TAG1\",\"type\":\"ISO14443\"},"
                        + "\"remoteStartId\":" + r.remoteStartId() + ",\"chargingProfile\":" + PROFILE2X + "}"));
    }

    @Test
    void remoteStop_16TakesTheIntegerId_2xTheString() {
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"Rejected\"}");
        assertThat(StationCommands.of(s16).remoteStop("100").join().status()).isEqualTo(CommandStatus.REJECTED);
        assertThat(s16.lastSent()).isEqualTo(tree("{\"transactionId\":100}"));
        assertThatThrownBy(() -> StationCommands.of(s16).remoteStop("tx-1"))
                .isInstanceOf(IllegalArgumentException.class);
        FakeSession s21 = session(OcppVersion.V21, "{\"status\":\"Accepted\"}");
        assertThat(StationCommands.of(s21).remoteStop("tx-1").join().isAccepted())
                .isTrue();
        assertThat(s21.lastSent()).isEqualTo(tree("{\"transactionId\":\"tx-1\"}"));
    }

    @Test
    void reserveNow_16ConnectorZeroIsAnyEvse_andTheAnswerKeepsItsSpelling() {
        Reservation any = Reservation.builder()
                .id(31)
                .idToken(IdToken.of("TAG1", IdToken.TYPE_ISO14443))
                .groupIdToken(IdToken.of("FLEET"))
                .expiryDateTime(T)
                .connectorType("cType2")
                .build();
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"Occupied\"}");
        assertThat(StationCommands.of(s16).reserveNow(any).join())
                .isEqualTo(new CommandResult(CommandStatus.REJECTED, "Occupied", null, null));
        assertThat(s16.lastSent())
                .isEqualTo(tree("{\"connectorId\":0,\"expiryDate\":\"2026-06-01T10:00:00Z\",\"idTag\":\"TAG1\","
                        + "\"parentIdTag\":\"FLEET\",\"reservationId\":31}"));
        FakeSession s201 = session(OcppVersion.V201, "{\"status\":\"Faulted\"}");
        assertThat(StationCommands.of(s201)
                        .reserveNow(any.toBuilder().evseId(2).build())
                        .join()
                        .status())
                .isEqualTo(CommandStatus.FAILED);
        assertThat(s201.lastSent())
                .isEqualTo(tree("{\"id\":31,\"expiryDateTime\":\"2026-06-01T10:00:00Z\",\"connectorType\":\"cType2\","
                        + "\"idToken\":{\"idToken\":\"TAG1\",\"type\":\"ISO14443\"},\"evseId\":2,"
                        + "\"groupIdToken\":{\"idToken\":\"FLEET\",\"type\":\"ISO14443\"}}"));
        assertThatThrownBy(() -> StationCommands.of(s201)
                        .reserveNow(any.toBuilder().connectorType("cNACS").build()))
                .isInstanceOf(IllegalArgumentException.class);
        FakeSession s21 = session(OcppVersion.V21, "{\"status\":\"Accepted\"}");
        StationCommands.of(s21)
                .reserveNow(any.toBuilder().connectorType("cNACS").build())
                .join();
        assertThat(s21.lastSent().get("connectorType").stringValue()).isEqualTo("cNACS");
        assertThat(StationCommands.of(s21).cancelReservation(31).join().isAccepted())
                .isTrue();
        assertThat(s21.lastSent()).isEqualTo(tree("{\"reservationId\":31}"));
        FakeSession c16 = session(OcppVersion.V16, "{\"status\":\"Rejected\"}");
        assertThat(StationCommands.of(c16).cancelReservation(31).join().status())
                .isEqualTo(CommandStatus.REJECTED);
        assertThat(c16.lastSent()).isEqualTo(tree("{\"reservationId\":31}"));
    }

    @Test
    void reset_hardSoftAre16HardSoft_and2xImmediateOnIdle() {
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"Accepted\"}");
        StationCommands.of(s16).reset(ResetType.HARD).join();
        assertThat(s16.lastSent()).isEqualTo(tree("{\"type\":\"Hard\"}"));
        assertThatThrownBy(() -> StationCommands.of(s16).reset(ResetType.SOFT, 1))
                .isInstanceOf(IllegalArgumentException.class);
        FakeSession s201 = session(OcppVersion.V201, "{\"status\":\"Scheduled\"}");
        CommandResult r = StationCommands.of(s201).reset(ResetType.SOFT, 2).join();
        assertThat(s201.lastSent()).isEqualTo(tree("{\"type\":\"OnIdle\",\"evseId\":2}"));
        assertThat(r).isEqualTo(new CommandResult(CommandStatus.SCHEDULED, "Scheduled", null, null));
        assertThatThrownBy(() -> StationCommands.of(s201).reset(ResetType.IMMEDIATE_AND_RESUME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(s201.sent).hasSize(1);
    }

    @Test
    void unlock_answersReadAsNeutralOutcomes_withTheRawStatusAndStatusInfo() {
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"Unlocked\"}");
        assertThat(StationCommands.of(s16).unlock(2, 1).join())
                .isEqualTo(new CommandResult(CommandStatus.ACCEPTED, "Unlocked", null, null));
        assertThat(s16.lastSent()).isEqualTo(tree("{\"connectorId\":2}"));
        assertThatThrownBy(() -> StationCommands.of(s16).unlock(2, 2)).isInstanceOf(IllegalArgumentException.class);
        FakeSession s201 = session(
                OcppVersion.V201,
                "{\"status\":\"OngoingAuthorizedTransaction\",\"statusInfo\":{\"reasonCode\":\"TxInProgress\","
                        + "\"additionalInfo\":\"busy\"}}");
        assertThat(StationCommands.of(s201).unlock(2, 2).join())
                .isEqualTo(new CommandResult(
                        CommandStatus.REJECTED, "OngoingAuthorizedTransaction", "TxInProgress", "busy"));
        assertThat(s201.lastSent()).isEqualTo(tree("{\"evseId\":2,\"connectorId\":2}"));
    }

    @Test
    void changeAvailability_wholeStationIs16ConnectorZero_and2xWithoutEvse() {
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"Scheduled\"}");
        assertThat(StationCommands.of(s16)
                        .changeAvailability(null, null, Availability.INOPERATIVE)
                        .join()
                        .status())
                .isEqualTo(CommandStatus.SCHEDULED);
        assertThat(s16.lastSent()).isEqualTo(tree("{\"connectorId\":0,\"type\":\"Inoperative\"}"));
        FakeSession s21 = session(OcppVersion.V21, "{\"status\":\"Accepted\"}");
        StationCommands.of(s21)
                .changeAvailability(null, null, Availability.OPERATIVE)
                .join();
        assertThat(s21.lastSent()).isEqualTo(tree("{\"operationalStatus\":\"Operative\"}"));
        StationCommands.of(s21)
                .changeAvailability(3, 1, Availability.INOPERATIVE)
                .join();
        assertThat(s21.lastSent())
                .isEqualTo(tree("{\"evse\":{\"id\":3,\"connectorId\":1},\"operationalStatus\":\"Inoperative\"}"));
    }

    @Test
    void setAndClearChargingProfile_inEachVersion() {
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"Accepted\"}");
        StationCommands.of(s16).setChargingProfile(1, txProfile()).join();
        assertThat(s16.lastSent()).isEqualTo(tree("{\"connectorId\":1,\"csChargingProfiles\":" + PROFILE16 + "}"));
        FakeSession s201 = session(OcppVersion.V201, "{\"status\":\"Accepted\"}");
        StationCommands.of(s201).setChargingProfile(1, txProfile()).join();
        assertThat(s201.lastSent()).isEqualTo(tree("{\"evseId\":1,\"chargingProfile\":" + PROFILE2X + "}"));

        ChargingProfileCriteria c =
                new ChargingProfileCriteria(null, 1, ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE, 0);
        FakeSession c16 = session(OcppVersion.V16, "{\"status\":\"Unknown\"}");
        assertThat(StationCommands.of(c16).clearChargingProfile(c).join())
                .isEqualTo(new CommandResult(CommandStatus.REJECTED, "Unknown", null, null));
        assertThat(c16.lastSent())
                .isEqualTo(tree("{\"connectorId\":1,\"chargingProfilePurpose\":\"ChargePointMaxProfile\","
                        + "\"stackLevel\":0}"));
        FakeSession c21 = session(OcppVersion.V21, "{\"status\":\"Accepted\"}");
        StationCommands.of(c21).clearChargingProfile(c).join();
        assertThat(c21.lastSent())
                .isEqualTo(tree("{\"chargingProfileCriteria\":{\"evseId\":1,"
                        + "\"chargingProfilePurpose\":\"ChargingStationMaxProfile\",\"stackLevel\":0}}"));
        StationCommands.of(c21)
                .clearChargingProfile(ChargingProfileCriteria.byId(5))
                .join();
        assertThat(c21.lastSent()).isEqualTo(tree("{\"chargingProfileId\":5}"));
    }

    @Test
    void getCompositeSchedule_returnsANeutralSchedule_fromEitherVersion() {
        FakeSession s16 = session(
                OcppVersion.V16,
                "{\"status\":\"Accepted\",\"connectorId\":1,\"scheduleStart\":\"2026-06-01T10:00:00Z\","
                        + "\"chargingSchedule\":{\"duration\":3600,\"chargingRateUnit\":\"W\","
                        + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":11000},"
                        + "{\"startPeriod\":1800,\"limit\":7400,\"numberPhases\":3}]}}");
        CompositeScheduleResult r16 = StationCommands.of(s16)
                .getCompositeSchedule(1, Duration.ofHours(1), ChargingRateUnit.W)
                .join();
        assertThat(s16.lastSent()).isEqualTo(tree("{\"connectorId\":1,\"duration\":3600,\"chargingRateUnit\":\"W\"}"));
        CompositeSchedule expected = CompositeSchedule.builder()
                .evseId(1)
                .scheduleStart(T)
                .duration(3600)
                .chargingRateUnit(ChargingRateUnit.W)
                .chargingSchedulePeriod(List.of(
                        ChargingSchedulePeriod.of(0, new BigDecimal("11000"), null),
                        ChargingSchedulePeriod.of(1800, new BigDecimal("7400"), 3)))
                .build();
        assertThat(r16.schedule()).isEqualTo(expected);
        assertThat(r16.result().status()).isEqualTo(CommandStatus.ACCEPTED);
        FakeSession s201 = session(
                OcppVersion.V201,
                "{\"status\":\"Accepted\",\"schedule\":{\"evseId\":1,\"duration\":3600,"
                        + "\"scheduleStart\":\"2026-06-01T10:00:00Z\",\"chargingRateUnit\":\"W\","
                        + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":11000},"
                        + "{\"startPeriod\":1800,\"limit\":7400,\"numberPhases\":3}]}}");
        CompositeScheduleResult r201 = StationCommands.of(s201)
                .getCompositeSchedule(1, Duration.ofHours(1), null)
                .join();
        assertThat(s201.lastSent()).isEqualTo(tree("{\"duration\":3600,\"evseId\":1}"));
        assertThat(r201.schedule()).isEqualTo(expected);
        FakeSession rejected = session(OcppVersion.V21, "{\"status\":\"Rejected\"}");
        assertThat(StationCommands.of(rejected)
                        .getCompositeSchedule(0, Duration.ofMinutes(5), ChargingRateUnit.A)
                        .join())
                .isEqualTo(new CompositeScheduleResult(CommandResult.of(CommandStatus.REJECTED), null));
    }

    @Test
    void updateFirmware_16HasNoStatus_2xSendsTheRequestId() {
        FirmwareUpdate u = FirmwareUpdate.builder()
                .requestId(3)
                .location("https://fw.example/v2.bin")
                .retrieveDateTime(T)
                .retries(2)
                .signature("c2ln")
                .build();
        FakeSession s16 = session(OcppVersion.V16, "{}");
        assertThat(StationCommands.of(s16).updateFirmware(u).join())
                .isEqualTo(new CommandResult(CommandStatus.ACCEPTED, "", null, null));
        assertThat(s16.lastSent())
                .isEqualTo(tree("{\"location\":\"https://fw.example/v2.bin\",\"retries\":2,"
                        + "\"retrieveDate\":\"2026-06-01T10:00:00Z\"}"));
        FakeSession s21 = session(OcppVersion.V21, "{\"status\":\"AcceptedCanceled\"}");
        assertThat(StationCommands.of(s21).updateFirmware(u).join().status()).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(s21.lastSent())
                .isEqualTo(tree("{\"retries\":2,\"requestId\":3,\"firmware\":{\"location\":"
                        + "\"https://fw.example/v2.bin\",\"retrieveDateTime\":\"2026-06-01T10:00:00Z\","
                        + "\"signature\":\"c2ln\"}}"));
    }

    @Test
    void dataTransfer_nonStringDataIsJsonTextIn16_andAJsonValueIn2x() {
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"Accepted\",\"data\":\"ok\"}");
        DataTransferResult r = StationCommands.of(s16)
                .dataTransfer(new DataTransfer("dev.ocpkit", "cfg", Map.of("max", 32)))
                .join();
        assertThat(r).isEqualTo(new DataTransferResult(DataTransferStatus.ACCEPTED, "ok"));
        assertThat(s16.lastSent())
                .isEqualTo(tree("{\"vendorId\":\"dev.ocpkit\",\"messageId\":\"cfg\",\"data\":\"{\\\"max\\\":32}\"}"));
        FakeSession s201 = session(OcppVersion.V201, "{\"status\":\"UnknownMessageId\"}");
        assertThat(StationCommands.of(s201)
                        .dataTransfer(new DataTransfer("dev.ocpkit", "cfg", Map.of("max", 32)))
                        .join()
                        .status())
                .isEqualTo(DataTransferStatus.UNKNOWN_MESSAGE_ID);
        assertThat(s201.lastSent())
                .isEqualTo(tree("{\"vendorId\":\"dev.ocpkit\",\"messageId\":\"cfg\",\"data\":{\"max\":32}}"));
    }

    @Test
    void triggerMessage_inEachVersion_andMessagesAVersionLacksAreRefusedBeforeSending() {
        FakeSession s16 = session(OcppVersion.V16, "{\"status\":\"NotImplemented\"}");
        assertThat(StationCommands.of(s16)
                        .triggerMessage(MessageTrigger.STATUS_NOTIFICATION, 1)
                        .join())
                .isEqualTo(new CommandResult(CommandStatus.NOT_SUPPORTED, "NotImplemented", null, null));
        assertThat(s16.lastSent()).isEqualTo(tree("{\"requestedMessage\":\"StatusNotification\",\"connectorId\":1}"));
        assertThatThrownBy(() -> StationCommands.of(s16).triggerMessage(MessageTrigger.TRANSACTION_EVENT, null))
                .isInstanceOf(IllegalArgumentException.class);
        FakeSession s201 = session(OcppVersion.V201, "{\"status\":\"Accepted\"}");
        StationCommands.of(s201)
                .triggerMessage(MessageTrigger.TRANSACTION_EVENT, 1)
                .join();
        assertThat(s201.lastSent()).isEqualTo(tree("{\"evse\":{\"id\":1},\"requestedMessage\":\"TransactionEvent\"}"));
    }

    @Test
    void failures_passThroughUnwrapped_asOcppSessionCallDocuments() throws Exception {
        FakeSession s = new FakeSession("CP", OcppVersion.V201);
        OcppCallErrorException error = new OcppCallErrorException(CallErrorCode.NOT_SUPPORTED, "no");
        s.responder = r -> {
            throw error;
        };
        CompletableFuture<CommandResult> f = StationCommands.of(s).reset(ResetType.HARD);
        assertThatThrownBy(f::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isSameAs(error);
        assertThatThrownBy(f::join).cause().isSameAs(error);
    }

    @Test
    void cancellingACommand_cancelsTheCall() {
        FakeSession s = new FakeSession("CP", OcppVersion.V16);
        s.hold = true;
        CompletableFuture<CommandResult> f = StationCommands.of(s).unlock(1, 1);
        assertThat(s.held).hasSize(1);
        f.cancel(true);
        assertThat(s.held.get(0)).isCancelled();
    }
}
