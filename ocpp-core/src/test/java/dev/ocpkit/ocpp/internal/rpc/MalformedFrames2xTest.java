package dev.ocpkit.ocpp.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.NoResponse;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppListener;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppValidationException;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.rpc.MalformedFrames16Test.Capture;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named malformed frames for OCPP 2.0.1 and 2.1, each answered with the 2.x spelling OCPP-J 2.x prescribes
 * (RpcFrameworkError, FormatViolation, OccurrenceConstraintViolation, MessageTypeNotSupported, ...), and the 2.1
 * message types 5 (CALLRESULTERROR) and 6 (SEND).
 */
class MalformedFrames2xTest {
    static final Instant NOW = MalformedFrames16Test.NOW;
    static final String LONG_ID = "x".repeat(37);

    static OcppHandlers handlers(OcppVersion v) {
        if (v == OcppVersion.V201) {
            return OcppHandlers.builder()
                    .on(
                            dev.ocpkit.ocpp.v201.Ocpp201Actions.HEARTBEAT,
                            (ctx, req) -> new dev.ocpkit.ocpp.v201.HeartbeatResponse(NOW))
                    .on(
                            dev.ocpkit.ocpp.v201.Ocpp201Actions.BOOT_NOTIFICATION,
                            (ctx, req) -> dev.ocpkit.ocpp.v201.BootNotificationResponse.builder()
                                    .currentTime(NOW)
                                    .interval(300)
                                    .status(dev.ocpkit.ocpp.v201.RegistrationStatusEnum.ACCEPTED)
                                    .build())
                    .on(
                            dev.ocpkit.ocpp.v201.Ocpp201Actions.STATUS_NOTIFICATION,
                            (ctx, req) -> new dev.ocpkit.ocpp.v201.StatusNotificationResponse())
                    .build();
        }
        return OcppHandlers.builder()
                .on(
                        dev.ocpkit.ocpp.v21.Ocpp21Actions.HEARTBEAT,
                        (ctx, req) -> new dev.ocpkit.ocpp.v21.HeartbeatResponse(NOW))
                .on(
                        dev.ocpkit.ocpp.v21.Ocpp21Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> dev.ocpkit.ocpp.v21.BootNotificationResponse.builder()
                                .currentTime(NOW)
                                .interval(300)
                                .status(dev.ocpkit.ocpp.v21.RegistrationStatusEnum.ACCEPTED)
                                .build())
                .on(
                        dev.ocpkit.ocpp.v21.Ocpp21Actions.STATUS_NOTIFICATION,
                        (ctx, req) -> new dev.ocpkit.ocpp.v21.StatusNotificationResponse())
                .build();
    }

    static RpcEndpoint csms(OcppVersion v, Capture socket, OcppListener listener) {
        OcppOptions options =
                OcppOptions.builder().listener(listener).maxFrameChars(4096).build();
        return new RpcEndpoint(socket, OcppRole.CSMS, v, "CS-1", handlers(v), options);
    }

    static void assertStillUsable(RpcEndpoint ep, Capture socket) throws InterruptedException {
        ep.onText("[2,\"alive\",\"Heartbeat\",{}]");
        assertThat(socket.next()).isEqualTo("[3,\"alive\",{\"currentTime\":\"2026-01-01T00:00:00Z\"}]");
        assertThat(ep.isOpen()).isTrue();
        assertThat(socket.closed).isFalse();
    }

    static final String STATION = "\"chargingStation\":{\"model\":\"M\",\"vendorName\":\"V\"}";

