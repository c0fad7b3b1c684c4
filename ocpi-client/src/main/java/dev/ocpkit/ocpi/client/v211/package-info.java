/**
 * The OCPI 2.1.1 modules of a partner, in both directions. OCPI 2.1.1 has no interface roles: each module has a CPO
 * interface and an eMSP interface. ocpkit names the clients as in 2.2.1: a {@code ...SenderClient} calls the interface
 * of the party that owns the data (pull), a {@code ...ReceiverClient} the interface of the party that receives it
 * (push). Start at {@link dev.ocpkit.ocpi.client.v211.Ocpi211Client}, obtained from
 * {@link dev.ocpkit.ocpi.client.PartnerClient#v211()}. OCPI 2.1.1 has no message routing, charging profiles or hub
 * client info; tokens travel raw in the {@code Authorization} header.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/2.1.1">OCPI 2.1.1</a>
 */
@NullMarked
package dev.ocpkit.ocpi.client.v211;

import org.jspecify.annotations.NullMarked;
