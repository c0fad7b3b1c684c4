/** Implementation of the tariff engine: the neutral model, the pricer, the period cutter and the version adapters. */
@NullMarked
package dev.ocpkit.tariff.internal;

import org.jspecify.annotations.NullMarked;
