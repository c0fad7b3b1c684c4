package dev.ocpkit.ocpi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscoveryTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    OcpiClient client;
    String base;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + wm.getPort() + "/ocpi";
        client = OcpiClient.builder(new LocalParty(
                        "https://us.example.com/versions",
                        List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1, OcpiVersion.V2_3_0),
                        List.of(new PartyRole("CPO", "NL", "CPO", "Us", null))))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2, false))
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void discover_picksTheHighestCommonVersion_andReadsItsEndpoints() {
        wm.stubFor(get("/ocpi/versions").willReturn(okJson(TestJson.versions(base, "2.1.1", "2.2.1", "2.3.0", "9.9"))));
        wm.stubFor(get("/ocpi/2.3.0")
                .willReturn(okJson(
                        TestJson.details(base, "2.3.0", "credentials:SENDER", "locations:RECEIVER", "cdrs:RECEIVER"))));

        Discovery d = client.discover(base + "/versions", "tok", PartnerQuirks.SPEC);

        assertThat(d.version()).isEqualTo(OcpiVersion.V2_3_0);
        assertThat(d.versions()).extracting(OfferedVersion::version).containsExactly("2.1.1", "2.2.1", "2.3.0", "9.9");
        assertThat(d.versionDetailsUrl()).isEqualTo(base + "/2.3.0");
        assertThat(d.endpoints())
                .containsExactly(
                        new PartnerEndpoint("credentials", "SENDER", base + "/2.3.0/credentials/sender"),
                        new PartnerEndpoint("locations", "RECEIVER", base + "/2.3.0/locations/receiver"),
                        new PartnerEndpoint("cdrs", "RECEIVER", base + "/2.3.0/cdrs/receiver"));
        assertThat(d.endpoint("cdrs", "RECEIVER")).contains(base + "/2.3.0/cdrs/receiver");
        assertThat(d.endpoint("cdrs", "SENDER")).isEmpty();
        wm.verify(getRequestedFor(urlEqualTo("/ocpi/2.3.0"))
                .withHeader("Authorization", equalTo("Token " + TestJson.b64("tok"))));
    }

    @Test
    void discover_givenVersion_readsThatVersion() {
        wm.stubFor(get("/ocpi/versions").willReturn(okJson(TestJson.versions(base, "2.1.1", "2.2.1"))));
        wm.stubFor(get("/ocpi/2.1.1").willReturn(okJson(TestJson.details(base, "2.1.1", "credentials"))));

        Discovery d = client.discover(base + "/versions", "tok", PartnerQuirks.SPEC, OcpiVersion.V2_1_1);

        assertThat(d.version()).isEqualTo(OcpiVersion.V2_1_1);
        assertThat(d.endpoints()).containsExactly(new PartnerEndpoint("credentials", "", base + "/2.1.1/credentials"));
        wm.verify(getRequestedFor(urlEqualTo("/ocpi/2.1.1")).withHeader("Authorization", equalTo("Token tok")));
    }

    @Test
    void discover_relativeUrls_areResolvedAgainstTheVersionsUrl() {
        wm.stubFor(get("/ocpi/versions")
                .willReturn(okJson(TestJson.ok("[{\"version\":\"2.2.1\",\"url\":\"/ocpi/2.2.1\"}]"))));
        wm.stubFor(get("/ocpi/2.2.1")
                .willReturn(okJson(TestJson.ok("{\"version\":\"2.2.1\",\"endpoints\":["
                        + "{\"identifier\":\"tariffs\",\"role\":\"SENDER\",\"url\":\"2.2.1/tariffs\"}]}"))));

        Discovery d = client.discover(base + "/versions", "tok", PartnerQuirks.SPEC);

        assertThat(d.endpoints()).containsExactly(new PartnerEndpoint("tariffs", "SENDER", base + "/2.2.1/tariffs"));
    }

    @Test
    void discover_serverErrorThenSuccess_isRetriedWithANewRequestId() {
        wm.stubFor(get("/ocpi/versions")
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>"))
                .willSetStateTo("ok"));
        wm.stubFor(get("/ocpi/versions")
                .inScenario("flaky")
                .whenScenarioStateIs("ok")
                .willReturn(okJson(TestJson.versions(base, "2.2.1"))));
        wm.stubFor(get("/ocpi/2.2.1").willReturn(okJson(TestJson.details(base, "2.2.1", "credentials:SENDER"))));

        Discovery d = client.discover(base + "/versions", "tok", PartnerQuirks.SPEC);

        assertThat(d.version()).isEqualTo(OcpiVersion.V2_2_1);
        var attempts = wm.findAll(getRequestedFor(urlEqualTo("/ocpi/versions")));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getHeader("X-Request-ID"))
                .isNotEqualTo(attempts.get(1).getHeader("X-Request-ID"));
        assertThat(attempts.get(0).getHeader("X-Correlation-ID"))
                .isEqualTo(attempts.get(1).getHeader("X-Correlation-ID"));
    }

    @Test
    void discover_persistentServerError_failsAfterTheLastAttempt() {
        wm.stubFor(get("/ocpi/versions").willReturn(okJson(TestJson.error(3000, "down"))));

        assertThatThrownBy(() -> client.discover(base + "/versions", "tok", PartnerQuirks.SPEC))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(3000);
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.statusMessage()).isEqualTo("down");
                    assertThat(e.hasEnvelope()).isTrue();
                });
        wm.verify(3, getRequestedFor(urlEqualTo("/ocpi/versions")));
    }

    @Test
    void discover_unauthorized_isTypedWithHttp401() {
        wm.stubFor(get("/ocpi/versions").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> client.discover(base + "/versions", "tok", PartnerQuirks.SPEC))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.statusCode()).isEqualTo(2000);
                    assertThat(e.hasEnvelope()).isFalse();
                    assertThat(e.retryable()).isFalse();
                });
        // BY_VERSION with an unknown version: Base64 first, then the raw token once
        var attempts = wm.findAll(getRequestedFor(urlEqualTo("/ocpi/versions")));
        assertThat(attempts)
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Token " + TestJson.b64("tok"), "Token tok");
    }

    @Test
    void discover_notJson_isAParseException() {
        wm.stubFor(get("/ocpi/versions").willReturn(aResponse().withStatus(200).withBody("<html>hello</html>")));

        assertThatThrownBy(() -> client.discover(base + "/versions", "tok", PartnerQuirks.SPEC))
                .isInstanceOf(OcpiParseException.class)
                .hasMessageContaining("X-Request-ID");
    }

    @Test
    void discover_rawQuirk_sendsTheRawTokenOnly() {
        wm.stubFor(get("/ocpi/versions").willReturn(aResponse().withStatus(401)));

        PartnerQuirks raw = new PartnerQuirks(PartnerQuirks.TokenEncoding.RAW, true, false, false);
        assertThatThrownBy(() -> client.discover(base + "/versions", "tok", raw))
                .isInstanceOf(OcpiStatusException.class);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/ocpi/versions"))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Token tok");
    }
}
