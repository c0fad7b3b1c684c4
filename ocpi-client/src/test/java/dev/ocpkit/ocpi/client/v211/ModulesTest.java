package dev.ocpkit.ocpi.client.v211;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RetryPolicy;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v211.Allowed;
import dev.ocpkit.ocpi.model.v211.CommandResponse;
import dev.ocpkit.ocpi.model.v211.CommandResponseType;
import dev.ocpkit.ocpi.model.v211.Location;
import dev.ocpkit.ocpi.model.v211.Tariff;
import dev.ocpkit.ocpi.model.v211.TariffPatch;
import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.TokenType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OCPI 2.1.1: raw tokens, no routing headers, endpoints without roles, CommandResponse as the async result. */
class ModulesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    static final String TOKEN = "raw-211-token";
    String base;
    OcpiClient client;
    ScheduledExecutorService scheduler;
    InMemoryAsyncResults results;
    Partner partner;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + wm.getPort();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        results = new InMemoryAsyncResults(base + "/results", scheduler);
        client = OcpiClient.builder(new LocalParty(
                        "https://us.example.com/versions",
                        List.of(OcpiVersion.V2_1_1),
                        List.of(new PartyRole("EMSP", "NL", "EXA", "Example", null))))
                .asyncResults(results)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), 2, false))
                .build();
        List<PartnerEndpoint> endpoints = new ArrayList<>();
        for (String m :
                new String[] {"credentials", "locations", "sessions", "cdrs", "tariffs", "tokens", "commands"}) {
            endpoints.add(new PartnerEndpoint(m, "", base + "/ocpi/2.1.1/" + m));
        }
        partner = new Partner(
                "cpo",
                Partner.State.REGISTERED,
                base + "/versions",
                OcpiVersion.V2_1_1,
                endpoints,
                TOKEN,
                "b",
                List.of(new PartyRole("CPO", "DE", "CPX", "Partner", null)),
                PartnerQuirks.SPEC);
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.shutdownNow();
    }

    Ocpi211Client v211() {
        return client.partner(partner).v211();
    }

    static String ok(String data) {
        return "{\"data\":" + data + ",\"status_code\":1000,\"timestamp\":\"2026-01-01T00:00:00\"}";
    }

    private LoggedRequest last() {
        List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
        LoggedRequest r = all.get(all.size() - 1);
        assertThat(r.getHeader("Authorization"))
                .as("2.1.1 tokens are not encoded")
                .isEqualTo("Token " + TOKEN);
        assertThat(r.containsHeader("OCPI-from-party-id"))
                .as("2.1.1 has no routing")
                .isFalse();
        assertThat(r.containsHeader("OCPI-to-party-id")).isFalse();
        return r;
    }

    @Test
    void locations_pullAndPush() {
        wm.stubFor(get(urlPathEqualTo("/ocpi/2.1.1/locations"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("X-Total-Count", "1")
                        .withHeader("X-Limit", "100")
                        .withBody(ok(
                                "[{\"id\":\"L1\",\"type\":\"ON_STREET\",\"last_updated\":\"2026-01-01T00:00:00\"}]"))));
        List<Location> all = v211().locationsSender().list().stream().toList();
        assertThat(all).extracting(Location::id).containsExactly("L1");
        assertThat(all.get(0).lastUpdated()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        last();

        wm.stubFor(any(urlPathEqualTo("/ocpi/2.1.1/locations/NL/EXA/L2")).willReturn(okJson(ok("null"))));
        v211().locationsReceiver()
                .putLocation("NL", "EXA", Location.builder().id("L2").build());
        LoggedRequest put = last();
        assertThat(put.getMethod().getName()).isEqualTo("PUT");
        assertThat(OcpiJson.v211().readTree(put.getBody()).get("id").asString()).isEqualTo("L2");
    }

    @Test
    void tariffs_patchExistsIn211() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(ok("null"))));
        v211().tariffsReceiver()
                .patchTariff(
                        "NL",
                        "EXA",
                        "T1",
                        TariffPatch.builder()
                                .currency("EUR")
                                .lastUpdated(Instant.parse("2026-02-01T00:00:00Z"))
                                .build());
        LoggedRequest patch = last();
        assertThat(patch.getMethod().getName()).isEqualTo("PATCH");
        assertThat(patch.getUrl()).isEqualTo("/ocpi/2.1.1/tariffs/NL/EXA/T1");
        assertThat(patch.getBodyAsString()).contains("\"currency\":\"EUR\"");

        v211().tariffsReceiver()
                .putTariff(
                        "NL", "EXA", Tariff.builder().id("T1").currency("EUR").build());
        assertThat(last().getUrl()).isEqualTo("/ocpi/2.1.1/tariffs/NL/EXA/T1");
    }

    @Test
    void tokens_authorizeAndPush() {
        wm.stubFor(
                post("/ocpi/2.1.1/tokens/U1/authorize?type=RFID").willReturn(okJson(ok("{\"allowed\":\"BLOCKED\"}"))));
        assertThat(v211().tokensSender().authorize("U1", TokenType.RFID, null).allowed())
                .isEqualTo(Allowed.BLOCKED);
        last();

        wm.stubFor(any(urlPathEqualTo("/ocpi/2.1.1/tokens/NL/EXA/U1")).willReturn(okJson(ok("null"))));
        v211().tokensReceiver()
                .putToken(
                        "NL",
                        "EXA",
                        Token.builder().uid("U1").typeAsString("RFID").build());
        assertThat(last().getUrl()).as("no type parameter in 2.1.1").isEqualTo("/ocpi/2.1.1/tokens/NL/EXA/U1");
    }

    @Test
    void commands_theResultIsACommandResponse() {
        wm.stubFor(post("/ocpi/2.1.1/commands/STOP_SESSION").willReturn(okJson(ok("{\"result\":\"ACCEPTED\"}"))));

        AsyncOperation<CommandResponse, CommandResponse> op =
                v211().commandsReceiver().stopSession("S1");
        assertThat(OcpiJson.v211()
                        .readTree(last().getBody())
                        .get("response_url")
                        .asString())
                .isEqualTo(op.responseUrl());
        String id = op.responseUrl().substring(op.responseUrl().lastIndexOf('/') + 1);
        assertThat(results.expectedType(id)).isEqualTo(CommandResponse.class);
        results.complete(id, new CommandResponse("TIMEOUT"));

        assertThat(op.result().join().result()).isEqualTo(CommandResponseType.TIMEOUT);
    }

    @Test
    void cdrs_postReadsLocation() {
        wm.stubFor(post("/ocpi/2.1.1/cdrs")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Location", base + "/ocpi/2.1.1/cdrs/C1")
                        .withBody(ok("null"))));
        String url = v211().cdrsReceiver()
                .postCdr(dev.ocpkit.ocpi.model.v211.Cdr.builder().id("C1").build());
        assertThat(url).isEqualTo(base + "/ocpi/2.1.1/cdrs/C1");
    }
}
