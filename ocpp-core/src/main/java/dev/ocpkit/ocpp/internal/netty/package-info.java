/** The CSMS transport on Netty (optional dependency). Internal: no compatibility promise. */
@NullMarked
package dev.ocpkit.ocpp.internal.netty;

import org.jspecify.annotations.NullMarked;
