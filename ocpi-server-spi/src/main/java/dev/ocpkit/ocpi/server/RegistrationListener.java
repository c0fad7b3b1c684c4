package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.client.Partner;

/**
 * Told about the credentials handshakes the dispatcher completes as the receiving party, after the partner is saved
 * in the {@link dev.ocpkit.ocpi.client.PartnerStore}. Every method has a no-op default; {@link #NONE} does nothing.
 * Called on the request thread; a listener that throws does not undo the registration (the exception is logged).
 *
 * @since 0.1
 */
public interface RegistrationListener {
    /** A listener that does nothing. */
    RegistrationListener NONE = new RegistrationListener() {};

    /** The partner POSTed its credentials and is now {@link Partner.State#REGISTERED}. */
    default void registered(Partner partner) {}

    /** A registered partner PUT new credentials (new token, version or endpoints). */
    default void updated(Partner partner) {}

    /** The partner DELETEd its credentials and is now {@link Partner.State#UNREGISTERED}. */
    default void unregistered(Partner partner) {}
}
