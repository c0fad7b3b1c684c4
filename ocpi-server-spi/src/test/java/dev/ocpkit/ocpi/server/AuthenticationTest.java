package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.TOKEN_A;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.b64;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartnerQuirks.TokenEncoding;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The authorization matrix of OCPI 2.2.1 "Authorization header": HTTP status and OCPI status for each case. */
class AuthenticationTest {
    private static final String LOCATIONS = V + "/sender/locations";

    private static TestServer server(PartnerQuirks quirks) {
        InMemoryLocations locations = new InMemoryLocations();
        return new TestServer(b -> b.service(locations.asSender()), quirks);
    }

    private static PartnerQuirks encoding(TokenEncoding e) {
        return new PartnerQuirks(e, true, false, false);
    }

    @Test
    void noAuthorizationHeader_is401WithEnvelope() {
        OcpiResponse r = server(PartnerQuirks.SPEC).send("GET", LOCATIONS, null, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(status(r)).isEqualTo(2000);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Token");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void unknownToken_is401() {
        OcpiResponse r = server(PartnerQuirks.SPEC).send("GET", LOCATIONS, "not-a-known-token", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(status(r)).isEqualTo(2000);
    }

    @Test
    void otherScheme_is401() {
        OcpiResponse r = server(PartnerQuirks.SPEC).send("GET", LOCATIONS, "Bearer " + b64(TOKEN_C), null, b -> {});
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void registeredTokenBase64_reachesModule() {
        OcpiResponse r = server(PartnerQuirks.SPEC).send("GET", LOCATIONS, TOKEN_C, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(1000);
    }

    @Test
    void tokenA_onFunctionalModule_is401() {
        OcpiResponse r = server(PartnerQuirks.SPEC).send("GET", LOCATIONS, TOKEN_A, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(status(r)).isEqualTo(2000);
    }

    @Test
    void tokenA_onVersionsDetailsAndCredentials_isAccepted() {
        TestServer s = server(PartnerQuirks.SPEC);
        assertThat(s.send("GET", "/ocpi/versions", TOKEN_A, null).status()).isEqualTo(200);
        assertThat(s.send("GET", V, TOKEN_A, null).status()).isEqualTo(200);
        assertThat(s.send("GET", V + "/credentials", TOKEN_A, null).status()).isEqualTo(200);
    }

    @Test
    void unregisteredPartnersToken_is401() {
        TestServer s = server(PartnerQuirks.SPEC);
        s.partners.save(s.partners.find("emsp").orElseThrow().withState(Partner.State.UNREGISTERED));
        assertThat(s.send("GET", LOCATIONS, TOKEN_C, null).status()).isEqualTo(401);
        assertThat(s.send("GET", "/ocpi/versions", TOKEN_C, null).status()).isEqualTo(401);
    }

    @Test
    void authorizationCheckedBeforeRouting_unknownPathWithoutToken_is401() {
        OcpiResponse r = server(PartnerQuirks.SPEC).send("GET", V + "/sender/nothing", null, null);
        assertThat(r.status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} token sent {1} on 2.2.1 -> HTTP {2}")
    @CsvSource({
        "BY_VERSION, base64, 200",
        "BY_VERSION, raw, 401",
        "BASE64, base64, 200",
        "BASE64, raw, 401",
        "RAW, raw, 200",
        "RAW, base64, 401",
        "AUTO, raw, 200",
        "AUTO, base64, 200"
    })
    void tokenEncoding_perPartnerQuirk(TokenEncoding encoding, String form, int http) {
        TestServer s = server(encoding(encoding));
        String header = "Token " + (form.equals("raw") ? TOKEN_C : b64(TOKEN_C));
        OcpiResponse r = s.send("GET", LOCATIONS, header, null, b -> {});
        assertThat(r.status()).isEqualTo(http);
        assertThat(status(r)).isEqualTo(http == 200 ? 1000 : 2000);
    }

    @Test
    void versionsEndpoint_acceptsBothFormsForSpecPartner() {
        TestServer s = server(PartnerQuirks.SPEC);
        assertThat(s.send("GET", "/ocpi/versions", "Token " + TOKEN_A, null, b -> {})
                        .status())
                .isEqualTo(200);
        assertThat(s.send("GET", "/ocpi/versions", "Token " + b64(TOKEN_A), null, b -> {})
                        .status())
                .isEqualTo(200);
    }

    @Test
    void base64WithTrailingNewline_asInTheSpecExample_isAccepted() {
        String header = "Token " + b64(TOKEN_C + "\n");
        assertThat(server(PartnerQuirks.SPEC)
                        .send("GET", LOCATIONS, header, null, b -> {})
                        .status())
                .isEqualTo(200);
    }

    @Test
    void schemeIsCaseInsensitive() {
        String header = "token " + b64(TOKEN_C);
        assertThat(server(PartnerQuirks.SPEC)
                        .send("GET", LOCATIONS, header, null, b -> {})
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherPartysToken_cannotPushObjectsOfThisPartner() {
        InMemoryLocations locations = new InMemoryLocations();
        TestServer s = new TestServer(b -> b.service(locations.asReceiver()));
        s.partners.save(TestServer.registered(
                "other",
                "token-of-other",
                PartnerQuirks.SPEC,
                new dev.ocpkit.ocpi.client.PartyRole("CPO", "BE", "OTH", "Other", null)));
        String body = Fixtures.locationJson("DE", "EMS", "LOC1", java.time.Instant.parse("2024-01-01T00:00:00Z"));
        OcpiResponse r = s.send("PUT", V + "/receiver/locations/DE/EMS/LOC1", "token-of-other", body);
        assertThat(r.status()).isEqualTo(404);
        assertThat(status(r)).isEqualTo(2001);
        assertThat(locations.all()).isEmpty();
    }
}
