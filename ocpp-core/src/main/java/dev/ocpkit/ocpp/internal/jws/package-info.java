/** Transports on Java-WebSocket. Internal: no compatibility promise. */
@NullMarked
package dev.ocpkit.ocpp.internal.jws;

import org.jspecify.annotations.NullMarked;
