package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.CPO;
import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.VERSIONS_URL;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Booking;
import dev.ocpkit.ocpi.model.v230.BookingLocation;
import dev.ocpkit.ocpi.model.v230.BookingRequest;
import dev.ocpkit.ocpi.model.v230.ReservationStatus;
import dev.ocpkit.ocpi.server.v230.BookingsReceiver;
import dev.ocpkit.ocpi.server.v230.BookingsSender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Bookings module of OCPI 2.3.0 (module identifier {@code Booking}): the CPO's Sender and the eMSP's Receiver. */
class V230BookingsTest {
    private static final String P = "/ocpi/2.3.0";
    private static final String CPO_TOKEN = "token-of-the-cpo";
    private static final OcpiJson JSON = OcpiJson.forVersion(OcpiVersion.V2_3_0);

    private static TestServer server(PartyRole local, java.util.function.Consumer<OcpiDispatcher.Builder> config) {
        TestServer s = new TestServer(
                new LocalParty(VERSIONS_URL, List.of(OcpiVersion.V2_3_0), List.of(local)), config, PartnerQuirks.SPEC);
        s.partners.save(TestServer.registered(
                "cpo", CPO_TOKEN, PartnerQuirks.SPEC, new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
        return s;
    }

    private static String calendarJson(String id, String slotStart, String updated) {
        return """
                {"id":"%s","begin_from":"2025-06-01T00:00:00Z","end_before":"2025-06-02T00:00:00Z",
                 "timeslot_increment":15,
                 "available_timeslots":[{"start_date_time":"%s","end_date_time":"2025-06-01T12:00:00Z"}],
                 "last_updated":"%s"}"""
                .formatted(id, slotStart, updated);
    }

    private static String bookingLocationJson(String cc, String pid, String id) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","location_id":"LOC1",
                 "booking_option":{"evse_uid":"LOC1-E1"},"policy":{"reservation_required":false},
                 "calendars":[%s],"last_updated":"2025-05-01T00:00:00Z"}"""
                .formatted(cc, pid, id, calendarJson("CAL1", "2025-06-01T08:00:00Z", "2025-05-01T00:00:00Z"));
    }

    private static String requestJson(String cc, String pid) {
        return """
                {"country_code":"%s","party_id":"%s","request_id":"REQ1","location_id":"LOC1",
                 "booking_location_id":"BL1","period":{"start_date_time":"2025-06-01T09:00:00Z",
                 "end_date_time":"2025-06-01T10:00:00Z"},"authorization_reference":"AUTH1"}"""
                .formatted(cc, pid);
    }

    private static String bookingJson(String id, String status) {
        return """
                {"id":"%s","country_code":"BE","party_id":"CPO","request_id":"REQ1","location_id":"LOC1",
                 "period":{"start_date_time":"2025-06-01T09:00:00Z","end_date_time":"2025-06-01T10:00:00Z"},
                 "reservation_status":"%s","authorization_reference":"AUTH1",
                 "booking_terms":{"supported_access_methods":["OPEN"],"change_until_minutes":60,
                   "cancel_until_minutes":30},
                 "booking_requests":[{"request_status":"ACCEPTED","booking_request":%s,
                   "request_received":"2025-05-20T10:00:00Z"}],
                 "last_updated":"2025-05-20T10:00:05Z"}"""
                .formatted(id, status, requestJson("DE", "EMS"));
    }

    @Test
    void cpoSender_bookingLocationsCalendarsAndBookings_andABookingRequest() {
        List<BookingLocation> locations = List.of(
                JSON.read(bookingLocationJson("NL", "CPO", "BL1"), BookingLocation.class),
                JSON.read(bookingLocationJson("NL", "CPO", "BL2"), BookingLocation.class));
        List<BookingRequest> requests = new ArrayList<>();
        BookingsSender cpo = new BookingsSender() {
            @Override
            public Page<BookingLocation> getBookingLocations(OcpiContext ctx, PageRequest page) {
                return Page.of(locations, page, BookingLocation::lastUpdated);
            }

            @Override
            public Optional<BookingLocation> getBookingLocation(OcpiContext ctx, String bookingLocationId) {
                return locations.stream()
                        .filter(l -> bookingLocationId.equals(l.id()))
                        .findFirst();
            }

            @Override
            public Page<Booking> getBookings(OcpiContext ctx, PageRequest page) {
                return Page.of(
                        List.of(JSON.read(bookingJson("B1", "RESERVED"), Booking.class)), page, Booking::lastUpdated);
            }

            @Override
            public Booking requestBooking(OcpiContext ctx, BookingRequest request) {
                requests.add(request);
                return JSON.read(bookingJson("B2", "PENDING"), Booking.class);
            }
        };
        TestServer s = server(CPO, b -> b.service(cpo));
        JsonNode endpoint = json(s.get(P)).get("data").get("endpoints").get(1);
        assertThat(endpoint.get("identifier").asString()).isEqualTo("Booking");
        assertThat(endpoint.get("role").asString()).isEqualTo("SENDER");
        String base = P + "/sender/Booking";
        assertThat(endpoint.get("url").asString()).isEqualTo("https://cpo.example.com" + base);

        OcpiResponse list = s.get(base + "/booking_locations?limit=1");
        assertThat(json(list).get("data")).hasSize(1);
        assertThat(list.header("X-Total-Count")).isEqualTo("2");
        assertThat(list.header("Link")).contains("offset=1&limit=1");
        assertThat(json(s.get(base + "/booking_locations/BL2"))
                        .get("data")
                        .get("id")
                        .asString())
                .isEqualTo("BL2");
        assertThat(json(s.get(base + "/booking_locations/BL1/cal1"))
                        .get("data")
                        .get("timeslot_increment")
                        .asInt())
                .isEqualTo(15);
        OcpiResponse noCalendar = s.get(base + "/booking_locations/BL1/CAL9");
        assertThat(noCalendar.status()).isEqualTo(404);
        assertThat(status(noCalendar)).isEqualTo(2001);
        assertThat(s.send("PUT", base + "/booking_locations/BL1", TOKEN_C, bookingLocationJson("NL", "CPO", "BL1"))
                        .status())
                .isEqualTo(405);

        assertThat(json(s.get(base))
                        .get("data")
                        .get(0)
                        .get("reservation_status")
                        .asString())
                .isEqualTo("RESERVED");
        OcpiResponse requested = s.send("POST", base, TOKEN_C, requestJson("DE", "EMS"));
        assertThat(requested.status()).isEqualTo(200);
        assertThat(json(requested).get("data").get("reservation_status").asString())
                .isEqualTo("PENDING");
        assertThat(requests).singleElement().satisfies(r -> assertThat(r.bookingLocationId())
                .isEqualTo("BL1"));
        // a request in the name of another party than the caller's
        assertThat(status(s.send("POST", base, TOKEN_C, requestJson("FR", "XXX"))))
                .isEqualTo(2001);
        assertThat(requests).hasSize(1);
    }

    /** An eMSP that stores booking locations and bookings in maps; calendars go through the defaults. */
    private static final class Emsp implements BookingsReceiver {
        final Map<String, BookingLocation> locations = new ConcurrentHashMap<>();
        final Map<String, Booking> bookings = new ConcurrentHashMap<>();

        @Override
        public Optional<BookingLocation> getBookingLocation(
                OcpiContext ctx, String countryCode, String partyId, String bookingLocationId) {
            return Optional.ofNullable(locations.get(countryCode + "/" + partyId + "/" + bookingLocationId));
        }

        @Override
        public PutOutcome putBookingLocation(
                OcpiContext ctx,
                String countryCode,
                String partyId,
                String bookingLocationId,
                BookingLocation location) {
            return locations.put(countryCode + "/" + partyId + "/" + bookingLocationId, location) == null
                    ? PutOutcome.CREATED
                    : PutOutcome.UPDATED;
        }

        @Override
        public Optional<Booking> getBooking(OcpiContext ctx, String countryCode, String partyId, String bookingId) {
            return Optional.ofNullable(bookings.get(countryCode + "/" + partyId + "/" + bookingId));
        }

        @Override
        public PutOutcome putBooking(
                OcpiContext ctx, String countryCode, String partyId, String bookingId, Booking booking) {
            return bookings.put(countryCode + "/" + partyId + "/" + bookingId, booking) == null
                    ? PutOutcome.CREATED
                    : PutOutcome.UPDATED;
        }
    }

    @Test
    void emspReceiver_bookingLocationAndCalendar_putPatch_setTheParentsLastUpdated() {
        Emsp emsp = new Emsp();
        TestServer s = server(new PartyRole("EMSP", "DE", "EMS", "Example eMSP", null), b -> b.service(emsp));
        String url = P + "/receiver/Booking/BE/CPO/booking_locations/BL1";

        assertThat(s.send("PUT", url, CPO_TOKEN, bookingLocationJson("BE", "CPO", "BL1"))
                        .status())
                .isEqualTo(201);
        assertThat(status(s.send("PUT", url, CPO_TOKEN, bookingLocationJson("BE", "CPO", "BL2"))))
                .isEqualTo(2001);
        assertThat(status(s.send("PUT", url, CPO_TOKEN, bookingLocationJson("NL", "CPO", "BL1"))))
                .isEqualTo(2001);

        OcpiResponse calendarPatch = s.send(
                "PATCH",
                url + "/CAL1",
                CPO_TOKEN,
                """
                {"available_timeslots":[{"start_date_time":"2025-06-01T10:00:00Z","end_date_time":"2025-06-01T12:00:00Z"}],
                 "last_updated":"2025-05-10T00:00:00Z"}""");
        assertThat(status(calendarPatch)).isEqualTo(1000);
        BookingLocation stored = emsp.locations.get("BE/CPO/BL1");
        assertThat(stored.calendars().get(0).availableTimeslots().get(0).startDateTime())
                .isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
        assertThat(stored.lastUpdated()).isEqualTo(Instant.parse("2025-05-10T00:00:00Z"));

        assertThat(s.send(
                                "PUT",
                                url + "/CAL2",
                                CPO_TOKEN,
                                calendarJson("CAL2", "2025-06-01T11:00:00Z", "2025-05-11T00:00:00Z"))
                        .status())
                .isEqualTo(201);
        assertThat(emsp.locations.get("BE/CPO/BL1").calendars()).hasSize(2);
        assertThat(emsp.locations.get("BE/CPO/BL1").lastUpdated()).isEqualTo(Instant.parse("2025-05-11T00:00:00Z"));
        assertThat(json(s.send("GET", url + "/CAL2", CPO_TOKEN, null))
                        .get("data")
                        .get("id")
                        .asString())
                .isEqualTo("CAL2");
        OcpiResponse unknownCalendar = s.send(
                "PATCH",
                url + "/CAL9",
                CPO_TOKEN,
                "{\"timeslot_increment\":5,\"last_updated\":\"2025-05-12T00:00:00Z\"}");
        assertThat(unknownCalendar.status()).isEqualTo(404);
        assertThat(s.send("DELETE", url, CPO_TOKEN, null).status()).isEqualTo(405);
        // the URL's party must be the caller's
        assertThat(s.send("GET", P + "/receiver/Booking/FR/XXX/booking_locations/BL1", CPO_TOKEN, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void emspReceiver_bookings_putThenPatchToCanceled() {
        Emsp emsp = new Emsp();
        TestServer s = server(new PartyRole("EMSP", "DE", "EMS", "Example eMSP", null), b -> b.service(emsp));
        String url = P + "/receiver/Booking/BE/CPO/B1";

        assertThat(s.send("PUT", url, CPO_TOKEN, bookingJson("B1", "RESERVED")).status())
                .isEqualTo(201);
        OcpiResponse patched = s.send(
                "PATCH",
                url,
                CPO_TOKEN,
                """
                {"reservation_status":"CANCELED","canceled":{"cancellation_reason":"POWER_OUTAGE","who_canceled":"CPO"},
                 "last_updated":"2025-05-21T00:00:00Z"}""");
        assertThat(status(patched)).isEqualTo(1000);
        Booking b = emsp.bookings.get("BE/CPO/B1");
        assertThat(b.reservationStatus()).isEqualTo(ReservationStatus.CANCELED);
        assertThat(b.authorizationReference()).isEqualTo("AUTH1");
        assertThat(json(s.send("GET", url, CPO_TOKEN, null))
                        .get("data")
                        .get("reservation_status")
                        .asString())
                .isEqualTo("CANCELED");
        OcpiResponse missing = s.send("GET", P + "/receiver/Booking/BE/CPO/B9", CPO_TOKEN, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(status(missing)).isEqualTo(2001);
        assertThat(status(s.send("PUT", P + "/receiver/Booking/BE/CPO/B2", CPO_TOKEN, bookingJson("B1", "RESERVED"))))
                .isEqualTo(2001);
    }
}
