/**
 * The OCPI 2.3.0 modules of a partner, in both directions: one client per module and per partner interface (a
 * {@code ...SenderClient} calls the partner's Sender interface, i.e. pulls from it; a {@code ...ReceiverClient} calls
 * its Receiver interface, i.e. pushes to it). Start at {@link dev.ocpkit.ocpi.client.v230.Ocpi230Client}, obtained
 * from {@link dev.ocpkit.ocpi.client.PartnerClient#v230()}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/tree/v2.3.0">OCPI 2.3.0</a>
 */
@NullMarked
package dev.ocpkit.ocpi.client.v230;

import org.jspecify.annotations.NullMarked;
