package dev.ocpkit.ocpp.neutral;

import static dev.ocpkit.ocpp.neutral.FakeSession.invoke;
import static dev.ocpkit.ocpp.neutral.FakeSession.json;
import static dev.ocpkit.ocpp.neutral.FakeSession.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CSMS handler table, called as the RPC layer calls it, for 1.6 and for both 2.x versions. */
class NeutralCsmsTest {
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    static final Instant T = Instant.parse("2026-05-01T11:00:00Z");

    final RecordingCsmsHandler recorder = new RecordingCsmsHandler();
    final OcppHandlers handlers = NeutralCsms.handlers(
            recorder,
            CsmsOptions.defaults()
                    .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .withTransactionIds(TransactionIdGenerator.startingAt(100)));
    final FakeSession v16 = new FakeSession("CP-16", OcppVersion.V16);

    /** Calls the 2.0.1 or the 2.1 handler of an action with a request given as JSON; returns the response JSON. */
    String call2x(OcppVersion v, String action, String requestJson, String messageId) throws Exception {
        FakeSession s = new FakeSession("CP-" + v.label(), v);
        OcppAction<?, ?> a =
                (v == OcppVersion.V21 ? Ocpp21Actions.byName(action) : Ocpp201Actions.byName(action)).orElseThrow();
        return json(invokeRaw(a, s, requestJson, messageId));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Object invokeRaw(OcppAction a, FakeSession s, String requestJson, String messageId) throws Exception {
        OcppRequest req = (OcppRequest) parse(requestJson, a.requestType());
        return invoke(handlers, s, a, req, messageId);
    }

    // ---------------------------------------------------------------- OCPP 1.6

    @Test
    void startTransaction16_getsAGeneratedId_andItsMeterStartIsTheFirstSample() throws Exception {
        var resp = invoke(
                handlers,
                v16,
                Ocpp16Actions.START_TRANSACTION,
                parse(
                        "{\"connectorId\":2,\"idTag\":\"TAG1\",\"meterStart\":1520,\"reservationId\":9,"
                                + "\"timestamp\":\"2026-05-01T11:00:00Z\"}",
                        dev.ocpkit.ocpp.v16.StartTransactionRequest.class),
                "m-1");
        assertThat(resp.transactionId()).isEqualTo(100);
        assertThat(resp.idTagInfo().status()).isEqualTo(dev.ocpkit.ocpp.v16.AuthorizationStatus.ACCEPTED);
        TransactionStarted e = recorder.of("CP-16", TransactionStarted.class).get(0);
        assertThat(e.transactionId()).isEqualTo("100");
        assertThat(e.evseId()).isEqualTo(2);
        assertThat(e.connectorId()).isEqualTo(1);
        assertThat(e.idToken()).isEqualTo(IdToken.of("TAG1"));
        assertThat(e.meterStartWh()).isEqualByComparingTo("1520");
        assertThat(e.reservationId()).isEqualTo(9);
        assertThat(e.messageId()).isEqualTo("m-1");
        assertThat(e.seqNo()).isNull();
        assertThat(e.triggerReason()).isNull();
        assertThat(e.samples())
                .containsExactly(new MeterSample(
                        T,
                        "Energy.Active.Import.Register",
                        null,
                        new BigDecimal("1520"),
                        "Wh",
                        "Transaction.Begin",
                        null));
    }

    @Test
    void startTransaction16_resentWithTheSameMessageId_getsTheSameTransactionId() throws Exception {
        var req = parse(
                "{\"connectorId\":1,\"idTag\":\"TAG1\",\"meterStart\":0,\"timestamp\":\"2026-05-01T11:00:00Z\"}",
                dev.ocpkit.ocpp.v16.StartTransactionRequest.class);
        int first = invoke(handlers, v16, Ocpp16Actions.START_TRANSACTION, req, "same")
                .transactionId();
        int again = invoke(handlers, v16, Ocpp16Actions.START_TRANSACTION, req, "same")
                .transactionId();
        int other = invoke(handlers, v16, Ocpp16Actions.START_TRANSACTION, req, "other")
                .transactionId();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        FakeSession otherStation = new FakeSession("CP-OTHER", OcppVersion.V16);
        assertThat(invoke(handlers, otherStation, Ocpp16Actions.START_TRANSACTION, req, "same")
                        .transactionId())
                .isNotEqualTo(first);
    }

    @Test
    void authorization16_statusesOcpp16LacksAreAnsweredInvalid() throws Exception {
        recorder.verdict = AuthorizationStatus.NO_CREDIT;
        var resp =
                invoke(handlers, v16, Ocpp16Actions.AUTHORIZE, new dev.ocpkit.ocpp.v16.AuthorizeRequest("TAG1"), "m");
        assertThat(resp.idTagInfo().status()).isEqualTo(dev.ocpkit.ocpp.v16.AuthorizationStatus.INVALID);
        assertThat(resp.idTagInfo().expiryDate()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void meterValues16_withTransactionIdAreAnUpdate_withoutAreMeterValues() throws Exception {
        String mv = "[{\"timestamp\":\"2026-05-01T11:05:00Z\",\"sampledValue\":[{\"value\":\"2000\"}]},"
                + "{\"timestamp\":\"2026-05-01T11:10:00Z\",\"sampledValue\":[{\"value\":\"2.5\",\"unit\":\"kWh\"}]}]";
        invoke(
                handlers,
                v16,
                Ocpp16Actions.METER_VALUES,
                parse(
                        "{\"connectorId\":1,\"transactionId\":100,\"meterValue\":" + mv + "}",
                        dev.ocpkit.ocpp.v16.MeterValuesRequest.class),
                "u");
        invoke(
                handlers,
                v16,
                Ocpp16Actions.METER_VALUES,
                parse("{\"connectorId\":0,\"meterValue\":" + mv + "}", dev.ocpkit.ocpp.v16.MeterValuesRequest.class),
                "mv");
        TransactionUpdated u = recorder.of("CP-16", TransactionUpdated.class).get(0);
        assertThat(u.transactionId()).isEqualTo("100");
        assertThat(u.timestamp()).isEqualTo(Instant.parse("2026-05-01T11:10:00Z"));
        assertThat(u.samples()).extracting(MeterSample::unit).containsExactly("Wh", "kWh");
        MeterValuesEvent m = recorder.of("CP-16", MeterValuesEvent.class).get(0);
        assertThat(m.evseId()).isZero();
        assertThat(m.samples()).hasSize(2);
        assertThat(m.messageId()).isEqualTo("mv");
    }

    @Test
    void stopTransaction16_meterStopBecomesTheLastSample_unlessTheDataHasOne() throws Exception {
        var resp = invoke(
                handlers,
                v16,
                Ocpp16Actions.STOP_TRANSACTION,
                parse(
                        "{\"idTag\":\"TAG1\",\"meterStop\":9000,\"timestamp\":\"2026-05-01T12:00:00Z\","
                                + "\"transactionId\":100,\"reason\":\"EVDisconnected\",\"transactionData\":"
                                + "[{\"timestamp\":\"2026-05-01T11:30:00Z\",\"sampledValue\":[{\"value\":\"5000\"}]}]}",
                        dev.ocpkit.ocpp.v16.StopTransactionRequest.class),
                "s");
        assertThat(resp.idTagInfo()).isNotNull();
        invoke(
                handlers,
                v16,
                Ocpp16Actions.STOP_TRANSACTION,
                parse(
                        "{\"meterStop\":9000,\"timestamp\":\"2026-05-01T12:00:00Z\",\"transactionId\":101,"
                                + "\"transactionData\":[{\"timestamp\":\"2026-05-01T12:00:00Z\",\"sampledValue\":"
                                + "[{\"value\":\"9.0\",\"unit\":\"kWh\",\"context\":\"Transaction.End\"}]}]}",
                        dev.ocpkit.ocpp.v16.StopTransactionRequest.class),
                "s2");
        var ended = recorder.of("CP-16", TransactionEnded.class);
        assertThat(ended.get(0).stoppedReason()).isEqualTo(StoppedReason.EV_DISCONNECTED);
        assertThat(ended.get(0).evseId()).isNull();
        assertThat(ended.get(0).meterStopWh()).isEqualByComparingTo("9000");
        assertThat(ended.get(0).samples())
                .extracting(MeterSample::context)
                .containsExactly("Sample.Periodic", "Transaction.End");
        assertThat(ended.get(1).samples()).singleElement().satisfies(x -> assertThat(x.unit())
                .isEqualTo("kWh"));
        assertThat(ended.get(1).idToken()).isNull();
        assertThat(ended.get(1).stoppedReason()).isNull();
    }

    @Test
    void status16_connectorZeroIsEvseZero_noErrorIsNull_missingTimestampIsTheClock() throws Exception {
        invoke(
                handlers,
                v16,
                Ocpp16Actions.STATUS_NOTIFICATION,
                parse(
                        "{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\"}",
                        dev.ocpkit.ocpp.v16.StatusNotificationRequest.class),
                "a");
        invoke(
                handlers,
                v16,
                Ocpp16Actions.STATUS_NOTIFICATION,
                parse(
                        "{\"connectorId\":3,\"errorCode\":\"GroundFailure\",\"status\":\"Faulted\",\"info\":\"rcd\","
                                + "\"vendorErrorCode\":\"E7\",\"timestamp\":\"2026-05-01T11:00:00Z\"}",
                        dev.ocpkit.ocpp.v16.StatusNotificationRequest.class),
                "b");
        var s = recorder.of("CP-16", StatusEvent.class);
        assertThat(s.get(0))
                .isEqualTo(StatusEvent.builder()
                        .evseId(0)
                        .connectorId(0)
                        .status(ConnectorStatus.AVAILABLE)
                        .timestamp(NOW)
                        .build());
        assertThat(s.get(1))
                .isEqualTo(StatusEvent.builder()
                        .evseId(3)
                        .connectorId(1)
                        .status(ConnectorStatus.FAULTED)
                        .errorCode("GroundFailure")
                        .info("rcd")
                        .vendorErrorCode("E7")
                        .timestamp(T)
                        .build());
    }

    @Test
    void boot16_mapsTheChargePointFields_andAnswersWithTheClock() throws Exception {
        var resp = invoke(
                handlers,
                v16,
                Ocpp16Actions.BOOT_NOTIFICATION,
                parse(
                        "{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"AC22\",\"chargePointSerialNumber\":"
                                + "\"S1\",\"firmwareVersion\":\"1.2\",\"iccid\":\"89\",\"meterType\":\"MT\"}",
                        dev.ocpkit.ocpp.v16.BootNotificationRequest.class),
                "b");
        assertThat(json(resp))
                .isEqualTo("{\"status\":\"Accepted\",\"currentTime\":\"2026-05-01T12:00:00Z\"," + "\"interval\":300}");
        assertThat(recorder.of("CP-16", BootInfo.class).get(0))
                .isEqualTo(BootInfo.builder()
                        .vendor("ACME")
                        .model("AC22")
                        .serialNumber("S1")
                        .firmwareVersion("1.2")
                        .iccid("89")
                        .meterType("MT")
                        .build());
    }

    // ---------------------------------------------------------------- OCPP 2.0.1 and 2.1, one code path

    static final String STARTED = "{\"eventType\":\"Started\",\"timestamp\":\"2026-05-01T11:00:00Z\","
            + "\"triggerReason\":\"Authorized\",\"seqNo\":0,\"offline\":true,\"reservationId\":9,"
            + "\"transactionInfo\":{\"transactionId\":\"tx-9\",\"chargingState\":\"EVConnected\",\"remoteStartId\":4},"
            + "\"evse\":{\"id\":2,\"connectorId\":1},\"idToken\":{\"idToken\":\"TAG1\",\"type\":\"ISO14443\"},"
            + "\"meterValue\":[{\"timestamp\":\"2026-05-01T11:00:00Z\",\"sampledValue\":[{\"value\":1.52,"
            + "\"context\":\"Transaction.Begin\",\"unitOfMeasure\":{\"unit\":\"kWh\"}},{\"value\":74,"
            + "\"measurand\":\"Power.Active.Import\",\"unitOfMeasure\":{\"unit\":\"W\",\"multiplier\":2}}]}]}";

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void transactionEventStarted2x_isTransactionStarted_withMeterStartFromTheBeginSample(OcppVersion v)
            throws Exception {
        recorder.verdict = AuthorizationStatus.NO_CREDIT;
        String resp = call2x(v, "TransactionEvent", STARTED, "m-9");
        assertThat(resp).isEqualTo("{\"idTokenInfo\":{\"status\":\"NoCredit\"}}");
        TransactionStarted e =
                recorder.of("CP-" + v.label(), TransactionStarted.class).get(0);
        assertThat(e.transactionId()).isEqualTo("tx-9");
        assertThat(e.evseId()).isEqualTo(2);
        assertThat(e.connectorId()).isEqualTo(1);
        assertThat(e.idToken()).isEqualTo(IdToken.of("TAG1", "ISO14443"));
        assertThat(e.meterStartWh()).isEqualByComparingTo("1520");
        assertThat(e.reservationId()).isEqualTo(9);
        assertThat(e.remoteStartId()).isEqualTo(4);
        assertThat(e.chargingState()).isEqualTo(ChargingState.EV_CONNECTED);
        assertThat(e.triggerReason()).isEqualTo(TriggerReason.AUTHORIZED);
        assertThat(e.seqNo()).isZero();
        assertThat(e.offline()).isTrue();
        assertThat(e.messageId()).isEqualTo("m-9");
        assertThat(e.samples().get(1).value()).isEqualByComparingTo("7400");
        assertThat(e.samples().get(1).unit()).isEqualTo("W");
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void transactionEvent2x_withoutIdToken_isAnsweredWithoutIdTokenInfo(OcppVersion v) throws Exception {
        String noToken = STARTED.replace(",\"idToken\":{\"idToken\":\"TAG1\",\"type\":\"ISO14443\"}", "")
                .replace("Authorized", "CablePluggedIn");
        assertThat(call2x(v, "TransactionEvent", noToken, "m")).isEqualTo("{}");
        assertThat(recorder.of("CP-" + v.label(), TransactionStarted.class)
                        .get(0)
                        .idToken())
                .isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void transactionEventUpdatedAndEnded2x_becomeTheirEvents(OcppVersion v) throws Exception {
        call2x(
                v,
                "TransactionEvent",
                "{\"eventType\":\"Updated\",\"timestamp\":\"2026-05-01T11:30:00Z\",\"triggerReason\":"
                        + "\"MeterValuePeriodic\",\"seqNo\":1,\"transactionInfo\":{\"transactionId\":\"tx-9\","
                        + "\"chargingState\":\"Charging\"},\"meterValue\":[{\"timestamp\":\"2026-05-01T11:30:00Z\","
                        + "\"sampledValue\":[{\"value\":5000}]}]}",
                "u");
        String resp = call2x(
                v,
                "TransactionEvent",
                "{\"eventType\":\"Ended\",\"timestamp\":\"2026-05-01T12:00:00Z\",\"triggerReason\":\"StopAuthorized\","
                        + "\"seqNo\":2,\"transactionInfo\":{\"transactionId\":\"tx-9\",\"stoppedReason\":\"Local\"},"
                        + "\"idToken\":{\"idToken\":\"TAG1\",\"type\":\"ISO14443\"},\"meterValue\":"
                        + "[{\"timestamp\":\"2026-05-01T12:00:00Z\",\"sampledValue\":[{\"value\":9,"
                        + "\"context\":\"Transaction.End\",\"unitOfMeasure\":{\"unit\":\"kWh\"}}]}]}",
                "e");
        assertThat(resp).isEqualTo("{\"idTokenInfo\":{\"status\":\"Accepted\"}}");
        String id = "CP-" + v.label();
        TransactionUpdated u = recorder.of(id, TransactionUpdated.class).get(0);
        assertThat(u.seqNo()).isEqualTo(1);
        assertThat(u.offline()).isFalse();
        assertThat(u.chargingState()).isEqualTo(ChargingState.CHARGING);
        assertThat(u.samples()).singleElement().satisfies(s -> {
            assertThat(s.unit()).isEqualTo("Wh");
            assertThat(s.measurand()).isEqualTo("Energy.Active.Import.Register");
        });
        TransactionEnded e = recorder.of(id, TransactionEnded.class).get(0);
        assertThat(e.seqNo()).isEqualTo(2);
        assertThat(e.stoppedReason()).isEqualTo(StoppedReason.LOCAL);
        assertThat(e.meterStopWh()).isEqualByComparingTo("9000");
        assertThat(e.triggerReason()).isEqualTo(TriggerReason.STOP_AUTHORIZED);
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void bootAndStatus2x_mapToTheSameNeutralTypes(OcppVersion v) throws Exception {
        String boot = call2x(
                v,
                "BootNotification",
                "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"ACME\",\"model\":\"AC22\","
                        + "\"serialNumber\":\"S1\",\"firmwareVersion\":\"1.2\",\"modem\":{\"iccid\":\"89\"}}}",
                "b");
        assertThat(boot)
                .isEqualTo("{\"currentTime\":\"2026-05-01T12:00:00Z\",\"interval\":300,\"status\":\"Accepted\"}");
        call2x(
                v,
                "StatusNotification",
                "{\"timestamp\":\"2026-05-01T11:00:00Z\",\"connectorStatus\":\"Occupied\",\"evseId\":2,"
                        + "\"connectorId\":2}",
                "s");
        String id = "CP-" + v.label();
        assertThat(recorder.of(id, BootInfo.class).get(0))
                .isEqualTo(BootInfo.builder()
                        .vendor("ACME")
                        .model("AC22")
                        .serialNumber("S1")
                        .firmwareVersion("1.2")
                        .iccid("89")
                        .reason(BootReason.POWER_UP)
                        .build());
        assertThat(recorder.of(id, StatusEvent.class).get(0))
                .isEqualTo(StatusEvent.builder()
                        .evseId(2)
                        .connectorId(2)
                        .status(ConnectorStatus.OCCUPIED)
                        .timestamp(T)
                        .build());
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void meterValuesDataTransferAndFirmware2x(OcppVersion v) throws Exception {
        call2x(
                v,
                "MeterValues",
                "{\"evseId\":0,\"meterValue\":[{\"timestamp\":\"2026-05-01T11:00:00Z\",\"sampledValue\":"
                        + "[{\"value\":230.1,\"measurand\":\"Voltage\",\"phase\":\"L1-N\",\"unitOfMeasure\":"
                        + "{\"unit\":\"V\"}}]}]}",
                "mv");
        assertThat(call2x(
                        v,
                        "DataTransfer",
                        "{\"vendorId\":\"dev.ocpkit\",\"messageId\":\"ping\",\"data\":{\"a\":1}}",
                        "d"))
                .isEqualTo("{\"status\":\"Accepted\",\"data\":\"pong\"}");
        call2x(v, "FirmwareStatusNotification", "{\"status\":\"Installing\",\"requestId\":7}", "f");
        String id = "CP-" + v.label();
        MeterValuesEvent m = recorder.of(id, MeterValuesEvent.class).get(0);
        assertThat(m.samples()).singleElement().satisfies(s -> {
            assertThat(s.phase()).isEqualTo("L1-N");
            assertThat(s.unit()).isEqualTo("V");
        });
        DataTransfer d = recorder.of(id, DataTransfer.class).get(0);
        assertThat(d.data()).isEqualTo(java.util.Map.of("a", 1));
        assertThat(recorder.of(id, FirmwareStatusEvent.class))
                .containsExactly(new FirmwareStatusEvent(FirmwareStatus.INSTALLING, 7));
    }

    // ---------------------------------------------------------------- defaults

    @Test
    void defaultHandler_refusesTokens_andAnswersUnknownVendor_inEveryVersion() throws Exception {
        OcppHandlers defaults = NeutralCsms.handlers(new CsmsHandler() {});
        var a16 = invoke(defaults, v16, Ocpp16Actions.AUTHORIZE, new dev.ocpkit.ocpp.v16.AuthorizeRequest("TAG1"), "m");
        assertThat(a16.idTagInfo().status()).isEqualTo(dev.ocpkit.ocpp.v16.AuthorizationStatus.INVALID);
        var d16 = invoke(
                defaults,
                v16,
                Ocpp16Actions.DATA_TRANSFER,
                new dev.ocpkit.ocpp.v16.DataTransferRequest("x", null, null),
                "m");
        assertThat(d16.status()).isEqualTo(dev.ocpkit.ocpp.v16.DataTransferStatus.UNKNOWN_VENDOR_ID);
        FakeSession s21 = new FakeSession("CP-21", OcppVersion.V21);
        var a21 = invoke(
                defaults,
                s21,
                Ocpp21Actions.AUTHORIZE,
                parse(
                        "{\"idToken\":{\"idToken\":\"T\",\"type\":\"Central\"}}",
                        dev.ocpkit.ocpp.v21.AuthorizeRequest.class),
                "m");
        assertThat(json(a21)).isEqualTo("{\"idTokenInfo\":{\"status\":\"Invalid\"}}");
        var b201 = invoke(
                defaults,
                new FakeSession("CP-201", OcppVersion.V201),
                Ocpp201Actions.BOOT_NOTIFICATION,
                parse(
                        "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"A\",\"model\":\"B\"}}",
                        dev.ocpkit.ocpp.v201.BootNotificationRequest.class),
                "m");
        assertThat(b201.interval()).isEqualTo(300);
    }

    @Test
    void table_coversTheCommonActionsOfEveryVersion_andCanBeExtended() {
        for (OcppAction<?, ?> a : new OcppAction<?, ?>[] {
            Ocpp16Actions.BOOT_NOTIFICATION,
            Ocpp16Actions.HEARTBEAT,
            Ocpp16Actions.AUTHORIZE,
            Ocpp16Actions.STATUS_NOTIFICATION,
            Ocpp16Actions.START_TRANSACTION,
            Ocpp16Actions.METER_VALUES,
            Ocpp16Actions.STOP_TRANSACTION,
            Ocpp16Actions.DATA_TRANSFER,
            Ocpp16Actions.FIRMWARE_STATUS_NOTIFICATION,
            Ocpp16Actions.SIGNED_FIRMWARE_STATUS_NOTIFICATION,
            Ocpp201Actions.TRANSACTION_EVENT,
            Ocpp21Actions.TRANSACTION_EVENT,
            Ocpp201Actions.HEARTBEAT,
            Ocpp21Actions.METER_VALUES
        }) {
            assertThat(handlers.has(a)).as(a.toString()).isTrue();
        }
        OcppHandlers extended = handlers.toBuilder()
                .on(Ocpp201Actions.NOTIFY_EVENT, (ctx, req) -> new dev.ocpkit.ocpp.v201.NotifyEventResponse())
                .build();
        assertThat(extended.has(Ocpp201Actions.NOTIFY_EVENT)).isTrue();
        assertThat(extended.has(Ocpp201Actions.TRANSACTION_EVENT)).isTrue();
    }
}
