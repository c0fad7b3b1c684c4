/**
 * Smart charging in a version-neutral form: charging profiles, schedules and periods, with their conversions to and
 * from the generated OCPP 1.6, 2.0.1 and 2.1 types ({@link dev.ocpkit.ocpp.smartcharging.ChargingProfiles}).
 *
 * <p>The records hold what a composite-schedule calculation needs (stack level, purpose, kind, recurrency,
 * validity, start, duration, periods with their limits and number of phases, A or W) so that such a calculation can
 * work on any version's profiles.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 3.13 (Smart
 *     Charging); OCPP 2.0.1 and 2.1 Part 2, functional block K (Smart Charging)</a>
 */
@NullMarked
package dev.ocpkit.ocpp.smartcharging;

import org.jspecify.annotations.NullMarked;
