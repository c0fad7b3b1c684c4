/**
 * OCPI 2.3.0 service interfaces, one per module and interface role, over the records of {@code
 * dev.ocpkit.ocpi.model.v230}; and in-memory implementations of the data modules for tests and demos
 * ({@code InMemory...}, not meant for production).
 *
 * <p>The modules are those of 2.2.1 with the 2.3.0 objects (tax amounts instead of VAT fields, {@code tax_included}
 * on tariffs, parking and more on locations), plus the Payments module of the payment terminal provider ({@link
 * dev.ocpkit.ocpi.server.v230.PaymentsSender}, {@link dev.ocpkit.ocpi.server.v230.PaymentsReceiver}) and the Bookings
 * extension ({@link dev.ocpkit.ocpi.server.v230.BookingsSender}, {@link dev.ocpkit.ocpi.server.v230.BookingsReceiver};
 * module identifier {@code Booking}, from the specification's {@code 2.3.0/release/bookings} branch), and the
 * Invoice Reconciliation module of 2.3.0 edition 2 ({@link dev.ocpkit.ocpi.server.v230.InvoiceReconciliationSender},
 * {@link dev.ocpkit.ocpi.server.v230.InvoiceReconciliationReceiver}).
 *
 * <p>Every method takes the {@link dev.ocpkit.ocpi.server.OcpiContext} first. Bodies reach a service only after they
 * parsed and passed {@link dev.ocpkit.ocpi.model.OcpiValidator} under the dispatcher's {@link
 * dev.ocpkit.ocpi.server.ParsingPolicy}, and after the dispatcher checked that the identifiers in the URL match the
 * object. A service answers an error by throwing an {@link dev.ocpkit.ocpi.model.OcpiException} (see {@link
 * dev.ocpkit.ocpi.server.OcpiErrors}); any other exception becomes status 3000 without details.
 *
 * <p>Services are called concurrently from the HTTP threads of the host's server and must be thread-safe.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/v2.3.0">OCPI 2.3.0</a>
 */
@NullMarked
package dev.ocpkit.ocpi.server.v230;

import org.jspecify.annotations.NullMarked;
