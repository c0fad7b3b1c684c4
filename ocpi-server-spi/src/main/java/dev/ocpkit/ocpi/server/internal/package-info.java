/** Implementation of the OCPI server SPI; no compatibility promise. */
@NullMarked
package dev.ocpkit.ocpi.server.internal;

import org.jspecify.annotations.NullMarked;
