package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.TOKEN_A;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Versions, version details, unknown paths and versions, request ids and envelopes. */
class VersionsAndRoutingTest {
    private final InMemoryLocations locations = new InMemoryLocations();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final TestServer server = new TestServer(b -> b.service(locations.asSender())
            .service(tokens.asReceiver())
            .clock(Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC)));

    @Test
    void versions_listTheOfferedVersionsWithDetailsUrls() {
        OcpiResponse r = server.send("GET", "/ocpi/versions", TOKEN_A, null);
        JsonNode body = json(r);
        assertThat(r.status()).isEqualTo(200);
        assertThat(body.get("status_code").asInt()).isEqualTo(1000);
        assertThat(body.get("timestamp").asString()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(body.get("data")).hasSize(1);
        assertThat(body.get("data").get(0).get("version").asString()).isEqualTo("2.2.1");
        assertThat(body.get("data").get(0).get("url").asString()).isEqualTo("https://cpo.example.com/ocpi/2.2.1");
    }

    @Test
    void versionDetails_listCredentialsAsSenderAndEveryRegisteredModuleWithItsRole() {
        JsonNode data = json(server.send("GET", V, TOKEN_A, null)).get("data");
        assertThat(data.get("version").asString()).isEqualTo("2.2.1");
        List<String> endpoints = new ArrayList<>();
        for (JsonNode e : data.get("endpoints")) {
            endpoints.add(e.get("identifier").asString() + " " + e.get("role").asString() + " "
                    + e.get("url").asString());
        }
        assertThat(endpoints)
                .containsExactly(
                        "credentials SENDER https://cpo.example.com/ocpi/2.2.1/credentials",
                        "locations SENDER https://cpo.example.com/ocpi/2.2.1/sender/locations",
                        "tokens RECEIVER https://cpo.example.com/ocpi/2.2.1/receiver/tokens");
        assertThat(server.dispatcher.endpointUrl(OcpiVersion.V2_2_1, "tokens", "RECEIVER"))
                .isEqualTo("https://cpo.example.com/ocpi/2.2.1/receiver/tokens");
    }

    @Test
    void versionsWithTrailingSlash_isServedToo() {
        assertThat(server.send("GET", "/ocpi/versions/", TOKEN_C, null).status())
                .isEqualTo(200);
    }

    @Test
    void versions_onlyAllowGet() {
        OcpiResponse r = server.send("POST", "/ocpi/versions", TOKEN_C, "{}");
        assertThat(r.status()).isEqualTo(405);
    }

    @Test
    void unsupportedVersion_is404With3002() {
        for (String v : List.of("/ocpi/2.1.1/credentials", "/ocpi/2.0", "/ocpi/9.9.9/sender/locations")) {
            OcpiResponse r = server.send("GET", v, TOKEN_C, null);
            assertThat(r.status()).as(v).isEqualTo(404);
            assertThat(status(r)).as(v).isEqualTo(3002);
        }
    }

    @Test
    void unknownModuleOrPath_is404With2000() {
        for (String p : List.of(
                V + "/sender/cdrs", V + "/receiver/locations", V + "/sideways/locations", "/other", "/ocpi/nothing")) {
            OcpiResponse r = server.send("GET", p, TOKEN_C, null);
            assertThat(r.status()).as(p).isEqualTo(404);
            assertThat(status(r)).as(p).isEqualTo(2000);
        }
    }

    @Test
    void methodNotInTheInterface_is405() {
        OcpiResponse r = server.send("DELETE", V + "/sender/locations/LOC1", TOKEN_C, null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(status(r)).isEqualTo(2000);
    }

    @Test
    void requestAndCorrelationIds_areEchoed() {
        OcpiResponse r = server.send("GET", "/ocpi/versions", "Token " + TestServer.b64(TOKEN_C), null, b -> b.header(
                        "X-Request-ID", "req-1")
                .header("X-Correlation-ID", "corr-1"));
        assertThat(r.header("X-Request-ID")).isEqualTo("req-1");
        assertThat(r.header("X-Correlation-ID")).isEqualTo("corr-1");
    }

    @Test
    void missingIds_areGenerated_alsoOnErrors() {
        OcpiResponse r = server.send("GET", "/ocpi/versions", null, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("X-Request-ID")).hasSize(36);
        assertThat(r.header("X-Correlation-ID")).hasSize(36);
    }

    @Test
    void errorEnvelope_hasNoDataButStatusMessageAndTimestamp() {
        JsonNode body = json(server.send("GET", V + "/sender/locations/NOPE", TOKEN_C, null));
        assertThat(body.has("data")).isFalse();
        assertThat(body.get("status_code").asInt()).isEqualTo(2003);
        assertThat(body.get("status_message").asString()).isNotBlank();
        assertThat(body.get("timestamp").asString()).isEqualTo("2024-05-01T12:00:00Z");
    }

    @Test
    void envelopeTimestamp_fitsOcpiDateTime_string25() {
        TestServer s = new TestServer(b -> b.service(locations.asSender())
                .clock(Clock.fixed(Instant.parse("2024-05-01T12:00:00.123456789Z"), ZoneOffset.UTC)));
        String ts = json(s.send("GET", "/ocpi/versions", TOKEN_C, null))
                .get("timestamp")
                .asString();
        assertThat(ts).isEqualTo("2024-05-01T12:00:00.123Z").hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void partnerWithoutZoneQuirk_getsTimestampsWithoutZ() {
        TestServer s = new TestServer(
                b -> b.service(locations.asSender())
                        .clock(Clock.fixed(Instant.parse("2024-05-01T12:00:01Z"), ZoneOffset.UTC)),
                new dev.ocpkit.ocpi.client.PartnerQuirks(
                        dev.ocpkit.ocpi.client.PartnerQuirks.TokenEncoding.BY_VERSION, false, false, false));
        assertThat(json(s.send("GET", "/ocpi/versions", TOKEN_C, null))
                        .get("timestamp")
                        .asString())
                .isEqualTo("2024-05-01T12:00:01");
    }
}
