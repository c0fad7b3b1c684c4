package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Booking;
import dev.ocpkit.ocpi.model.v230.BookingLocation;
import dev.ocpkit.ocpi.model.v230.BookingRequest;
import dev.ocpkit.ocpi.model.v230.Calendar;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Calls the partner's bookings Sender interface (the CPO's): booking locations with their calendars, bookings, and
 * booking requests. The module identifier is {@code Booking}, as OCPI 2.3.0's ModuleID lists it.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.3.0/release/bookings/mod_bookings.asciidoc#mod_bookings_sender_interface">OCPI 2.3.0, Bookings, Sender interface</a>
 * @since 0.1
 */
public final class BookingsSenderClient {
    private final CallContext ctx;

    BookingsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every booking location the partner shares with us, page by page:
     * {@code GET {bookings_endpoint_url}/booking_locations}, optionally only those with a timeslot in
     * {@code [timeslotFrom, timeslotTo)}. The list is lazy (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @param timeslotFrom the {@code timeslot_from} filter, or {@code null}
     * @param timeslotTo the {@code timeslot_to} filter, or {@code null}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<BookingLocation> bookingLocations(
            PageRequest page, @Nullable Instant timeslotFrom, @Nullable Instant timeslotTo) {
        return ctx.req("GET", "Booking", "SENDER", "GET bookings booking_locations (sender)")
                .path("booking_locations")
                .queryTimestamp("timeslot_from", timeslotFrom)
                .queryTimestamp("timeslot_to", timeslotTo)
                .list(BookingLocation.class, Objects.requireNonNull(page, "page"));
    }

    /**
     * Every booking the partner shares with us, page by page. The list is lazy: pages are requested as the stream
     * or iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Booking> bookings(PageRequest page) {
        return ctx.req("GET", "Booking", "SENDER", "GET bookings (sender)")
                .list(Booking.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code bookings(PageRequest.FIRST)}. */
    public Paginated<Booking> bookings() {
        return bookings(PageRequest.FIRST);
    }

    /**
     * Reads one booking location: {@code GET {bookings_endpoint_url}/booking_locations/{booking_location_id}}.
     *
     * @param bookingLocationId the booking location id
     * @return a future that completes normally with the booking location, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<BookingLocation> bookingLocationAsync(String bookingLocationId) {
        return ctx.req("GET", "Booking", "SENDER", "GET bookings booking_locations (sender)")
                .path("booking_locations", bookingLocationId)
                .object(BookingLocation.class);
    }

    /** Blocking {@link #bookingLocationAsync}; throws its failure unwrapped. */
    public BookingLocation bookingLocation(String bookingLocationId) {
        return Futures.join(bookingLocationAsync(bookingLocationId));
    }

    /**
     * Reads one calendar: {@code GET .../booking_locations/{booking_location_id}/{calendar_id}}.
     *
     * @param bookingLocationId the booking location id
     * @param calendarId the calendar id
     * @return a future that completes normally with the calendar, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Calendar> calendarAsync(String bookingLocationId, String calendarId) {
        return ctx.req("GET", "Booking", "SENDER", "GET bookings booking_locations (sender)")
                .path("booking_locations", bookingLocationId, calendarId)
                .object(Calendar.class);
    }

    /** Blocking {@link #calendarAsync}; throws its failure unwrapped. */
    public Calendar calendar(String bookingLocationId, String calendarId) {
        return Futures.join(calendarAsync(bookingLocationId, calendarId));
    }

    /**
     * Requests a booking: {@code POST {bookings_endpoint_url}} with a BookingRequest. Never retried.
     *
     * @param request the booking request
     * @return a future that completes normally with the booking as the CPO created it ({@code PENDING}, {@code
     *     RESERVED}, {@code REJECTED} or {@code FAILED}), or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Booking> requestBookingAsync(BookingRequest request) {
        return ctx.req("POST", "Booking", "SENDER", "POST bookings (sender)")
                .body(request)
                .object(Booking.class);
    }

    /** Blocking {@link #requestBookingAsync}; throws its failure unwrapped. */
    public Booking requestBooking(BookingRequest request) {
        return Futures.join(requestBookingAsync(request));
    }
}
