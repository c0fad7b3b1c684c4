package dev.ocpkit.ocpi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class CredentialsHandshakeTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    static final String TOKEN_A = "token-a-from-the-cpo";
    static final String OUR_VERSIONS = "https://emsp.example.com/ocpi/versions";

    RecordingPartnerStore store;
    OcpiClient client;
    String base;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + wm.getPort() + "/ocpi";
        store = new RecordingPartnerStore();
        client = OcpiClient.builder(new LocalParty(
                        OUR_VERSIONS,
                        List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1),
                        List.of(new PartyRole("EMSP", "NL", "EXA", "Example eMSP", "https://example.com"))))
                .partnerStore(store)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2, false))
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private void stubDiscovery221() {
        wm.stubFor(get("/ocpi/versions").willReturn(okJson(TestJson.versions(base, "2.1.1", "2.2.1"))));
        wm.stubFor(get("/ocpi/2.2.1")
                .willReturn(okJson(TestJson.details(
                        base, "2.2.1", "credentials:RECEIVER", "locations:SENDER", "tokens:RECEIVER"))));
        wm.stubFor(get("/ocpi/2.1.1").willReturn(okJson(TestJson.details(base, "2.1.1", "credentials", "locations"))));
    }

    @Test
    void register_runsTheHandshake_withTokenAThenStoresTokenC() {
        stubDiscovery221();
        wm.stubFor(post("/ocpi/2.2.1/credentials/receiver")
                .willReturn(okJson(TestJson.credentials221("token-c", base + "/versions", "CPO", "DE", "CPX"))));

        Partner partner = client.register(TOKEN_A, base + "/versions");

        // discovery and POST with token A, Base64-encoded as 2.2.1 prescribes
        String authA = "Token " + TestJson.b64(TOKEN_A);
        wm.verify(getRequestedFor(urlEqualTo("/ocpi/versions")).withHeader("Authorization", equalTo(authA)));
        wm.verify(getRequestedFor(urlEqualTo("/ocpi/2.2.1")).withHeader("Authorization", equalTo(authA)));
        List<LoggedRequest> posts = wm.findAll(postRequestedFor(urlEqualTo("/ocpi/2.2.1/credentials/receiver")));
        assertThat(posts).hasSize(1);
        LoggedRequest post = posts.get(0);
        assertThat(post.getHeader("Authorization")).isEqualTo(authA);
        assertThat(post.getHeader("Content-Type")).startsWith("application/json");
        assertThat(post.getHeader("X-Request-ID")).isNotBlank();
        assertThat(post.getHeader("X-Correlation-ID")).isNotBlank();
        assertThat(post.containsHeader("OCPI-from-country-code"))
                .as("credentials are never routed")
                .isFalse();

        JsonNode body = OcpiJson.v221().readTree(post.getBody());
        String tokenB = body.get("token").asString();
        assertThat(tokenB).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(TOKEN_A);
        assertThat(body.get("url").asString()).isEqualTo(OUR_VERSIONS);
        JsonNode role = body.get("roles").get(0);
        assertThat(role.get("role").asString()).isEqualTo("EMSP");
        assertThat(role.get("country_code").asString()).isEqualTo("NL");
        assertThat(role.get("party_id").asString()).isEqualTo("EXA");
        assertThat(role.get("business_details").get("name").asString()).isEqualTo("Example eMSP");

        // before the POST, token B was saved so that our server accepts the partner's call with it
        Partner pending = store.saves.get(0);
        assertThat(pending.state()).isEqualTo(Partner.State.PENDING);
        assertThat(pending.tokenTheyUse()).isEqualTo(tokenB);
        assertThat(pending.tokenWeUse()).isEqualTo(TOKEN_A);

        assertThat(partner.state()).isEqualTo(Partner.State.REGISTERED);
        assertThat(partner.id()).isEqualTo(base + "/versions");
        assertThat(partner.version()).isEqualTo(OcpiVersion.V2_2_1);
        assertThat(partner.tokenWeUse()).isEqualTo("token-c");
        assertThat(partner.tokenTheyUse()).isEqualTo(tokenB);
        assertThat(partner.roles()).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("CPO");
            assertThat(r.isParty("DE", "CPX")).isTrue();
        });
        assertThat(partner.endpoint("locations", "SENDER")).contains(base + "/2.2.1/locations/sender");
        assertThat(store.find(partner.id())).contains(partner);
        assertThat(partner.toString()).doesNotContain("token-c").doesNotContain(tokenB);
    }

    @Test
    void register_http405_isAlreadyRegistered_andRestoresTheStore() {
        stubDiscovery221();
        wm.stubFor(post("/ocpi/2.2.1/credentials/receiver")
                .willReturn(aResponse().withStatus(405).withBody(TestJson.error(2000, "already registered"))));

        assertThatThrownBy(() -> client.register(TOKEN_A, base + "/versions"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OcpiRegistrationException.Reason.ALREADY_REGISTERED);
                    assertThat(e.httpStatus()).isEqualTo(405);
                    assertThat(e.requestId()).isNotBlank();
                    assertThat(e.getMessage()).doesNotContain(TOKEN_A);
                });
        assertThat(store.all()).isEmpty();
        assertThat(store.deletes).containsExactly(base + "/versions");
    }

    @Test
    void register_status3001_isPartnerCannotUseOurApi() {
        stubDiscovery221();
        wm.stubFor(post("/ocpi/2.2.1/credentials/receiver")
                .willReturn(okJson(TestJson.error(3001, "could not reach your versions endpoint"))));

        assertThatThrownBy(() -> client.register(TOKEN_A, base + "/versions"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OcpiRegistrationException.Reason.PARTNER_CANNOT_USE_OUR_API);
                    assertThat(e.statusCode()).isEqualTo(3001);
                });
        assertThat(store.all()).isEmpty();
    }

    @Test
    void register_status3003_isNoMatchingEndpoints() {
        stubDiscovery221();
        wm.stubFor(post("/ocpi/2.2.1/credentials/receiver")
                .willReturn(okJson(TestJson.error(3003, "we need your cdrs endpoint"))));

        assertThatThrownBy(() -> client.register(TOKEN_A, base + "/versions"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> assertThat(e.reason())
                        .isEqualTo(OcpiRegistrationException.Reason.NO_MATCHING_ENDPOINTS));
    }

    @Test
    void register_serverError_isNeverRetried() {
        stubDiscovery221();
        wm.stubFor(
                post("/ocpi/2.2.1/credentials/receiver").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.register(TOKEN_A, base + "/versions"))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.statusCode()).isEqualTo(3000);
                    assertThat(e.retryable()).isTrue();
                });
        wm.verify(1, postRequestedFor(urlEqualTo("/ocpi/2.2.1/credentials/receiver")));
    }

    @Test
    void register_noCommonVersion_sendsNoCredentials() {
        wm.stubFor(get("/ocpi/versions").willReturn(okJson(TestJson.versions(base, "2.0", "3.0"))));

        assertThatThrownBy(() -> client.register(TOKEN_A, base + "/versions"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OcpiRegistrationException.Reason.NO_COMMON_VERSION);
                    assertThat(e.statusCode()).isEqualTo(3002);
                });
        assertThat(wm.findAll(postRequestedFor(urlMatching(".*")))).isEmpty();
    }

    @Test
    void register_missingRequiredEndpoint_sendsNoCredentials() {
        stubDiscovery221();

        assertThatThrownBy(() -> client.register(
                        TOKEN_A,
                        base + "/versions",
                        new RegistrationOptions(
                                "cpo-1",
                                PartnerQuirks.SPEC,
                                List.of(new RegistrationOptions.Required("cdrs", "SENDER")))))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OcpiRegistrationException.Reason.MISSING_ENDPOINTS);
                    assertThat(e.statusCode()).isEqualTo(3003);
                    assertThat(e.getMessage()).contains("cdrs SENDER");
                });
        assertThat(wm.findAll(postRequestedFor(urlMatching(".*")))).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void register_v211Partner_usesTheRawToken_andTheSinglePartyCredentials() {
        String raw = "Token " + TOKEN_A;
        wm.stubFor(get("/ocpi/versions").willReturn(aResponse().withStatus(401)));
        wm.stubFor(get("/ocpi/versions")
                .withHeader("Authorization", equalTo(raw))
                .willReturn(okJson(TestJson.versions(base, "2.1.1"))));
        wm.stubFor(get("/ocpi/2.1.1")
                .withHeader("Authorization", equalTo(raw))
                .willReturn(okJson(TestJson.details(base, "2.1.1", "credentials", "locations"))));
        wm.stubFor(
                post("/ocpi/2.1.1/credentials")
                        .withHeader("Authorization", equalTo(raw))
                        .willReturn(
                                okJson(
                                        TestJson.ok(
                                                "{\"token\":\"token-c\",\"url\":\"" + base + "/versions\","
                                                        + "\"business_details\":{\"name\":\"Old CPO\"},\"party_id\":\"OLD\",\"country_code\":\"BE\"}"))));

        Partner partner = client.register(TOKEN_A, base + "/versions");

        JsonNode body = OcpiJson.v211()
                .readTree(wm.findAll(postRequestedFor(urlEqualTo("/ocpi/2.1.1/credentials")))
                        .get(0)
                        .getBody());
        assertThat(body.has("roles")).isFalse();
        assertThat(body.get("party_id").asString()).isEqualTo("EXA");
        assertThat(body.get("country_code").asString()).isEqualTo("NL");
        assertThat(body.get("business_details").get("name").asString()).isEqualTo("Example eMSP");
        assertThat(partner.version()).isEqualTo(OcpiVersion.V2_1_1);
        assertThat(partner.roles()).singleElement().satisfies(r -> {
            assertThat(r.role()).as("2.1.1 has no roles: the opposite of ours").isEqualTo("CPO");
            assertThat(r.isParty("BE", "OLD")).isTrue();
        });
        assertThat(partner.endpoint("locations", "SENDER")).contains(base + "/2.1.1/locations");
    }

    private Partner registered() {
        stubDiscovery221();
        wm.stubFor(post("/ocpi/2.2.1/credentials/receiver")
                .willReturn(okJson(TestJson.credentials221("token-c", base + "/versions", "CPO", "DE", "CPX"))));
        return client.register(TOKEN_A, base + "/versions");
    }

    @Test
    void update_putsANewTokenB_withTokenC_andStoresTheNewTokenC() {
        Partner before = registered();
        wm.stubFor(put("/ocpi/2.2.1/credentials/receiver")
                .willReturn(okJson(TestJson.credentials221("token-c2", base + "/versions", "CPO", "DE", "CPX"))));

        Partner after = client.update(before.id());

        LoggedRequest put = wm.findAll(putRequestedFor(urlEqualTo("/ocpi/2.2.1/credentials/receiver")))
                .get(0);
        assertThat(put.getHeader("Authorization")).isEqualTo("Token " + TestJson.b64("token-c"));
        String newB = OcpiJson.v221().readTree(put.getBody()).get("token").asString();
        assertThat(newB).isNotEqualTo(before.tokenTheyUse()).hasSize(43);
        assertThat(after.tokenWeUse()).isEqualTo("token-c2");
        assertThat(after.tokenTheyUse()).isEqualTo(newB);
        assertThat(after.state()).isEqualTo(Partner.State.REGISTERED);
        assertThat(store.find(before.id())).contains(after);
    }

    @Test
    void update_http405_isNotRegistered_andRestoresThePartner() {
        Partner before = registered();
        wm.stubFor(
                put("/ocpi/2.2.1/credentials/receiver").willReturn(aResponse().withStatus(405)));

        assertThatThrownBy(() -> client.update(before.id()))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> assertThat(e.reason())
                        .isEqualTo(OcpiRegistrationException.Reason.NOT_REGISTERED));
        assertThat(store.find(before.id())).contains(before);
    }

    @Test
    void unregister_deletesTheCredentials_andMarksThePartnerUnregistered() {
        Partner before = registered();
        wm.stubFor(delete("/ocpi/2.2.1/credentials/receiver").willReturn(okJson(TestJson.okNoData())));

        Partner after = client.unregister(before.id());

        wm.verify(deleteRequestedFor(urlEqualTo("/ocpi/2.2.1/credentials/receiver"))
                .withHeader("Authorization", equalTo("Token " + TestJson.b64("token-c"))));
        assertThat(after.state()).isEqualTo(Partner.State.UNREGISTERED);
        assertThat(store.findByTokenTheyUse(before.tokenTheyUse())).isEmpty();
    }

    @Test
    void unregister_http405_isNotRegistered() {
        Partner before = registered();
        wm.stubFor(delete("/ocpi/2.2.1/credentials/receiver")
                .willReturn(aResponse().withStatus(405)));

        assertThatThrownBy(() -> client.unregister(before.id()))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OcpiRegistrationException.Reason.NOT_REGISTERED);
                    assertThat(e.httpStatus()).isEqualTo(405);
                });
        assertThat(store.find(before.id()).orElseThrow().state()).isEqualTo(Partner.State.REGISTERED);
    }

    @Test
    void update_unknownPartner_failsWithoutSending() {
        assertThatThrownBy(() -> client.update("nobody"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> assertThat(e.reason())
                        .isEqualTo(OcpiRegistrationException.Reason.NOT_REGISTERED));
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void fetchCredentials_readsThePartnersRoles_andRedactsTheToken() {
        Partner p = registered();
        wm.stubFor(get("/ocpi/2.2.1/credentials/receiver")
                .willReturn(okJson(TestJson.credentials221("their-secret", base + "/versions", "CPO", "DE", "CPX"))));

        PartnerCredentials c = client.fetchCredentials(p.id());

        assertThat(c.token()).isEqualTo("their-secret");
        assertThat(c.toString()).doesNotContain("their-secret");
        assertThat(c.roles()).extracting(PartyRole::partyId).containsExactly("CPX");
    }
}
