/**
 * A charge point operator in a box: {@link dev.ocpkit.bridge.CpoBridge} turns the events of OCPP 1.6 and 2.x
 * stations (through ocpkit's version-neutral OCPP API) into OCPI 2.2.1 EVSE status, sessions and priced CDRs for the
 * eMSPs, and the eMSPs' OCPI commands and charging profiles into OCPP calls.
 *
 * <p>The bridge talks to the OCPI side through two small interfaces that the host wires to ocpkit's OCPI client and
 * server (or to anything else): {@link dev.ocpkit.bridge.EmspPublisher} (outgoing pushes and command results) and
 * {@link dev.ocpkit.bridge.TokenAuthorizer} (who may charge). Pricing goes through
 * {@link dev.ocpkit.bridge.SessionPricer}.
 */
@NullMarked
package dev.ocpkit.bridge;

import org.jspecify.annotations.NullMarked;
