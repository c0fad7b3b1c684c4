package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.TOKEN_A;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The credentials module as the receiving party (OCPI 2.2.1 "Credentials module"). */
class CredentialsHandshakeTest {
    private static final String CREDENTIALS = V + "/credentials";
    private static final String NEWCOMER_VERSIONS = "https://emsp2.example.com/ocpi/versions";

    private final List<String> discoveryCalls = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private TestServer server(PartnerDiscovery discovery, Set<String> required) {
        InMemoryLocations locations = new InMemoryLocations();
        return new TestServer(b -> b.service(locations.asSender())
                .discovery(discovery)
                .requiredPartnerModules(required)
                .registrationListener(new RegistrationListener() {
                    @Override
                    public void registered(Partner partner) {
                        events.add("registered " + partner.id());
                    }

                    @Override
                    public void updated(Partner partner) {
                        events.add("updated " + partner.id());
                    }

                    @Override
                    public void unregistered(Partner partner) {
                        events.add("unregistered " + partner.id());
                    }
                }));
    }

    private PartnerDiscovery discovery() {
        return (url, token, version, quirks) -> {
            discoveryCalls.add(url + " " + token + " " + version);
            return List.of(
                    new PartnerEndpoint("credentials", "SENDER", "https://emsp2.example.com/ocpi/2.2.1/credentials"),
                    new PartnerEndpoint("tokens", "SENDER", "https://emsp2.example.com/ocpi/2.2.1/tokens"));
        };
    }

    private static String credentials(String tokenB) {
        return """
                {"token":"%s","url":"%s","roles":[{"role":"EMSP","party_id":"EM2","country_code":"FR",
                  "business_details":{"name":"Second eMSP"}}]}"""
                .formatted(tokenB, NEWCOMER_VERSIONS);
    }

