package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Booking;
import dev.ocpkit.ocpi.model.v230.BookingLocation;
import dev.ocpkit.ocpi.model.v230.BookingRequest;
import dev.ocpkit.ocpi.model.v230.Calendar;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;
import java.util.Optional;

/**
 * The Sender interface of the Bookings module (typically a CPO), an extension of OCPI 2.3.0 (module identifier {@code
 * Booking}): eMSPs pull bookable locations with their calendars and their bookings, and request bookings. The
 * dispatcher serves {@code GET {bookings}/booking_locations?date_from&date_to&offset&limit}, {@code GET
 * {bookings}/booking_locations/{booking_location_id}[/{calendar_id}]}, {@code GET
 * {bookings}?date_from&date_to&offset&limit} and {@code POST {bookings}}. An unknown booking location or calendar
 * answers HTTP 404 with status 2001.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/2.3.0/release/bookings/mod_bookings.asciidoc#mod_bookings_cpo_interface">OCPI
 *     2.3.0 Bookings: Sender interface</a>
 * @since 0.1
 */
public interface BookingsSender extends OcpiService {
    /** {@code GET {bookings}/booking_locations?date_from&date_to&offset&limit}: one page of bookable locations. */
    Page<BookingLocation> getBookingLocations(OcpiContext ctx, PageRequest page);

    /** {@code GET {bookings}/booking_locations/{booking_location_id}}: one booking location, or empty when unknown. */
    Optional<BookingLocation> getBookingLocation(OcpiContext ctx, String bookingLocationId);

    /**
     * {@code GET {bookings}/booking_locations/{booking_location_id}/{calendar_id}}: one calendar; by default taken from
     * {@link #getBookingLocation} (ids compared case-insensitively, as CiStrings).
     */
    default Optional<Calendar> getCalendar(OcpiContext ctx, String bookingLocationId, String calendarId) {
        return getBookingLocation(ctx, bookingLocationId).flatMap(l -> l.calendars().stream()
                .filter(c -> c.id() != null && c.id().equalsIgnoreCase(calendarId))
                .findFirst());
    }

    /** {@code GET {bookings}?date_from&date_to&offset&limit}: one page of the caller's bookings. */
    Page<Booking> getBookings(OcpiContext ctx, PageRequest page);

    /**
     * {@code POST {bookings}}: a booking request (a new booking, or a change of one when its {@code request_id} is
     * known).
     *
     * @return the booking as it stands now: {@code PENDING} while the CPO processes the request (the outcome then goes
     *     to the eMSP's Receiver interface, which is the host's job), or already {@code RESERVED}, {@code REJECTED} or
     *     {@code FAILED}
     */
    Booking requestBooking(OcpiContext ctx, BookingRequest request);
}
