/**
 * OCPI 2.1.1 objects as records.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/2.1.1">OCPI 2.1.1</a>
 */
@NullMarked
package dev.ocpkit.ocpi.model.v211;

import org.jspecify.annotations.NullMarked;
