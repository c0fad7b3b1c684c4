package dev.ocpkit.ocpi.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.OcpiRegistrationException;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RegistrationOptions;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v221.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v221.ChargingPreferences;
import dev.ocpkit.ocpi.model.v221.ChargingPreferencesResponse;
import dev.ocpkit.ocpi.model.v221.ChargingProfile;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponseType;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResultType;
import dev.ocpkit.ocpi.model.v221.ClientInfo;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.CommandResultType;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.LocationReferences;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import dev.ocpkit.ocpi.model.v221.SetChargingProfile;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.TokenPatch;
import dev.ocpkit.ocpi.model.v221.TokenType;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.v221.ChargingProfilesReceiver;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryHubClientInfo;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ocpi-client against this server over HTTP on 127.0.0.1: a CPO (NL/CPO) and an eMSP (DE/EMS), each a dispatcher
 * on a JDK HTTP server plus a client sharing its partner store. The credentials handshake in both directions, then
 * every OCPI 2.2.1 module in both roles.
 */
class ClientServerIT {
    private static final PartyRole CPO_ROLE = new PartyRole("CPO", "NL", "CPO", "Example CPO", null);
    private static final PartyRole EMSP_ROLE = new PartyRole("EMSP", "DE", "EMS", "Example eMSP", null);
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    // CPO side
    private final InMemoryLocations cpoLocations = new InMemoryLocations();
    private final InMemorySessions cpoSessions = new InMemorySessions();
    private final InMemoryCdrs cpoCdrs = new InMemoryCdrs();
    private final InMemoryTariffs cpoTariffs = new InMemoryTariffs();
    private final InMemoryTokens cpoTokens = new InMemoryTokens();
    private final InMemoryHubClientInfo cpoClientInfo = new InMemoryHubClientInfo();
    // eMSP side
    private final InMemoryLocations emspLocations = new InMemoryLocations();
    private final InMemorySessions emspSessions = new InMemorySessions();
    private final InMemoryCdrs emspCdrs = new InMemoryCdrs();
    private final InMemoryTariffs emspTariffs = new InMemoryTariffs();
    private final InMemoryTokens emspTokens = new InMemoryTokens();

    private Party cpo;
    private Party emsp;

