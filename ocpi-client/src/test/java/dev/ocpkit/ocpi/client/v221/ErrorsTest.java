package dev.ocpkit.ocpi.client.v221;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.ocpkit.ocpi.client.OcpiClientException;
import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.client.OcpiTransportException;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** How partner errors and bad responses surface: typed, with status code, HTTP status and request id. */
class ErrorsTest extends V221Fixture {
    static final String URL = "/cpo/2.2.1/locations/LOC1";

    private Throwable failure() {
        CompletableFuture<?> f = v221().locationsSender().locationAsync("LOC1");
        Throwable t = f.handle((r, e) -> e).join();
        assertThat(t).as("the future completes exceptionally").isNotNull();
        OcpiException e = OcpiClientException.extract(t);
        assertThat(e).as("a typed OCPI exception").isNotNull();
        return e;
    }

    @Test
    void http401_withoutEnvelope_isStatus2000_notRetried() {
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(401).withBody("Unauthorized")));

        assertThat(failure()).isInstanceOfSatisfying(OcpiStatusException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.statusCode()).isEqualTo(2000);
            assertThat(e.hasEnvelope()).isFalse();
            assertThat(e.requestId()).isNotBlank();
        });
        wm.verify(1, getRequestedFor(urlEqualTo(URL)));
    }

    @Test
    void http404_withEnvelope_carriesTheEnvelopesCode() {
        wm.stubFor(
                get(URL).willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withBody(
                                                "{\"status_code\":2003,\"status_message\":\"no such location\",\"timestamp\":\"2026-01-01T00:00:00Z\"}")));

        assertThat(failure()).isInstanceOfSatisfying(OcpiStatusException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(2003);
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.hasEnvelope()).isTrue();
            assertThat(e.getMessage())
                    .contains("2003")
                    .contains("no such location")
                    .contains(e.requestId());
        });
    }

    @Test
    void http405_isTyped() {
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(405)));

        assertThat(failure()).isInstanceOfSatisfying(OcpiStatusException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(405);
            assertThat(e.retryable()).isFalse();
        });
    }

    @Test
    void http500_isRetried_thenReportedWithStatus3000() {
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));

        assertThat(failure()).isInstanceOfSatisfying(OcpiStatusException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.statusCode()).isEqualTo(3000);
            assertThat(e.retryable()).isTrue();
        });
        wm.verify(3, getRequestedFor(urlEqualTo(URL)));
    }

    @Test
    void putIsRetried_onServerError() {
        wm.stubFor(put("/emsp/2.2.1/tariffs/DE/CPX/T1").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> v221().tariffsReceiver()
                        .putTariff(Tariff.builder()
                                .countryCode("DE")
                                .partyId("CPX")
                                .id("T1")
                                .build()))
                .isInstanceOf(OcpiStatusException.class);
        wm.verify(3, putRequestedFor(urlEqualTo("/emsp/2.2.1/tariffs/DE/CPX/T1")));
    }

    @Test
    void http200_withAnErrorStatus_isAStatusException() {
        wm.stubFor(
                get(URL).willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                "{\"data\":{\"unexpected\":true},\"status_code\":2001,\"timestamp\":\"2026-01-01T00:00:00Z\"}")));

        assertThat(failure()).isInstanceOfSatisfying(OcpiStatusException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(2001);
            assertThat(e.httpStatus()).isEqualTo(200);
        });
    }

    @Test
    void nonJsonBody_isAParseException() {
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(200).withBody("this is not json")));

        assertThat(failure()).isInstanceOf(OcpiParseException.class);
    }

    @Test
    void envelopeWithoutStatusCode_isAnInvalidResponse() {
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(200).withBody("{\"data\":" + location("LOC1") + "}")));

        assertThat(failure()).isInstanceOfSatisfying(OcpiInvalidResponseException.class, e -> {
            assertThat(e.getMessage()).contains("status_code");
            assertThat(e.httpStatus()).isEqualTo(200);
        });
    }

    @Test
    void statusCodeOfTheWrongType_isAnInvalidResponse() {
        wm.stubFor(get(URL).willReturn(aResponse()
                .withStatus(200)
                .withBody("{\"data\":null,\"status_code\":{\"code\":1000},\"timestamp\":\"2026-01-01T00:00:00Z\"}")));

        assertThat(failure()).isInstanceOf(OcpiInvalidResponseException.class).hasMessageContaining("status_code");
    }

    @Test
    void successWithoutData_whereDataIsRequired_isAnInvalidResponse() {
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(200).withBody(okNoData())));

        assertThat(failure()).isInstanceOf(OcpiInvalidResponseException.class).hasMessageContaining("no data");
    }

    @Test
    void emptyBody_isAnInvalidResponse() {
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(200)));

        assertThat(failure()).isInstanceOf(OcpiInvalidResponseException.class).hasMessageContaining("envelope");
    }

    @Test
    void dataOfTheWrongShape_isAParseExceptionWithItsPath() {
        wm.stubFor(get(URL).willReturn(
                        aResponse().withStatus(200).withBody(ok("{\"id\":\"LOC1\",\"evses\":\"not a list\"}"))));

        assertThat(failure()).isInstanceOfSatisfying(OcpiParseException.class, e -> assertThat(e.path())
                .contains("evses"));
    }

    @Test
    void truncatedResponse_isATransportException_retried() {
        wm.stubFor(get(URL).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        assertThat(failure()).isInstanceOfSatisfying(OcpiTransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(OcpiTransportException.Kind.IO);
            assertThat(e.requestId()).isNotBlank();
        });
        wm.verify(3, getRequestedFor(urlEqualTo(URL)));
    }

    @Test
    void connectionReset_isATransportException() {
        wm.stubFor(get(URL).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failure()).isInstanceOfSatisfying(OcpiTransportException.class, e -> assertThat(e.retryable())
                .isTrue());
    }

    @Test
    void partnersStatusMessage_neverEchoesOurToken() {
        wm.stubFor(get(URL).willReturn(aResponse()
                .withStatus(401)
                .withBody("{\"status_code\":2000,\"status_message\":\"bad token " + TOKEN
                        + "\",\"timestamp\":\"2026-01-01T00:00:00Z\"}")));

        assertThat(failure()).isInstanceOfSatisfying(OcpiStatusException.class, e -> {
            assertThat(e.getMessage()).doesNotContain(TOKEN).contains("<redacted>");
            assertThat(e.statusMessage()).doesNotContain(TOKEN);
        });
    }

    @Test
    void autoTokenEncoding_retriesOnceWithTheRawToken_afterA401_andRemembersIt() {
        PartnerQuirks auto = new PartnerQuirks(PartnerQuirks.TokenEncoding.AUTO, true, false, false);
        wm.stubFor(get(URL).willReturn(aResponse().withStatus(401)));
        wm.stubFor(get(URL).withHeader(
                        "Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Token " + TOKEN))
                .willReturn(aResponse().withStatus(200).withBody(ok(location("LOC1")))));
        var sender = client.partner(partner(auto, List.of())).v221().locationsSender();

        assertThat(sender.location("LOC1").id()).isEqualTo("LOC1");
        assertThat(sender.location("LOC1").id()).isEqualTo("LOC1");

        assertThat(wm.findAll(anyRequestedFor(anyUrl())))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly(AUTH, "Token " + TOKEN, "Token " + TOKEN);
    }
}
