/**
 * How smart charging computes: the allocation of a site limit among sessions and the CSMS handler that feeds the
 * load manager. Internal: no compatibility promise.
 */
@NullMarked
package dev.ocpkit.ocpp.smartcharging.internal;

import org.jspecify.annotations.NullMarked;
