/**
 * Version-neutral meter samples and the charging statistics computed from them (energy, average and peak power,
 * duration, a time series): the numbers that feed OCPI sessions and CDRs. Pure functions, no I/O.
 */
@NullMarked
package dev.ocpkit.ocpp.metering;

import org.jspecify.annotations.NullMarked;
