/**
 * {@code ocpkit cpo} and {@code ocpkit emsp}: small OCPI 2.2.1 parties in memory, served by the ocpi-server-spi
 * dispatcher on the JDK HTTP server and talking back through the ocpi-client. Demo data only; nothing is persisted.
 */
@NullMarked
package dev.ocpkit.examples.ocpiparty;

import org.jspecify.annotations.NullMarked;
