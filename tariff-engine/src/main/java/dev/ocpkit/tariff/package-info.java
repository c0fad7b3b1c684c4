/**
 * The OCPI tariff engine: prices a charging session exactly as the OCPI Tariffs and CDRs modules define it, shows its
 * work line by line, estimates a price before a session and audits a CDR that someone else priced.
 *
 * <p>Entry point: {@link dev.ocpkit.tariff.TariffEngine}. The engine is pure: it does no I/O, reads no clock, logs
 * nothing and starts no threads; every result depends only on its arguments and the {@link
 * dev.ocpkit.tariff.PricingOptions}. Money is exact {@link java.math.BigDecimal} unless a {@link
 * dev.ocpkit.tariff.RoundingPolicy} is given.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/mod_tariffs.asciidoc">OCPI 2.2.1, Tariffs
 *     module</a>
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/mod_cdrs.asciidoc#mod_cdrs_step_size">OCPI
 *     2.2.1, CDRs module: step_size</a>
 */
@NullMarked
package dev.ocpkit.tariff;

import org.jspecify.annotations.NullMarked;
