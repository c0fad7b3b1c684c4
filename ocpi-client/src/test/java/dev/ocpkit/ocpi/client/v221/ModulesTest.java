package dev.ocpkit.ocpi.client.v221;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.OcpiMissingEndpointException;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfile;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.AllowedType;
import dev.ocpkit.ocpi.model.v221.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingPreferences;
import dev.ocpkit.ocpi.model.v221.ChargingPreferencesResponse;
import dev.ocpkit.ocpi.model.v221.ChargingProfile;
import dev.ocpkit.ocpi.model.v221.ClientInfo;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.Connector;
import dev.ocpkit.ocpi.model.v221.ConnectorPatch;
import dev.ocpkit.ocpi.model.v221.Evse;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.LocationPatch;
import dev.ocpkit.ocpi.model.v221.LocationReferences;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import dev.ocpkit.ocpi.model.v221.SessionStatus;
import dev.ocpkit.ocpi.model.v221.Status;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.TokenPatch;
import dev.ocpkit.ocpi.model.v221.TokenType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every 2.2.1 module in both directions: method, URL, headers and body as the specification prescribes. */
class ModulesTest extends V221Fixture {
    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private LoggedRequest only() {
        List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
        assertThat(all).hasSize(1);
        LoggedRequest r = all.get(0);
        assertThat(r.getHeader("Authorization")).isEqualTo(AUTH);
        assertThat(r.getHeader("X-Request-ID")).isNotBlank();
        assertThat(r.getHeader("X-Correlation-ID")).isNotBlank();
        return r;
    }

    private static JsonNode json(LoggedRequest r) {
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        return OcpiJson.v221().readTree(r.getBody());
    }

    @Test
    void locationsSender_getsLocationEvseAndConnectorByPath() {
        wm.stubFor(get("/cpo/2.2.1/locations/LOC1").willReturn(okJson(ok(location("LOC1")))));
        wm.stubFor(get("/cpo/2.2.1/locations/LOC1/NL*EXA*E1")
                .willReturn(okJson(ok("{\"uid\":\"NL*EXA*E1\",\"status\":\"AVAILABLE\"}"))));
        wm.stubFor(get("/cpo/2.2.1/locations/LOC1/NL*EXA*E1/2")
                .willReturn(okJson(ok("{\"id\":\"2\",\"standard\":\"IEC_62196_T2\"}"))));

        LocationsSenderClient sender = v221().locationsSender();
        Location loc = sender.location("LOC1");
        Evse evse = sender.evse("LOC1", "NL*EXA*E1");
        Connector connector = sender.connector("LOC1", "NL*EXA*E1", "2");

        assertThat(loc.id()).isEqualTo("LOC1");
        assertThat(loc.coordinates().latitude()).isEqualTo("52.5");
        assertThat(evse.status()).isEqualTo(Status.AVAILABLE);
        assertThat(connector.standardAsString()).isEqualTo("IEC_62196_T2");
    }

    @Test
    void locationsReceiver_putUsesTheIdsOfTheObject_andPatchSendsOnlyPresentFields() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        LocationsReceiverClient receiver = v221().locationsReceiver();
        Location loc = OcpiJson.v221().read(location("LOC1"), Location.class);

        receiver.putLocation(loc);
        LoggedRequest put = only();
        assertThat(put.getMethod().getName()).isEqualTo("PUT");
        assertThat(put.getUrl()).isEqualTo("/emsp/2.2.1/locations/DE/CPX/LOC1");
        assertThat(json(put).get("id").asString()).isEqualTo("LOC1");
        assertThat(json(put).get("last_updated").asString()).isEqualTo("2026-01-01T00:00:00Z");

        wm.resetRequests();
        receiver.patchEvse(
                "DE",
                "CPX",
                "LOC1",
                "E1",
                EvsePatch.builder().status(Status.CHARGING).lastUpdated(T).build());
        LoggedRequest patch = only();
        assertThat(patch.getMethod().getName()).isEqualTo("PATCH");
        assertThat(patch.getUrl()).isEqualTo("/emsp/2.2.1/locations/DE/CPX/LOC1/E1");
        assertThat(patch.getBodyAsString())
                .isEqualToIgnoringWhitespace("{\"status\":\"CHARGING\",\"last_updated\":\"2026-03-01T10:00:00Z\"}");