    @Test
    void post_withTokenA_callsBackWithTokenB_andAnswersTokenC() {
        TestServer s = server(discovery(), Set.of());
        OcpiResponse r = s.send("POST", CREDENTIALS, TOKEN_A, credentials("token-b-of-newcomer"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(1000);
        JsonNode data = json(r).get("data");
        String tokenC = data.get("token").asString();
        assertThat(tokenC).isNotEqualTo(TOKEN_A).hasSize(43);
        assertThat(data.get("url").asString()).isEqualTo(TestServer.VERSIONS_URL);
        assertThat(data.get("roles").get(0).get("role").asString()).isEqualTo("CPO");
        assertThat(data.get("roles").get(0).get("business_details").get("name").asString())
                .isEqualTo("Example CPO");
        assertThat(discoveryCalls).containsExactly(NEWCOMER_VERSIONS + " token-b-of-newcomer 2.2.1");

        Partner p = s.partners.find("newcomer").orElseThrow();
        assertThat(p.state()).isEqualTo(Partner.State.REGISTERED);
        assertThat(p.tokenWeUse()).isEqualTo("token-b-of-newcomer");
        assertThat(p.tokenTheyUse()).isEqualTo(tokenC);
        assertThat(p.version()).isEqualTo(OcpiVersion.V2_2_1);
        assertThat(p.versionsUrl()).isEqualTo(NEWCOMER_VERSIONS);
        assertThat(p.endpoint("tokens", "SENDER")).contains("https://emsp2.example.com/ocpi/2.2.1/tokens");
        assertThat(p.hasParty("FR", "EM2")).isTrue();
        assertThat(events).containsExactly("registered newcomer");

        // token A is thrown away; token C opens the functional modules
        assertThat(s.send("GET", "/ocpi/versions", TOKEN_A, null).status()).isEqualTo(401);
        assertThat(s.send("GET", V + "/sender/locations", tokenC, null).status())
                .isEqualTo(200);
    }

    @Test
    void post_whenAlreadyRegistered_is405() {
        TestServer s = server(discovery(), Set.of());
        OcpiResponse r = s.send("POST", CREDENTIALS, TOKEN_C, credentials("whatever"));
        assertThat(r.status()).isEqualTo(405);
        assertThat(discoveryCalls).isEmpty();
    }

    @Test
    void putAndDelete_beforeRegistration_are405() {
        TestServer s = server(discovery(), Set.of());
        assertThat(s.send("PUT", CREDENTIALS, TOKEN_A, credentials("b")).status())
                .isEqualTo(405);
        assertThat(s.send("DELETE", CREDENTIALS, TOKEN_A, null).status()).isEqualTo(405);
        assertThat(s.partners.find("newcomer").orElseThrow().state()).isEqualTo(Partner.State.PENDING);
    }

    @Test
    void patch_is405() {
        TestServer s = server(discovery(), Set.of());
        assertThat(s.send("PATCH", CREDENTIALS, TOKEN_C, "{}").status()).isEqualTo(405);
    }

    @Test
    void put_whenRegistered_refetchesEndpoints_andRollsTokenC() {
        TestServer s = server(discovery(), Set.of());
        OcpiResponse r = s.send("PUT", CREDENTIALS, TOKEN_C, credentials("new-token-b"));
        assertThat(r.status()).isEqualTo(200);
        String newC = json(r).get("data").get("token").asString();
        assertThat(newC).isNotEqualTo(TOKEN_C);
        assertThat(discoveryCalls).hasSize(1);
        Partner p = s.partners.find("emsp").orElseThrow();
        assertThat(p.tokenWeUse()).isEqualTo("new-token-b");
        assertThat(p.tokenTheyUse()).isEqualTo(newC);
        assertThat(events).containsExactly("updated emsp");
        assertThat(s.send("GET", V + "/sender/locations", TOKEN_C, null).status())
                .isEqualTo(401);
        assertThat(s.send("GET", V + "/sender/locations", newC, null).status()).isEqualTo(200);
    }

    @Test
    void delete_unregisters_andTheTokenStopsWorking() {
        TestServer s = server(discovery(), Set.of());
        OcpiResponse r = s.send("DELETE", CREDENTIALS, TOKEN_C, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(1000);
        assertThat(s.partners.find("emsp").orElseThrow().state()).isEqualTo(Partner.State.UNREGISTERED);
        assertThat(events).containsExactly("unregistered emsp");
        assertThat(s.send("GET", V + "/sender/locations", TOKEN_C, null).status())
                .isEqualTo(401);
    }

    @Test
    void get_returnsOurCredentialsWithTheCallersCurrentToken() {
        TestServer s = server(discovery(), Set.of());
        JsonNode data = json(s.send("GET", CREDENTIALS, TOKEN_C, null)).get("data");
        assertThat(data.get("token").asString()).isEqualTo(TOKEN_C);
        assertThat(data.get("url").asString()).isEqualTo(TestServer.VERSIONS_URL);
    }

    @Test
    void post_whenPartnerApiUnusable_answers3001_andStaysPending() {
        TestServer s = server(
                (url, token, version, quirks) -> {
                    throw new IllegalStateException("connection refused");
                },
                Set.of());
        OcpiResponse r = s.send("POST", CREDENTIALS, TOKEN_A, credentials("b"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(3001);
        assertThat(s.partners.find("newcomer").orElseThrow().state()).isEqualTo(Partner.State.PENDING);
        assertThat(s.send("GET", "/ocpi/versions", TOKEN_A, null).status()).isEqualTo(200);
    }

    @Test
    void post_whenPartnerLacksTheVersion_answers3002() {
        TestServer s = server(
                (url, token, version, quirks) -> {
                    throw new OcpiException(OcpiStatusCode.UNSUPPORTED_VERSION, "no 2.2.1 at the partner");
                },
                Set.of());
        assertThat(status(s.send("POST", CREDENTIALS, TOKEN_A, credentials("b"))))
                .isEqualTo(3002);
    }

    @Test
    void post_whenRequiredEndpointsMissing_answers3003() {
        TestServer s = server(discovery(), Set.of("cdrs"));
        OcpiResponse r = s.send("POST", CREDENTIALS, TOKEN_A, credentials("b"));
        assertThat(status(r)).isEqualTo(3003);
        assertThat(s.partners.find("newcomer").orElseThrow().state()).isEqualTo(Partner.State.PENDING);
    }

    @Test
    void post_withInvalidCredentials_answers2001_withoutCallingBack() {
        TestServer s = server(discovery(), Set.of());
        OcpiResponse r = s.send("POST", CREDENTIALS, TOKEN_A, "{\"token\":\"b\",\"roles\":[]}");
        assertThat(status(r)).isEqualTo(2001);
        assertThat(TestServer.message(r)).contains("$.url").contains("$.roles");
        assertThat(discoveryCalls).isEmpty();
        assertThat(s.partners.find("newcomer").orElseThrow().state()).isEqualTo(Partner.State.PENDING);
    }

    @Test
    void post_withoutDiscovery_answers3001() {
        InMemoryLocations locations = new InMemoryLocations();
        TestServer s = new TestServer(b -> b.service(locations.asSender()));
        assertThat(status(s.send("POST", CREDENTIALS, TOKEN_A, credentials("b"))))
                .isEqualTo(3001);
    }

    @Test
    void issueTokenA_savesAPendingPartnerThatCanOnlyReachConfiguration() {
        InMemoryLocations locations = new InMemoryLocations();
        TestServer s = new TestServer(b -> b.service(locations.asSender()));
        String tokenA = s.dispatcher.issueTokenA("third", dev.ocpkit.ocpi.client.PartnerQuirks.SPEC);
        assertThat(s.partners.find("third").orElseThrow().state()).isEqualTo(Partner.State.PENDING);
        assertThat(s.send("GET", "/ocpi/versions", tokenA, null).status()).isEqualTo(200);
        assertThat(s.send("GET", V + "/sender/locations", tokenA, null).status())
                .isEqualTo(401);
    }
}
