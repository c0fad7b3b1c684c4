package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.CPO;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_A;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.VERSIONS_URL;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v230.CommandResponse;
import dev.ocpkit.ocpi.model.v230.CommandResponseType;
import dev.ocpkit.ocpi.model.v230.StartSession;
import dev.ocpkit.ocpi.model.v230.TaxIncluded;
import dev.ocpkit.ocpi.model.v230.TokenType;
import dev.ocpkit.ocpi.server.v230.CommandsReceiver;
import dev.ocpkit.ocpi.server.v230.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v230.InMemoryLocations;
import dev.ocpkit.ocpi.server.v230.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v230.InMemoryTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OCPI 2.3.0 served next to 2.2.1 by one dispatcher: versions, version details, modules and the credentials handshake. */
class V230ServerTest {
    private static final String V = "/ocpi/2.3.0";
    private static final String CPO_TOKEN = "token-of-the-cpo";
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final LocalParty BOTH =
            new LocalParty(VERSIONS_URL, List.of(OcpiVersion.V2_2_1, OcpiVersion.V2_3_0), List.of(CPO));

    private static TestServer server(Consumer<OcpiDispatcher.Builder> config) {
        TestServer s = new TestServer(BOTH, config, PartnerQuirks.SPEC);
        s.partners.save(TestServer.registered(
                "cpo", CPO_TOKEN, PartnerQuirks.SPEC, new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
        return s;
    }

    @Test
    void versions_listBoth_andEachDetailsListOnlyItsOwnModulesWithTheirRoles() {
        dev.ocpkit.ocpi.server.v221.InMemoryLocations old = new dev.ocpkit.ocpi.server.v221.InMemoryLocations();
        TestServer s = server(b -> b.service(old.asSender())
                .service(new InMemoryLocations().asSender())
                .service(new InMemoryTokens().asReceiver())
                .service(new InMemoryCdrs().asReceiver()));

        JsonNode versions = json(s.get("/ocpi/versions")).get("data");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asString()).isEqualTo("2.2.1");
        assertThat(versions.get(1).get("version").asString()).isEqualTo("2.3.0");
        assertThat(versions.get(1).get("url").asString()).isEqualTo("https://cpo.example.com/ocpi/2.3.0");

        JsonNode details = json(s.get(V)).get("data");
        assertThat(details.get("version").asString()).isEqualTo("2.3.0");
        List<String> endpoints = new ArrayList<>();
        for (JsonNode e : details.get("endpoints")) {
            endpoints.add(e.get("identifier").asString() + " " + e.get("role").asString() + " "
                    + e.get("url").asString());
        }
        assertThat(endpoints)
                .containsExactly(
                        "credentials SENDER https://cpo.example.com/ocpi/2.3.0/credentials",
                        "locations SENDER https://cpo.example.com/ocpi/2.3.0/sender/locations",
                        "tokens RECEIVER https://cpo.example.com/ocpi/2.3.0/receiver/tokens",
                        "cdrs RECEIVER https://cpo.example.com/ocpi/2.3.0/receiver/cdrs");

        JsonNode old221 = json(s.get("/ocpi/2.2.1")).get("data").get("endpoints");
        assertThat(old221).hasSize(2);
        assertThat(old221.get(1).get("url").asString())
                .isEqualTo("https://cpo.example.com/ocpi/2.2.1/sender/locations");
        assertThat(s.dispatcher.endpointUrl(OcpiVersion.V2_3_0, "tokens", "RECEIVER"))
                .isEqualTo("https://cpo.example.com/ocpi/2.3.0/receiver/tokens");
        assertThat(s.dispatcher.endpointUrl(OcpiVersion.V2_2_1, "tokens", "RECEIVER"))
                .isNull();
    }

    @Test
    void aModuleOfTheOtherVersion_is404_andAVersionNotOffered_is404With3002() {
        TestServer s = server(b -> b.service(new dev.ocpkit.ocpi.server.v221.InMemoryLocations().asSender())
                .service(new InMemoryTokens().asReceiver()));
        OcpiResponse notBound = s.get(V + "/sender/locations");
        assertThat(notBound.status()).isEqualTo(404);
        assertThat(status(notBound)).isEqualTo(2000);
        OcpiResponse notBound221 = s.get("/ocpi/2.2.1/receiver/tokens/NL/CPO/X");
        assertThat(notBound221.status()).isEqualTo(404);

        OcpiResponse unknown = s.get("/ocpi/2.4.0/sender/locations");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(unknown)).isEqualTo(3002);

        // a party that offers only 2.2.1 does not serve 2.3.0, even with 2.3.0 support in the SDK
        TestServer only221 =
                new TestServer(b -> b.service(new dev.ocpkit.ocpi.server.v221.InMemoryLocations().asSender()));
        OcpiResponse r = only221.get(V);
        assertThat(r.status()).isEqualTo(404);
        assertThat(status(r)).isEqualTo(3002);
    }

