package dev.ocpkit.ocpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.LoginThrottle;
import dev.ocpkit.ocpp.OcppConnectionException;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.ReconnectPolicy;
import dev.ocpkit.ocpp.SecurityProfile;
import dev.ocpkit.ocpp.StationAuthenticator;
import dev.ocpkit.ocpp.StationClient;
import dev.ocpkit.ocpp.testing.TestPki;
import dev.ocpkit.ocpp.v16.BootNotificationRequest;
import dev.ocpkit.ocpp.v16.BootNotificationResponse;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.RegistrationStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Security profiles 1-3 end to end with ocpkit's own {@link StationClient} (certificates generated in the test with
 * keytool), on both CSMS transports: accepted when everything fits; refused for a wrong password, an expired or
 * untrusted CSMS certificate, an expired or self-signed station certificate; repeated wrong passwords slowed down by
 * the {@link LoginThrottle}.
 */
class SecurityIT {
    private static final TestPki PKI = TestPki.get();
    private static final String PASSWORD = "correct-horse-battery-staple";

    private static OcppHandlers bootAccepted() {
        return OcppHandlers.builder()
                .on(
                        Ocpp16Actions.BOOT_NOTIFICATION,
                        (ctx, req) -> new BootNotificationResponse(RegistrationStatus.ACCEPTED, Instant.now(), 300))
                .build();
    }

    private static CsmsServer csms(
            CsmsServer.Transport t, SecurityProfile profile, @Nullable SSLContext tls, LoginThrottle throttle) {
        CsmsServer.Builder b = CsmsServer.builder()
                .host("127.0.0.1")
                .transport(t)
                .versions(OcppVersion.V16)
                .securityProfile(profile)
                .loginThrottle(throttle)
                .handlers(bootAccepted());
        if (profile.usesBasicAuth()) {
            b.authenticator(StationAuthenticator.passwords(Map.of("CP-7", PASSWORD)));
        }
        if (tls != null) {
            b.tls(tls);
        }
        return b.build().start();
    }

    private static StationClient station(
            int port, SecurityProfile profile, @Nullable String password, @Nullable SSLContext tls) {
        StationClient.Builder b = StationClient.builder()
                .url(URI.create((profile.usesTls() ? "wss" : "ws") + "://127.0.0.1:" + port + "/ocpp/CP-7"))
                .versions(OcppVersion.V16)
                .securityProfile(profile)
                .reconnect(ReconnectPolicy.NONE)
                .connectTimeout(Duration.ofSeconds(5));
        if (password != null) {
            b.password(password);
        }
        if (tls != null) {
            b.tls(tls);
        }
        return b.build();
    }

    private static BootNotificationResponse boot(StationClient c) throws Exception {
        c.connect().get(10, TimeUnit.SECONDS);
        return c.call(BootNotificationRequest.builder()
                        .chargePointVendor("ocpkit")
                        .chargePointModel("test")
                        .build())
                .get(10, TimeUnit.SECONDS);
    }

