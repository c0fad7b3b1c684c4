package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.Routing;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OCPI fakes used the way a host test uses them: handshake, pushes, pulls, scripted failures, a hub. */
class FakeOcpiPartiesTest {
    private static Location location(String countryCode, String partyId, String id) {
        return DemoNetwork.location().toBuilder()
                .countryCode(countryCode)
                .partyId(partyId)
                .id(id)
                .build();
    }

    @Test
    void cpoRegistersWithEmsp_thenPushesLocation_emspHasItAndRecordedThePut() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            Partner emspAtCpo = cpo.register(emsp);

            assertThat(emspAtCpo.state()).isEqualTo(Partner.State.REGISTERED);
            assertThat(emspAtCpo.version()).isEqualTo(OcpiVersion.V2_2_1);
            Partner cpoAtEmsp = emsp.partners().find(cpo.partnerId()).orElseThrow();
            assertThat(cpoAtEmsp.state()).isEqualTo(Partner.State.REGISTERED);
            assertThat(cpoAtEmsp.hasParty("DE", "CPO")).isTrue();

            cpo.partner(emsp.partnerId()).locationsReceiver().putLocation(location("DE", "CPO", "LOC1"));

            assertThat(emsp.locations()).extracting(Location::id).containsExactly("LOC1");
            RecordedRequest put = emsp.requests().stream()
                    .filter(r -> r.method().equals("PUT"))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(put.path()).isEqualTo("/ocpi/2.2.1/receiver/locations/DE/CPO/LOC1");
            assertThat(put.header("Authorization")).isEqualTo("Token");
            assertThat(put.header("X-Request-ID")).isNotBlank();
            assertThat(put.body()).contains("\"id\":\"LOC1\"");
        }
    }

    @Test
    void recordedRequests_neverHoldTheCredentialsTokens() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(emsp);
            cpo.partner(emsp.partnerId()).locationsReceiver().putLocation(location("DE", "CPO", "LOC1"));
            Partner cpoAtEmsp = emsp.partners().find(cpo.partnerId()).orElseThrow();
            List<String> secrets = List.of(
                    String.valueOf(cpoAtEmsp.tokenWeUse()), String.valueOf(cpoAtEmsp.tokenTheyUse()), emsp.tokenA());

            String everything =
                    emsp.requests().stream().map(r -> r.headers().toString()).reduce("", String::concat) + emsp + cpo;
            for (String secret : secrets) {
                assertThat(everything).doesNotContain(secret);
                assertThat(everything)
                        .doesNotContain(java.util.Base64.getEncoder().encodeToString(secret.getBytes()));
            }
        }
    }

    @Test
    void failNext_ocpiStatus_nextPushFailsWithThatStatus_thenPushesSucceedAgain() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(emsp);
            emsp.failNext(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);

            assertThatThrownBy(() -> cpo.partner(emsp.partnerId())
                            .locationsReceiver()
                            .putLocation(location("DE", "CPO", "LOC1")))
                    .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(2001);
                        assertThat(e.hasEnvelope()).isTrue();
                    });
            assertThat(emsp.locations()).isEmpty();

            cpo.partner(emsp.partnerId()).locationsReceiver().putLocation(location("DE", "CPO", "LOC1"));
            assertThat(emsp.locations()).extracting(Location::id).containsExactly("LOC1");
        }
    }

    @Test
    void failWhen_matchingRequests_answeredWithScriptedHttpStatus_othersHandled() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(emsp);
            emsp.failWhen(r -> r.path().endsWith("/LOC-BAD"), ScriptedResponse.http(404));

            assertThatThrownBy(() -> cpo.partner(emsp.partnerId())
                            .locationsReceiver()
                            .putLocation(location("DE", "CPO", "LOC-BAD")))
                    .isInstanceOfSatisfying(OcpiStatusException.class, e -> assertThat(e.httpStatus())
                            .isEqualTo(404));
            cpo.partner(emsp.partnerId()).locationsReceiver().putLocation(location("DE", "CPO", "LOC-OK"));

            assertThat(emsp.locations()).extracting(Location::id).containsExactly("LOC-OK");
            emsp.clearFailures();
            cpo.partner(emsp.partnerId()).locationsReceiver().putLocation(location("DE", "CPO", "LOC-BAD"));
            assertThat(emsp.locations()).extracting(Location::id).containsExactlyInAnyOrder("LOC-OK", "LOC-BAD");
        }
    }

    @Test
    void emspRegistersWithCpo_pullsTheCposLocations() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.locations().put(location("DE", "CPO", "LOC1"));
            cpo.locations().put(location("DE", "CPO", "LOC2"));
            emsp.register(cpo);

            List<Location> pulled = emsp.partner(cpo.partnerId()).locationsSender().list().stream()
                    .toList();

            assertThat(pulled).extracting(Location::id).containsExactlyInAnyOrder("LOC1", "LOC2");
            assertThat(cpo.requests()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/ocpi/2.2.1/sender/locations"));
        }
    }

    @Test
    void hub_forwardsDirectlyRoutedPushToTheAddressedParty_recordingBothLegs() {
        try (FakeHub hub = FakeHub.start();
                FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(hub);
            emsp.register(hub);

            cpo.partner(hub.partnerId())
                    .withRouting(Routing.direct("DE", "CPO", "NL", "EMS"))
                    .locationsReceiver()
                    .putLocation(location("DE", "CPO", "LOC1"));

            assertThat(emsp.locations()).extracting(Location::id).containsExactly("LOC1");
            assertThat(hub.locations().all()).isEmpty();
            assertThat(hub.requests())
                    .anySatisfy(r -> assertThat(r.path()).isEqualTo("/ocpi/2.2.1/receiver/locations/DE/CPO/LOC1"));
            assertThat(hub.forwarded()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("PUT");
                assertThat(r.path()).isEqualTo("/ocpi/2.2.1/receiver/locations/DE/CPO/LOC1");
                assertThat(r.header("OCPI-to-party-id")).isEqualTo("EMS");
            });
            RecordedRequest atEmsp = emsp.requests().stream()
                    .filter(r -> r.method().equals("PUT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(atEmsp.header("OCPI-from-country-code")).isEqualTo("DE");
            assertThat(atEmsp.header("OCPI-from-party-id")).isEqualTo("CPO");
            Partner hubAtEmsp = emsp.partners().find(hub.partnerId()).orElseThrow();
            assertThat(hubAtEmsp.roles()).extracting(r -> r.role()).containsExactly("HUB");
        }
    }

    @Test
    void hub_pushToUnknownParty_answersUnknownReceiver4001() {
        try (FakeHub hub = FakeHub.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(hub);

            assertThatThrownBy(() -> cpo.partner(hub.partnerId())
                            .withRouting(Routing.direct("DE", "CPO", "BE", "XXX"))
                            .locationsReceiver()
                            .putLocation(location("DE", "CPO", "LOC1")))
                    .isInstanceOfSatisfying(OcpiStatusException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(4001));
            assertThat(hub.forwarded()).isEmpty();
        }
    }

    @Test
    void failNext_http503_clientRetriesThePut_andTheRetrySucceeds() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(emsp);
            emsp.failNext(503);

            cpo.partner(emsp.partnerId()).locationsReceiver().putLocation(location("DE", "CPO", "LOC1"));

            assertThat(emsp.requests().stream().filter(r -> r.method().equals("PUT")))
                    .hasSize(2);
            assertThat(emsp.locations()).extracting(Location::id).containsExactly("LOC1");
        }
    }

    @Test
    void failNext_http503OnEveryAttempt_clientSurfacesRetryableStatusError() {
        try (FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(emsp);
            for (int i = 0; i < 5; i++) {
                emsp.failNext(503);
            }

            assertThatThrownBy(() -> cpo.partner(emsp.partnerId())
                            .locationsReceiver()
                            .putLocation(location("DE", "CPO", "LOC1")))
                    .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(503);
                        assertThat(e.retryable()).isTrue();
                    });
            assertThat(emsp.locations()).isEmpty();
        }
    }

    @Test
    void hub_forwardsDirectlyRoutedListGet_toTheAddressedCpo() {
        try (FakeHub hub = FakeHub.start();
                FakeEmsp emsp = FakeEmsp.start();
                FakeCpo cpo = FakeCpo.start()) {
            cpo.register(hub);
            emsp.register(hub);
            cpo.locations().put(location("DE", "CPO", "LOC9"));

            List<Location> pulled = emsp
                    .partner(hub.partnerId())
                    .withRouting(Routing.direct("NL", "EMS", "DE", "CPO"))
                    .locationsSender()
                    .list()
                    .stream()
                    .toList();

            assertThat(pulled).extracting(Location::id).containsExactly("LOC9");
            assertThat(hub.forwarded()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.path()).isEqualTo("/ocpi/2.2.1/sender/locations");
            });
        }
    }
}
