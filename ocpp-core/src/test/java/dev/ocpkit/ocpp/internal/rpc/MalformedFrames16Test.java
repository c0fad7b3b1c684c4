package dev.ocpkit.ocpp.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppListener;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.OcppWebSocket;
import dev.ocpkit.ocpp.v16.AuthorizationStatus;
import dev.ocpkit.ocpp.v16.BootNotificationResponse;
import dev.ocpkit.ocpp.v16.ChargePointStatus;
import dev.ocpkit.ocpp.v16.ChargingProfileStatus;
import dev.ocpkit.ocpp.v16.HeartbeatResponse;
import dev.ocpkit.ocpp.v16.IdTagInfo;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.RegistrationStatus;
import dev.ocpkit.ocpp.v16.SetChargingProfileResponse;
import dev.ocpkit.ocpp.v16.StartTransactionResponse;
import dev.ocpkit.ocpp.v16.StatusNotificationResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Named malformed frames sent to an OCPP 1.6 endpoint, each with the exact answer OCPP-J 1.6 prescribes, followed
 * by a valid Heartbeat to prove the connection is still usable.
 */
class MalformedFrames16Test {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final String LONG_ID = "x".repeat(37);

    /** A socket that records what the endpoint writes. */
    static final class Capture implements OcppWebSocket {
        final BlockingQueue<String> out = new LinkedBlockingQueue<>();
        volatile boolean closed;

        @Override
        public void sendText(String text) {
            out.add(text);
        }

        @Override
        public void close(int code, String reason) {
            closed = true;
        }

        String next() throws InterruptedException {
            String s = out.poll(5, TimeUnit.SECONDS);
            assertThat(s).as("a frame was written").isNotNull();
            return s;
        }
    }