    private static void assertRefused(StationClient c) {
        assertThatThrownBy(() -> c.connect().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(OcppConnectionException.class);
    }

    static Stream<Arguments> profiles() {
        return Stream.of(CsmsServer.Transport.values())
                .flatMap(t -> Stream.of(
                        Arguments.of(t, SecurityProfile.BASIC),
                        Arguments.of(t, SecurityProfile.TLS_BASIC),
                        Arguments.of(t, SecurityProfile.MUTUAL_TLS)));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void stationClient_bootsOverEachSecurityProfile(CsmsServer.Transport t, SecurityProfile profile) throws Exception {
        SSLContext serverTls = profile.usesTls() ? PKI.serverContext() : null;
        SSLContext clientTls =
                switch (profile) {
                    case TLS_BASIC -> PKI.clientContext();
                    case MUTUAL_TLS -> PKI.clientContext("cp7.p12");
                    default -> null;
                };
        try (CsmsServer server = csms(t, profile, serverTls, LoginThrottle.DEFAULT);
                StationClient c =
                        station(server.port(), profile, profile.usesBasicAuth() ? PASSWORD : null, clientTls)) {
            assertThat(boot(c).status()).isEqualTo(RegistrationStatus.ACCEPTED);
            assertThat(server.station("CP-7")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void wrongPassword_isRefused_profiles1And2(CsmsServer.Transport t) throws Exception {
        try (CsmsServer basic = csms(t, SecurityProfile.BASIC, null, LoginThrottle.DEFAULT);
                StationClient c = station(basic.port(), SecurityProfile.BASIC, "not-the-password", null)) {
            assertRefused(c);
            assertThat(basic.station("CP-7")).isEmpty();
        }
        try (CsmsServer tls = csms(t, SecurityProfile.TLS_BASIC, PKI.serverContext(), LoginThrottle.DEFAULT);
                StationClient c =
                        station(tls.port(), SecurityProfile.TLS_BASIC, "not-the-password", PKI.clientContext())) {
            assertRefused(c);
            assertThat(tls.station("CP-7")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void expiredOrUntrustedCsmsCertificate_isRefusedByTheStation(CsmsServer.Transport t) throws Exception {
        ServerPki own = ServerPki.get();
        SSLContext trustsOwnCa = own.trustingClientContext();
        try (CsmsServer valid = csms(t, SecurityProfile.TLS_BASIC, own.serverContext(false), LoginThrottle.DEFAULT);
                StationClient c = station(valid.port(), SecurityProfile.TLS_BASIC, PASSWORD, trustsOwnCa)) {
            assertThat(boot(c).status()).as("control: the valid certificate").isEqualTo(RegistrationStatus.ACCEPTED);
        }
        try (CsmsServer expired = csms(t, SecurityProfile.TLS_BASIC, own.serverContext(true), LoginThrottle.DEFAULT);
                StationClient c = station(expired.port(), SecurityProfile.TLS_BASIC, PASSWORD, trustsOwnCa)) {
            assertRefused(c);
            assertThat(expired.station("CP-7")).isEmpty();
        }
        try (CsmsServer untrusted = csms(t, SecurityProfile.TLS_BASIC, PKI.serverContext(), LoginThrottle.DEFAULT);
                StationClient c = station(untrusted.port(), SecurityProfile.TLS_BASIC, PASSWORD, trustsOwnCa)) {
            assertRefused(c);
            assertThat(untrusted.station("CP-7")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void expiredOrSelfSignedStationCertificate_isRefusedByTheCsms(CsmsServer.Transport t) throws Exception {
        try (CsmsServer server = csms(t, SecurityProfile.MUTUAL_TLS, PKI.serverContext(), LoginThrottle.DEFAULT)) {
            for (String keystore : new String[] {"cp7-expired.p12", "cp7-selfsigned.p12"}) {
                try (StationClient c =
                        station(server.port(), SecurityProfile.MUTUAL_TLS, null, PKI.clientContext(keystore))) {
                    assertRefused(c);
                }
            }
            assertThat(server.station("CP-7")).isEmpty();
        }
    }

    private static int handshake(int port, String password) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString(("CP-7:" + password).getBytes(StandardCharsets.UTF_8));
        try {
            WebSocket ws = http.newWebSocketBuilder()
                    .subprotocols("ocpp1.6")
                    .header("Authorization", "Basic " + basic)
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ocpp/CP-7"), new WebSocket.Listener() {})
                    .get(10, TimeUnit.SECONDS);
            ws.abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            throw e;
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void repeatedWrongPasswords_areSlowedDown_thenTheRightOneWorksAgain(CsmsServer.Transport t) throws Exception {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMillis(800), Duration.ofSeconds(5));
        try (CsmsServer server = csms(t, SecurityProfile.BASIC, null, throttle)) {
            int port = server.port();
            for (int i = 0; i < 3; i++) {
                assertThat(handshake(port, "guess-" + i))
                        .as("free failure %d", i)
                        .isEqualTo(401);
            }
            assertThat(handshake(port, PASSWORD))
                    .as("3 free failures used: still accepted")
                    .isEqualTo(101);
            for (int i = 0; i < 4; i++) {
                assertThat(handshake(port, "guess-" + i)).isEqualTo(401);
            }
            long blockedAt = System.nanoTime();
            assertThat(handshake(port, PASSWORD))
                    .as("blocked: even the right password is refused unchecked")
                    .isEqualTo(401);
            Thread.sleep(Math.max(0, 900 - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - blockedAt)));
            assertThat(handshake(port, PASSWORD)).as("after the wait").isEqualTo(101);
        }
        try (CsmsServer unthrottled = csms(t, SecurityProfile.BASIC, null, LoginThrottle.NONE)) {
            for (int i = 0; i < 10; i++) {
                assertThat(handshake(unthrottled.port(), "guess-" + i)).isEqualTo(401);
            }
            assertThat(handshake(unthrottled.port(), PASSWORD)).isEqualTo(101);
        }
    }
}
