/**
 * OCPI 2.3.0 objects as records: the core modules of edition 2, the Payments module and the Bookings module 1.1.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/v2.3.0-ed2">OCPI 2.3.0 edition 2</a>
 */
@NullMarked
package dev.ocpkit.ocpi.model.v230;

import org.jspecify.annotations.NullMarked;
