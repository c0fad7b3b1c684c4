/**
 * OCPI 2.1.1 service interfaces, one per module and side, over the records of {@code dev.ocpkit.ocpi.model.v211}.
 *
 * <p>OCPI 2.1.1 has no interface roles: each module has a CPO interface and an eMSP interface, and the version details
 * list an endpoint by identifier and URL only. The names here follow the 2.2.1 package so that a host can implement
 * both versions alike: the {@code ...Sender} interface is the side that owns the objects and serves the GET list (the
 * CPO interface of Locations, Sessions, CDRs and Tariffs, the eMSP interface of Tokens), the {@code ...Receiver} the
 * side the owner pushes to (the eMSP interface of Locations, Sessions, CDRs and Tariffs, the CPO interface of Tokens);
 * {@link dev.ocpkit.ocpi.server.v211.CommandsReceiver} is the CPO interface of Commands and {@link
 * dev.ocpkit.ocpi.server.v211.CommandsSender} the eMSP's. As a 2.1.1 platform has one role, a dispatcher publishes
 * each module once: registering both sides of a module for 2.1.1 is refused when the dispatcher is built.
 *
 * <p>The dispatcher authenticates 2.1.1 requests by the raw token (or as the partner's quirks allow) and applies no
 * routing headers. 2.1.1 objects carry no {@code country_code} and {@code party_id}: where the URL names a party, the
 * dispatcher checks that it is one of the caller's, and that the URL's id matches the object's.
 *
 * <p>Every method takes the {@link dev.ocpkit.ocpi.server.OcpiContext} first. Bodies reach a service only after they
 * parsed and passed {@link dev.ocpkit.ocpi.model.OcpiValidator} under the dispatcher's {@link
 * dev.ocpkit.ocpi.server.ParsingPolicy}. A service answers an error by throwing an {@link
 * dev.ocpkit.ocpi.model.OcpiException} (see {@link dev.ocpkit.ocpi.server.OcpiErrors}; 2.1.1 knows the status codes
 * 2000 to 2003 only); any other exception becomes status 3000 without details.
 *
 * <p>Services are called concurrently from the HTTP threads of the host's server and must be thread-safe.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/2.1.1">OCPI 2.1.1</a>
 */
@NullMarked
package dev.ocpkit.ocpi.server.v211;

import org.jspecify.annotations.NullMarked;
