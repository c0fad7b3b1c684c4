package dev.ocpkit.ocpi.client.v221;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RetryPolicy;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A registered OCPI 2.2.1 partner served by WireMock on 127.0.0.1: its Sender interfaces under {@code /cpo/2.2.1/},
 * its Receiver interfaces under {@code /emsp/2.2.1/}. We are the party NL/EXA; the partner is DE/CPX.
 */
abstract class V221Fixture {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    static final String TOKEN = "token-c-we-use";
    static final String AUTH = "Token " + Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8));
    static final String[] MODULES = {
        "locations", "sessions", "cdrs", "tariffs", "tokens", "commands", "chargingprofiles", "hubclientinfo"
    };

    String base;
    OcpiClient client;
    ScheduledExecutorService scheduler;
    InMemoryAsyncResults asyncResults;

    @BeforeEach
    void setUpClient() {
        base = "http://127.0.0.1:" + wm.getPort();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        asyncResults = new InMemoryAsyncResults(base + "/results", scheduler);
        client = OcpiClient.builder(new LocalParty(
                        "https://us.example.com/versions",
                        List.of(OcpiVersion.V2_2_1),
                        List.of(new PartyRole("EMSP", "NL", "EXA", "Example", null))))
                .asyncResults(asyncResults)
                .asyncResultTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2, false))
                .build();
    }

    @AfterEach
    void tearDownClient() {
        client.close();
        scheduler.shutdownNow();
    }

    Partner partner(PartnerQuirks quirks, List<PartyRole> roles) {
        List<PartnerEndpoint> endpoints = new ArrayList<>();
        endpoints.add(new PartnerEndpoint("credentials", "SENDER", base + "/ocpi/2.2.1/credentials"));
        for (String m : MODULES) {
            endpoints.add(new PartnerEndpoint(m, "SENDER", base + "/cpo/2.2.1/" + m));
            endpoints.add(new PartnerEndpoint(m, "RECEIVER", base + "/emsp/2.2.1/" + m));
        }
        return new Partner(
                "partner",
                Partner.State.REGISTERED,
                base + "/ocpi/versions",
                OcpiVersion.V2_2_1,
                endpoints,
                TOKEN,
                "token-b-they-use",
                roles,
                quirks);
    }

    Partner partner() {
        return partner(PartnerQuirks.SPEC, List.of(new PartyRole("CPO", "DE", "CPX", "Partner CPO", null)));
    }

    Ocpi221Client v221() {
        return client.partner(partner()).v221();
    }

    static String ok(String data) {
        return "{\"data\":" + data + ",\"status_code\":1000,\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    static String okNoData() {
        return "{\"status_code\":1000,\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    static String location(String id) {
        return "{\"country_code\":\"DE\",\"party_id\":\"CPX\",\"id\":\"" + id + "\",\"publish\":true,"
                + "\"address\":\"Street 1\",\"city\":\"Berlin\",\"country\":\"DEU\","
                + "\"coordinates\":{\"latitude\":\"52.5\",\"longitude\":\"13.4\"},"
                + "\"time_zone\":\"Europe/Berlin\",\"last_updated\":\"2026-01-01T00:00:00Z\"}";
    }
}
