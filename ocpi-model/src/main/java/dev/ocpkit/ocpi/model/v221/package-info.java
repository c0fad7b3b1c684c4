/**
 * OCPI 2.2.1 objects as records.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/2.2.1">OCPI 2.2.1</a>
 */
@NullMarked
package dev.ocpkit.ocpi.model.v221;

import org.jspecify.annotations.NullMarked;
