/** The JSON mapping of OCPP payloads (one configured Jackson mapper). Internal: no compatibility promise. */
@NullMarked
package dev.ocpkit.ocpp.internal.json;

import org.jspecify.annotations.NullMarked;
