package dev.ocpkit.ocpi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both shipped transports: what they send, what they deliver, and that every future completes. */
class TransportTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    static Stream<Arguments> transports() {
        Function<TransportOptions, OcpiTransport> ok = OkHttpOcpiTransport::new;
        Function<TransportOptions, OcpiTransport> jdk = JdkHttpOcpiTransport::new;
        return Stream.of(Arguments.of("okhttp", ok), Arguments.of("jdk", jdk));
    }

    private static OcpiHttpRequest request(String method, String url, byte[] body, Duration timeout) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Token c2VjcmV0");
        headers.put("X-Request-ID", "r-1");
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return new OcpiHttpRequest(method, URI.create(url), headers, body, timeout);
    }

    private static OcpiTransportException failure(CompletableFuture<OcpiHttpResponse> f) {
        Throwable t = f.handle((r, e) -> e).orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(t).isInstanceOf(OcpiTransportException.class);
        return (OcpiTransportException) t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void send_deliversStatusHeadersAndBody_andSendsHeadersAndBodyAsGiven(
            String name, Function<TransportOptions, OcpiTransport> factory) {
        wm.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("X-Total-Count", "7")
                        .withHeader("Link", "<a>; rel=\"next\"")
                        .withBody("{\"status_code\":1000}")));
        try (OcpiTransport t = factory.apply(TransportOptions.DEFAULTS)) {
            byte[] body = "{\"id\":\"é\"}".getBytes(StandardCharsets.UTF_8);
            OcpiHttpResponse r = t.send(request(
                            "PATCH", "http://127.0.0.1:" + wm.getPort() + "/x?y=1", body, Duration.ofSeconds(5)))
                    .join();

            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.header("x-total-count")).isEqualTo("7");
            assertThat(r.header("LINK")).isEqualTo("<a>; rel=\"next\"");
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status_code\":1000}");
            LoggedRequest sent = wm.findAll(anyRequestedFor(anyUrl())).get(0);
            assertThat(sent.getMethod().getName()).isEqualTo("PATCH");
            assertThat(sent.getUrl()).isEqualTo("/x?y=1");
            assertThat(sent.getHeader("Authorization")).isEqualTo("Token c2VjcmV0");
            assertThat(sent.getHeader("X-Request-ID")).isEqualTo("r-1");
            assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
            assertThat(sent.getBody()).isEqualTo(body);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void send_aBodyThatTricklesPastTheTimeout_failsWithTimeout(
            String name, Function<TransportOptions, OcpiTransport> factory) {
        wm.stubFor(get("/slow")
                .willReturn(
                        aResponse().withStatus(200).withBody("x".repeat(2000)).withChunkedDribbleDelay(20, 3000)));
        try (OcpiTransport t = factory.apply(TransportOptions.DEFAULTS)) {
            long start = System.nanoTime();
            OcpiTransportException e = failure(
                    t.send(request("GET", "http://127.0.0.1:" + wm.getPort() + "/slow", null, Duration.ofMillis(400))));

            assertThat(e.kind()).isEqualTo(OcpiTransportException.Kind.TIMEOUT);
            assertThat(e.retryable()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void send_aBodyOverTheLimit_failsWithoutReadingItAll(
            String name, Function<TransportOptions, OcpiTransport> factory) {
        wm.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody("y".repeat(100_000))));
        wm.stubFor(get("/big-chunked")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("z".repeat(100_000))
                        .withChunkedDribbleDelay(10, 50)));
        TransportOptions small =
                TransportOptions.builder().maxResponseBytes(10_000).build();
        try (OcpiTransport t = factory.apply(small)) {
            for (String path : new String[] {"/big", "/big-chunked"}) {
                OcpiTransportException e = failure(
                        t.send(request("GET", "http://127.0.0.1:" + wm.getPort() + path, null, Duration.ofSeconds(5))));
                assertThat(e.kind()).isEqualTo(OcpiTransportException.Kind.RESPONSE_TOO_LARGE);
                assertThat(e.retryable()).isFalse();
                assertThat(e.httpStatus()).isIn(0, 200);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void send_aConnectionClosedMidBody_failsWithIo(String name, Function<TransportOptions, OcpiTransport> factory) {
        wm.stubFor(get("/cut").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        try (OcpiTransport t = factory.apply(TransportOptions.DEFAULTS)) {
            OcpiTransportException e = failure(
                    t.send(request("GET", "http://127.0.0.1:" + wm.getPort() + "/cut", null, Duration.ofSeconds(5))));
            assertThat(e.kind()).isEqualTo(OcpiTransportException.Kind.IO);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void send_aBodyThatNeverEnds_failsWithTimeout(String name, Function<TransportOptions, OcpiTransport> factory)
            throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread writer = new Thread(() -> {
                try (Socket s = server.accept();
                        OutputStream out = s.getOutputStream()) {
                    out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 200; i++) {
                        out.write("1\r\n \r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        Thread.sleep(20);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client gave up: expected
                }
            });
            writer.setDaemon(true);
            writer.start();
            try (OcpiTransport t = factory.apply(TransportOptions.DEFAULTS)) {
                OcpiTransportException e = failure(t.send(request(
                        "GET",
                        "http://127.0.0.1:" + server.getLocalPort() + "/endless",
                        null,
                        Duration.ofMillis(500))));
                assertThat(e.kind()).isEqualTo(OcpiTransportException.Kind.TIMEOUT);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void send_connectionRefused_failsWithIo(String name, Function<TransportOptions, OcpiTransport> factory)
            throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (OcpiTransport t = factory.apply(TransportOptions.DEFAULTS)) {
            OcpiTransportException e =
                    failure(t.send(request("GET", "http://127.0.0.1:" + port + "/", null, Duration.ofSeconds(5))));
            assertThat(e.kind()).isEqualTo(OcpiTransportException.Kind.IO);
            assertThat(e.httpStatus()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void send_cancelled_completesTheFutureAsCancelled(String name, Function<TransportOptions, OcpiTransport> factory) {
        wm.stubFor(get("/hang").willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        try (OcpiTransport t = factory.apply(TransportOptions.DEFAULTS)) {
            CompletableFuture<OcpiHttpResponse> f =
                    t.send(request("GET", "http://127.0.0.1:" + wm.getPort() + "/hang", null, Duration.ofSeconds(10)));
            assertThat(f.cancel(true)).isTrue();
            assertThat(f.isCancelled()).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void request_toString_redactsTheAuthorizationHeader() {
        OcpiHttpRequest r = request("POST", "http://127.0.0.1/x", new byte[3], Duration.ofSeconds(1));
        assertThat(r.toString())
                .doesNotContain("c2VjcmV0")
                .contains("Authorization=<redacted>")
                .contains("3 bytes");
    }

    @org.junit.jupiter.api.Test
    void defaultTransport_isOkHttp_whenOnTheClassPath() {
        try (OcpiTransport t = OcpiTransports.create(TransportOptions.DEFAULTS)) {
            assertThat(t).isInstanceOf(OkHttpOcpiTransport.class);
        }
    }
}