    static Stream<Arguments> frames() {
        List<Arguments> list = new ArrayList<>();
        for (OcppVersion v : List.of(OcppVersion.V201, OcppVersion.V21)) {
            for (Object[] f : new Object[][] {
                {"not JSON", "hello", "-1", "RpcFrameworkError"},
                {"truncated JSON", "[2,\"a\",\"Heartbeat\",{", "-1", "RpcFrameworkError"},
                {"JSON with trailing garbage", "[2,\"a\",\"Heartbeat\",{}] [", "-1", "RpcFrameworkError"},
                {"an object, not an array", "{\"a\":1}", "-1", "RpcFrameworkError"},
                {"empty array", "[]", "-1", "RpcFrameworkError"},
                {"type code as string", "[\"2\",\"a\",\"Heartbeat\",{}]", "-1", "RpcFrameworkError"},
                {"unknown type code", "[9,\"a\",\"Heartbeat\",{}]", "a", "MessageTypeNotSupported"},
                {"id is a number", "[2,42,\"Heartbeat\",{}]", "-1", "RpcFrameworkError"},
                {"id is empty", "[2,\"\",\"Heartbeat\",{}]", "-1", "RpcFrameworkError"},
                {"id longer than 36", "[2,\"" + LONG_ID + "\",\"Heartbeat\",{}]", LONG_ID, "RpcFrameworkError"},
                {"missing payload", "[2,\"a\",\"Heartbeat\"]", "a", "RpcFrameworkError"},
                {"action not a string", "[2,\"a\",7,{}]", "a", "RpcFrameworkError"},
                {"unknown action", "[2,\"a\",\"MakeCoffee\",{}]", "a", "NotImplemented"},
                {"action of the other direction", "[2,\"a\",\"Reset\",{\"type\":\"Immediate\"}]", "a", "NotSupported"},
                {
                    "known action without handler",
                    "[2,\"a\",\"Authorize\",{\"idToken\":{\"idToken\":\"A\",\"type\":\"Central\"}}]",
                    "a",
                    "NotSupported"
                },
                {"payload is an array", "[2,\"a\",\"Heartbeat\",[]]", "a", "FormatViolation"},
                {"payload is null", "[2,\"a\",\"Heartbeat\",null]", "a", "FormatViolation"},
                {
                    "missing required field",
                    "[2,\"a\",\"BootNotification\",{\"reason\":\"PowerUp\"}]",
                    "a",
                    "OccurrenceConstraintViolation"
                },
                {
                    "wrong type",
                    "[2,\"a\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":1,\"vendorName\":\"V\"}}]",
                    "a",
                    "TypeConstraintViolation"
                },
                {
                    "string over maxLength",
                    "[2,\"a\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\""
                            + "M".repeat(21) + "\",\"vendorName\":\"V\"}}]",
                    "a",
                    "PropertyConstraintViolation"
                },
                {
                    "value outside the enum",
                    "[2,\"a\",\"BootNotification\",{\"reason\":\"Bored\"," + STATION + "}]",
                    "a",
                    "PropertyConstraintViolation"
                },
                {
                    "date-time not RFC 3339",
                    "[2,\"a\",\"StatusNotification\",{\"timestamp\":\"noon\",\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}]",
                    "a",
                    "PropertyConstraintViolation"
                },
                {
                    "frame above the size limit",
                    "[2,\"a\",\"Heartbeat\",{\"x\":\"" + "y".repeat(5000) + "\"}]",
                    "-1",
                    "RpcFrameworkError"
                },
                {"CALLRESULT for an unknown id", "[3,\"nobody\",{}]", null, null},
                {"CALLERROR for an unknown id", "[4,\"nobody\",\"GenericError\",\"\",{}]", null, null},
            }) {
                list.add(Arguments.of(v, f[0], f[1], f[2], f[3]));
            }
        }
        list.add(Arguments.of(
                OcppVersion.V201,
                "type 6 (SEND) is 2.1 only",
                "[6,\"a\",\"NotifyPeriodicEventStream\",{}]",
                "a",
                "MessageTypeNotSupported"));
        list.add(Arguments.of(
                OcppVersion.V201,
                "type 5 (CALLRESULTERROR) is 2.1 only",
                "[5,\"a\",\"GenericError\",\"\",{}]",
                "a",
                "MessageTypeNotSupported"));
        return list.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("frames")
    void malformedFrame_getsThe2xAnswer_andTheConnectionStaysUsable(
            OcppVersion v, String name, String frame, @Nullable String id, @Nullable String code) throws Exception {
        Capture socket = new Capture();
        List<String> problems = new CopyOnWriteArrayList<>();
        RpcEndpoint ep = csms(v, socket, new OcppListener() {
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
        if (code == null) {
            assertThat(socket.out.poll(200, TimeUnit.MILLISECONDS))
                    .as("no answer")
                    .isNull();
            assertThat(problems).isNotEmpty();
        } else {
            String answer = socket.next();
            assertThat(answer).startsWith("[4," + Json.quote(id) + "," + Json.quote(code) + ",");
            assertThat(CallErrorCode.fromValue(code).isDefinedIn(v)).isTrue();
        }
        assertStillUsable(ep, socket);
    }

    @Test
    void v21_sendMessage_reachesItsHandler_andIsNeverAnswered() throws Exception {
        Capture socket = new Capture();
        List<Integer> received = new CopyOnWriteArrayList<>();
        OcppHandlers h = handlers(OcppVersion.V21).toBuilder()
                .on(dev.ocpkit.ocpp.v21.Ocpp21Actions.NOTIFY_PERIODIC_EVENT_STREAM, (ctx, req) -> {
                    received.add(req.id());
                    return NoResponse.INSTANCE;
                })
                .build();
        RpcEndpoint ep = new RpcEndpoint(socket, OcppRole.CSMS, OcppVersion.V21, "CS-1", h, OcppOptions.defaults());
        ep.onText(
                "[6,\"s1\",\"NotifyPeriodicEventStream\",{\"id\":3,\"pending\":0,\"basetime\":\"2026-01-01T00:00:00Z\",\"data\":[{\"t\":0,\"v\":\"1\"}]}]");
        // an invalid SEND is dropped without an answer too
        ep.onText("[6,\"s2\",\"NotifyPeriodicEventStream\",{\"id\":\"x\"}]");
        assertStillUsable(ep, socket);
        assertThat(received).containsExactly(3);
        assertThat(socket.out).isEmpty();
    }

    @Test
    void v21_station_sendsSendMessages_asType6() throws Exception {
        Capture socket = new Capture();
        RpcEndpoint station = new RpcEndpoint(
                socket, OcppRole.STATION, OcppVersion.V21, "CS-1", OcppHandlers.empty(), OcppOptions.defaults());
        CompletableFuture<Void> sent = station.send(new dev.ocpkit.ocpp.v21.NotifyPeriodicEventStream(
                List.of(new dev.ocpkit.ocpp.v21.StreamDataElement(BigDecimal.ZERO, "42", null)), 1, 0, NOW, null));
        sent.get(5, TimeUnit.SECONDS);
        assertThat(socket.next()).matches("\\[6,\"[^\"]+\",\"NotifyPeriodicEventStream\",\\{.*\"id\":1.*}]");
    }

    @Test
    void v21_invalidCallResult_isAnsweredWithCallResultError_andFailsTheCall() throws Exception {
        Capture socket = new Capture();
        List<String> seen = new CopyOnWriteArrayList<>();
        RpcEndpoint station = new RpcEndpoint(
                socket,
                OcppRole.STATION,
                OcppVersion.V21,
                "CS-1",
                OcppHandlers.empty(),
                OcppOptions.builder()
                        .listener(new OcppListener() {
                            @Override
                            public void callResultErrorReceived(OcppSession s, String messageId, String c, String d) {
                                seen.add(messageId + " " + c);
                            }
                        })
                        .build());
        CompletableFuture<dev.ocpkit.ocpp.v21.HeartbeatResponse> f =
                station.call(new dev.ocpkit.ocpp.v21.HeartbeatRequest());
        String call = socket.next();
        String id = call.split("\"")[1];
        station.onText("[3,\"" + id + "\",{\"currentTime\":\"not a time\"}]");
        assertThat(socket.next()).startsWith("[5,\"" + id + "\",\"PropertyConstraintViolation\",");
        try {
            f.get(5, TimeUnit.SECONDS);
            throw new AssertionError("should fail");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(OcppValidationException.class);
        }
        // and a CALLRESULTERROR from the peer is reported to the listener
        station.onText("[5,\"r1\",\"FormatViolation\",\"bad result\",{}]");
        Thread.sleep(100);
        assertThat(seen).containsExactly("r1 FormatViolation");
        assertThat(socket.out).isEmpty();
    }

    @Test
    void outgoingInvalidRequest_failsBeforeAnythingIsSent() throws Exception {
        Capture socket = new Capture();
        RpcEndpoint station = new RpcEndpoint(
                socket, OcppRole.STATION, OcppVersion.V201, "CS-1", OcppHandlers.empty(), OcppOptions.defaults());
        CompletableFuture<dev.ocpkit.ocpp.v201.BootNotificationResponse> f =
                station.call(new dev.ocpkit.ocpp.v201.BootNotificationRequest(
                        new dev.ocpkit.ocpp.v201.ChargingStation(null, "M".repeat(21), null, "V", null, null),
                        dev.ocpkit.ocpp.v201.BootReasonEnum.POWER_UP));
        assertThat(f).isCompletedExceptionally();
        try {
            f.get();
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(OcppValidationException.class);
            assertThat(((OcppValidationException) e.getCause()).code())
                    .isEqualTo(CallErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
        }
        assertThat(socket.out).isEmpty();
    }
}