        wm.resetRequests();
        receiver.patchConnector(
                "DE",
                "CPX",
                "LOC1",
                "E1",
                "3",
                ConnectorPatch.builder().lastUpdated(T).build());
        assertThat(only().getUrl()).isEqualTo("/emsp/2.2.1/locations/DE/CPX/LOC1/E1/3");

        wm.resetRequests();
        receiver.patchLocation(
                "DE",
                "CPX",
                "LOC1",
                LocationPatch.builder().name("New").lastUpdated(T).build());
        assertThat(json(only()).get("name").asString()).isEqualTo("New");

        wm.resetRequests();
        receiver.putEvse(
                "DE",
                "CPX",
                "LOC1",
                Evse.builder().uid("E2").status(Status.AVAILABLE).build());
        assertThat(only().getUrl()).isEqualTo("/emsp/2.2.1/locations/DE/CPX/LOC1/E2");

        wm.resetRequests();
        receiver.putConnector(
                "DE", "CPX", "LOC1", "E2", Connector.builder().id("7").build());
        assertThat(only().getUrl()).isEqualTo("/emsp/2.2.1/locations/DE/CPX/LOC1/E2/7");
    }

    @Test
    void locationsReceiver_getReadsThePartnersCopy_andUnknownLocationIsStatus2003() {
        wm.stubFor(get("/emsp/2.2.1/locations/DE/CPX/LOC1").willReturn(okJson(ok(location("LOC1")))));
        wm.stubFor(
                get("/emsp/2.2.1/locations/DE/CPX/NOPE")
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withBody(
                                                "{\"status_code\":2003,\"status_message\":\"Unknown Location\",\"timestamp\":\"2026-01-01T00:00:00Z\"}")));

        LocationsReceiverClient receiver = v221().locationsReceiver();
        assertThat(receiver.getLocation("DE", "CPX", "LOC1").id()).isEqualTo("LOC1");
        assertThatThrownBy(() -> receiver.getLocation("DE", "CPX", "NOPE"))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(2003);
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.statusMessage()).isEqualTo("Unknown Location");
                });
    }

    @Test
    void locationsReceiver_putWithoutId_failsBeforeSending() {
        Location noId = Location.builder().countryCode("DE").partyId("CPX").build();
        assertThatThrownBy(() -> v221().locationsReceiver().putLocation(noId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void sessions_bothDirections() {
        wm.stubFor(put("/cpo/2.2.1/sessions/S1/charging_preferences").willReturn(okJson(ok("\"ACCEPTED\""))));
        ChargingPreferencesResponse answer = v221().sessionsSender()
                .putChargingPreferences("S1", new ChargingPreferences("REGULAR", T, new BigDecimal("12.5"), false));
        assertThat(answer).isEqualTo(ChargingPreferencesResponse.ACCEPTED);
        JsonNode prefs = json(only());
        assertThat(prefs.get("profile_type").asString()).isEqualTo("REGULAR");
        assertThat(prefs.get("energy_need").decimalValue()).isEqualByComparingTo("12.5");

        wm.resetAll();
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        SessionsReceiverClient receiver = v221().sessionsReceiver();
        receiver.putSession(
                Session.builder().countryCode("NL").partyId("EXA").id("S1").build());
        assertThat(only().getUrl()).isEqualTo("/emsp/2.2.1/sessions/NL/EXA/S1");
        wm.resetRequests();
        receiver.patchSession(
                "NL",
                "EXA",
                "S1",
                SessionPatch.builder()
                        .kwh(new BigDecimal("3.25"))
                        .status(SessionStatus.ACTIVE)
                        .lastUpdated(T)
                        .build());
        LoggedRequest patch = only();
        assertThat(patch.getMethod().getName()).isEqualTo("PATCH");
        assertThat(patch.getBodyAsString()).contains("\"kwh\":3.25").contains("\"status\":\"ACTIVE\"");

        wm.resetAll();
        wm.stubFor(get("/emsp/2.2.1/sessions/NL/EXA/S1").willReturn(okJson(ok("{\"id\":\"S1\",\"kwh\":3.25}"))));
        assertThat(receiver.getSession("NL", "EXA", "S1").kwh()).isEqualByComparingTo("3.25");
    }

    @Test
    void cdrs_postReadsTheLocationHeader_andGetUsesThatUrl() {
        wm.stubFor(post("/emsp/2.2.1/cdrs")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Location", "/emsp/2.2.1/cdrs/stored/CDR1")
                        .withBody(okNoData())));
        wm.stubFor(
                get("/emsp/2.2.1/cdrs/stored/CDR1").willReturn(okJson(ok("{\"id\":\"CDR1\",\"total_energy\":10.5}"))));

        CdrsReceiverClient receiver = v221().cdrsReceiver();
        String url = receiver.postCdr(
                Cdr.builder().countryCode("DE").partyId("CPX").id("CDR1").build());

        assertThat(url).isEqualTo(base + "/emsp/2.2.1/cdrs/stored/CDR1");
        assertThat(json(only()).get("id").asString()).isEqualTo("CDR1");
        assertThat(receiver.getCdr(url).totalEnergy()).isEqualByComparingTo("10.5");
    }

    @Test
    void cdrs_postWithoutLocationHeader_isAnInvalidResponse_andNotRetried() {
        wm.stubFor(post("/emsp/2.2.1/cdrs").willReturn(okJson(okNoData())));

        assertThatThrownBy(() ->
                        v221().cdrsReceiver().postCdr(Cdr.builder().id("CDR1").build()))
                .isInstanceOf(OcpiInvalidResponseException.class)
                .hasMessageContaining("Location");
        wm.verify(1, postRequestedFor(urlEqualTo("/emsp/2.2.1/cdrs")));
    }

    @Test
    void tariffs_receiverPutGetDelete() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        TariffsReceiverClient receiver = v221().tariffsReceiver();
        receiver.putTariff(Tariff.builder()
                .countryCode("DE")
                .partyId("CPX")
                .id("T1")
                .currency("EUR")
                .build());
        LoggedRequest put = only();
        assertThat(put.getUrl()).isEqualTo("/emsp/2.2.1/tariffs/DE/CPX/T1");
        assertThat(json(put).get("currency").asString()).isEqualTo("EUR");

        wm.resetRequests();
        receiver.deleteTariff("DE", "CPX", "T1");
        LoggedRequest delete = only();
        assertThat(delete.getMethod().getName()).isEqualTo("DELETE");
        assertThat(delete.getUrl()).isEqualTo("/emsp/2.2.1/tariffs/DE/CPX/T1");
        assertThat(delete.getBody()).isEmpty();
    }

    @Test
    void tokens_authorizeSendsTypeAndLocation_andReceiverUsesTheTypeParameter() {
        wm.stubFor(
                post("/cpo/2.2.1/tokens/0123ABCD/authorize?type=RFID")
                        .withRequestBody(equalToJson("{\"location_id\":\"LOC1\",\"evse_uids\":[\"E1\"]}"))
                        .willReturn(
                                okJson(
                                        ok(
                                                "{\"allowed\":\"ALLOWED\",\"token\":{\"uid\":\"0123ABCD\"},\"authorization_reference\":\"REF1\"}"))));

        AuthorizationInfo info = v221().tokensSender()
                .authorize("0123ABCD", TokenType.RFID, new LocationReferences("LOC1", List.of("E1")));
        assertThat(info.allowed()).isEqualTo(AllowedType.ALLOWED);
        assertThat(info.authorizationReference()).isEqualTo("REF1");

        wm.resetAll();
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        TokensReceiverClient receiver = v221().tokensReceiver();
        receiver.putToken(Token.builder()
                .countryCode("NL")
                .partyId("EXA")
                .uid("0123ABCD")
                .type(TokenType.APP_USER)
                .build());
        assertThat(only().getUrl()).isEqualTo("/emsp/2.2.1/tokens/NL/EXA/0123ABCD?type=APP_USER");
        wm.resetRequests();
        receiver.patchToken(
                "NL",
                "EXA",
                "0123ABCD",
                null,
                TokenPatch.builder().valid(false).lastUpdated(T).build());
        LoggedRequest patch = only();
        assertThat(patch.getUrl()).isEqualTo("/emsp/2.2.1/tokens/NL/EXA/0123ABCD");
        assertThat(json(patch).get("valid").asBoolean()).isFalse();
    }

    @Test
    void tokens_authorizeUnknownToken_isStatus2004_andNotRetried() {
        wm.stubFor(post("/cpo/2.2.1/tokens/NOPE/authorize")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withBody("{\"status_code\":2004,\"timestamp\":\"2026-01-01T00:00:00Z\"}")));

        assertThatThrownBy(() -> v221().tokensSender().authorize("NOPE", null, null))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(2004));
        wm.verify(1, postRequestedFor(urlEqualTo("/cpo/2.2.1/tokens/NOPE/authorize")));
    }

    @Test
    void commandsSender_postsTheResultToTheResponseUrl() {
        wm.stubFor(post("/emsp/results/abc").willReturn(okJson(okNoData())));

        v221().commandsSender().postResult(base + "/emsp/results/abc", new CommandResult("ACCEPTED", List.of()));

        LoggedRequest r = only();
        assertThat(json(r).get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(r.getHeader("OCPI-to-party-id")).isEqualTo("CPX");
    }

    @Test
    void chargingProfilesSender_putsTheActiveProfile_andPostsResults() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        ChargingProfilesSenderClient sender = v221().chargingProfilesSender();
        sender.putActiveChargingProfile(
                "S1",
                new ActiveChargingProfile(
                        T,
                        ChargingProfile.builder().chargingRateUnitAsString("W").build()));
        LoggedRequest put = only();
        assertThat(put.getUrl()).isEqualTo("/cpo/2.2.1/chargingprofiles/S1");
        assertThat(json(put).get("start_date_time").asString()).isEqualTo("2026-03-01T10:00:00Z");

        wm.resetRequests();
        sender.postActiveChargingProfileResult(base + "/scsp/r/1", new ActiveChargingProfileResult("ACCEPTED", null));
        assertThat(only().getUrl()).isEqualTo("/scsp/r/1");
    }

    @Test
    void hubClientInfo_hasNoRoutingHeaders() {
        wm.stubFor(put("/emsp/2.2.1/hubclientinfo/BE/BEC").willReturn(okJson(okNoData())));

        v221().hubClientInfoReceiver()
                .putClientInfo(ClientInfo.builder()
                        .partyId("BEC")
                        .countryCode("BE")
                        .roleAsString("CPO")
                        .statusAsString("CONNECTED")
                        .lastUpdated(T)
                        .build());

        LoggedRequest r = only();
        assertThat(r.containsHeader("OCPI-from-party-id")).isFalse();
        assertThat(r.containsHeader("OCPI-to-party-id")).isFalse();
        assertThat(json(r).get("status").asString()).isEqualTo("CONNECTED");
    }

    @Test
    void functionalModules_carryDirectRoutingHeaders_whenBothSidesAreSingleParties() {
        wm.stubFor(get("/cpo/2.2.1/locations/LOC1")
                .withHeader("OCPI-from-country-code", equalTo("NL"))
                .withHeader("OCPI-from-party-id", equalTo("EXA"))
                .withHeader("OCPI-to-country-code", equalTo("DE"))
                .withHeader("OCPI-to-party-id", equalTo("CPX"))
                .willReturn(okJson(ok(location("LOC1")))));

        assertThat(v221().locationsSender().location("LOC1").id()).isEqualTo("LOC1");
    }

    @Test
    void missingEndpoint_failsWithoutSending() {
        var p = partner();
        var stripped = new dev.ocpkit.ocpi.client.Partner(
                p.id(),
                p.state(),
                p.versionsUrl(),
                p.version(),
                p.endpoints().stream()
                        .filter(e -> !e.moduleId().equals("tariffs"))
                        .toList(),
                p.tokenWeUse(),
                p.tokenTheyUse(),
                p.roles(),
                p.quirks());

        assertThatThrownBy(
                        () -> client.partner(stripped).v221().tariffsReceiver().deleteTariff("DE", "CPX", "T1"))
                .isInstanceOfSatisfying(OcpiMissingEndpointException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(3003);
                    assertThat(e.getMessage()).contains("tariffs RECEIVER");
                });
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void requestBody_hasNoNullFields_andAbsentRoutingForUnknownParties() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        client.partner(partner(dev.ocpkit.ocpi.client.PartnerQuirks.SPEC, List.of()))
                .v221()
                .tariffsReceiver()
                .putTariff(Tariff.builder()
                        .countryCode("DE")
                        .partyId("CPX")
                        .id("T1")
                        .build());

        LoggedRequest r = only();
        assertThat(r.getBodyAsString()).doesNotContain("null");
        assertThat(r.getHeader("OCPI-to-party-id")).isNull();
        wm.verify(anyRequestedFor(anyUrl()).withHeader("OCPI-from-party-id", absent()));
        wm.verify(anyRequestedFor(anyUrl()).withRequestBody(matchingJsonPath("$.id", equalTo("T1"))));
    }
}
