package dev.ocpkit.ocpi.client.v221;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.OcpiRejectedException;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ChargingProfile;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.CommandResultType;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.Token;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Commands and charging profiles: the response_url comes from AsyncResults, results complete the future. */
class AsyncOperationsTest extends V221Fixture {
    static final String ACCEPTED = ok("{\"result\":\"ACCEPTED\",\"timeout\":30}");

    private static String idOf(String responseUrl) {
        return responseUrl.substring(responseUrl.lastIndexOf('/') + 1);
    }

    @Test
    void startSession_sendsOurResponseUrl_andTheResultCompletesTheFuture() {
        wm.stubFor(post("/emsp/2.2.1/commands/START_SESSION").willReturn(okJson(ACCEPTED)));
        StartSession command = StartSession.builder()
                .token(Token.builder().uid("U1").build())
                .locationId("LOC1")
                .responseUrl("https://ignored.example.com")
                .build();

        AsyncOperation<CommandResponse, CommandResult> op =
                v221().commandsReceiver().startSession(command);

        LoggedRequest r = wm.findAll(postRequestedFor(urlEqualTo("/emsp/2.2.1/commands/START_SESSION")))
                .get(0);
        JsonNode body = OcpiJson.v221().readTree(r.getBody());
        assertThat(body.get("response_url").asString())
                .isEqualTo(op.responseUrl())
                .startsWith(base + "/results/");
        assertThat(body.get("location_id").asString()).isEqualTo("LOC1");
        assertThat(op.accepted()).isTrue();
        assertThat(op.response().timeout()).isEqualTo(30);
        assertThat(op.requestId()).isEqualTo(r.getHeader("X-Request-ID"));
        assertThat(op.result()).isNotDone();
        assertThat(asyncResults.expectedType(idOf(op.responseUrl()))).isEqualTo(CommandResult.class);

        // what the server module does when the CPO posts the result
        assertThat(asyncResults.complete(idOf(op.responseUrl()), new CommandResult("ACCEPTED", List.of())))
                .isTrue();
        assertThat(op.result().join().result()).isEqualTo(CommandResultType.ACCEPTED);
    }

    @Test
    void rejectedCommand_failsTheResultAtOnce() {
        wm.stubFor(post("/emsp/2.2.1/commands/STOP_SESSION")
                .willReturn(okJson(ok("{\"result\":\"UNKNOWN_SESSION\",\"timeout\":0}"))));

        AsyncOperation<CommandResponse, CommandResult> op =
                v221().commandsReceiver().stopSession("S1");

        assertThat(op.accepted()).isFalse();
        assertThatThrownBy(() -> op.result().join())
                .hasCauseInstanceOf(OcpiRejectedException.class)
                .cause()
                .satisfies(e -> assertThat(((OcpiRejectedException) e).result()).isEqualTo("UNKNOWN_SESSION"));
        JsonNode body = OcpiJson.v221()
                .readTree(wm.findAll(anyRequestedFor(anyUrl())).get(0).getBody());
        assertThat(body.get("session_id").asString()).isEqualTo("S1");
    }

    @Test
    void commandRejectedByHttp_failsBothFutures_andIsNeverRetried() {
        wm.stubFor(post("/emsp/2.2.1/commands/UNLOCK_CONNECTOR")
                .willReturn(aResponse().withStatus(503)));

        var f = v221().commandsReceiver().unlockConnectorAsync("LOC1", "E1", "1");

        assertThatThrownBy(f::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(OcpiStatusException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/emsp/2.2.1/commands/UNLOCK_CONNECTOR")));
        assertThat(asyncResults.pendingCount()).isEqualTo(1);
    }

    @Test
    void resultThatNeverArrives_timesOut() {
        OcpiClient quick = OcpiClient.builder(new LocalParty(
                        "https://us.example.com/versions",
                        List.of(OcpiVersion.V2_2_1),
                        List.of(new PartyRole("EMSP", "NL", "EXA", "Example", null))))
                .asyncResults(asyncResults)
                .asyncResultTimeout(Duration.ofMillis(100))
                .build();
        try (quick) {
            wm.stubFor(post("/emsp/2.2.1/commands/CANCEL_RESERVATION").willReturn(okJson(ACCEPTED)));

            var op = quick.partner(partner()).v221().commandsReceiver().cancelReservation("R1");

            assertThatThrownBy(() -> op.result().join()).hasCauseInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void withoutAsyncResults_commandsFailWithoutSending() {
        OcpiClient plain = OcpiClient.builder(new LocalParty(
                        "https://us.example.com/versions",
                        List.of(OcpiVersion.V2_2_1),
                        List.of(new PartyRole("EMSP", "NL", "EXA", "Example", null))))
                .build();
        try (plain) {
            assertThatThrownBy(() ->
                            plain.partner(partner()).v221().commandsReceiver().stopSession("S1"))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void chargingProfiles_getPutDelete_carryTheResponseUrl() {
        wm.stubFor(get(urlPathEqualTo("/emsp/2.2.1/chargingprofiles/S1")).willReturn(okJson(ACCEPTED)));
        wm.stubFor(put("/emsp/2.2.1/chargingprofiles/S1").willReturn(okJson(ACCEPTED)));
        wm.stubFor(delete(urlPathEqualTo("/emsp/2.2.1/chargingprofiles/S1")).willReturn(okJson(ACCEPTED)));
        ChargingProfilesReceiverClient profiles = v221().chargingProfilesReceiver();

        AsyncOperation<ChargingProfileResponse, ActiveChargingProfileResult> active =
                profiles.getActiveChargingProfile("S1", 900);
        LoggedRequest get = wm.findAll(anyRequestedFor(urlPathEqualTo("/emsp/2.2.1/chargingprofiles/S1")))
                .get(0);
        assertThat(get.queryParameter("duration").firstValue()).isEqualTo("900");
        assertThat(get.queryParameter("response_url").firstValue()).isEqualTo(active.responseUrl());

        AsyncOperation<ChargingProfileResponse, ChargingProfileResult> set = profiles.setChargingProfile(
                "S1", ChargingProfile.builder().chargingRateUnitAsString("A").build());
        LoggedRequest put = wm.findAll(anyRequestedFor(urlPathEqualTo("/emsp/2.2.1/chargingprofiles/S1")))
                .get(1);
        JsonNode body = OcpiJson.v221().readTree(put.getBody());
        assertThat(body.get("response_url").asString()).isEqualTo(set.responseUrl());
        assertThat(body.get("charging_profile").get("charging_rate_unit").asString())
                .isEqualTo("A");

        AsyncOperation<ChargingProfileResponse, ClearProfileResult> clear = profiles.clearChargingProfile("S1");
        LoggedRequest delete = wm.findAll(anyRequestedFor(urlPathEqualTo("/emsp/2.2.1/chargingprofiles/S1")))
                .get(2);
        assertThat(delete.getMethod().getName()).isEqualTo("DELETE");
        assertThat(delete.queryParameter("response_url").firstValue()).isEqualTo(clear.responseUrl());

        asyncResults.complete(idOf(set.responseUrl()), new ChargingProfileResult("ACCEPTED"));
        assertThat(set.result().join().resultAsString()).isEqualTo("ACCEPTED");
        assertThat(active.result()).isNotDone();
    }
}
