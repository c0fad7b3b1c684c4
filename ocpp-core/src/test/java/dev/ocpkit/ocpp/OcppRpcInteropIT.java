package dev.ocpkit.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.testing.NodePeer;
import dev.ocpkit.ocpp.v16.AuthorizationStatus;
import dev.ocpkit.ocpp.v16.AuthorizeResponse;
import dev.ocpkit.ocpp.v16.BootNotificationResponse;
import dev.ocpkit.ocpp.v16.HeartbeatResponse;
import dev.ocpkit.ocpp.v16.IdTagInfo;
import dev.ocpkit.ocpp.v16.MeterValuesResponse;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.RegistrationStatus;
import dev.ocpkit.ocpp.v16.RemoteStartStopStatus;
import dev.ocpkit.ocpp.v16.RemoteStartTransactionRequest;
import dev.ocpkit.ocpp.v16.RemoteStartTransactionResponse;
import dev.ocpkit.ocpp.v16.StartTransactionResponse;
import dev.ocpkit.ocpp.v16.StatusNotificationResponse;
import dev.ocpkit.ocpp.v16.StopTransactionResponse;
import dev.ocpkit.ocpp.v201.AuthorizationStatusEnum;
import dev.ocpkit.ocpp.v201.IdToken;
import dev.ocpkit.ocpp.v201.IdTokenEnum;
import dev.ocpkit.ocpp.v201.IdTokenInfo;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v201.RegistrationStatusEnum;
import dev.ocpkit.ocpp.v201.RequestStartStopStatusEnum;
import dev.ocpkit.ocpp.v201.RequestStartTransactionRequest;
import dev.ocpkit.ocpp.v201.RequestStartTransactionResponse;
import dev.ocpkit.ocpp.v201.TransactionEventResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interop with a real third-party peer: npm {@code ocpp-rpc} 2.2.1 in strict mode (it validates every message it
 * sends and receives against the OCA schemas) as a station against {@link CsmsServer} and as a CSMS against
 * {@link StationClient}. Skipped when Node.js is absent.
 */
class OcppRpcInteropIT {
    @BeforeAll
    static void nodeAvailable() {
        String why = NodePeer.unavailableReason();
        Assumptions.assumeTrue(why == null, why);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static OcppHandlers csms16(List<String> seen) {
        Instant now = Instant.now();
        IdTagInfo accepted = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);
        return OcppHandlers.builder()
                .on(Ocpp16Actions.BOOT_NOTIFICATION, (ctx, req) -> {
                    seen.add("boot:" + req.chargePointVendor());
                    return new BootNotificationResponse(RegistrationStatus.ACCEPTED, now, 300);
                })
                .on(Ocpp16Actions.HEARTBEAT, (ctx, req) -> new HeartbeatResponse(Instant.now()))
                .on(Ocpp16Actions.STATUS_NOTIFICATION, (ctx, req) -> new StatusNotificationResponse())
                .on(Ocpp16Actions.AUTHORIZE, (ctx, req) -> new AuthorizeResponse(accepted))
                .on(Ocpp16Actions.START_TRANSACTION, (ctx, req) -> new StartTransactionResponse(accepted, 4711))
                .on(Ocpp16Actions.METER_VALUES, (ctx, req) -> {
                    seen.add("meter:" + req.transactionId() + ":"
                            + req.meterValue().get(0).sampledValue().get(0).value());
                    return new MeterValuesResponse();
                })
                .on(Ocpp16Actions.STOP_TRANSACTION, (ctx, req) -> {
                    seen.add("stop:" + req.transactionId() + ":" + req.meterStop());
                    return new StopTransactionResponse(accepted);
                })
                .build();
    }

