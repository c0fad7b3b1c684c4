/**
 * The OCPI 2.2.1 modules of a partner, in both directions: one client per module and per partner interface (a
 * {@code ...SenderClient} calls the partner's Sender interface, i.e. pulls from it; a {@code ...ReceiverClient} calls
 * its Receiver interface, i.e. pushes to it). Start at {@link dev.ocpkit.ocpi.client.v221.Ocpi221Client}, obtained
 * from {@link dev.ocpkit.ocpi.client.PartnerClient#v221()}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/2.2.1">OCPI 2.2.1</a>
 */
@NullMarked
package dev.ocpkit.ocpi.client.v221;

import org.jspecify.annotations.NullMarked;
