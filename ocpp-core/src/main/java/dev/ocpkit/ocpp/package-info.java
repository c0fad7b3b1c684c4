/**
 * OCPP-J for the JVM: the RPC layer, typed messages of OCPP 1.6, 2.0.1 and 2.1, and the CSMS and charging
 * station roles.
 *
 * <p>Version-specific message types live in {@code dev.ocpkit.ocpp.v16}, {@code .v201} and {@code .v21}.
 */
@NullMarked
package dev.ocpkit.ocpp;

import org.jspecify.annotations.NullMarked;
