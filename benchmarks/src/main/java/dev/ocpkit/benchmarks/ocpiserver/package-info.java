/**
 * OCPI server load harness: {@link dev.ocpkit.benchmarks.ocpiserver.OcpiServerLoad} measures requests per second of
 * {@code GET /locations?limit=100} through the ocpi-server-spi dispatcher on the JDK HTTP server, against a raw JDK
 * HTTP server answering the same bytes, with {@code wrk} on loopback. Not published; see {@code docs/benchmarks.md}.
 */
@NullMarked
package dev.ocpkit.benchmarks.ocpiserver;

import org.jspecify.annotations.NullMarked;
