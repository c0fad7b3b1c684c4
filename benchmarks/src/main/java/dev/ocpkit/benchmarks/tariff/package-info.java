/** JMH benchmarks of the tariff engine: pricing, timeline cutting, estimate and audit, against parsing the CDR. */
@NullMarked
package dev.ocpkit.benchmarks.tariff;

import org.jspecify.annotations.NullMarked;