    @Test
    void locationsSender_pagesWithTheHeaders_andGetsOne() {
        InMemoryLocations locations = new InMemoryLocations();
        for (int i = 0; i < 5; i++) {
            locations.put(Fixtures230.location("NL", "CPO", "LOC" + i, T0.plusSeconds(60L * i)));
        }
        TestServer s = server(b -> b.service(locations.asSender()));

        OcpiResponse page = s.get(V + "/sender/locations?limit=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(json(page).get("data")).hasSize(2);
        assertThat(page.header("X-Total-Count")).isEqualTo("5");
        // X-Limit is the most the server returns in one page, not the limit asked for
        assertThat(page.header("X-Limit")).isEqualTo("100");
        assertThat(page.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.3.0/sender/locations?offset=2&limit=2>; rel=\"next\"");

        OcpiResponse one = s.get(V + "/sender/locations/LOC3");
        assertThat(json(one).get("data").get("id").asString()).isEqualTo("LOC3");
        OcpiResponse evse = s.get(V + "/sender/locations/LOC3/LOC3-E1");
        assertThat(json(evse).get("data").get("uid").asString()).isEqualTo("LOC3-E1");
        OcpiResponse missing = s.get(V + "/sender/locations/NOPE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(status(missing)).isEqualTo(2003);
    }

    @Test
    void tariffsReceiver_put201Then200_requiresTaxIncluded_andDeletes() {
        InMemoryTariffs tariffs = new InMemoryTariffs();
        TestServer s = server(b -> b.service(tariffs.asReceiver()));
        String url = V + "/receiver/tariffs/BE/CPO/T1";

        OcpiResponse created = s.send("PUT", url, CPO_TOKEN, Fixtures230.tariffJson("BE", "CPO", "T1", true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(tariffs.find("BE", "CPO", "T1").orElseThrow().taxIncluded()).isEqualTo(TaxIncluded.NO);
        OcpiResponse replaced = s.send("PUT", url, CPO_TOKEN, Fixtures230.tariffJson("BE", "CPO", "T1", true));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(status(replaced)).isEqualTo(1000);

        OcpiResponse noTax = s.send(
                "PUT", V + "/receiver/tariffs/BE/CPO/T2", CPO_TOKEN, Fixtures230.tariffJson("BE", "CPO", "T2", false));
        assertThat(status(noTax)).isEqualTo(2001);
        assertThat(TestServer.message(noTax)).contains("tax_included");
        assertThat(tariffs.find("BE", "CPO", "T2")).isEmpty();

        OcpiResponse otherId = s.send("PUT", url, CPO_TOKEN, Fixtures230.tariffJson("BE", "CPO", "T9", true));
        assertThat(status(otherId)).isEqualTo(2001);

        assertThat(json(s.send("GET", url, CPO_TOKEN, null))
                        .get("data")
                        .get("tax_included")
                        .asString())
                .isEqualTo("NO");
        assertThat(status(s.send("DELETE", url, CPO_TOKEN, null))).isEqualTo(1000);
        assertThat(tariffs.all()).isEmpty();
        OcpiResponse again = s.send("DELETE", url, CPO_TOKEN, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(status(again)).isEqualTo(2001);
        assertThat(s.send("POST", url, CPO_TOKEN, null).status()).isEqualTo(405);
    }

    @Test
    void tokensReceiver_putPatchGet_andAnUnknownTokenIs404With2004() {
        InMemoryTokens tokens = new InMemoryTokens();
        TestServer s = server(b -> b.service(tokens.asReceiver()));
        String url = "/ocpi/2.3.0/receiver/tokens/DE/EMS/RFID0001";

        assertThat(s.send("PUT", url, TOKEN_C, Fixtures230.tokenJson("DE", "EMS", "RFID0001", true))
                        .status())
                .isEqualTo(201);
        OcpiResponse patched = s.send(
                "PATCH", url + "?type=RFID", TOKEN_C, "{\"valid\":false,\"last_updated\":\"2024-02-02T00:00:00Z\"}");
        assertThat(status(patched)).isEqualTo(1000);
        assertThat(tokens.find("DE", "EMS", "RFID0001", TokenType.RFID)
                        .orElseThrow()
                        .valid())
                .isFalse();
        assertThat(json(s.get(url)).get("data").get("valid").asBoolean()).isFalse();

        OcpiResponse unknown = s.get("/ocpi/2.3.0/receiver/tokens/DE/EMS/NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(unknown)).isEqualTo(2004);
        // the URL names a party that is not the caller's
        assertThat(status(s.send(
                        "PUT",
                        "/ocpi/2.3.0/receiver/tokens/FR/XXX/RFID0001",
                        TOKEN_C,
                        Fixtures230.tokenJson("FR", "XXX", "RFID0001", true))))
                .isEqualTo(2001);
    }

    @Test
    void cdrsReceiver_postsATaxedCdr_201WithItsLocation() {
        InMemoryCdrs cdrs = new InMemoryCdrs();
        TestServer s = server(b -> b.service(cdrs.asReceiver()));
        OcpiResponse r = s.send("POST", V + "/receiver/cdrs", CPO_TOKEN, Fixtures230.cdrJson("BE", "CPO", "CDR1"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("https://cpo.example.com/ocpi/2.3.0/receiver/cdrs/BE/CPO/CDR1");
        assertThat(cdrs.find("BE", "CPO", "CDR1").orElseThrow().totalCost().taxes())
                .singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("VAT"));
    }

    @Test
    void commandsReceiver_startSession_reachesTheService_andUnknownCommandsAreNotSupported() {
        List<StartSession> received = new ArrayList<>();
        CommandsReceiver commands = new CommandsReceiver() {
            @Override
            public CommandResponse startSession(dev.ocpkit.ocpi.server.OcpiContext ctx, StartSession command) {
                received.add(command);
                assertThat(ctx.version()).isEqualTo(OcpiVersion.V2_3_0);
                return new CommandResponse(CommandResponseType.ACCEPTED.value(), 30, List.of());
            }
        };
        TestServer s = server(b -> b.service(commands));
        String body =
                """
                {"response_url":"https://emsp.example.com/ocpi/2.3.0/commands/START_SESSION/1",
                 "token":%s,"location_id":"LOC1","evse_uid":"LOC1-E1"}"""
                        .formatted(Fixtures230.tokenJson("DE", "EMS", "RFID0001", true));
        JsonNode data = json(s.send("POST", V + "/receiver/commands/START_SESSION", TOKEN_C, body))
                .get("data");
        assertThat(data.get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(data.get("timeout").asInt()).isEqualTo(30);
        assertThat(received).singleElement().satisfies(c -> assertThat(c.locationId())
                .isEqualTo("LOC1"));

        assertThat(json(s.send("POST", V + "/receiver/commands/TELEPORT", TOKEN_C, "{}"))
                        .get("data")
                        .get("result")
                        .asString())
                .isEqualTo("NOT_SUPPORTED");
    }

    @Test
    void credentialsHandshake_negotiating230_callsBackFor230_andAnswers230Credentials() {
        List<String> calls = new ArrayList<>();
        PartnerDiscovery discovery = (url, token, version, quirks) -> {
            calls.add(url + " " + token + " " + version);
            return List.of(
                    new PartnerEndpoint("credentials", "SENDER", "https://emsp2.example.com/ocpi/2.3.0/credentials"),
                    new PartnerEndpoint("tokens", "SENDER", "https://emsp2.example.com/ocpi/2.3.0/sender/tokens"));
        };
        InMemoryLocations locations = new InMemoryLocations();
        TestServer s = server(b -> b.service(locations.asSender()).discovery(discovery));
        String body =
                """
                {"token":"token-b-of-newcomer","url":"https://emsp2.example.com/ocpi/versions","hub_party_id":null,
                 "roles":[{"role":"EMSP","party_id":"EM2","country_code":"FR","business_details":{"name":"Second"}},
                          {"role":"PTP","party_id":"PT2","country_code":"FR","business_details":{"name":"Terminals"}}]}""";

        OcpiResponse r = s.send("POST", V + "/credentials", TOKEN_A, body);
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(1000);
        JsonNode data = json(r).get("data");
        String tokenC = data.get("token").asString();
        assertThat(tokenC).hasSize(43);
        assertThat(data.get("url").asString()).isEqualTo(VERSIONS_URL);
        assertThat(data.get("roles").get(0).get("role").asString()).isEqualTo("CPO");
        assertThat(calls).containsExactly("https://emsp2.example.com/ocpi/versions token-b-of-newcomer 2.3.0");

        Partner p = s.partners.find("newcomer").orElseThrow();
        assertThat(p.state()).isEqualTo(Partner.State.REGISTERED);
        assertThat(p.version()).isEqualTo(OcpiVersion.V2_3_0);
        assertThat(p.hasParty("FR", "PT2")).isTrue();
        assertThat(p.endpoint("tokens", "SENDER")).contains("https://emsp2.example.com/ocpi/2.3.0/sender/tokens");

        assertThat(s.send("GET", V + "/sender/locations", tokenC, null).status())
                .isEqualTo(200);
        OcpiResponse ours = s.send("GET", V + "/credentials", tokenC, null);
        assertThat(json(ours).get("data").get("token").asString()).isEqualTo(tokenC);
        // registered for 2.3.0, so a second POST is refused like in 2.2.1
        assertThat(s.send("POST", V + "/credentials", tokenC, body).status()).isEqualTo(405);
    }

    @Test
    void sessions_senderNeedsDateFrom_andTheReceiverAppendsPatchedChargingPeriods() {
        dev.ocpkit.ocpi.server.v230.InMemorySessions sessions = new dev.ocpkit.ocpi.server.v230.InMemorySessions();
        TestServer s = server(b -> b.service(sessions.asReceiver()));
        String url = V + "/receiver/sessions/BE/CPO/S1";
        String session = Fixtures.sessionJson("BE", "CPO", "S1", T0);
        assertThat(s.send("PUT", url, CPO_TOKEN, session).status()).isEqualTo(201);
        String patch =
                """
                {"charging_periods":[{"start_date_time":"2024-03-01T10:00:00Z",
                  "dimensions":[{"type":"ENERGY","volume":1.5}]}],"kwh":1.5,"last_updated":"2024-03-01T10:15:00Z"}""";
        assertThat(status(s.send("PATCH", url, CPO_TOKEN, patch))).isEqualTo(1000);
        assertThat(status(s.send("PATCH", url, CPO_TOKEN, patch))).isEqualTo(1000);
        assertThat(sessions.find("BE", "CPO", "S1").orElseThrow().chargingPeriods())
                .hasSize(2);
        OcpiResponse otherOwner = s.send("PUT", url, CPO_TOKEN, Fixtures.sessionJson("NL", "CPO", "S1", T0));
        assertThat(status(otherOwner)).isEqualTo(2001);

        TestServer sender = server(b -> b.service(sessions.asSender()));
        OcpiResponse withoutDateFrom = sender.get(V + "/sender/sessions");
        assertThat(status(withoutDateFrom)).isEqualTo(2001);
        OcpiResponse page = sender.get(V + "/sender/sessions?date_from=2024-01-01T00:00:00Z");
        assertThat(json(page).get("data")).hasSize(1);
        assertThat(page.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void chargingProfilesAndHubClientInfo_areServedFor230() {
        TestServer s = server(b -> b.service(new dev.ocpkit.ocpi.server.v230.ChargingProfilesReceiver() {})
                .service(new dev.ocpkit.ocpi.server.v230.InMemoryHubClientInfo().asReceiver()));
        String profiles = V + "/receiver/chargingprofiles/S1";
        assertThat(json(s.get(profiles + "?duration=900&response_url=https%3A%2F%2Fscsp%2Fr%2F1"))
                        .get("data")
                        .get("result")
                        .asString())
                .isEqualTo("NOT_SUPPORTED");
        assertThat(status(s.get(profiles + "?response_url=https://scsp/r/1"))).isEqualTo(2001);

        String info =
                """
                {"party_id":"CPO","country_code":"BE","role":"CPO","status":"CONNECTED",
                 "last_updated":"2024-03-01T00:00:00Z"}""";
        String url = V + "/receiver/hubclientinfo/BE/CPO";
        assertThat(s.send("PUT", url, TOKEN_C, info).status()).isEqualTo(201);
        assertThat(json(s.get(url)).get("data").get("status").asString()).isEqualTo("CONNECTED");
        // client info describes other parties: the URL's party need not be the caller's
        assertThat(s.send(
                                "PUT",
                                V + "/receiver/hubclientinfo/FR/XXX",
                                TOKEN_C,
                                info.replace("BE", "FR").replace("\"CPO\",\"country", "\"XXX\",\"country"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void commandsSender_receivesTheAsyncResultAtItsOwnReference() {
        List<String> results = new ArrayList<>();
        dev.ocpkit.ocpi.server.v230.CommandsSender sender =
                (ctx, reference, result) -> results.add(reference + " " + result.resultAsString());
        TestServer s = server(b -> b.service(sender));
        assertThat(status(s.send(
                        "POST", V + "/sender/commands/START_SESSION/42", CPO_TOKEN, "{\"result\":\"ACCEPTED\"}")))
                .isEqualTo(1000);
        assertThat(status(s.send("POST", V + "/sender/commands/STOP_SESSION/43", CPO_TOKEN, "{}")))
                .isEqualTo(2001);
        assertThat(s.send("GET", V + "/sender/commands/START_SESSION/42", CPO_TOKEN, null)
                        .status())
                .isEqualTo(405);
        assertThat(results).containsExactly("START_SESSION/42 ACCEPTED");
    }
}
