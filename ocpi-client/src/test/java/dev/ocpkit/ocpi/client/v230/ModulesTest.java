package dev.ocpkit.ocpi.client.v230;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.OcpiMissingEndpointException;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RetryPolicy;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Booking;
import dev.ocpkit.ocpi.model.v230.BookingLocation;
import dev.ocpkit.ocpi.model.v230.BookingPatch;
import dev.ocpkit.ocpi.model.v230.BookingRequest;
import dev.ocpkit.ocpi.model.v230.Calendar;
import dev.ocpkit.ocpi.model.v230.CommandResponse;
import dev.ocpkit.ocpi.model.v230.CommandResult;
import dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation;
import dev.ocpkit.ocpi.model.v230.InvoiceReconciliationRecord;
import dev.ocpkit.ocpi.model.v230.Location;
import dev.ocpkit.ocpi.model.v230.Terminal;
import dev.ocpkit.ocpi.model.v230.TerminalPatch;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OCPI 2.3.0 modules, with the modules 2.3.0 adds: payments, bookings, invoice reconciliation. */
class ModulesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    static final String TOKEN = "token-230";
    static final String[] MODULES = {
        "locations",
        "sessions",
        "cdrs",
        "tariffs",
        "tokens",
        "commands",
        "chargingprofiles",
        "hubclientinfo",
        "payments",
        "Booking",
        "invoicereconciliation"
    };
    static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    String base;
    OcpiClient client;
    ScheduledExecutorService scheduler;
    InMemoryAsyncResults results;
    Partner partner;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + wm.getPort();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        results = new InMemoryAsyncResults(base + "/results", scheduler);
        client = OcpiClient.builder(new LocalParty(
                        "https://us.example.com/versions",
                        List.of(OcpiVersion.V2_3_0),
                        List.of(new PartyRole("CPO", "NL", "EXA", "Example", null))))
                .asyncResults(results)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), 2, false))
                .build();
        List<PartnerEndpoint> endpoints = new ArrayList<>();
        for (String m : MODULES) {
            endpoints.add(new PartnerEndpoint(m, "SENDER", base + "/s/2.3.0/" + m));
            endpoints.add(new PartnerEndpoint(m, "RECEIVER", base + "/r/2.3.0/" + m));
        }
        partner = new Partner(
                "p",
                Partner.State.REGISTERED,
                base + "/versions",
                OcpiVersion.V2_3_0,
                endpoints,
                TOKEN,
                "b",
                List.of(new PartyRole("EMSP", "DE", "MSP", "Partner", null)),
                PartnerQuirks.SPEC);
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.shutdownNow();
    }

    Ocpi230Client v230() {
        return client.partner(partner).v230();
    }

    static String ok(String data) {
        return "{\"data\":" + data + ",\"status_code\":1000,\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    static String okNoData() {
        return "{\"status_code\":1000,\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    private LoggedRequest last() {
        List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
        LoggedRequest r = all.get(all.size() - 1);
        assertThat(r.getHeader("Authorization"))
                .isEqualTo("Token " + Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    private static String method(LoggedRequest r) {
        return r.getMethod().getName() + " " + r.getUrl();
    }

    @Test
    void coreModules_use230Endpoints_andRoutingHeaders() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        v230().locationsReceiver()
                .putLocation(Location.builder()
                        .countryCode("NL")
                        .partyId("EXA")
                        .id("L1")
                        .build());

        LoggedRequest r = last();
        assertThat(method(r)).isEqualTo("PUT /r/2.3.0/locations/NL/EXA/L1");
        assertThat(r.getHeader("OCPI-from-party-id")).isEqualTo("EXA");
        assertThat(r.getHeader("OCPI-to-party-id")).isEqualTo("MSP");
    }

    @Test
    void commands_completeThroughAsyncResults() {
        wm.stubFor(post("/r/2.3.0/commands/STOP_SESSION")
                .willReturn(okJson(ok("{\"result\":\"ACCEPTED\",\"timeout\":10}"))));

        AsyncOperation<CommandResponse, CommandResult> op =
                v230().commandsReceiver().stopSession("S1");
        String id = op.responseUrl().substring(op.responseUrl().lastIndexOf('/') + 1);
        results.complete(id, new CommandResult("FAILED", List.of()));

        assertThat(op.result().join().resultAsString()).isEqualTo("FAILED");
    }

    @Test
    void paymentsSender_terminalsAndConfirmations() {
        wm.stubFor(get(urlPathEqualTo("/s/2.3.0/payments/terminals"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("X-Total-Count", "1")
                        .withHeader("X-Limit", "50")
                        .withBody(ok("[{\"terminal_id\":\"T1\",\"country_code\":\"NL\",\"party_id\":\"EXA\"}]"))));
        assertThat(v230().paymentsSender().terminals(new PageRequest(0, 50, null, null)).stream()
                        .map(Terminal::terminalId))
                .containsExactly("T1");
        assertThat(last().getUrl()).isEqualTo("/s/2.3.0/payments/terminals?limit=50");

        wm.stubFor(get("/s/2.3.0/payments/terminals/T1").willReturn(okJson(ok("{\"terminal_id\":\"T1\"}"))));
        assertThat(v230().paymentsSender().terminal("T1").terminalId()).isEqualTo("T1");

        wm.stubFor(any(urlPathEqualTo("/s/2.3.0/payments/terminals/T1")).willReturn(okJson(okNoData())));
        v230().paymentsSender()
                .patchTerminal(
                        "T1",
                        TerminalPatch.builder()
                                .locationIds(List.of("L1"))
                                .lastUpdated(T)
                                .build());
        LoggedRequest patch = last();
        assertThat(method(patch)).isEqualTo("PATCH /s/2.3.0/payments/terminals/T1");
        assertThat(OcpiJson.v230()
                        .readTree(patch.getBody())
                        .get("location_ids")
                        .get(0)
                        .asString())
                .isEqualTo("L1");

        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        v230().paymentsSender()
                .activateTerminal(Terminal.builder().reference("SERIAL-9").build());
        assertThat(method(last())).isEqualTo("POST /s/2.3.0/payments/terminals/activate");
        v230().paymentsSender().deactivateTerminal("T1");
        assertThat(method(last())).isEqualTo("POST /s/2.3.0/payments/terminals/T1/deactivate");
        v230().paymentsSender().putTerminal(Terminal.builder().terminalId("T1").build());
        assertThat(method(last())).isEqualTo("PUT /s/2.3.0/payments/terminals/T1");

        wm.stubFor(get("/s/2.3.0/payments/financial-advice-confirmations/F1")
                .willReturn(okJson(ok("{\"id\":\"F1\",\"currency\":\"EUR\"}"))));
        FinancialAdviceConfirmation fac = v230().paymentsSender().financialAdviceConfirmation("F1");
        assertThat(fac.currency()).isEqualTo("EUR");
    }

    @Test
    void paymentsReceiver_postsAndReads() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        v230().paymentsReceiver()
                .postTerminal(Terminal.builder().terminalId("T2").build());
        assertThat(method(last())).isEqualTo("POST /r/2.3.0/payments/terminals");
        v230().paymentsReceiver()
                .postFinancialAdviceConfirmation(
                        FinancialAdviceConfirmation.builder().id("F2").build());
        assertThat(method(last())).isEqualTo("POST /r/2.3.0/payments/financial-advice-confirmations");
        assertThat(OcpiJson.v230().readTree(last().getBody()).get("id").asString())
                .isEqualTo("F2");
    }

    @Test
    void bookingsSender_locationsWithTimeslotFilters_calendar_andBookingRequest() {
        wm.stubFor(get(urlPathEqualTo("/s/2.3.0/Booking/booking_locations"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("X-Total-Count", "1")
                        .withHeader("X-Limit", "10")
                        .withBody(ok("[{\"id\":\"BL1\",\"location_id\":\"L1\"}]"))));
        List<BookingLocation> locations =
                v230().bookingsSender().bookingLocations(PageRequest.FIRST, T, T.plusSeconds(3600)).stream()
                        .toList();
        assertThat(locations).extracting(BookingLocation::id).containsExactly("BL1");
        assertThat(last().getUrl())
                .isEqualTo(
                        "/s/2.3.0/Booking/booking_locations?timeslot_from=2026-05-01T08:00:00Z&timeslot_to=2026-05-01T09:00:00Z");

        wm.stubFor(get("/s/2.3.0/Booking/booking_locations/BL1/C7").willReturn(okJson(ok("{\"id\":\"C7\"}"))));
        Calendar calendar = v230().bookingsSender().calendar("BL1", "C7");
        assertThat(calendar.id()).isEqualTo("C7");

        wm.stubFor(
                post("/s/2.3.0/Booking").willReturn(okJson(ok("{\"id\":\"BK1\",\"reservation_status\":\"PENDING\"}"))));
        Booking booking = v230().bookingsSender()
                .requestBooking(BookingRequest.builder()
                        .requestId("RQ1")
                        .locationId("L1")
                        .build());
        assertThat(booking.id()).isEqualTo("BK1");
        assertThat(OcpiJson.v230().readTree(last().getBody()).get("request_id").asString())
                .isEqualTo("RQ1");
    }

    @Test
    void bookingsReceiver_paths() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        BookingsReceiverClient receiver = v230().bookingsReceiver();
        receiver.putBookingLocation(BookingLocation.builder()
                .countryCode("NL")
                .partyId("EXA")
                .id("BL1")
                .build());
        assertThat(method(last())).isEqualTo("PUT /r/2.3.0/Booking/NL/EXA/booking_locations/BL1");
        receiver.putCalendar("NL", "EXA", "BL1", Calendar.builder().id("C1").build());
        assertThat(method(last())).isEqualTo("PUT /r/2.3.0/Booking/NL/EXA/booking_locations/BL1/C1");
        receiver.putBooking(
                Booking.builder().countryCode("NL").partyId("EXA").id("BK1").build());
        assertThat(method(last())).isEqualTo("PUT /r/2.3.0/Booking/NL/EXA/BK1");
        receiver.patchBooking(
                "NL", "EXA", "BK1", BookingPatch.builder().lastUpdated(T).build());
        assertThat(method(last())).isEqualTo("PATCH /r/2.3.0/Booking/NL/EXA/BK1");
    }

    @Test
    void invoiceReconciliation_bothDirections() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(okNoData())));
        InvoiceReconciliationReceiverClient receiver = v230().invoiceReconciliationReceiver();
        receiver.postRecord(InvoiceReconciliationRecord.builder()
                .countryCode("NL")
                .partyId("EXA")
                .id("I1")
                .build());
        assertThat(method(last())).isEqualTo("POST /r/2.3.0/invoicereconciliation");
        receiver.deleteRecord("NL", "EXA", "I1");
        assertThat(method(last())).isEqualTo("DELETE /r/2.3.0/invoicereconciliation/NL/EXA/I1");
    }

    @Test
    void v221Client_onA230Partner_failsWithoutSending() {
        assertThatThrownBy(
                        () -> client.partner(partner).v221().locationsSender().location("L1"))
                .isInstanceOf(OcpiMissingEndpointException.class)
                .hasMessageContaining("2.3.0");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
