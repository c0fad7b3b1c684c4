package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.Booking;
import dev.ocpkit.ocpi.model.v230.BookingLocation;
import dev.ocpkit.ocpi.model.v230.BookingLocationPatch;
import dev.ocpkit.ocpi.model.v230.BookingPatch;
import dev.ocpkit.ocpi.model.v230.Calendar;
import dev.ocpkit.ocpi.model.v230.CalendarPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Receiver interface of the Bookings module (typically an eMSP), an extension of OCPI 2.3.0 (module identifier
 * {@code Booking}): the CPO pushes booking locations, their calendars and bookings, whole (PUT) or in part (PATCH).
 * The dispatcher serves {@code
 * {bookings}/{country_code}/{party_id}/booking_locations/{booking_location_id}[/{calendar_id}]} and {@code
 * {bookings}/{country_code}/{party_id}/{booking_id}} with GET, PUT and PATCH; nothing is deleted (a
 * PATCH sets a status instead). It has checked that the URL's party is the caller's and matches the object's owner,
 * and that the URL's ids match the object's.
 *
 * <p>A host only has to implement the booking location and booking GETs and PUTs: calendars and every PATCH have
 * defaults that read the stored object, change it and put it back, setting the booking location's {@code
 * last_updated} when one of its calendars changes, as the specification requires.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/2.3.0/release/bookings/mod_bookings.asciidoc#mod_bookings_emsp_interface">OCPI
 *     2.3.0 Bookings: Receiver interface</a>
 * @since 0.1
 */
public interface BookingsReceiver extends OcpiService {
    /** {@code GET .../booking_locations/{booking_location_id}}: the stored booking location, or empty (404, 2001). */
    Optional<BookingLocation> getBookingLocation(
            OcpiContext ctx, String countryCode, String partyId, String bookingLocationId);

    /** {@code PUT .../booking_locations/{booking_location_id}}: stores a new booking location or replaces it. */
    PutOutcome putBookingLocation(
            OcpiContext ctx, String countryCode, String partyId, String bookingLocationId, BookingLocation location);

    /**
     * {@code PATCH .../booking_locations/{booking_location_id}}: changes the fields present. By default through {@link
     * #getBookingLocation} and {@link #putBookingLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the booking location is unknown
     */
    default void patchBookingLocation(
            OcpiContext ctx, String countryCode, String partyId, String bookingLocationId, BookingLocationPatch patch) {
        BookingLocation location = getBookingLocation(ctx, countryCode, partyId, bookingLocationId)
                .orElseThrow(() -> OcpiErrors.notFound("unknown booking location " + bookingLocationId));
        putBookingLocation(ctx, countryCode, partyId, bookingLocationId, patch.applyTo(location));
    }

    /**
     * {@code GET .../booking_locations/{booking_location_id}/{calendar_id}}: one calendar; by default from {@link
     * #getBookingLocation}.
     */
    default Optional<Calendar> getCalendar(
            OcpiContext ctx, String countryCode, String partyId, String bookingLocationId, String calendarId) {
        return getBookingLocation(ctx, countryCode, partyId, bookingLocationId).flatMap(l -> l.calendars().stream()
                .filter(c -> sameId(c.id(), calendarId))
                .findFirst());
    }

    /**
     * {@code PUT .../booking_locations/{booking_location_id}/{calendar_id}}: adds or replaces one calendar and sets
     * the booking location's {@code last_updated}. By default through {@link #getBookingLocation} and {@link
     * #putBookingLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the booking location is unknown
     */
    default PutOutcome putCalendar(
            OcpiContext ctx,
            String countryCode,
            String partyId,
            String bookingLocationId,
            String calendarId,
            Calendar calendar) {
        BookingLocation location = getBookingLocation(ctx, countryCode, partyId, bookingLocationId)
                .orElseThrow(() -> OcpiErrors.notFound("unknown booking location " + bookingLocationId));
        List<Calendar> calendars = new ArrayList<>(location.calendars());
        boolean replaced = calendars.removeIf(c -> sameId(c.id(), calendarId));
        calendars.add(calendar);
        putBookingLocation(
                ctx,
                countryCode,
                partyId,
                bookingLocationId,
                withCalendars(location, calendars, calendar.lastUpdated()));
        return replaced ? PutOutcome.UPDATED : PutOutcome.CREATED;
    }

    /**
     * {@code PATCH .../booking_locations/{booking_location_id}/{calendar_id}}: changes the calendar (e.g. its
     * timeslots) and sets the booking location's {@code last_updated}. By default through {@link #getBookingLocation}
     * and {@link #putBookingLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the booking location or calendar is unknown
     */
    default void patchCalendar(
            OcpiContext ctx,
            String countryCode,
            String partyId,
            String bookingLocationId,
            String calendarId,
            CalendarPatch patch) {
        BookingLocation location = getBookingLocation(ctx, countryCode, partyId, bookingLocationId)
                .orElseThrow(() -> OcpiErrors.notFound("unknown booking location " + bookingLocationId));
        Calendar calendar = location.calendars().stream()
                .filter(c -> sameId(c.id(), calendarId))
                .findFirst()
                .orElseThrow(() -> OcpiErrors.notFound("unknown calendar " + calendarId));
        Calendar patched = patch.applyTo(calendar);
        List<Calendar> calendars = new ArrayList<>(location.calendars());
        calendars.replaceAll(c -> sameId(c.id(), calendarId) ? patched : c);
        putBookingLocation(
                ctx,
                countryCode,
                partyId,
                bookingLocationId,
                withCalendars(location, calendars, patched.lastUpdated()));
    }

    /** {@code GET {bookings}/{country_code}/{party_id}/{booking_id}}: the stored booking, or empty (404, 2001). */
    Optional<Booking> getBooking(OcpiContext ctx, String countryCode, String partyId, String bookingId);

    /** {@code PUT .../{booking_id}}: stores a new booking or replaces it (the CPO's outcome of a request). */
    PutOutcome putBooking(OcpiContext ctx, String countryCode, String partyId, String bookingId, Booking booking);

    /**
     * {@code PATCH .../{booking_id}}: changes the fields present (e.g. {@code reservation_status} to {@code
     * CANCELED}). By default through {@link #getBooking} and {@link #putBooking}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the booking is unknown
     */
    default void patchBooking(
            OcpiContext ctx, String countryCode, String partyId, String bookingId, BookingPatch patch) {
        Booking booking = getBooking(ctx, countryCode, partyId, bookingId)
                .orElseThrow(() -> OcpiErrors.notFound("unknown booking " + bookingId));
        putBooking(ctx, countryCode, partyId, bookingId, patch.applyTo(booking));
    }

    private static BookingLocation withCalendars(
            BookingLocation location, List<Calendar> calendars, @Nullable Instant updated) {
        Instant current = location.lastUpdated();
        Instant last = updated == null || (current != null && !updated.isAfter(current)) ? current : updated;
        return location.toBuilder().calendars(calendars).lastUpdated(last).build();
    }

    private static boolean sameId(@Nullable String a, @Nullable String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
