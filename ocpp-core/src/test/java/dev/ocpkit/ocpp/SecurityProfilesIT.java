package dev.ocpkit.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.testing.TestPki;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Security profiles 2 and 3 with certificates generated in the test. */
class SecurityProfilesIT {
    private static final TestPki PKI = TestPki.get();

    private static CsmsServer server(CsmsServer.Transport t, SecurityProfile profile) {
        return CsmsServer.builder()
                .host("127.0.0.1")
                .transport(t)
                .versions(OcppVersion.V16)
                .securityProfile(profile)
                .tls(PKI.serverContext())
                .authenticator(
                        profile == SecurityProfile.TLS_BASIC
                                ? StationAuthenticator.passwords(Map.of("CP-7", "s3cret-password"))
                                : StationAuthenticator.ACCEPT_ALL)
                .build()
                .start();
    }

    private static CompletableFuture<WebSocket> open(int port, String identity, SSLContext ctx, String basic) {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(ctx)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        WebSocket.Builder b = http.newWebSocketBuilder().subprotocols("ocpp1.6");
        if (basic != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return b.buildAsync(URI.create("wss://127.0.0.1:" + port + "/ocpp/" + identity), new WebSocket.Listener() {});
    }

    private static Throwable failure(CompletableFuture<WebSocket> f) throws Exception {
        try {
            WebSocket ws = f.get(10, TimeUnit.SECONDS);
            ws.abort();
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("connection succeeded");
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void profile2_tlsWithBasicAuth(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.TLS_BASIC)) {
            WebSocket ws = open(s.port(), "CP-7", PKI.clientContext(), "CP-7:s3cret-password")
                    .get(10, TimeUnit.SECONDS);
            assertThat(ws.getSubprotocol()).isEqualTo("ocpp1.6");
            ws.abort();
            Throwable wrong = failure(open(s.port(), "CP-7", PKI.clientContext(), "CP-7:nope"));
            assertThat(wrong).isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) wrong).getResponse().statusCode())
                    .isEqualTo(401);
            // a station that does not trust the CSMS certificate never gets to send its password
            assertThat(failure(open(s.port(), "CP-7", PKI.untrustingClientContext(), "CP-7:s3cret-password")))
                    .hasMessageContaining("PKIX");
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void profile3_clientCertificateWhoseCnIsTheIdentity_isAccepted(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.MUTUAL_TLS)) {
            WebSocket ws =
                    open(s.port(), "CP-7", PKI.clientContext("cp7.p12"), null).get(10, TimeUnit.SECONDS);
            assertThat(ws.getSubprotocol()).isEqualTo("ocpp1.6");
            Thread.sleep(100);
            assertThat(s.station("CP-7")).isPresent();
            ws.abort();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void profile3_certificateOfAnotherStation_isRefusedWith401(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.MUTUAL_TLS)) {
            Throwable f = failure(open(s.port(), "CP-7", PKI.clientContext("cp8.p12"), null));
            assertThat(f).isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) f).getResponse().statusCode())
                    .isEqualTo(401);
            assertThat(s.station("CP-7")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void profile3_expiredUntrustedOrMissingCertificate_failsTheTlsHandshake(CsmsServer.Transport t) throws Exception {
        try (CsmsServer s = server(t, SecurityProfile.MUTUAL_TLS)) {
            assertThat(failure(open(s.port(), "CP-7", PKI.clientContext("cp7-expired.p12"), null)))
                    .isNotInstanceOf(WebSocketHandshakeException.class);
            assertThat(failure(open(s.port(), "CP-7", PKI.clientContext("cp7-selfsigned.p12"), null)))
                    .isNotInstanceOf(WebSocketHandshakeException.class);
            assertThat(failure(open(s.port(), "CP-7", PKI.clientContext(), null)))
                    .isNotInstanceOf(WebSocketHandshakeException.class);
            assertThat(s.station("CP-7")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void tlsProfiles_needAnSslContext(CsmsServer.Transport t) {
        assertThatThrownBy(() -> CsmsServer.builder()
                        .transport(t)
                        .securityProfile(SecurityProfile.MUTUAL_TLS)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tls(SSLContext)");
    }
}
