/**
 * How the version-neutral API maps to OCPP 1.6, 2.0.1 and 2.1: the shared shapes of the 2.x payloads and the
 * conversions. Internal: no compatibility promise.
 */
@NullMarked
package dev.ocpkit.ocpp.neutral.internal;

import org.jspecify.annotations.NullMarked;
