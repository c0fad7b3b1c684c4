/** The {@code ocpkit tariff ...} commands: price a CDR, estimate a session, audit a CDR (OCPI 2.1.1, 2.2.1, 2.3.0). */
@NullMarked
package dev.ocpkit.examples.tariff;

import org.jspecify.annotations.NullMarked;
