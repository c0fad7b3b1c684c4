/**
 * OCPI client load harness: {@link dev.ocpkit.benchmarks.ocpiclient.OcpiClientPagingLoad} pages 100,000 locations
 * from a local server through the ocpi-client in a small heap and reports locations per second. Not published; see
 * {@code docs/benchmarks.md}.
 */
@NullMarked
package dev.ocpkit.benchmarks.ocpiclient;

import org.jspecify.annotations.NullMarked;
