/**
 * OCPP load harnesses: {@link dev.ocpkit.benchmarks.ocpp.OcppLoad} (calls per second of ocpkit's CSMS against
 * Java-OCA-OCPP and a raw Java-WebSocket ceiling) and {@link dev.ocpkit.benchmarks.ocpp.OcppIdleConnections} (memory
 * per idle station connection). Not published; see {@code docs/benchmarks.md}.
 */
@NullMarked
package dev.ocpkit.benchmarks.ocpp;

import org.jspecify.annotations.NullMarked;
