package dev.ocpkit.ocpp.neutral;

import static dev.ocpkit.ocpp.neutral.FakeSession.invoke;
import static dev.ocpkit.ocpp.neutral.FakeSession.parse;
import static dev.ocpkit.ocpp.neutral.FakeSession.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The station handler table, called as the RPC layer calls it. */
class NeutralStationTest {
    static final OcppJson JSON = OcppJson.defaults();

    final RecordingStationHandler recorder = new RecordingStationHandler();
    final OcppHandlers handlers = NeutralStation.handlers(recorder);
    final OcppHandlers defaults = NeutralStation.handlers(new StationCommandHandler() {});

    /** Calls a handler of a table with a request given as JSON; returns the response as it would travel. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static JsonNode call(OcppHandlers h, OcppVersion v, String action, String requestJson) throws Exception {
        OcppAction a =
                switch (v) {
                    case V16 -> Ocpp16Actions.byName(action).orElseThrow();
                    case V201 -> Ocpp201Actions.byName(action).orElseThrow();
                    case V21 -> Ocpp21Actions.byName(action).orElseThrow();
                };
        Object resp = invoke(h, new FakeSession("CP", v), a, (OcppRequest) parse(requestJson, a.requestType()), "m");
        return JSON.readTree(JSON.write(resp));
    }

    static final String PROFILE16 =
            "{\"chargingProfileId\":5,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\","
                    + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\","
                    + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16}]}}";
    static final String PROFILE2X = "{\"id\":5,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\","
            + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":[{\"id\":5,\"chargingRateUnit\":\"A\","
            + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16}]}]}";

    @Test
    void remoteStart16_reachesTheHandlerAsARemoteStartOnTheEvse() throws Exception {
        JsonNode resp = call(
                handlers,
                OcppVersion.V16,
                "RemoteStartTransaction",
                "{\"connectorId\":2,\"idTag\":\"TAG1\",\"chargingProfile\":" + PROFILE16 + "}");
        assertThat(resp).isEqualTo(tree("{\"status\":\"Accepted\"}"));
        RemoteStart r = (RemoteStart) recorder.last().get(1);
        assertThat(r.evseId()).isEqualTo(2);
        assertThat(r.idToken()).isEqualTo(IdToken.of("TAG1"));
        assertThat(r.remoteStartId()).isNull();
        assertThat(r.chargingProfile().chargingProfilePurpose()).isEqualTo(ChargingProfilePurpose.TX_PROFILE);
        assertThat(r.chargingProfile().schedule().id()).isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void requestStart2x_reachesTheHandler_andItsAnswerCarriesTheRunningTransaction(OcppVersion v) throws Exception {
        JsonNode resp = call(
                handlers,
                v,
                "RequestStartTransaction",
                "{\"evseId\":1,\"remoteStartId\":77,\"idToken\":{\"idToken\":\"TAG1\",\"type\":\"eMAID\"},"
                        + "\"chargingProfile\":" + PROFILE2X + "}");
        assertThat(resp).isEqualTo(tree("{\"status\":\"Accepted\",\"transactionId\":\"already-running\"}"));
        RemoteStart r = (RemoteStart) recorder.last().get(1);
        assertThat(r.remoteStartId()).isEqualTo(77);
        assertThat(r.idToken()).isEqualTo(IdToken.of("TAG1", IdToken.TYPE_EMAID));
        assertThat(r.chargingProfile().schedule().id()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void aProfileTheRecordsCannotHold_isRejectedWithInvalidValue_withoutAskingTheHandler(OcppVersion v)
            throws Exception {
        String outOfOrder = PROFILE2X.replace(
                "[{\"startPeriod\":0,\"limit\":16}]",
                "[{\"startPeriod\":600,\"limit\":16},{\"startPeriod\":0,\"limit\":10}]");
        JsonNode resp =
                call(handlers, v, "SetChargingProfile", "{\"evseId\":1,\"chargingProfile\":" + outOfOrder + "}");
        assertThat(resp.get("status").stringValue()).isEqualTo("Rejected");
        assertThat(resp.get("statusInfo").get("reasonCode").stringValue()).isEqualTo("InvalidValue");
        assertThat(recorder.calls).isEmpty();
    }

    @Test
    void reserveNow_connectorZeroIsNoEvse_andARawAnswerIsSentAsItIs() throws Exception {
        assertThat(call(
                        handlers,
                        OcppVersion.V16,
                        "ReserveNow",
                        "{\"connectorId\":0,\"expiryDate\":\"2026-06-01T10:00:00Z\",\"idTag\":\"TAG1\","
                                + "\"reservationId\":31}"))
                .isEqualTo(tree("{\"status\":\"Occupied\"}"));
        Reservation r16 = (Reservation) recorder.last().get(1);
        assertThat(r16.evseId()).isNull();
        assertThat(r16.id()).isEqualTo(31);
        assertThat(call(
                        handlers,
                        OcppVersion.V21,
                        "ReserveNow",
                        "{\"id\":31,\"expiryDateTime\":\"2026-06-01T10:00:00Z\",\"evseId\":2,\"connectorType\":"
                                + "\"cType2\",\"idToken\":{\"idToken\":\"TAG1\",\"type\":\"Central\"}}"))
                .isEqualTo(tree("{\"status\":\"Occupied\"}"));
        Reservation r21 = (Reservation) recorder.last().get(1);
        assertThat(r21.evseId()).isEqualTo(2);
        assertThat(r21.connectorType()).isEqualTo("cType2");
        assertThat(call(handlers, OcppVersion.V201, "CancelReservation", "{\"reservationId\":31}"))
                .isEqualTo(tree("{\"status\":\"Accepted\"}"));
        assertThat(recorder.last()).isEqualTo(List.of("cancelReservation", 31));
        assertThat(call(defaults, OcppVersion.V16, "CancelReservation", "{\"reservationId\":31}"))
                .isEqualTo(tree("{\"status\":\"Rejected\"}"));
    }

    @Test
    void reset_scheduledIsAccepted16_andScheduled2x() throws Exception {
        assertThat(call(handlers, OcppVersion.V16, "Reset", "{\"type\":\"Soft\"}"))
                .isEqualTo(tree("{\"status\":\"Accepted\"}"));
        assertThat(recorder.last()).isEqualTo(List.of("reset", ResetType.SOFT, "null"));
        assertThat(call(handlers, OcppVersion.V21, "Reset", "{\"type\":\"Immediate\",\"evseId\":2}"))
                .isEqualTo(tree("{\"status\":\"Scheduled\"}"));
        assertThat(recorder.last()).isEqualTo(List.of("reset", ResetType.HARD, "2"));
    }

    @Test
    void unlockAndAvailability_useTheNeutralNumbering() throws Exception {
        assertThat(call(handlers, OcppVersion.V16, "UnlockConnector", "{\"connectorId\":3}"))
                .isEqualTo(tree("{\"status\":\"Unlocked\"}"));
        assertThat(recorder.last()).isEqualTo(List.of("unlock", 3, 1));
        call(handlers, OcppVersion.V16, "ChangeAvailability", "{\"connectorId\":0,\"type\":\"Inoperative\"}");
        assertThat(recorder.last()).isEqualTo(List.of("changeAvailability", "null", "null", Availability.INOPERATIVE));
        call(
                handlers,
                OcppVersion.V201,
                "ChangeAvailability",
                "{\"evse\":{\"id\":2,\"connectorId\":1},\"operationalStatus\":\"Operative\"}");
        assertThat(recorder.last()).isEqualTo(List.of("changeAvailability", "2", "1", Availability.OPERATIVE));
    }

    @Test
    void compositeSchedule_isWrittenInEachVersionsShape() throws Exception {
        JsonNode r16 = call(
                handlers,
                OcppVersion.V16,
                "GetCompositeSchedule",
                "{\"connectorId\":1,\"duration\":3600,\"chargingRateUnit\":\"W\"}");
        assertThat(r16)
                .isEqualTo(tree("{\"status\":\"Accepted\",\"connectorId\":1,\"scheduleStart\":"
                        + "\"2026-06-01T10:00:00Z\",\"chargingSchedule\":{\"duration\":3600,\"startSchedule\":"
                        + "\"2026-06-01T10:00:00Z\",\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,"
                        + "\"limit\":11000,\"numberPhases\":3},{\"startPeriod\":1800,\"limit\":7400}]}}"));
        assertThat(recorder.last()).isEqualTo(List.of("getCompositeSchedule", 1, Duration.ofHours(1), "W"));
        JsonNode r21 = call(handlers, OcppVersion.V21, "GetCompositeSchedule", "{\"duration\":3600,\"evseId\":1}");
        assertThat(r21)
                .isEqualTo(
                        tree(
                                "{\"status\":\"Accepted\",\"schedule\":{\"evseId\":1,\"duration\":3600,"
                                        + "\"scheduleStart\":\"2026-06-01T10:00:00Z\",\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":"
                                        + "[{\"startPeriod\":0,\"limit\":11000,\"numberPhases\":3},{\"startPeriod\":1800,\"limit\":7400}]}}"));
        assertThat(recorder.last()).isEqualTo(List.of("getCompositeSchedule", 1, Duration.ofHours(1), "null"));
    }

    @Test
    void clearChargingProfile_rejectedIsUnknown_inEveryVersion() throws Exception {
        assertThat(call(
                        handlers,
                        OcppVersion.V16,
                        "ClearChargingProfile",
                        "{\"connectorId\":1,\"chargingProfilePurpose\":\"ChargePointMaxProfile\"}"))
                .isEqualTo(tree("{\"status\":\"Unknown\"}"));
        assertThat(recorder.last().get(1))
                .isEqualTo(new ChargingProfileCriteria(
                        null, 1, ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE, null));
        assertThat(call(handlers, OcppVersion.V201, "ClearChargingProfile", "{\"chargingProfileId\":9}"))
                .isEqualTo(tree("{\"status\":\"Unknown\"}"));
        assertThat(recorder.last().get(1)).isEqualTo(ChargingProfileCriteria.byId(9));
    }

    @Test
    void updateFirmware_16AcceptsWithAnEmptyAnswer_2xWithStatus() throws Exception {
        assertThat(call(
                        handlers,
                        OcppVersion.V16,
                        "UpdateFirmware",
                        "{\"location\":\"https://fw/x.bin\",\"retrieveDate\":\"2026-06-01T10:00:00Z\"}"))
                .isEqualTo(tree("{}"));
        FirmwareUpdate u16 = (FirmwareUpdate) recorder.last().get(1);
        assertThat(u16.location()).isEqualTo("https://fw/x.bin");
        assertThat(call(
                        handlers,
                        OcppVersion.V21,
                        "UpdateFirmware",
                        "{\"requestId\":4,\"firmware\":{\"location\":\"https://fw/x.bin\","
                                + "\"retrieveDateTime\":\"2026-06-01T10:00:00Z\"}}"))
                .isEqualTo(tree("{\"status\":\"Accepted\"}"));
        assertThat(((FirmwareUpdate) recorder.last().get(1)).requestId()).isEqualTo(4);
    }

    @Test
    void triggerMessage_notSupportedIsNotImplemented_andUncoveredMessagesNeverReachTheHandler() throws Exception {
        assertThat(call(
                        handlers,
                        OcppVersion.V16,
                        "TriggerMessage",
                        "{\"requestedMessage\":\"MeterValues\",\"connectorId\":1}"))
                .isEqualTo(tree("{\"status\":\"NotImplemented\"}"));
        assertThat(recorder.last()).isEqualTo(List.of("triggerMessage", MessageTrigger.METER_VALUES, "1"));
        int before = recorder.calls.size();
        assertThat(call(handlers, OcppVersion.V201, "TriggerMessage", "{\"requestedMessage\":\"SignV2GCertificate\"}"))
                .isEqualTo(tree("{\"status\":\"NotImplemented\"}"));
        assertThat(recorder.calls).hasSize(before);
    }

    @Test
    void defaults_answerAsTheSpecAllowsAStationWithoutTheFeature() throws Exception {
        assertThat(call(defaults, OcppVersion.V16, "UnlockConnector", "{\"connectorId\":1}"))
                .isEqualTo(tree("{\"status\":\"NotSupported\"}"));
        assertThat(call(defaults, OcppVersion.V201, "UnlockConnector", "{\"evseId\":1,\"connectorId\":1}"))
                .isEqualTo(tree("{\"status\":\"UnlockFailed\"}"));
        assertThat(call(
                        defaults,
                        OcppVersion.V16,
                        "SetChargingProfile",
                        "{\"connectorId\":1,\"csChargingProfiles\":" + PROFILE16 + "}"))
                .isEqualTo(tree("{\"status\":\"NotSupported\"}"));
        assertThat(call(
                        defaults,
                        OcppVersion.V21,
                        "SetChargingProfile",
                        "{\"evseId\":1,\"chargingProfile\":" + PROFILE2X + "}"))
                .isEqualTo(tree("{\"status\":\"Rejected\"}"));
        assertThat(call(defaults, OcppVersion.V16, "RemoteStartTransaction", "{\"idTag\":\"T\"}"))
                .isEqualTo(tree("{\"status\":\"Rejected\"}"));
        assertThat(call(defaults, OcppVersion.V201, "TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}"))
                .isEqualTo(tree("{\"status\":\"NotImplemented\"}"));
        assertThat(call(defaults, OcppVersion.V201, "DataTransfer", "{\"vendorId\":\"x\"}"))
                .isEqualTo(tree("{\"status\":\"UnknownVendorId\"}"));
        assertThat(call(
                        defaults,
                        OcppVersion.V21,
                        "UpdateFirmware",
                        "{\"requestId\":4,\"firmware\":{\"location\":\"https://fw/x.bin\","
                                + "\"retrieveDateTime\":\"2026-06-01T10:00:00Z\"}}"))
                .isEqualTo(tree("{\"status\":\"Rejected\"}"));
        assertThatThrownBy(() -> call(
                        defaults,
                        OcppVersion.V16,
                        "UpdateFirmware",
                        "{\"location\":\"https://fw/x.bin\",\"retrieveDate\":\"2026-06-01T10:00:00Z\"}"))
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        OcppCallErrorException.class, e -> assertThat(e.code()).isEqualTo(CallErrorCode.NOT_SUPPORTED));
    }
}
