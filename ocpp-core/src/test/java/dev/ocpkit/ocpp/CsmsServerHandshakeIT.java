package dev.ocpkit.ocpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The WebSocket handshake rules of OCPP-J, for every CSMS transport, with the JDK's WebSocket client. */
class CsmsServerHandshakeIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static CsmsServer server(CsmsServer.Transport transport, SecurityProfile profile, OcppVersion... versions) {
        return CsmsServer.builder()
                .host("127.0.0.1")
                .port(0)
                .transport(transport)
                .versions(versions)
                .securityProfile(profile)
                .authenticator(
                        profile == SecurityProfile.NONE
                                ? StationAuthenticator.ACCEPT_ALL
                                : StationAuthenticator.passwords(Map.of("CP-7", "s3cret-password")))
                .build()
                .start();
    }

    private static final class Closes implements WebSocket.Listener {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }

    private static CompletableFuture<WebSocket> open(
            int port, String path, Closes listener, String auth, String... protocols) {
        WebSocket.Builder b = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (protocols.length > 0) {
            b.subprotocols(protocols[0], java.util.Arrays.copyOfRange(protocols, 1, protocols.length));
        }
        if (auth != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return b.buildAsync(URI.create("ws://127.0.0.1:" + port + path), listener);
    }

    private static int handshakeStatus(CompletableFuture<WebSocket> f) throws Exception {
        try {
            f.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            throw e;
        }
        throw new AssertionError("handshake succeeded");
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void subprotocol_isChosenInTheServersPreferenceOrder_andIdentityComesFromThePath(CsmsServer.Transport t)
            throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.NONE, OcppVersion.V201, OcppVersion.V16)) {
            WebSocket ws = open(s.port(), "/ocpp/v1/CP-7", new Closes(), null, "ocpp1.6", "ocpp2.0.1")
                    .get(5, TimeUnit.SECONDS);
            assertThat(ws.getSubprotocol()).isEqualTo("ocpp2.0.1");
            Thread.sleep(100);
            assertThat(s.station("CP-7")).hasValueSatisfying(session -> {
                assertThat(session.version()).isEqualTo(OcppVersion.V201);
                assertThat(session.identity()).isEqualTo("CP-7");
            });
            ws.abort();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void stationOfferingNoSupportedSubprotocol_isClosedRightAfterTheHandshake(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.NONE, OcppVersion.V16)) {
            Closes listener = new Closes();
            WebSocket ws =
                    open(s.port(), "/ocpp/CP-7", listener, null, "ocpp2.0.1").get(5, TimeUnit.SECONDS);
            assertThat(ws.getSubprotocol()).isEmpty();
            assertThat(listener.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1002);
            assertThat(s.station("CP-7")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void profile1_wrongPassword_isRefusedWith401(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.BASIC, OcppVersion.V16)) {
            assertThat(handshakeStatus(open(s.port(), "/ocpp/CP-7", new Closes(), "CP-7:wrong", "ocpp1.6")))
                    .isEqualTo(401);
            assertThat(handshakeStatus(open(s.port(), "/ocpp/CP-7", new Closes(), null, "ocpp1.6")))
                    .isEqualTo(401);
            // user name must be the identity of the URL
            assertThat(handshakeStatus(open(s.port(), "/ocpp/CP-7", new Closes(), "CP-8:s3cret-password", "ocpp1.6")))
                    .isEqualTo(401);
            WebSocket ok = open(s.port(), "/ocpp/CP-7", new Closes(), "CP-7:s3cret-password", "ocpp1.6")
                    .get(5, TimeUnit.SECONDS);
            assertThat(ok.getSubprotocol()).isEqualTo("ocpp1.6");
            ok.abort();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void pathWithoutIdentity_isRefusedWith400(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.NONE, OcppVersion.V16)) {
            assertThat(handshakeStatus(open(s.port(), "/", new Closes(), null, "ocpp1.6")))
                    .isIn(400, 404);
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void reconnectingStation_replacesItsOlderConnection(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.NONE, OcppVersion.V16)) {
            Closes first = new Closes();
            open(s.port(), "/ocpp/CP-7", first, null, "ocpp1.6").get(5, TimeUnit.SECONDS);
            Thread.sleep(100);
            OcppSession old = s.station("CP-7").orElseThrow();
            WebSocket second =
                    open(s.port(), "/ocpp/CP-7", new Closes(), null, "ocpp1.6").get(5, TimeUnit.SECONDS);
            assertThat(first.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
            Thread.sleep(100);
            assertThat(old.isOpen()).isFalse();
            assertThat(s.station("CP-7")).hasValueSatisfying(n -> assertThat(n).isNotSameAs(old));
            second.abort();
        }
    }
}