    static OcppHandlers csms201(List<String> seen) {
        IdTokenInfo accepted =
                IdTokenInfo.builder().status(AuthorizationStatusEnum.ACCEPTED).build();
        return OcppHandlers.builder()
                .on(
                        Ocpp201Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> dev.ocpkit.ocpp.v201.BootNotificationResponse.builder()
                                .status(RegistrationStatusEnum.ACCEPTED)
                                .currentTime(Instant.now())
                                .interval(300)
                                .build())
                .on(Ocpp201Actions.HEARTBEAT, (ctx, req) -> new dev.ocpkit.ocpp.v201.HeartbeatResponse(Instant.now()))
                .on(
                        Ocpp201Actions.STATUS_NOTIFICATION,
                        (ctx, req) -> new dev.ocpkit.ocpp.v201.StatusNotificationResponse())
                .on(Ocpp201Actions.AUTHORIZE, (ctx, req) -> new dev.ocpkit.ocpp.v201.AuthorizeResponse(accepted, null))
                .on(Ocpp201Actions.TRANSACTION_EVENT, (ctx, req) -> {
                    seen.add("tx:" + req.eventType().value() + ":" + req.seqNo());
                    return TransactionEventResponse.builder().build();
                })
                .build();
    }

    static OcppHandlers csms21(List<String> seen) {
        dev.ocpkit.ocpp.v21.IdTokenInfo accepted = dev.ocpkit.ocpp.v21.IdTokenInfo.builder()
                .status(dev.ocpkit.ocpp.v21.AuthorizationStatusEnum.ACCEPTED)
                .build();
        return OcppHandlers.builder()
                .on(
                        dev.ocpkit.ocpp.v21.Ocpp21Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> dev.ocpkit.ocpp.v21.BootNotificationResponse.builder()
                                .status(dev.ocpkit.ocpp.v21.RegistrationStatusEnum.ACCEPTED)
                                .currentTime(Instant.now())
                                .interval(300)
                                .build())
                .on(
                        dev.ocpkit.ocpp.v21.Ocpp21Actions.HEARTBEAT,
                        (ctx, req) -> new dev.ocpkit.ocpp.v21.HeartbeatResponse(Instant.now()))
                .on(
                        dev.ocpkit.ocpp.v21.Ocpp21Actions.STATUS_NOTIFICATION,
                        (ctx, req) -> new dev.ocpkit.ocpp.v21.StatusNotificationResponse())
                .on(
                        dev.ocpkit.ocpp.v21.Ocpp21Actions.AUTHORIZE,
                        (ctx, req) -> dev.ocpkit.ocpp.v21.AuthorizeResponse.builder()
                                .idTokenInfo(accepted)
                                .build())
                .on(dev.ocpkit.ocpp.v21.Ocpp21Actions.TRANSACTION_EVENT, (ctx, req) -> {
                    seen.add("tx:" + req.eventType().value() + ":" + req.seqNo());
                    return dev.ocpkit.ocpp.v21.TransactionEventResponse.builder()
                            .build();
                })
                .build();
    }

    private void ocppRpcStationAgainstOurCsms(OcppVersion version, OcppHandlers handlers, CsmsServer.Transport t)
            throws Exception {
        try (CsmsServer server = CsmsServer.builder()
                        .host("127.0.0.1")
                        .port(freePort())
                        .transport(t)
                        .versions(version)
                        .handlers(handlers)
                        .build()
                        .start();
                NodePeer station = NodePeer.start(
                        "station.js", "ws://127.0.0.1:" + server.port() + "/ocpp", "RPC-1", version.subprotocol())) {
            assertThat(station.await("connect")).contains("\"protocol\":\"" + version.subprotocol() + "\"");
            assertThat(station.await("boot")).contains("\"status\":\"Accepted\"");
            station.await("stop");
            station.await("waiting");
            OcppSession session = server.station("RPC-1").orElseThrow();
            if (version == OcppVersion.V16) {
                RemoteStartTransactionResponse r = session.call(new RemoteStartTransactionRequest(1, "REMOTE-1", null))
                        .get(10, TimeUnit.SECONDS);
                assertThat(r.status()).isEqualTo(RemoteStartStopStatus.ACCEPTED);
            } else if (version == OcppVersion.V21) {
                dev.ocpkit.ocpp.v21.RequestStartTransactionResponse r = session.call(
                                dev.ocpkit.ocpp.v21.RequestStartTransactionRequest.builder()
                                        .idToken(new dev.ocpkit.ocpp.v21.IdToken(List.of(), "REMOTE-1", "Central"))
                                        .remoteStartId(7)
                                        .evseId(1)
                                        .build())
                        .get(10, TimeUnit.SECONDS);
                assertThat(r.status()).isEqualTo(dev.ocpkit.ocpp.v21.RequestStartStopStatusEnum.ACCEPTED);
            } else {
                RequestStartTransactionResponse r = session.call(RequestStartTransactionRequest.builder()
                                .idToken(new IdToken(List.of(), "REMOTE-1", IdTokenEnum.CENTRAL))
                                .remoteStartId(7)
                                .evseId(1)
                                .build())
                        .get(10, TimeUnit.SECONDS);
                assertThat(r.status()).isEqualTo(RequestStartStopStatusEnum.ACCEPTED);
            }
            assertThat(station.await("remote")).contains("REMOTE-1");
            assertThat(station.exitCode()).isZero();
            assertThat(station.output())
                    .noneMatch(l -> l.contains("strictValidationFailure") || l.contains("badMessage"));
        }
    }

