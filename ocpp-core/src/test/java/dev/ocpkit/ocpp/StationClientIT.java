package dev.ocpkit.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.queue.FileMessageQueue;
import dev.ocpkit.ocpp.v16.AuthorizationStatus;
import dev.ocpkit.ocpp.v16.BootNotificationRequest;
import dev.ocpkit.ocpp.v16.BootNotificationResponse;
import dev.ocpkit.ocpp.v16.IdTagInfo;
import dev.ocpkit.ocpp.v16.MeterValue;
import dev.ocpkit.ocpp.v16.MeterValuesRequest;
import dev.ocpkit.ocpp.v16.MeterValuesResponse;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.RegistrationStatus;
import dev.ocpkit.ocpp.v16.RemoteStartStopStatus;
import dev.ocpkit.ocpp.v16.RemoteStartTransactionRequest;
import dev.ocpkit.ocpp.v16.RemoteStartTransactionResponse;
import dev.ocpkit.ocpp.v16.SampledValue;
import dev.ocpkit.ocpp.v16.StartTransactionRequest;
import dev.ocpkit.ocpp.v16.StartTransactionResponse;
import dev.ocpkit.ocpp.v16.StopTransactionRequest;
import dev.ocpkit.ocpp.v16.StopTransactionResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A station client against a CSMS server over loopback, OCPP 1.6. */
class StationClientIT {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    /** What the CSMS received, in order: "action:transactionId". */
    final List<String> received = Collections.synchronizedList(new ArrayList<>());

    final List<String> messageIds = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger nextTx = new AtomicInteger(100);

    OcppHandlers csmsHandlers() {
        return OcppHandlers.builder()
                .on(
                        Ocpp16Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> new BootNotificationResponse(RegistrationStatus.ACCEPTED, NOW, 300))
                .on(Ocpp16Actions.START_TRANSACTION, (ctx, req) -> {
                    int tx = nextTx.incrementAndGet();
                    received.add("Start:" + tx);
                    messageIds.add(ctx.messageId());
                    return new StartTransactionResponse(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), tx);
                })
                .on(Ocpp16Actions.METER_VALUES, (ctx, req) -> {
                    received.add("Meter:" + req.transactionId());
                    messageIds.add(ctx.messageId());
                    return new MeterValuesResponse();
                })
                .on(Ocpp16Actions.STOP_TRANSACTION, (ctx, req) -> {
                    received.add("Stop:" + req.transactionId());
                    messageIds.add(ctx.messageId());
                    return new StopTransactionResponse(null);
                })
                .build();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    CsmsServer csms(int port, CsmsServer.Transport t) {
        return CsmsServer.builder()
                .host("127.0.0.1")
                .port(port)
                .transport(t)
                .versions(OcppVersion.V16)
                .handlers(csmsHandlers())
                .build()
                .start();
    }

    static StationClient.Builder station(int port) {
        return StationClient.builder()
                .url(URI.create("ws://127.0.0.1:" + port + "/ocpp/CP-7"))
                .versions(OcppVersion.V16)
                .reconnect(new ReconnectPolicy(true, Duration.ofMillis(50), Duration.ofMillis(200), 2, 0.1))
                .transactionMessageRetryInterval(Duration.ofMillis(50));
    }

    static MeterValuesRequest meter(int wh) {
        return new MeterValuesRequest(
                1,
                0,
                List.of(new MeterValue(
                        NOW,
                        List.of(SampledValue.builder()
                                .value(Integer.toString(wh))
                                .build()))));
    }

    @Test
    void bootThenCsmsInitiatedCall_roundTrip() throws Exception {
        int port = freePort();
        OcppHandlers stationHandlers = OcppHandlers.builder()
                .on(
                        Ocpp16Actions.REMOTE_START_TRANSACTION,
                        (ctx, req) -> new RemoteStartTransactionResponse(
                                req.idTag().equals("GOOD")
                                        ? RemoteStartStopStatus.ACCEPTED
                                        : RemoteStartStopStatus.REJECTED))
                .build();
        try (CsmsServer server = csms(port, CsmsServer.Transport.JAVA_WEBSOCKET);
                StationClient client = station(port).handlers(stationHandlers).build()) {
            client.connect().get(5, TimeUnit.SECONDS);
            BootNotificationResponse boot = client.call(BootNotificationRequest.builder()
                            .chargePointVendor("V")
                            .chargePointModel("M")
                            .build())
                    .get(5, TimeUnit.SECONDS);
            assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
            OcppSession atCsms = server.station("CP-7").orElseThrow();
            assertThat(atCsms.call(new RemoteStartTransactionRequest(1, "GOOD", null))
                            .get(5, TimeUnit.SECONDS)
                            .status())
                    .isEqualTo(RemoteStartStopStatus.ACCEPTED);
            assertThat(atCsms.call(new RemoteStartTransactionRequest(1, "BAD", null))
                            .get(5, TimeUnit.SECONDS)
                            .status())
                    .isEqualTo(RemoteStartStopStatus.REJECTED);
        }
    }

