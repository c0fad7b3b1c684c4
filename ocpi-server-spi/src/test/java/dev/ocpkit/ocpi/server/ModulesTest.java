package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.AsyncResults;
import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfile;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.server.v221.ChargingProfilesReceiver;
import dev.ocpkit.ocpi.server.v221.ChargingProfilesSender;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.CommandsSender;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import dev.ocpkit.ocpi.server.v221.SessionsSender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Module specifics: CDR POST and Location, real-time authorization, commands, charging profiles, response URLs. */
class ModulesTest {
    private static final String CPO_TOKEN = "token-of-the-cpo";
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static TestServer withCpoPartner(TestServer s) {
        s.partners.save(TestServer.registered(
                "cpo", CPO_TOKEN, PartnerQuirks.SPEC, new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
        return s;
    }

    @Test
    void cdrPost_is201WithLocation_whereTheCdrCanBeRead_andASecondPostIsRefused() {
        InMemoryCdrs cdrs = new InMemoryCdrs();
        TestServer s = withCpoPartner(new TestServer(b -> b.service(cdrs.asReceiver())));
        OcpiResponse r = s.send("POST", V + "/receiver/cdrs", CPO_TOKEN, Fixtures.cdrJson("BE", "CPO", "CDR 1"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(status(r)).isEqualTo(1000);
        String location = r.header("Location");
        assertThat(location).isEqualTo("https://cpo.example.com/ocpi/2.2.1/receiver/cdrs/BE/CPO/CDR%201");
        OcpiResponse got = s.send("GET", location.substring("https://cpo.example.com".length()), CPO_TOKEN, null);
        assertThat(got.status()).isEqualTo(200);
        assertThat(json(got).get("data").get("id").asString()).isEqualTo("CDR 1");

        OcpiResponse again = s.send("POST", V + "/receiver/cdrs", CPO_TOKEN, Fixtures.cdrJson("BE", "CPO", "CDR 1"));
        assertThat(status(again)).isEqualTo(2001);
        assertThat(again.header("Location")).isNull();
        assertThat(cdrs.all()).hasSize(1);
    }

    @Test
    void cdrOfAnotherParty_is2001() {
        InMemoryCdrs cdrs = new InMemoryCdrs();
        TestServer s = withCpoPartner(new TestServer(b -> b.service(cdrs.asReceiver())));
        OcpiResponse r = s.send("POST", V + "/receiver/cdrs", CPO_TOKEN, Fixtures.cdrJson("FR", "XXX", "CDR1"));
        assertThat(status(r)).isEqualTo(2001);
        assertThat(cdrs.all()).isEmpty();
    }

    @Test
    void realTimeAuthorization_knownUnknownAndInvalidType() {
        InMemoryTokens tokens = new InMemoryTokens();
        tokens.put(Fixtures.token("NL", "CPO", "RFID0001", true));
        tokens.put(Fixtures.token("NL", "CPO", "RFID0002", false));
        TestServer s = new TestServer(b -> b.service(tokens.asSender()));
        String refs = "{\"location_id\":\"LOC1\",\"evse_uids\":[\"LOC1-E1\"]}";

        OcpiResponse ok = s.send("POST", V + "/sender/tokens/RFID0001/authorize", TOKEN_C, refs);
        JsonNode data = json(ok).get("data");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(data.get("allowed").asString()).isEqualTo("ALLOWED");
        assertThat(data.get("location").get("location_id").asString()).isEqualTo("LOC1");
        assertThat(json(s.send("POST", V + "/sender/tokens/RFID0002/authorize?type=RFID", TOKEN_C, null))
                        .get("data")
                        .get("allowed")
                        .asString())
                .isEqualTo("BLOCKED");

        OcpiResponse unknown = s.send("POST", V + "/sender/tokens/NOPE/authorize", TOKEN_C, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(unknown)).isEqualTo(2004);
        assertThat(json(unknown).has("data")).isFalse();

        OcpiResponse wrongType = s.send("POST", V + "/sender/tokens/RFID0001/authorize?type=CHIP", TOKEN_C, null);
        assertThat(status(wrongType)).isEqualTo(2001);
        assertThat(json(s.send("POST", V + "/sender/tokens/RFID0001/authorize?type=APP_USER", TOKEN_C, null))
                        .get("status_code")
                        .asInt())
                .isEqualTo(2004);
    }

    @Test
    void commandsNotImplemented_answerNotSupported_andUnknownCommandsToo() {
        TestServer s = new TestServer(b -> b.service(new CommandsReceiver() {}));
        String stop = "{\"response_url\":\"https://emsp.example.com/r/1\",\"session_id\":\"S1\"}";
        JsonNode data = json(s.send("POST", V + "/receiver/commands/STOP_SESSION", TOKEN_C, stop))
                .get("data");
        assertThat(data.get("result").asString()).isEqualTo("NOT_SUPPORTED");
        assertThat(data.get("timeout").asInt()).isZero();
        assertThat(json(s.send("POST", V + "/receiver/commands/SELF_DESTRUCT", TOKEN_C, "{}"))
                        .get("data")
                        .get("result")
                        .asString())
                .isEqualTo("NOT_SUPPORTED");
        assertThat(s.send("GET", V + "/receiver/commands/STOP_SESSION", TOKEN_C, null)
                        .status())
                .isEqualTo(405);
    }

    @Test
    void startSession_isParsedAndValidatedBeforeTheService() {
        List<StartSession> seen = new ArrayList<>();
        TestServer s = new TestServer(b -> b.service(new CommandsReceiver() {
            @Override
            public CommandResponse startSession(OcpiContext ctx, StartSession command) {
                seen.add(command);
                return new CommandResponse(CommandResponseType.ACCEPTED.value(), 30, List.of());
            }
        }));
        String token = Fixtures.tokenJson("DE", "EMS", "RFID0001", true);
        String ok = "{\"response_url\":\"https://emsp.example.com/r/2\",\"token\":" + token
                + ",\"location_id\":\"LOC1\",\"evse_uid\":\"LOC1-E1\"}";
        JsonNode data = json(s.send("POST", V + "/receiver/commands/START_SESSION", TOKEN_C, ok))
                .get("data");
        assertThat(data.get("result").asString()).isEqualTo("ACCEPTED");
        assertThat(data.get("timeout").asInt()).isEqualTo(30);
        assertThat(seen).singleElement().satisfies(c -> assertThat(c.locationId())
                .isEqualTo("LOC1"));

        OcpiResponse bad =
                s.send("POST", V + "/receiver/commands/START_SESSION", TOKEN_C, "{\"response_url\":\"https://x\"}");
        assertThat(status(bad)).isEqualTo(2001);
        assertThat(TestServer.message(bad)).contains("$.token").contains("$.location_id");
        assertThat(seen).hasSize(1);
    }

    @Test
    void chargingProfilesNotImplemented_answerNotSupported_andRequiredParametersAreChecked() {
        TestServer s = new TestServer(b -> b.service(new ChargingProfilesReceiver() {}));
        String url = V + "/receiver/chargingprofiles/S1";
        OcpiResponse get = s.send("GET", url + "?duration=900&response_url=https%3A%2F%2Fscsp%2Fr%2F1", TOKEN_C, null);
        assertThat(json(get).get("data").get("result").asString()).isEqualTo("NOT_SUPPORTED");
        assertThat(status(s.send("GET", url + "?response_url=https://scsp/r/1", TOKEN_C, null)))
                .isEqualTo(2001);
        assertThat(status(s.send("GET", url + "?duration=0&response_url=https://scsp/r/1", TOKEN_C, null)))
                .isEqualTo(2001);
        assertThat(status(s.send("DELETE", url, TOKEN_C, null))).isEqualTo(2001);
        assertThat(json(s.send("DELETE", url + "?response_url=https://scsp/r/2", TOKEN_C, null))
                        .get("data")
                        .get("result")
                        .asString())
                .isEqualTo("NOT_SUPPORTED");
        String set = "{\"charging_profile\":{\"charging_rate_unit\":\"W\"},\"response_url\":\"https://scsp/r/3\"}";
        assertThat(json(s.send("PUT", url, TOKEN_C, set))
                        .get("data")
                        .get("result")
                        .asString())
                .isEqualTo("NOT_SUPPORTED");
    }

    @Test
    void chargingPreferencesNotImplemented_are404With2001_asTheSpecSays() {
        SessionsSender sessions = (ctx, page) -> Page.empty();
        TestServer s = new TestServer(b -> b.service(sessions));
        OcpiResponse r = s.send(
                "PUT",
                V + "/sender/sessions/S1/charging_preferences",
                TOKEN_C,
                "{\"profile_type\":\"FAST\",\"energy_need\":20}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void chargingPreferences_ofTheInMemorySender_areAccepted() {
        InMemorySessions sessions = new InMemorySessions();
        sessions.put(Fixtures.session("NL", "CPO", "S1", Instant.parse("2024-03-01T10:00:00Z")));
        TestServer s = new TestServer(b -> b.service(sessions.asSender()));
        OcpiResponse r =
                s.send("PUT", V + "/sender/sessions/S1/charging_preferences", TOKEN_C, "{\"profile_type\":\"GREEN\"}");
        assertThat(json(r).get("data").asString()).isEqualTo("ACCEPTED");
        assertThat(sessions.chargingPreferences("S1")).isPresent();
    }

    @Test
    void responseUrl_completesThePendingFuture_once() throws Exception {
        InMemoryAsyncResults[] holder = new InMemoryAsyncResults[1];
        TestServer s = new TestServer(b -> {
            holder[0] = new InMemoryAsyncResults("https://cpo.example.com/ocpi/results", scheduler);
            b.service(new CommandsReceiver() {}).asyncResults(holder[0]);
        });
        assertThat(s.dispatcher.resultsUrl()).isEqualTo("https://cpo.example.com/ocpi/results");
        AsyncResults.Pending<CommandResult> pending = holder[0].expect(CommandResult.class, Duration.ofMinutes(1));
        String path = pending.url().substring("https://cpo.example.com".length());

        OcpiResponse invalid = s.send("POST", path, TOKEN_C, "{\"message\":[]}");
        assertThat(status(invalid)).isEqualTo(2001);
        assertThat(pending.future()).isNotDone();

        OcpiResponse r = s.send("POST", path, TOKEN_C, "{\"result\":\"ACCEPTED\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(1000);
        assertThat(pending.future().get().resultAsString()).isEqualTo("ACCEPTED");

        OcpiResponse again = s.send("POST", path, TOKEN_C, "{\"result\":\"ACCEPTED\"}");
        assertThat(again.status()).isEqualTo(404);
        assertThat(status(again)).isEqualTo(2001);
        assertThat(s.send("POST", path, null, "{\"result\":\"ACCEPTED\"}").status())
                .isEqualTo(401);
    }

    @Test
    void commandsSenderAndChargingProfilesSender_receiveResultsAtTheirOwnUrls() {
        List<String> seen = new ArrayList<>();
        CommandsSender commands = (ctx, reference, result) -> seen.add(reference + " " + result.resultAsString());
        ChargingProfilesSender profiles = new ChargingProfilesSender() {
            @Override
            public void chargingProfileResult(
                    OcpiContext ctx, String reference, String result, @Nullable ActiveChargingProfile profile) {
                seen.add(reference + " " + result + " " + (profile != null));
            }

            @Override
            public void activeChargingProfile(OcpiContext ctx, String sessionId, ActiveChargingProfile profile) {
                seen.add("active " + sessionId + " " + profile.chargingProfile().chargingRateUnitAsString());
            }
        };
        TestServer s = new TestServer(b -> b.service(commands).service(profiles));
        assertThat(status(
                        s.send("POST", V + "/sender/commands/START_SESSION/42", TOKEN_C, "{\"result\":\"ACCEPTED\"}")))
                .isEqualTo(1000);
        assertThat(status(s.send("POST", V + "/sender/chargingprofiles/clear/7", TOKEN_C, "{\"result\":\"ACCEPTED\"}")))
                .isEqualTo(1000);
        String active =
                "{\"start_date_time\":\"2024-03-01T10:00:00Z\",\"charging_profile\":{\"charging_rate_unit\":\"A\"}}";
        assertThat(status(s.send("PUT", V + "/sender/chargingprofiles/S1", TOKEN_C, active)))
                .isEqualTo(1000);
        assertThat(seen).containsExactly("START_SESSION/42 ACCEPTED", "clear/7 ACCEPTED false", "active S1 A");
    }
}