    static OcppHandlers csmsHandlers() {
        return OcppHandlers.builder()
                .on(Ocpp16Actions.HEARTBEAT, (ctx, req) -> new HeartbeatResponse(NOW))
                .on(
                        Ocpp16Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> new BootNotificationResponse(RegistrationStatus.ACCEPTED, NOW, 300))
                .on(Ocpp16Actions.STATUS_NOTIFICATION, (ctx, req) -> new StatusNotificationResponse())
                .on(
                        Ocpp16Actions.START_TRANSACTION,
                        (ctx, req) -> new StartTransactionResponse(
                                new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), 1))
                .build();
    }

    static RpcEndpoint csms(Capture socket, InputTolerance tolerance, OcppListener listener) {
        OcppOptions options = OcppOptions.builder()
                .inputTolerance(tolerance)
                .listener(listener)
                .maxFrameChars(4096)
                .build();
        return new RpcEndpoint(socket, OcppRole.CSMS, OcppVersion.V16, "CP-1", csmsHandlers(), options);
    }

    static void assertStillUsable(RpcEndpoint ep, Capture socket) throws InterruptedException {
        ep.onText("[2,\"alive\",\"Heartbeat\",{}]");
        assertThat(socket.next()).isEqualTo("[3,\"alive\",{\"currentTime\":\"2026-01-01T00:00:00Z\"}]");
        assertThat(ep.isOpen()).isTrue();
        assertThat(socket.closed).isFalse();
    }

    static final String BOOT_OK = "{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}";

    static Stream<Arguments> frames() {
        return Stream.of(
                // name, frame, expected id, expected code (null = no answer)
                Arguments.of("not JSON", "hello", "-1", "FormationViolation"),
                Arguments.of("truncated JSON", "[2,\"a\",\"Heartbeat\",{", "-1", "FormationViolation"),
                Arguments.of("JSON with trailing garbage", "[2,\"a\",\"Heartbeat\",{}] [", "-1", "FormationViolation"),
                Arguments.of("an object, not an array", "{\"a\":1}", "-1", "FormationViolation"),
                Arguments.of("a JSON string", "\"[2]\"", "-1", "FormationViolation"),
                Arguments.of("empty array", "[]", "-1", "FormationViolation"),
                Arguments.of("type code as string", "[\"2\",\"a\",\"Heartbeat\",{}]", "-1", "FormationViolation"),
                Arguments.of("type code not integral", "[2.5,\"a\",\"Heartbeat\",{}]", "-1", "FormationViolation"),
                Arguments.of("unknown type code", "[9,\"a\",\"Heartbeat\",{}]", "a", "ProtocolError"),
                Arguments.of("type 6 (SEND) is 2.1 only", "[6,\"a\",\"Heartbeat\",{}]", "a", "ProtocolError"),
                Arguments.of("missing id", "[2]", "-1", "FormationViolation"),
                Arguments.of("id is a number", "[2,42,\"Heartbeat\",{}]", "-1", "FormationViolation"),
                Arguments.of("id is empty", "[2,\"\",\"Heartbeat\",{}]", "-1", "FormationViolation"),
                Arguments.of(
                        "id longer than 36", "[2,\"" + LONG_ID + "\",\"Heartbeat\",{}]", LONG_ID, "FormationViolation"),
                Arguments.of("missing payload", "[2,\"a\",\"Heartbeat\"]", "a", "FormationViolation"),
                Arguments.of("extra element", "[2,\"a\",\"Heartbeat\",{},{}]", "a", "FormationViolation"),
                Arguments.of("action not a string", "[2,\"a\",7,{}]", "a", "FormationViolation"),
                Arguments.of("unknown action", "[2,\"a\",\"MakeCoffee\",{}]", "a", "NotImplemented"),
                Arguments.of(
                        "action of the other direction",
                        "[2,\"a\",\"Reset\",{\"type\":\"Soft\"}]",
                        "a",
                        "NotSupported"),
                Arguments.of(
                        "known action without handler",
                        "[2,\"a\",\"Authorize\",{\"idTag\":\"A\"}]",
                        "a",
                        "NotSupported"),
                Arguments.of("payload is an array", "[2,\"a\",\"Heartbeat\",[]]", "a", "FormationViolation"),
                Arguments.of("payload is a string", "[2,\"a\",\"Heartbeat\",\"{}\"]", "a", "FormationViolation"),
                Arguments.of("payload is null", "[2,\"a\",\"Heartbeat\",null]", "a", "FormationViolation"),
                Arguments.of(
                        "missing required field",
                        "[2,\"a\",\"BootNotification\",{\"chargePointVendor\":\"V\"}]",
                        "a",
                        "OccurenceConstraintViolation"),
                Arguments.of(
                        "wrong type",
                        "[2,\"a\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":42}]",
                        "a",
                        "TypeConstraintViolation"),
                Arguments.of(
                        "number sent as string",
                        "[2,\"a\",\"StatusNotification\",{\"connectorId\":\"1\",\"errorCode\":\"NoError\",\"status\":\"Available\"}]",
                        "a",
                        "TypeConstraintViolation"),
                Arguments.of(
                        "integer with a fraction",
                        "[2,\"a\",\"StatusNotification\",{\"connectorId\":1.5,\"errorCode\":\"NoError\",\"status\":\"Available\"}]",
                        "a",
                        "TypeConstraintViolation"),
                Arguments.of(
                        "string over maxLength",
                        "[2,\"a\",\"BootNotification\",{\"chargePointVendor\":\"" + "V".repeat(21)
                                + "\",\"chargePointModel\":\"M\"}]",
                        "a",
                        "PropertyConstraintViolation"),
                Arguments.of(
                        "value outside the enum",
                        "[2,\"a\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Dancing\"}]",
                        "a",
                        "PropertyConstraintViolation"),
                Arguments.of(
                        "date-time not RFC 3339",
                        "[2,\"a\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"A\",\"meterStart\":0,\"timestamp\":\"yesterday\"}]",
                        "a",
                        "PropertyConstraintViolation"),
                Arguments.of(
                        "unknown property",
                        "[2,\"a\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\",\"colour\":\"red\"}]",
                        "a",
                        null),
                Arguments.of(
                        "deeply nested payload",
                        "[2,\"a\",\"Heartbeat\"," + "[".repeat(5000) + "]".repeat(5000) + "]",
                        "-1",
                        "FormationViolation"),
                Arguments.of(
                        "frame above the size limit",
                        "[2,\"a\",\"BootNotification\",{\"chargePointVendor\":\"" + "V".repeat(5000)
                                + "\",\"chargePointModel\":\"M\"}]",
                        "-1",
                        "FormationViolation"),
                Arguments.of("CALLRESULT for an unknown id", "[3,\"nobody\",{}]", null, null),
                Arguments.of("CALLERROR for an unknown id", "[4,\"nobody\",\"GenericError\",\"\",{}]", null, null),
                Arguments.of("CALLRESULT without payload", "[3]", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void malformedFrame_getsThePrescribedAnswer_andTheConnectionStaysUsable(
            String name, String frame, @Nullable String id, @Nullable String code) throws Exception {
        Capture socket = new Capture();
        List<String> problems = new ArrayList<>();
        RpcEndpoint ep = csms(socket, InputTolerance.STRICT, new OcppListener() {
            @Override
            public void badFrame(OcppSession s, String redacted, String problem, @Nullable CallErrorCode answeredWith) {
                problems.add(problem);
            }

            @Override
            public void unmatchedResponse(OcppSession s, String messageId) {
                problems.add("unmatched " + messageId);
            }
        });
        ep.onText(frame);
        if (name.equals("unknown property")) {
            // additionalProperties=false in the OCA schema: refused; the code is decided by the schema runtime
            String answer = socket.next();
            assertThat(answer).startsWith("[4,\"a\",\"");
            assertThat(CallErrorCode.fromValue(answer.split("\"")[3]).isDefinedIn(OcppVersion.V16))
                    .isTrue();
        } else if (code == null) {
            assertThat(socket.out.poll(200, TimeUnit.MILLISECONDS))
                    .as("no answer")
                    .isNull();
            assertThat(problems).isNotEmpty();
        } else {
            String answer = socket.next();
            assertThat(answer).startsWith("[4," + Json.quote(id) + "," + Json.quote(code) + ",");
            assertThat(answer).endsWith(",{}]");
            assertThat(CallErrorCode.fromValue(code).isDefinedIn(OcppVersion.V16))
                    .isTrue();
        }
        assertStillUsable(ep, socket);
    }

    @Test
    void binaryFrame_isAnsweredWithFormationViolation() throws Exception {
        Capture socket = new Capture();
        RpcEndpoint ep = csms(socket, InputTolerance.STRICT, OcppListener.NONE);
        ep.onBinary(new byte[] {1, 2, 3});
        assertThat(socket.next()).startsWith("[4,\"-1\",\"FormationViolation\",");
        assertStillUsable(ep, socket);
    }

    @Test
    void emptyFrame_isIgnored() throws Exception {
        Capture socket = new Capture();
        RpcEndpoint ep = csms(socket, InputTolerance.STRICT, OcppListener.NONE);
        ep.onText("");
        assertThat(socket.out.poll(100, TimeUnit.MILLISECONDS)).isNull();
        assertStillUsable(ep, socket);
    }

    @Test
    void tolerance_acceptsNumbersAsStringsAndUnknownEnums_andReportsThem() throws Exception {
        Capture socket = new Capture();
        List<String> deviations = new ArrayList<>();
        RpcEndpoint ep = csms(socket, InputTolerance.LENIENT, new OcppListener() {
            @Override
            public void toleratedDeviation(OcppSession s, String action, List<String> d) {
                deviations.addAll(d);
            }
        });
        ep.onText(
                "[2,\"a\",\"StatusNotification\",{\"connectorId\":\"1\",\"errorCode\":\"NoError\",\"status\":\"Dancing\"}]");
        assertThat(socket.next()).isEqualTo("[3,\"a\",{}]");
        assertThat(deviations).hasSize(2);
        assertStillUsable(ep, socket);
    }

    @Test
    void station_refusesALimitThatIsNotAMultipleOfOneTenth_andAcceptsOne() throws Exception {
        Capture socket = new Capture();
        OcppHandlers h = OcppHandlers.builder()
                .on(
                        Ocpp16Actions.SET_CHARGING_PROFILE,
                        (ctx, req) -> new SetChargingProfileResponse(ChargingProfileStatus.ACCEPTED))
                .build();
        RpcEndpoint station =
                new RpcEndpoint(socket, OcppRole.STATION, OcppVersion.V16, "CP-1", h, OcppOptions.defaults());
        String profile = "{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\","
                + "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"startSchedule\":\"2026-01-01T00:00:00Z\","
                + "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":LIMIT}]}}}";
        station.onText("[2,\"ok\",\"SetChargingProfile\"," + profile.replace("LIMIT", "8.1") + "]");
        assertThat(socket.next()).isEqualTo("[3,\"ok\",{\"status\":\"Accepted\"}]");
        station.onText("[2,\"bad\",\"SetChargingProfile\"," + profile.replace("LIMIT", "8.15") + "]");
        assertThat(socket.next()).startsWith("[4,\"bad\",\"PropertyConstraintViolation\",");
        assertThat(ChargePointStatus.fromValue("Available")).isEqualTo(ChargePointStatus.AVAILABLE);
    }
}