    @BeforeEach
    void start() throws IOException {
        for (int i = 0; i < 25; i++) {
            cpoLocations.put(location("NL", "CPO", "LOC" + i, T0.plusSeconds(60L * i)));
        }
        cpoSessions.put(read(session("NL", "CPO", "S1"), dev.ocpkit.ocpi.model.v221.Session.class));
        cpoCdrs.put(read(cdr("NL", "CPO", "CDR1"), dev.ocpkit.ocpi.model.v221.Cdr.class));
        cpoTariffs.put(read(tariff("NL", "CPO", "T1"), dev.ocpkit.ocpi.model.v221.Tariff.class));
        emspTokens.put(read(token("DE", "EMS", "RFID0001", true), Token.class));

        cpo = new Party(CPO_ROLE, b -> b.service(cpoLocations.asSender())
                .service(cpoSessions.asSender())
                .service(cpoCdrs.asSender())
                .service(cpoTariffs.asSender())
                .service(cpoTokens.asReceiver())
                .service(cpoClientInfo.asReceiver())
                .service(new CommandsReceiver() {
                    @Override
                    public CommandResponse startSession(OcpiContext ctx, StartSession command) {
                        String partner = ctx.partner().id();
                        cpo.executor.execute(() -> cpo.client
                                .partner(partner)
                                .v221()
                                .commandsSender()
                                .postResult(
                                        command.responseUrl(),
                                        new CommandResult(CommandResultType.ACCEPTED.value(), List.of())));
                        return new CommandResponse(CommandResponseType.ACCEPTED.value(), 30, List.of());
                    }
                })
                .service(new ChargingProfilesReceiver() {
                    @Override
                    public ChargingProfileResponse setChargingProfile(
                            OcpiContext ctx, String sessionId, SetChargingProfile set) {
                        String partner = ctx.partner().id();
                        cpo.executor.execute(() -> cpo.client
                                .partner(partner)
                                .v221()
                                .chargingProfilesSender()
                                .postChargingProfileResult(
                                        set.responseUrl(),
                                        new ChargingProfileResult(ChargingProfileResultType.ACCEPTED.value())));
                        return new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED.value(), 30);
                    }
                }));
        emsp = new Party(EMSP_ROLE, b -> b.service(emspLocations.asReceiver())
                .service(emspSessions.asReceiver())
                .service(emspCdrs.asReceiver())
                .service(emspTariffs.asReceiver())
                .service(emspTokens.asSender()));
    }

    @AfterEach
    void stop() {
        if (emsp != null) {
            emsp.close();
        }
        if (cpo != null) {
            cpo.close();
        }
    }

    /** The eMSP registers with the CPO (token A issued by the CPO). */
    private void emspRegistersWithCpo() {
        String tokenA = cpo.dispatcher.issueTokenA("emsp", PartnerQuirks.SPEC);
        Partner atEmsp = emsp.client.register(
                tokenA, cpo.local.versionsUrl(), new RegistrationOptions("cpo", PartnerQuirks.SPEC, List.of()));
        assertThat(atEmsp.state()).isEqualTo(Partner.State.REGISTERED);
    }

    @Test
    void handshake_emspRegistersWithCpo_tokensAndEndpointsOnBothSides() {
        emspRegistersWithCpo();
        Partner atCpo = cpo.partners.find("emsp").orElseThrow();
        Partner atEmsp = emsp.partners.find("cpo").orElseThrow();
        assertThat(atCpo.state()).isEqualTo(Partner.State.REGISTERED);
        // B: the eMSP's token, used by the CPO; C: the CPO's token, used by the eMSP
        assertThat(atCpo.tokenWeUse()).isEqualTo(atEmsp.tokenTheyUse());
        assertThat(atEmsp.tokenWeUse()).isEqualTo(atCpo.tokenTheyUse());
        assertThat(atCpo.endpoint("tokens", "SENDER")).contains(emsp.base + "/2.2.1/sender/tokens");
        assertThat(atEmsp.endpoint("locations", "SENDER")).contains(cpo.base + "/2.2.1/sender/locations");
        assertThat(atCpo.hasParty("DE", "EMS")).isTrue();
        assertThat(atEmsp.hasParty("NL", "CPO")).isTrue();
    }

    @Test
    void handshake_cpoRegistersWithEmsp_theOtherDirection() {
        String tokenA = emsp.dispatcher.issueTokenA("cpo", PartnerQuirks.SPEC);
        Partner atCpo = cpo.client.register(
                tokenA, emsp.local.versionsUrl(), new RegistrationOptions("emsp", PartnerQuirks.SPEC, List.of()));
        assertThat(atCpo.state()).isEqualTo(Partner.State.REGISTERED);
        assertThat(emsp.partners.find("cpo").orElseThrow().state()).isEqualTo(Partner.State.REGISTERED);
        cpo.client.partner("emsp").v221().locationsReceiver().putLocation(location("NL", "CPO", "X1", T0));
        assertThat(emspLocations.find("NL", "CPO", "X1")).isPresent();
    }

    @Test
    void handshake_registeringTwice_isRefusedWith405() {
        emspRegistersWithCpo();
        // the eMSP forgets; its token C no longer is a token A
        String stale = emsp.partners.find("cpo").orElseThrow().tokenWeUse();
        assertThatThrownBy(() -> emsp.client.register(
                        stale, cpo.local.versionsUrl(), new RegistrationOptions("cpo2", PartnerQuirks.SPEC, List.of())))
                .isInstanceOf(OcpiRegistrationException.class)
                .satisfies(e -> assertThat(((OcpiRegistrationException) e).reason())
                        .isEqualTo(OcpiRegistrationException.Reason.ALREADY_REGISTERED));
    }

    @Test
    void handshake_updateAndUnregister() {
        emspRegistersWithCpo();
        String oldC = emsp.partners.find("cpo").orElseThrow().tokenWeUse();
        emsp.client.update("cpo");
        String newC = emsp.partners.find("cpo").orElseThrow().tokenWeUse();
        assertThat(newC).isNotEqualTo(oldC);
        assertThat(cpo.partners.find("emsp").orElseThrow().tokenTheyUse()).isEqualTo(newC);
        assertThat(emsp.client.partner("cpo").v221().tariffsSender().list().stream())
                .hasSize(1);

        emsp.client.unregister("cpo");
        assertThat(cpo.partners.find("emsp").orElseThrow().state()).isEqualTo(Partner.State.UNREGISTERED);
    }

    @Test
    void emspPullsFromTheCposSenders_followingPaginationLinks() {
        emspRegistersWithCpo();
        var v221 = emsp.client.partner("cpo").v221();
        List<Location> all = v221.locationsSender().list().stream().toList();
        assertThat(all).hasSize(25);
        assertThat(all.get(24).id()).isEqualTo("LOC24");
        List<Location> filtered =
                v221
                        .locationsSender()
                        .list(new PageRequest(0, null, T0.plusSeconds(600), T0.plusSeconds(1200)))
                        .stream()
                        .toList();
        assertThat(filtered)
                .extracting(Location::id)
                .containsExactly(
                        "LOC10", "LOC11", "LOC12", "LOC13", "LOC14", "LOC15", "LOC16", "LOC17", "LOC18", "LOC19");
        assertThat(v221.locationsSender().location("LOC3").id()).isEqualTo("LOC3");
        assertThat(v221.locationsSender().evse("LOC3", "LOC3-E1").uid()).isEqualTo("LOC3-E1");
        assertThat(v221.sessionsSender().list(new PageRequest(0, null, T0, null)).stream())
                .hasSize(1);
        assertThat(v221.cdrsSender().list().stream()).hasSize(1);
        assertThat(v221.tariffsSender().list().stream()).hasSize(1);
        assertThat(v221.sessionsSender()
                        .putChargingPreferences("S1", new ChargingPreferences("FAST", null, null, null)))
                .isEqualTo(ChargingPreferencesResponse.ACCEPTED);
    }

    @Test
    void unknownLocation_isATypedErrorWith2003() {
        emspRegistersWithCpo();
        assertThatThrownBy(() ->
                        emsp.client.partner("cpo").v221().locationsSender().location("NOPE"))
                .isInstanceOf(OcpiException.class)
                .satisfies(e -> assertThat(((OcpiException) e).statusCode()).isEqualTo(2003));
    }

    @Test
    void emspPushesTokensToTheCposReceiver() {
        emspRegistersWithCpo();
        var tokens = emsp.client.partner("cpo").v221().tokensReceiver();
        Token token = read(token("DE", "EMS", "RFID0009", true), Token.class);
        tokens.putToken(token);
        tokens.patchToken(
                "DE",
                "EMS",
                "RFID0009",
                TokenType.RFID,
                TokenPatch.builder()
                        .valid(false)
                        .lastUpdated(Instant.parse("2024-02-02T00:00:00Z"))
                        .build());
        assertThat(cpoTokens
                        .find("DE", "EMS", "RFID0009", TokenType.RFID)
                        .orElseThrow()
                        .valid())
                .isFalse();
        assertThat(tokens.getToken("DE", "EMS", "RFID0009", null).valid()).isFalse();
    }

    @Test
    void cpoPullsTokensAndAuthorizesInRealTime() {
        emspRegistersWithCpo();
        var tokens = cpo.client.partner("emsp").v221().tokensSender();
        assertThat(tokens.list().stream()).hasSize(1);
        AuthorizationInfo info =
                tokens.authorize("RFID0001", TokenType.RFID, new LocationReferences("LOC1", List.of()));
        assertThat(info.allowedAsString()).isEqualTo("ALLOWED");
        assertThatThrownBy(() -> tokens.authorize("UNKNOWN", null, null))
                .isInstanceOf(OcpiException.class)
                .satisfies(e -> assertThat(((OcpiException) e).statusCode()).isEqualTo(2004));
    }

    @Test
    void cpoPushesLocationsSessionsCdrsAndTariffsToTheEmspsReceivers() {
        emspRegistersWithCpo();
        var v221 = cpo.client.partner("emsp").v221();
        v221.locationsReceiver().putLocation(location("NL", "CPO", "LOC1", T0));
        v221.locationsReceiver()
                .patchEvse(
                        "NL",
                        "CPO",
                        "LOC1",
                        "LOC1-E1",
                        EvsePatch.builder()
                                .statusAsString("CHARGING")
                                .lastUpdated(T0.plusSeconds(5))
                                .build());
        Location stored = emspLocations.find("NL", "CPO", "LOC1").orElseThrow();
        assertThat(stored.evses().get(0).statusAsString()).isEqualTo("CHARGING");
        assertThat(stored.lastUpdated()).isEqualTo(T0.plusSeconds(5));
        assertThat(v221.locationsReceiver()
                        .getEvse("NL", "CPO", "LOC1", "LOC1-E1")
                        .statusAsString())
                .isEqualTo("CHARGING");

        v221.sessionsReceiver().putSession(read(session("NL", "CPO", "S7"), dev.ocpkit.ocpi.model.v221.Session.class));
        v221.sessionsReceiver()
                .patchSession(
                        "NL",
                        "CPO",
                        "S7",
                        SessionPatch.builder()
                                .statusAsString("COMPLETED")
                                .lastUpdated(T0.plusSeconds(9))
                                .build());
        assertThat(emspSessions.find("NL", "CPO", "S7").orElseThrow().statusAsString())
                .isEqualTo("COMPLETED");

        String url = v221.cdrsReceiver().postCdr(read(cdr("NL", "CPO", "CDR9"), dev.ocpkit.ocpi.model.v221.Cdr.class));
        assertThat(url).isEqualTo(emsp.base + "/2.2.1/receiver/cdrs/NL/CPO/CDR9");
        assertThat(emspCdrs.find("NL", "CPO", "CDR9")).isPresent();

        v221.tariffsReceiver().putTariff(read(tariff("NL", "CPO", "T9"), dev.ocpkit.ocpi.model.v221.Tariff.class));
        assertThat(v221.tariffsReceiver().getTariff("NL", "CPO", "T9").currency())
                .isEqualTo("EUR");
        v221.tariffsReceiver().deleteTariff("NL", "CPO", "T9");
        assertThat(emspTariffs.all()).isEmpty();
    }

    @Test
    void commandResultArrivesAtTheResponseUrl_andCompletesTheFuture() throws Exception {
        emspRegistersWithCpo();
        Token token = read(token("DE", "EMS", "RFID0001", true), Token.class);
        AsyncOperation<CommandResponse, CommandResult> op = emsp.client
                .partner("cpo")
                .v221()
                .commandsReceiver()
                .startSession(new StartSession(null, token, "LOC1", "LOC1-E1", null, null));
        assertThat(op.accepted()).isTrue();
        assertThat(op.responseUrl()).startsWith(emsp.base + "/results/");
        assertThat(op.result().get(10, TimeUnit.SECONDS).resultAsString()).isEqualTo("ACCEPTED");
        assertThat(emsp.results.pendingCount()).isZero();
    }

    @Test
    void chargingProfileResultArrivesAtTheResponseUrl() throws Exception {
        emspRegistersWithCpo();
        var op = emsp.client
                .partner("cpo")
                .v221()
                .chargingProfilesReceiver()
                .setChargingProfile("S1", new ChargingProfile(null, null, "W", null, List.of()));
        assertThat(op.accepted()).isTrue();
        assertThat(op.result().get(10, TimeUnit.SECONDS).resultAsString()).isEqualTo("ACCEPTED");
    }

    @Test
    void hubClientInfoPushedToTheReceiver() {
        emspRegistersWithCpo();
        emsp.client
                .partner("cpo")
                .v221()
                .hubClientInfoReceiver()
                .putClientInfo(new ClientInfo("EMS", "DE", "EMSP", "CONNECTED", T0));
        assertThat(cpoClientInfo.all()).hasSize(1);
    }

    @Test
    void tokenA_cannotReachModules_overHttp() {
        String tokenA = cpo.dispatcher.issueTokenA("emsp", PartnerQuirks.SPEC);
        emsp.partners.save(new Partner(
                "cpo",
                Partner.State.REGISTERED,
                cpo.local.versionsUrl(),
                dev.ocpkit.ocpi.model.OcpiVersion.V2_2_1,
                List.of(new dev.ocpkit.ocpi.client.PartnerEndpoint(
                        "locations", "SENDER", cpo.base + "/2.2.1/sender/locations")),
                tokenA,
                "unused",
                List.of(CPO_ROLE),
                PartnerQuirks.SPEC));
        assertThatThrownBy(() ->
                        emsp.client.partner("cpo").v221().locationsSender().location("LOC1"))
                .isInstanceOf(OcpiStatusException.class)
                .satisfies(e -> assertThat(((OcpiException) e).httpStatus()).isEqualTo(401));
    }

    // ------------------------------------------------------------------ fixtures

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.v221().read(json, type);
    }

    private static Location location(String cc, String pid, String id, Instant t) {
        return read(
                """
                {"country_code":"%s","party_id":"%s","id":"%s","publish":true,"address":"Main 1","city":"Delft",
                 "country":"NLD","coordinates":{"latitude":"52.0","longitude":"4.3"},"time_zone":"Europe/Amsterdam",
                 "evses":[{"uid":"%s-E1","status":"AVAILABLE","connectors":[{"id":"1","standard":"IEC_62196_T2",
                 "format":"SOCKET","power_type":"AC_3_PHASE","max_voltage":230,"max_amperage":16,
                 "last_updated":"%s"}],"last_updated":"%s"}],"last_updated":"%s"}"""
                        .formatted(cc, pid, id, id, t, t, t),
                Location.class);
    }

    private static String session(String cc, String pid, String id) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","start_date_time":"2024-03-01T10:00:00Z","kwh":1,
                 "cdr_token":{"country_code":"DE","party_id":"EMS","uid":"RFID0001","type":"RFID",
                 "contract_id":"DE-EMS-C1"},"auth_method":"WHITELIST","location_id":"LOC1","evse_uid":"LOC1-E1",
                 "connector_id":"1","currency":"EUR","status":"ACTIVE","last_updated":"2024-03-01T10:00:00Z"}"""
                .formatted(cc, pid, id);
    }

    private static String cdr(String cc, String pid, String id) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","start_date_time":"2024-03-01T10:00:00Z",
                 "end_date_time":"2024-03-01T11:00:00Z","cdr_token":{"country_code":"DE","party_id":"EMS",
                 "uid":"RFID0001","type":"RFID","contract_id":"DE-EMS-C1"},"auth_method":"WHITELIST",
                 "cdr_location":{"id":"LOC1","address":"Main 1","city":"Delft","country":"NLD",
                 "coordinates":{"latitude":"52.0","longitude":"4.3"},"evse_uid":"LOC1-E1","evse_id":"NL*CPO*E1",
                 "connector_id":"1","connector_standard":"IEC_62196_T2","connector_format":"SOCKET",
                 "connector_power_type":"AC_3_PHASE"},"currency":"EUR","charging_periods":[{
                 "start_date_time":"2024-03-01T10:00:00Z","dimensions":[{"type":"ENERGY","volume":5}]}],
                 "total_cost":{"excl_vat":1.5},"total_energy":5,"total_time":1,
                 "last_updated":"2024-03-01T11:00:00Z"}"""
                .formatted(cc, pid, id);
    }

    private static String tariff(String cc, String pid, String id) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","currency":"EUR","elements":[{"price_components":[
                 {"type":"ENERGY","price":0.3,"step_size":1}]}],"last_updated":"2024-01-01T00:00:00Z"}"""
                .formatted(cc, pid, id);
    }

    private static String token(String cc, String pid, String uid, boolean valid) {
        return """
                {"country_code":"%s","party_id":"%s","uid":"%s","type":"RFID","contract_id":"%s-%s-%s",
                 "issuer":"Example","valid":%s,"whitelist":"ALLOWED","last_updated":"2024-02-01T00:00:00Z"}"""
                .formatted(cc, pid, uid, cc, pid, uid, valid);
    }
}