    @Test
    void ocppRpcStation16_againstCsmsServer_javaWebSocket() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        ocppRpcStationAgainstOurCsms(OcppVersion.V16, csms16(seen), CsmsServer.Transport.JAVA_WEBSOCKET);
        assertThat(seen).containsExactly("boot:ocpp-rpc", "meter:4711:1500", "stop:4711:2000");
    }

    @Test
    void ocppRpcStation16_againstCsmsServer_netty() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        ocppRpcStationAgainstOurCsms(OcppVersion.V16, csms16(seen), CsmsServer.Transport.NETTY);
        assertThat(seen).containsExactly("boot:ocpp-rpc", "meter:4711:1500", "stop:4711:2000");
    }

    @Test
    void ocppRpcStation201_againstCsmsServer() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        ocppRpcStationAgainstOurCsms(OcppVersion.V201, csms201(seen), CsmsServer.Transport.JAVA_WEBSOCKET);
        assertThat(seen).containsExactly("tx:Started:0", "tx:Updated:1", "tx:Ended:2");
    }

    @Test
    void securityProfile1_wrongPasswordIsRefused_rightPasswordConnects() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (CsmsServer server = CsmsServer.builder()
                .host("127.0.0.1")
                .port(freePort())
                .versions(OcppVersion.V16)
                .securityProfile(SecurityProfile.BASIC)
                .authenticator(StationAuthenticator.passwords(Map.of("RPC-1", "correct horse battery")))
                .handlers(csms16(seen))
                .build()
                .start()) {
            String url = "ws://127.0.0.1:" + server.port() + "/ocpp";
            try (NodePeer wrong = NodePeer.start("station.js", url, "RPC-1", "ocpp1.6", "wrong password")) {
                // ws reports the HTTP status text of the refused upgrade: 401 Unauthorized
                assertThat(wrong.await("connect")).contains("Unauthorized");
                assertThat(wrong.exitCode()).isEqualTo(3);
            }
            try (NodePeer right = NodePeer.start("station.js", url, "RPC-1", "ocpp1.6", "correct horse battery")) {
                assertThat(right.await("boot")).contains("Accepted");
            }
        }
    }

    private void stationClientAgainstOcppRpcCsms(OcppVersion version, OcppHandlers stationHandlers) throws Exception {
        int port = freePort();
        try (NodePeer csms = NodePeer.start("csms.js", Integer.toString(port), version.subprotocol())) {
            csms.await("listening");
            try (StationClient client = StationClient.builder()
                    .url(URI.create("ws://127.0.0.1:" + port + "/ocpp/JAVA-1"))
                    .versions(version)
                    .handlers(stationHandlers)
                    .reconnect(ReconnectPolicy.NONE)
                    .build()) {
                client.connect().get(10, TimeUnit.SECONDS);
                assertThat(csms.await("client")).contains("JAVA-1").contains(version.subprotocol());
                if (version == OcppVersion.V16) {
                    BootNotificationResponse boot = client.call(dev.ocpkit.ocpp.v16.BootNotificationRequest.builder()
                                    .chargePointVendor("ocpkit")
                                    .chargePointModel("sim")
                                    .build())
                            .get(10, TimeUnit.SECONDS);
                    assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
                    StartTransactionResponse start = client.call(
                                    new dev.ocpkit.ocpp.v16.StartTransactionRequest(1, "TAG", 0, null, Instant.now()))
                            .get(10, TimeUnit.SECONDS);
                    assertThat(start.transactionId()).isEqualTo(42);
                } else if (version == OcppVersion.V21) {
                    dev.ocpkit.ocpp.v21.BootNotificationResponse boot = client.call(
                                    new dev.ocpkit.ocpp.v21.BootNotificationRequest(
                                            dev.ocpkit.ocpp.v21.ChargingStation.builder()
                                                    .model("sim")
                                                    .vendorName("ocpkit")
                                                    .build(),
                                            dev.ocpkit.ocpp.v21.BootReasonEnum.POWER_UP))
                            .get(10, TimeUnit.SECONDS);
                    assertThat(boot.status()).isEqualTo(dev.ocpkit.ocpp.v21.RegistrationStatusEnum.ACCEPTED);
                } else {
                    dev.ocpkit.ocpp.v201.BootNotificationResponse boot = client.call(
                                    new dev.ocpkit.ocpp.v201.BootNotificationRequest(
                                            new dev.ocpkit.ocpp.v201.ChargingStation(
                                                    null, "sim", null, "ocpkit", null, null),
                                            dev.ocpkit.ocpp.v201.BootReasonEnum.POWER_UP))
                            .get(10, TimeUnit.SECONDS);
                    assertThat(boot.status()).isEqualTo(RegistrationStatusEnum.ACCEPTED);
                }
                assertThat(csms.await("remote")).contains("\"status\":\"Accepted\"");
                assertThat(csms.output())
                        .noneMatch(l -> l.contains("strictValidationFailure") || l.contains("badMessage"));
            }
        }
    }

    @Test
    void stationClient16_againstOcppRpcCsms() throws Exception {
        stationClientAgainstOcppRpcCsms(
                OcppVersion.V16,
                OcppHandlers.builder()
                        .on(
                                Ocpp16Actions.REMOTE_START_TRANSACTION,
                                (ctx, req) -> new RemoteStartTransactionResponse(RemoteStartStopStatus.ACCEPTED))
                        .build());
    }

    @Test
    void stationClient201_againstOcppRpcCsms() throws Exception {
        stationClientAgainstOcppRpcCsms(
                OcppVersion.V201,
                OcppHandlers.builder()
                        .on(
                                Ocpp201Actions.REQUEST_START_TRANSACTION,
                                (ctx, req) -> new RequestStartTransactionResponse(
                                        RequestStartStopStatusEnum.ACCEPTED, null, null))
                        .build());
    }

    /** OCPP 2.1: ocpp-rpc has no 2.1 schemas, so it runs without strict validation; ocpkit validates both ways. */
    @Test
    void ocppRpcStation21_againstCsmsServer() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        ocppRpcStationAgainstOurCsms(OcppVersion.V21, csms21(seen), CsmsServer.Transport.JAVA_WEBSOCKET);
        assertThat(seen).containsExactly("tx:Started:0", "tx:Updated:1", "tx:Ended:2");
    }

    @Test
    void stationClient21_againstOcppRpcCsms() throws Exception {
        stationClientAgainstOcppRpcCsms(
                OcppVersion.V21,
                OcppHandlers.builder()
                        .on(
                                dev.ocpkit.ocpp.v21.Ocpp21Actions.REQUEST_START_TRANSACTION,
                                (ctx, req) -> new dev.ocpkit.ocpp.v21.RequestStartTransactionResponse(
                                        dev.ocpkit.ocpp.v21.RequestStartStopStatusEnum.ACCEPTED, null, null))
                        .build());
    }
}
