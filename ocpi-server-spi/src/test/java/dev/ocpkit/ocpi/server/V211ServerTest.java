package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.CPO;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_A;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.VERSIONS_URL;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v211.Cdr;
import dev.ocpkit.ocpi.model.v211.CommandResponse;
import dev.ocpkit.ocpi.model.v211.CommandResponseType;
import dev.ocpkit.ocpi.model.v211.Location;
import dev.ocpkit.ocpi.model.v211.LocationReferences;
import dev.ocpkit.ocpi.model.v211.StartSession;
import dev.ocpkit.ocpi.model.v211.Tariff;
import dev.ocpkit.ocpi.model.v211.Token;
import dev.ocpkit.ocpi.model.v211.TokenType;
import dev.ocpkit.ocpi.server.v211.CdrsReceiver;
import dev.ocpkit.ocpi.server.v211.CommandsReceiver;
import dev.ocpkit.ocpi.server.v211.LocationsSender;
import dev.ocpkit.ocpi.server.v211.TariffsReceiver;
import dev.ocpkit.ocpi.server.v211.TokensReceiver;
import dev.ocpkit.ocpi.server.v211.TokensSender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OCPI 2.1.1 served next to 2.2.1: endpoints without roles, raw tokens, owner-less objects, 2.1.1 credentials. */
class V211ServerTest {
    private static final String V = "/ocpi/2.1.1";
    private static final String CPO_TOKEN = "token-of-the-cpo";
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final LocalParty BOTH =
            new LocalParty(VERSIONS_URL, List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1), List.of(CPO));

    private static TestServer server(Consumer<OcpiDispatcher.Builder> config) {
        TestServer s = new TestServer(BOTH, config, PartnerQuirks.SPEC);
        s.partners.save(TestServer.registered(
                "cpo", CPO_TOKEN, PartnerQuirks.SPEC, new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
        return s;
    }

    /** 2.1.1 sends the token as it is, not Base64-encoded. */
    private static OcpiResponse raw(TestServer s, String method, String path, String token, @Nullable String body) {
        return s.send(method, path, "Token " + token, body, b -> {});
    }

    private static LocationsSender locations(List<Location> all) {
        return new LocationsSender() {
            @Override
            public Page<Location> getLocations(OcpiContext ctx, PageRequest page) {
                return Page.of(all, page, Location::lastUpdated);
            }

            @Override
            public Optional<Location> getLocation(OcpiContext ctx, String locationId) {
                return all.stream().filter(l -> locationId.equals(l.id())).findFirst();
            }
        };
    }

    private static final class Tokens implements TokensReceiver {
        final Map<String, Token> stored = new ConcurrentHashMap<>();

        @Override
        public Optional<Token> getToken(OcpiContext ctx, String countryCode, String partyId, String tokenUid) {
            return Optional.ofNullable(stored.get(countryCode + "/" + partyId + "/" + tokenUid));
        }

        @Override
        public PutOutcome putToken(OcpiContext ctx, String countryCode, String partyId, String tokenUid, Token token) {
            return stored.put(countryCode + "/" + partyId + "/" + tokenUid, token) == null
                    ? PutOutcome.CREATED
                    : PutOutcome.UPDATED;
        }
    }

    private static final class Tariffs implements TariffsReceiver {
        final Map<String, Tariff> stored = new ConcurrentHashMap<>();

        @Override
        public Optional<Tariff> getTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId) {
            return Optional.ofNullable(stored.get(countryCode + "/" + partyId + "/" + tariffId));
        }

        @Override
        public PutOutcome putTariff(
                OcpiContext ctx, String countryCode, String partyId, String tariffId, Tariff tariff) {
            return stored.put(countryCode + "/" + partyId + "/" + tariffId, tariff) == null
                    ? PutOutcome.CREATED
                    : PutOutcome.UPDATED;
        }

        @Override
        public boolean deleteTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId) {
            return stored.remove(countryCode + "/" + partyId + "/" + tariffId) != null;
        }
    }

    @Test
    void versionDetails_listIdentifierAndUrlWithoutRole_andRawTokensAreTheRule() {
        TestServer s = server(b -> b.service(locations(List.of())).service(new Tokens()));

        // the versions endpoint has no version: the partner's agreed one (2.2.1 here) decides the token's form
        assertThat(raw(s, "GET", "/ocpi/versions", TOKEN_C, null).status()).isEqualTo(401);
        JsonNode versions = json(s.get("/ocpi/versions")).get("data");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asString()).isEqualTo("2.1.1");
        assertThat(versions.get(0).get("url").asString()).isEqualTo("https://cpo.example.com/ocpi/2.1.1");

        OcpiResponse r = raw(s, "GET", V, TOKEN_C, null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode details = json(r).get("data");
        assertThat(details.get("version").asString()).isEqualTo("2.1.1");
        List<String> endpoints = new ArrayList<>();
        for (JsonNode e : details.get("endpoints")) {
            assertThat(e.has("role")).as("2.1.1 endpoints have no role").isFalse();
            endpoints.add(e.get("identifier").asString() + " " + e.get("url").asString());
        }
        assertThat(endpoints)
                .containsExactly(
                        "credentials https://cpo.example.com/ocpi/2.1.1/credentials",
                        "locations https://cpo.example.com/ocpi/2.1.1/sender/locations",
                        "tokens https://cpo.example.com/ocpi/2.1.1/receiver/tokens");
        // the 2.2.1 details of the same dispatcher keep their roles and list no 2.1.1 service
        JsonNode v221 = json(s.get("/ocpi/2.2.1")).get("data").get("endpoints");
        assertThat(v221).hasSize(1);
        assertThat(v221.get(0).get("role").asString()).isEqualTo("SENDER");

        // a Base64 token at a 2.1.1 endpoint is not what the specification says (PartnerQuirks.SPEC)
        assertThat(s.send("GET", V + "/sender/locations", TOKEN_C, null).status())
                .isEqualTo(401);
        assertThat(raw(s, "GET", V + "/sender/locations", TOKEN_C, null).status())
                .isEqualTo(200);

        // 2.1 (not 2.1.1) and 2.3.0 are versions this party does not offer: 404 with 3002, once authenticated as
        // the partner's agreed version (2.2.1, Base64) says, as such a path names no version of ours
        for (String path : List.of("/ocpi/2.1/sender/locations", "/ocpi/2.3.0/sender/locations")) {
            OcpiResponse r2 = s.send("GET", path, TOKEN_C, null);
            assertThat(r2.status()).as(path).isEqualTo(404);
            assertThat(status(r2)).as(path).isEqualTo(3002);
        }
        // a module that is not registered for 2.1.1: 404 with 2000
        OcpiResponse none = raw(s, "GET", V + "/sender/tariffs", TOKEN_C, null);
        assertThat(none.status()).isEqualTo(404);
        assertThat(status(none)).isEqualTo(2000);
    }

    @Test
    void bothSidesOfAModule_areRefusedFor211_asItsEndpointsHaveNoRole() {
        TokensSender sender = new TokensSender() {
            @Override
            public Page<Token> getTokens(OcpiContext ctx, PageRequest page) {
                return Page.empty();
            }

            @Override
            public Optional<AuthorizationInfo> authorize(
                    OcpiContext ctx, String tokenUid, TokenType type, @Nullable LocationReferences location) {
                return Optional.empty();
            }
        };
        OcpiDispatcher.Builder b = OcpiDispatcher.builder(BOTH, new InMemoryPartnerStore())
                .service(sender)
                .service(new Tokens());
        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tokens")
                .hasMessageContaining("2.1.1");
    }

    @Test
    void locationsCpoInterface_pagesAndGetsOne_unknownIs404With2003() {
        List<Location> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(Fixtures211.location("LOC" + i, T0.plusSeconds(60L * i)));
        }
        TestServer s = server(b -> b.service(locations(all)));
        OcpiResponse page = raw(s, "GET", V + "/sender/locations?offset=1&limit=2", TOKEN_C, null);
        assertThat(json(page).get("data")).hasSize(2);
        assertThat(json(page).get("data").get(0).get("id").asString()).isEqualTo("LOC1");
        assertThat(json(page).get("data").get(0).has("country_code")).isFalse();
        assertThat(page.header("X-Total-Count")).isEqualTo("5");
        assertThat(page.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.1.1/sender/locations?offset=3&limit=2>; rel=\"next\"");

        JsonNode connector = json(raw(s, "GET", V + "/sender/locations/LOC2/LOC2-E1/1", TOKEN_C, null))
                .get("data");
        assertThat(connector.get("voltage").asInt()).isEqualTo(230);
        OcpiResponse missing = raw(s, "GET", V + "/sender/locations/NOPE", TOKEN_C, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(status(missing)).isEqualTo(2003);
        assertThat(raw(s, "PUT", V + "/sender/locations/LOC1", TOKEN_C, Fixtures211.locationJson("LOC1", T0))
                        .status())
                .isEqualTo(405);
    }

    @Test
    void tokensCpoInterface_putPatchGet_withTheUrlPartyChecked() {
        Tokens tokens = new Tokens();
        TestServer s = server(b -> b.service(tokens));
        String url = V + "/receiver/tokens/DE/EMS/RFID0001";

        assertThat(raw(s, "PUT", url, TOKEN_C, Fixtures211.tokenJson("RFID0001", true))
                        .status())
                .isEqualTo(201);
        assertThat(raw(s, "PUT", url, TOKEN_C, Fixtures211.tokenJson("RFID0001", true))
                        .status())
                .isEqualTo(200);
        OcpiResponse patched =
                raw(s, "PATCH", url, TOKEN_C, "{\"valid\":false,\"last_updated\":\"2024-02-02T00:00:00Z\"}");
        assertThat(status(patched)).isEqualTo(1000);
        assertThat(tokens.stored.get("DE/EMS/RFID0001").valid()).isFalse();
        assertThat(json(raw(s, "GET", url, TOKEN_C, null))
                        .get("data")
                        .get("valid")
                        .asBoolean())
                .isFalse();

        OcpiResponse otherUid = raw(s, "PUT", url, TOKEN_C, Fixtures211.tokenJson("RFID0002", true));
        assertThat(status(otherUid)).isEqualTo(2001);
        OcpiResponse unknown = raw(s, "GET", V + "/receiver/tokens/DE/EMS/NOPE", TOKEN_C, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(unknown)).as("2.1.1 has no 2004").isEqualTo(2001);
        OcpiResponse notTheCallers =
                raw(s, "PUT", V + "/receiver/tokens/FR/XXX/RFID0001", TOKEN_C, Fixtures211.tokenJson("RFID0001", true));
        assertThat(notTheCallers.status()).isEqualTo(404);
        assertThat(tokens.stored).containsOnlyKeys("DE/EMS/RFID0001");
        assertThat(raw(s, "DELETE", url, TOKEN_C, null).status()).isEqualTo(405);
    }

    @Test
    void tariffsEmspInterface_putPatchDelete() {
        Tariffs tariffs = new Tariffs();
        TestServer s = server(b -> b.service(tariffs));
        String url = V + "/receiver/tariffs/BE/CPO/T1";

        assertThat(raw(s, "PUT", url, CPO_TOKEN, Fixtures211.tariffJson("T1", "EUR"))
                        .status())
                .isEqualTo(201);
        OcpiResponse patched =
                raw(s, "PATCH", url, CPO_TOKEN, "{\"currency\":\"CHF\",\"last_updated\":\"2024-01-02T00:00:00Z\"}");
        assertThat(status(patched)).isEqualTo(1000);
        assertThat(tariffs.stored.get("BE/CPO/T1").currency()).isEqualTo("CHF");
        assertThat(tariffs.stored.get("BE/CPO/T1").elements()).hasSize(1);

        assertThat(status(raw(s, "DELETE", url, CPO_TOKEN, null))).isEqualTo(1000);
        assertThat(tariffs.stored).isEmpty();
        OcpiResponse again = raw(s, "DELETE", url, CPO_TOKEN, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(status(again)).isEqualTo(2001);
        OcpiResponse patchUnknown =
                raw(s, "PATCH", url, CPO_TOKEN, "{\"currency\":\"CHF\",\"last_updated\":\"2024-01-02T00:00:00Z\"}");
        assertThat(patchUnknown.status()).isEqualTo(404);
    }

    @Test
    void cdrsEmspInterface_post201WithALocationWhereTheCdrIsRead() {
        Map<String, Cdr> stored = new ConcurrentHashMap<>();
        CdrsReceiver cdrs = new CdrsReceiver() {
            @Override
            public Optional<Cdr> getCdr(OcpiContext ctx, String cdrId) {
                return Optional.ofNullable(stored.get(ctx.partner().id() + "/" + cdrId));
            }

            @Override
            public void postCdr(OcpiContext ctx, Cdr cdr) {
                if (stored.putIfAbsent(ctx.partner().id() + "/" + cdr.id(), cdr) != null) {
                    throw OcpiErrors.invalid("CDR " + cdr.id() + " exists");
                }
            }
        };
        TestServer s = server(b -> b.service(cdrs));
        OcpiResponse r = raw(s, "POST", V + "/receiver/cdrs", CPO_TOKEN, Fixtures211.cdrJson("CDR 1"));
        assertThat(r.status()).isEqualTo(201);
        String location = r.header("Location");
        assertThat(location).isEqualTo("https://cpo.example.com/ocpi/2.1.1/receiver/cdrs/CDR%201");
        OcpiResponse got = raw(s, "GET", location.substring("https://cpo.example.com".length()), CPO_TOKEN, null);
        assertThat(json(got).get("data").get("total_cost").decimalValue()).isEqualByComparingTo("2.25");
        assertThat(status(raw(s, "POST", V + "/receiver/cdrs", CPO_TOKEN, Fixtures211.cdrJson("CDR 1"))))
                .isEqualTo(2001);
    }

    @Test
    void tokensEmspInterface_realTimeAuthorization_unknownTokenIs404With2001() {
        TokensSender tokens = new TokensSender() {
            @Override
            public Page<Token> getTokens(OcpiContext ctx, PageRequest page) {
                return Page.of(List.of(Fixtures211.token("RFID0001", true)), page, Token::lastUpdated);
            }

            @Override
            public Optional<AuthorizationInfo> authorize(
                    OcpiContext ctx, String tokenUid, TokenType type, @Nullable LocationReferences location) {
                if (!tokenUid.equals("RFID0001")) {
                    return Optional.empty();
                }
                return Optional.of(new AuthorizationInfo("ALLOWED", location, null));
            }
        };
        TestServer s = server(b -> b.service(tokens));
        OcpiResponse ok = raw(
                s,
                "POST",
                V + "/sender/tokens/RFID0001/authorize",
                CPO_TOKEN,
                "{\"location_id\":\"LOC1\",\"evse_uids\":[\"LOC1-E1\"]}");
        assertThat(json(ok).get("data").get("allowed").asString()).isEqualTo("ALLOWED");
        assertThat(json(ok).get("data").get("location").get("location_id").asString())
                .isEqualTo("LOC1");
        OcpiResponse unknown = raw(s, "POST", V + "/sender/tokens/NOPE/authorize", CPO_TOKEN, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(unknown)).isEqualTo(2001);
        assertThat(json(raw(s, "GET", V + "/sender/tokens", CPO_TOKEN, null)).get("data"))
                .hasSize(1);
    }

    @Test
    void commandsCpoInterface_startSessionAccepted_andCancelReservationIsNotA211Command() {
        List<StartSession> received = new ArrayList<>();
        CommandsReceiver commands = new CommandsReceiver() {
            @Override
            public CommandResponse startSession(OcpiContext ctx, StartSession command) {
                received.add(command);
                return new CommandResponse(CommandResponseType.ACCEPTED.value());
            }
        };
        TestServer s = server(b -> b.service(commands));
        String body =
                """
                {"response_url":"https://emsp.example.com/ocpi/2.1.1/commands/START_SESSION/1",
                 "token":%s,"location_id":"LOC1","evse_uid":"LOC1-E1"}"""
                        .formatted(Fixtures211.tokenJson("RFID0001", true));
        JsonNode data = json(raw(s, "POST", V + "/receiver/commands/START_SESSION", TOKEN_C, body))
                .get("data");
        assertThat(data.get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(data.has("timeout")).isFalse();
        assertThat(received).singleElement().satisfies(c -> assertThat(c.locationId())
                .isEqualTo("LOC1"));
        assertThat(json(raw(s, "POST", V + "/receiver/commands/CANCEL_RESERVATION", TOKEN_C, "{}"))
                        .get("data")
                        .get("result")
                        .asString())
                .isEqualTo("NOT_SUPPORTED");
    }

    @Test
    void credentialsHandshake_negotiating211_usesRawTokens_andExchanges211Credentials() {
        List<String> calls = new ArrayList<>();
        PartnerDiscovery discovery = (url, token, version, quirks) -> {
            calls.add(url + " " + token + " " + version);
            return List.of(
                    new PartnerEndpoint("credentials", "SENDER", "https://emsp2.example.com/ocpi/2.1.1/credentials"),
                    new PartnerEndpoint("tokens", "SENDER", "https://emsp2.example.com/ocpi/2.1.1/tokens"));
        };
        TestServer s = server(b -> b.service(locations(List.of())).discovery(discovery));
        String body =
                """
                {"token":"token-b-of-newcomer","url":"https://emsp2.example.com/ocpi/versions",
                 "business_details":{"name":"Second eMSP","website":"https://emsp2.example.com"},
                 "party_id":"EM2","country_code":"FR"}""";

        // token A in Base64 is not 2.1.1
        assertThat(s.send("POST", V + "/credentials", TOKEN_A, body).status()).isEqualTo(401);
        OcpiResponse r = raw(s, "POST", V + "/credentials", TOKEN_A, body);
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(1000);
        JsonNode data = json(r).get("data");
        String tokenC = data.get("token").asString();
        assertThat(tokenC).hasSize(43);
        assertThat(data.get("url").asString()).isEqualTo(VERSIONS_URL);
        assertThat(data.get("party_id").asString()).isEqualTo("CPO");
        assertThat(data.get("country_code").asString()).isEqualTo("NL");
        assertThat(data.get("business_details").get("name").asString()).isEqualTo("Example CPO");
        assertThat(data.has("roles")).isFalse();
        assertThat(calls).containsExactly("https://emsp2.example.com/ocpi/versions token-b-of-newcomer 2.1.1");

        Partner p = s.partners.find("newcomer").orElseThrow();
        assertThat(p.state()).isEqualTo(Partner.State.REGISTERED);
        assertThat(p.version()).isEqualTo(OcpiVersion.V2_1_1);
        assertThat(p.roles())
                .containsExactly(new PartyRole("EMSP", "FR", "EM2", "Second eMSP", "https://emsp2.example.com"));
        assertThat(raw(s, "GET", V + "/sender/locations", tokenC, null).status())
                .isEqualTo(200);
        assertThat(raw(s, "POST", V + "/credentials", tokenC, body).status()).isEqualTo(405);
    }

    private static String sessionJson(String id, String kwh, String updated) {
        return """
                {"id":"%s","start_datetime":"2024-03-01T10:00:00Z","kwh":%s,"auth_id":"DE-EMS-C0001",
                 "auth_method":"WHITELIST","location":%s,"currency":"EUR","status":"ACTIVE","last_updated":"%s"}"""
                .formatted(id, kwh, Fixtures211.locationJson("LOC1", T0), updated);
    }

    @Test
    void sessions_cpoListNeedsDateFrom_andTheEmspStoresAndPatches() {
        Map<String, dev.ocpkit.ocpi.model.v211.Session> stored = new ConcurrentHashMap<>();
        dev.ocpkit.ocpi.server.v211.SessionsReceiver receiver = new dev.ocpkit.ocpi.server.v211.SessionsReceiver() {
            @Override
            public Optional<dev.ocpkit.ocpi.model.v211.Session> getSession(
                    OcpiContext ctx, String countryCode, String partyId, String sessionId) {
                return Optional.ofNullable(stored.get(countryCode + "/" + partyId + "/" + sessionId));
            }

            @Override
            public PutOutcome putSession(
                    OcpiContext ctx,
                    String countryCode,
                    String partyId,
                    String sessionId,
                    dev.ocpkit.ocpi.model.v211.Session session) {
                return stored.put(countryCode + "/" + partyId + "/" + sessionId, session) == null
                        ? PutOutcome.CREATED
                        : PutOutcome.UPDATED;
            }
        };
        TestServer s = server(b -> b.service(receiver));
        String url = V + "/receiver/sessions/BE/CPO/S1";
        assertThat(raw(s, "PUT", url, CPO_TOKEN, sessionJson("S1", "1.5", "2024-03-01T10:00:00Z"))
                        .status())
                .isEqualTo(201);
        assertThat(status(raw(s, "PATCH", url, CPO_TOKEN, "{\"kwh\":4.25,\"last_updated\":\"2024-03-01T10:30:00Z\"}")))
                .isEqualTo(1000);
        assertThat(stored.get("BE/CPO/S1").kwh()).isEqualByComparingTo("4.25");
        assertThat(status(raw(s, "PUT", url, CPO_TOKEN, sessionJson("S2", "1", "2024-03-01T10:00:00Z"))))
                .isEqualTo(2001);
        assertThat(raw(s, "GET", V + "/receiver/sessions/BE/CPO/S9", CPO_TOKEN, null)
                        .status())
                .isEqualTo(404);

        dev.ocpkit.ocpi.model.v211.Session one = Fixtures211.JSON.read(
                sessionJson("S1", "1.5", "2024-03-01T10:00:00Z"), dev.ocpkit.ocpi.model.v211.Session.class);
        dev.ocpkit.ocpi.server.v211.SessionsSender sender =
                (ctx, page) -> Page.of(List.of(one), page, dev.ocpkit.ocpi.model.v211.Session::lastUpdated);
        TestServer cpo = server(b -> b.service(sender));
        assertThat(status(raw(cpo, "GET", V + "/sender/sessions", TOKEN_C, null)))
                .isEqualTo(2001);
        OcpiResponse page = raw(cpo, "GET", V + "/sender/sessions?date_from=2024-03-01T00:00:00Z", TOKEN_C, null);
        assertThat(json(page).get("data")).hasSize(1);
        assertThat(json(page).get("data").get(0).get("start_datetime").asString())
                .isEqualTo("2024-03-01T10:00:00Z");
    }

    @Test
    void locationsEmspInterface_putThenPatchAnEvse_setsTheLocationsLastUpdated() {
        Map<String, Location> stored = new ConcurrentHashMap<>();
        dev.ocpkit.ocpi.server.v211.LocationsReceiver receiver = new dev.ocpkit.ocpi.server.v211.LocationsReceiver() {
            @Override
            public Optional<Location> getLocation(
                    OcpiContext ctx, String countryCode, String partyId, String locationId) {
                return Optional.ofNullable(stored.get(countryCode + "/" + partyId + "/" + locationId));
            }

            @Override
            public PutOutcome putLocation(
                    OcpiContext ctx, String countryCode, String partyId, String locationId, Location location) {
                return stored.put(countryCode + "/" + partyId + "/" + locationId, location) == null
                        ? PutOutcome.CREATED
                        : PutOutcome.UPDATED;
            }
        };
        TestServer s = server(b -> b.service(receiver));
        String url = V + "/receiver/locations/BE/CPO/LOC1";
        assertThat(raw(s, "PUT", url, CPO_TOKEN, Fixtures211.locationJson("LOC1", T0))
                        .status())
                .isEqualTo(201);
        OcpiResponse patched = raw(
                s,
                "PATCH",
                url + "/LOC1-E1",
                CPO_TOKEN,
                "{\"status\":\"CHARGING\",\"last_updated\":\"2024-03-02T00:00:00Z\"}");
        assertThat(status(patched)).isEqualTo(1000);
        Location location = stored.get("BE/CPO/LOC1");
        assertThat(location.evses().get(0).statusAsString()).isEqualTo("CHARGING");
        assertThat(location.lastUpdated()).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
        assertThat(json(raw(s, "GET", url + "/LOC1-E1/1", CPO_TOKEN, null))
                        .get("data")
                        .get("amperage")
                        .asInt())
                .isEqualTo(32);
        assertThat(raw(
                                s,
                                "PATCH",
                                url + "/NOPE",
                                CPO_TOKEN,
                                "{\"status\":\"CHARGING\",\"last_updated\":\"2024-03-02T00:00:00Z\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void commandsEmspInterface_receivesTheChargePointsAnswerAtItsReference() {
        List<String> results = new ArrayList<>();
        dev.ocpkit.ocpi.server.v211.CommandsSender sender =
                (ctx, reference, result) -> results.add(reference + " " + result.resultAsString());
        TestServer s = server(b -> b.service(sender));
        assertThat(status(
                        raw(s, "POST", V + "/sender/commands/START_SESSION/7", CPO_TOKEN, "{\"result\":\"ACCEPTED\"}")))
                .isEqualTo(1000);
        assertThat(raw(s, "POST", V + "/sender/commands", CPO_TOKEN, "{\"result\":\"ACCEPTED\"}")
                        .status())
                .isEqualTo(404);
        assertThat(results).containsExactly("START_SESSION/7 ACCEPTED");
    }
}