    @Test
    void messagesQueuedWhileOffline_areDeliveredInOrder_withTheAssignedTransactionId() throws Exception {
        int port = freePort();
        try (StationClient client =
                station(port).messageQueue(FileMessageQueue.open(dir)).build()) {
            client.connect(); // nobody listens yet: it keeps retrying
            CompletableFuture<StartTransactionResponse> start =
                    client.callQueued(new StartTransactionRequest(1, "TAG", 1000, null, NOW), "tx-1");
            CompletableFuture<MeterValuesResponse> meter = client.callQueued(meter(1500), "tx-1");
            CompletableFuture<StopTransactionResponse> stop = client.callQueued(
                    StopTransactionRequest.builder()
                            .meterStop(2000)
                            .timestamp(NOW)
                            .transactionId(0)
                            .build(),
                    "tx-1");
            Thread.sleep(300);
            assertThat(client.messageQueue().size()).isEqualTo(3);
            try (CsmsServer server = csms(port, CsmsServer.Transport.NETTY)) {
                int tx = start.get(10, TimeUnit.SECONDS).transactionId();
                meter.get(10, TimeUnit.SECONDS);
                stop.get(10, TimeUnit.SECONDS);
                assertThat(received).containsExactly("Start:" + tx, "Meter:" + tx, "Stop:" + tx);
                assertThat(client.messageQueue().size()).isZero();
            }
        }
    }

    @Test
    void queueSurvivesAStationRestart_andResendsWithTheSameMessageId() throws Exception {
        int port = freePort();
        String id;
        try (StationClient client =
                station(port).messageQueue(FileMessageQueue.open(dir)).build()) {
            client.callQueued(new StartTransactionRequest(1, "TAG", 1000, null, NOW), "tx-9");
            id = client.messageQueue().peek().orElseThrow().messageId();
        }
        try (CsmsServer server = csms(port, CsmsServer.Transport.JAVA_WEBSOCKET);
                StationClient client =
                        station(port).messageQueue(FileMessageQueue.open(dir)).build()) {
            client.connect().get(5, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (client.messageQueue().size() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(messageIds).containsExactly(id);
            assertThat(client.messageQueue().transactionId("tx-9")).contains(101);
        }
    }

    @Test
    void messageRefusedEveryTime_goesToTheDeadLetters_afterTheConfiguredAttempts() throws Exception {
        int port = freePort();
        AtomicInteger attempts = new AtomicInteger();
        OcppHandlers refusing = OcppHandlers.builder()
                .on(Ocpp16Actions.METER_VALUES, (ctx, req) -> {
                    attempts.incrementAndGet();
                    throw new OcppCallErrorException(CallErrorCode.GENERIC_ERROR, "database down");
                })
                .build();
        try (CsmsServer server = CsmsServer.builder()
                        .host("127.0.0.1")
                        .port(port)
                        .versions(OcppVersion.V16)
                        .handlers(refusing)
                        .build()
                        .start();
                StationClient client =
                        station(port).transactionMessageAttempts(3).build()) {
            client.connect().get(5, TimeUnit.SECONDS);
            CompletableFuture<MeterValuesResponse> f = client.callQueued(meter(1));
            try {
                f.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(OcppCallErrorException.class);
            }
            assertThat(f).isCompletedExceptionally();
            assertThat(attempts.get()).isEqualTo(3);
            assertThat(client.messageQueue().size()).isZero();
            assertThat(client.messageQueue().deadLetters()).singleElement().satisfies(d -> assertThat(d.reason())
                    .isEqualTo("GenericError"));
        }
    }

    @Test
    void lifecycleListener_seesConnectedBootedDisconnected() throws Exception {
        int port = freePort();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        OcppListener lifecycle = new OcppListener() {
            @Override
            public void connected(OcppSession s) {
                events.add("connected " + s.identity());
            }

            @Override
            public void booted(OcppSession s) {
                events.add("booted " + s.identity());
            }

            @Override
            public void disconnected(OcppSession s, int code, String reason) {
                events.add("disconnected " + s.identity());
            }
        };
        try (CsmsServer server = CsmsServer.builder()
                .host("127.0.0.1")
                .port(port)
                .versions(OcppVersion.V16)
                .handlers(csmsHandlers())
                .options(OcppOptions.builder().listener(lifecycle).build())
                .build()
                .start()) {
            try (StationClient client = station(port).build()) {
                client.connect().get(5, TimeUnit.SECONDS);
                client.call(BootNotificationRequest.builder()
                                .chargePointVendor("V")
                                .chargePointModel("M")
                                .build())
                        .get(5, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (events.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(events).containsExactly("connected CP-7", "booted CP-7", "disconnected CP-7");
        }
    }

    @Test
    void invalidRequest_isNotQueued() throws Exception {
        try (StationClient client = station(1).build()) {
            CompletableFuture<BootNotificationResponse> f = client.callQueued(BootNotificationRequest.builder()
                    .chargePointVendor("V".repeat(21))
                    .chargePointModel("M")
                    .build());
            assertThat(f).isCompletedExceptionally();
            assertThat(client.messageQueue().size()).isZero();
        }
    }

    @Test
    void csmsRestart_lostConnectionIsReopened_andCallsWorkAgain() throws Exception {
        int port = freePort();
        try (StationClient client = station(port).build()) {
            try (CsmsServer first = csms(port, CsmsServer.Transport.NETTY)) {
                client.connect().get(5, TimeUnit.SECONDS);
            }
            Thread.sleep(100);
            assertThat(client.isConnected()).isFalse();
            try (CsmsServer second = csms(port, CsmsServer.Transport.JAVA_WEBSOCKET)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!client.isConnected() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(client.call(BootNotificationRequest.builder()
                                        .chargePointVendor("V")
                                        .chargePointModel("M")
                                        .build())
                                .get(5, TimeUnit.SECONDS)
                                .status())
                        .isEqualTo(RegistrationStatus.ACCEPTED);
            }
        }
    }
}
