/** The OCPP-J RPC engine. Internal: no compatibility promise. */
@NullMarked
package dev.ocpkit.ocpp.internal.rpc;

import org.jspecify.annotations.NullMarked;
