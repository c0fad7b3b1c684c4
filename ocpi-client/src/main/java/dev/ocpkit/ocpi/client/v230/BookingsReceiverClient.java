package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.Booking;
import dev.ocpkit.ocpi.model.v230.BookingLocation;
import dev.ocpkit.ocpi.model.v230.BookingLocationPatch;
import dev.ocpkit.ocpi.model.v230.BookingPatch;
import dev.ocpkit.ocpi.model.v230.Calendar;
import dev.ocpkit.ocpi.model.v230.CalendarPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Calls the partner's bookings Receiver interface (the eMSP's): GET, PUT and PATCH of booking locations and
 * calendars ({@code {bookings_endpoint_url}/{country_code}/{party_id}/booking_locations/{id}[/{calendar_id}]}) and
 * of bookings ({@code {bookings_endpoint_url}/{country_code}/{party_id}/{booking_id}}).
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.3.0/release/bookings/mod_bookings.asciidoc#mod_bookings_receiver_interface">OCPI 2.3.0, Bookings, Receiver interface</a>
 * @since 0.1
 */
public final class BookingsReceiverClient {
    private final CallContext ctx;

    BookingsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a booking location.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param bookingLocationId the booking location id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<BookingLocation> getBookingLocationAsync(
            String countryCode, String partyId, String bookingLocationId) {
        return ctx.req("GET", "Booking", "RECEIVER", "GET bookings booking_locations (receiver)")
                .path(countryCode, partyId, "booking_locations", bookingLocationId)
                .object(BookingLocation.class);
    }

    /** Blocking {@link #getBookingLocationAsync}; throws its failure unwrapped. */
    public BookingLocation getBookingLocation(String countryCode, String partyId, String bookingLocationId) {
        return Futures.join(getBookingLocationAsync(countryCode, partyId, bookingLocationId));
    }

    /**
     * Creates or replaces a booking location; country code, party id and id are taken from it.
     *
     * @param location the whole booking location
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putBookingLocationAsync(BookingLocation location) {
        return ctx.req("PUT", "Booking", "RECEIVER", "PUT bookings booking_locations (receiver)")
                .path(location.countryCode(), location.partyId(), "booking_locations", location.id())
                .body(location)
                .noData();
    }

    /** Blocking {@link #putBookingLocationAsync}; throws its failure unwrapped. */
    public void putBookingLocation(BookingLocation location) {
        Futures.join(putBookingLocationAsync(location));
    }

    /**
     * Updates fields of a booking location (e.g. its status).
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param bookingLocationId the booking location id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchBookingLocationAsync(
            String countryCode, String partyId, String bookingLocationId, BookingLocationPatch patch) {
        return ctx.req("PATCH", "Booking", "RECEIVER", "PATCH bookings booking_locations (receiver)")
                .path(countryCode, partyId, "booking_locations", bookingLocationId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchBookingLocationAsync}; throws its failure unwrapped. */
    public void patchBookingLocation(
            String countryCode, String partyId, String bookingLocationId, BookingLocationPatch patch) {
        Futures.join(patchBookingLocationAsync(countryCode, partyId, bookingLocationId, patch));
    }

    /**
     * Reads the partner's copy of a calendar.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param bookingLocationId the booking location id
     * @param calendarId the calendar id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Calendar> getCalendarAsync(
            String countryCode, String partyId, String bookingLocationId, String calendarId) {
        return ctx.req("GET", "Booking", "RECEIVER", "GET bookings booking_locations (receiver)")
                .path(countryCode, partyId, "booking_locations", bookingLocationId, calendarId)
                .object(Calendar.class);
    }

    /** Blocking {@link #getCalendarAsync}; throws its failure unwrapped. */
    public Calendar getCalendar(String countryCode, String partyId, String bookingLocationId, String calendarId) {
        return Futures.join(getCalendarAsync(countryCode, partyId, bookingLocationId, calendarId));
    }

    /**
     * Creates or replaces a calendar of a booking location, the id taken from the calendar.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param bookingLocationId the booking location id
     * @param calendar the whole calendar
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putCalendarAsync(
            String countryCode, String partyId, String bookingLocationId, Calendar calendar) {
        return ctx.req("PUT", "Booking", "RECEIVER", "PUT bookings booking_locations (receiver)")
                .path(countryCode, partyId, "booking_locations", bookingLocationId, calendar.id())
                .body(calendar)
                .noData();
    }

    /** Blocking {@link #putCalendarAsync}; throws its failure unwrapped. */
    public void putCalendar(String countryCode, String partyId, String bookingLocationId, Calendar calendar) {
        Futures.join(putCalendarAsync(countryCode, partyId, bookingLocationId, calendar));
    }

    /**
     * Updates fields of a calendar, e.g. its available timeslots.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param bookingLocationId the booking location id
     * @param calendarId the calendar id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchCalendarAsync(
            String countryCode, String partyId, String bookingLocationId, String calendarId, CalendarPatch patch) {
        return ctx.req("PATCH", "Booking", "RECEIVER", "PATCH bookings booking_locations (receiver)")
                .path(countryCode, partyId, "booking_locations", bookingLocationId, calendarId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchCalendarAsync}; throws its failure unwrapped. */
    public void patchCalendar(
            String countryCode, String partyId, String bookingLocationId, String calendarId, CalendarPatch patch) {
        Futures.join(patchCalendarAsync(countryCode, partyId, bookingLocationId, calendarId, patch));
    }

    /**
     * Reads the partner's copy of a booking.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param bookingId the booking id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Booking> getBookingAsync(String countryCode, String partyId, String bookingId) {
        return ctx.req("GET", "Booking", "RECEIVER", "GET bookings (receiver)")
                .path(countryCode, partyId, bookingId)
                .object(Booking.class);
    }

    /** Blocking {@link #getBookingAsync}; throws its failure unwrapped. */
    public Booking getBooking(String countryCode, String partyId, String bookingId) {
        return Futures.join(getBookingAsync(countryCode, partyId, bookingId));
    }

    /**
     * Pushes the updated booking; country code, party id and id are taken from it.
     *
     * @param booking the whole booking
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putBookingAsync(Booking booking) {
        return ctx.req("PUT", "Booking", "RECEIVER", "PUT bookings (receiver)")
                .path(booking.countryCode(), booking.partyId(), booking.id())
                .body(booking)
                .noData();
    }

    /** Blocking {@link #putBookingAsync}; throws its failure unwrapped. */
    public void putBooking(Booking booking) {
        Futures.join(putBookingAsync(booking));
    }

    /**
     * Updates fields of a booking, e.g. cancels it.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param bookingId the booking id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchBookingAsync(
            String countryCode, String partyId, String bookingId, BookingPatch patch) {
        return ctx.req("PATCH", "Booking", "RECEIVER", "PATCH bookings (receiver)")
                .path(countryCode, partyId, bookingId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchBookingAsync}; throws its failure unwrapped. */
    public void patchBooking(String countryCode, String partyId, String bookingId, BookingPatch patch) {
        Futures.join(patchBookingAsync(countryCode, partyId, bookingId, patch));
    }
}
