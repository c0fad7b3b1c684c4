package dev.ocpkit.tariff;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.tariff.internal.Cutter;
import dev.ocpkit.tariff.internal.NSession;
import dev.ocpkit.tariff.internal.NTariff;
import dev.ocpkit.tariff.internal.OtherVersions;
import dev.ocpkit.tariff.internal.Pricer;
import dev.ocpkit.tariff.internal.V221;
import dev.ocpkit.tariff.internal.Variant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Prices OCPI charging sessions exactly as the Tariffs and CDRs modules define it.
 *
 * <p>For each charging period and each dimension (FLAT, ENERGY, TIME, PARKING_TIME, reservation TIME), the first
 * tariff element in list order that has a price component of that dimension and whose restrictions all hold applies.
 * Restrictions are evaluated at the period's start in the Location's local time, in the {@link ZoneId} the caller gives
 * (a 2.2.1 CDR location carries no time zone). {@code step_size} is applied once per session to the total of a
 * dimension, with the step of the last billable period's component. The choices the specification leaves open are
 * {@link PricingOptions}.
 *
 * <p>OCPI 2.1.1 and 2.3.0 tariffs and CDRs are priced by the same rules where the versions agree, with their
 * differences: in 2.1.1 prices exclude VAT and the VAT is unknown ({@link Cost#inclVat()} is {@code null}), there are
 * no price limits, reservations or validity dates, and step_size bills each charging period's volume on its own
 * ("time will be billed in blocks of 5 minutes", PriceComponent); in 2.3.0 a tariff's {@code tax_included} says
 * whether its prices include taxes, and its {@code min_price}/{@code max_price} are PriceLimits (before and after
 * taxes). {@link PricedSession#writeInto(dev.ocpkit.ocpi.model.v211.Cdr)} and
 * {@link PricedSession#writeInto(dev.ocpkit.ocpi.model.v230.Cdr)} write the totals into the version's own CDR.
 *
 * <p>The engine is pure: no I/O, no clock, no logging, no threads. Instances are immutable and thread-safe; every
 * method completes synchronously. The only state shared between calls is three small caches that never change a
 * result: one, keyed by object identity, of the internal form of the last 2.2.1 tariff objects priced (the model's
 * records are immutable, so pricing the same tariff object again skips converting it; at most 16 entries, the tariffs
 * held only weakly); the span between two transitions of a time zone in which its UTC offset was last looked up
 * (sessions priced one after another are mostly in the same zone and season); and the fraction digits of the last
 * currency seen.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/mod_tariffs.asciidoc">OCPI 2.2.1, Tariffs
 *     module</a>
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/mod_cdrs.asciidoc#mod_cdrs_step_size">OCPI
 *     2.2.1, CDRs module: step_size</a>
 * @since 0.1
 */
public final class TariffEngine {
    private static final TariffEngine DEFAULT = new TariffEngine(PricingOptions.DEFAULTS);

    private final PricingOptions options;

    private TariffEngine(PricingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** An engine with {@link PricingOptions#DEFAULTS}. */
    public static TariffEngine create() {
        return DEFAULT;
    }

    /** An engine with the given options. */
    public static TariffEngine create(PricingOptions options) {
        return new TariffEngine(options);
    }

    /** The options this engine prices with. */
    public PricingOptions options() {
        return options;
    }

    /**
     * Prices an OCPI 2.2.1 CDR with one tariff: its charging periods, start and end are read; any cost fields in the
     * CDR are ignored (they may be absent).
     *
     * @param tariff the tariff; every period without {@code tariff_id} or with this tariff's id is priced with it
     * @param cdr the CDR
     * @param zone the Location's time zone; {@code null} fails with {@link TariffException.Kind#MISSING_TIME_ZONE}
     * @return the priced session; never {@code null}
     * @throws TariffException when the tariff or the CDR cannot be priced (the message says why)
     */
    public PricedSession price(Tariff tariff, Cdr cdr, @Nullable ZoneId zone) {
        Objects.requireNonNull(tariff, "tariff");
        return price(List.of(tariff), cdr, zone);
    }

    /**
     * Prices an OCPI 2.2.1 CDR whose periods may use different tariffs: each period is priced with the tariff its
     * {@code tariff_id} names; a period without one is priced as {@link PricingOptions#untaggedPeriods()} says.
     * {@code min_price} and {@code max_price} are those of the tariff of the first priced period.
     *
     * @param tariffs the tariffs the CDR's periods refer to (for example the CDR's own {@code tariffs} list)
     * @param cdr the CDR
     * @param zone the Location's time zone
     * @return the priced session; never {@code null}
     * @throws TariffException when the tariffs or the CDR cannot be priced
     */
    public PricedSession price(List<Tariff> tariffs, Cdr cdr, @Nullable ZoneId zone) {
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(cdr, "cdr");
        ZoneId z = requireZone(zone);
        List<NTariff> neutral = new ArrayList<>(tariffs.size());
        for (Tariff t : tariffs) {
            neutral.add(V221.tariff(Objects.requireNonNull(t, "tariff")));
        }
        NSession session = V221.session(cdr, tariffs, neutral, options);
        return new PricedSession(Pricer.price(session, z, options));
    }

    /**
     * Prices a measured session: the engine cuts the charging periods itself, at every sample and at every instant
     * where a restriction of the tariff changes value (a time of day or midnight in {@code zone}, a daylight-saving
     * transition, a duration or kWh threshold), and merges neighbouring pieces that price alike. The periods are in
     * {@link PricedSession#periods()}; {@link PricedSession#toChargingPeriods()} gives them as OCPI charging periods
     * and {@link PricedSession#toCdr(Cdr)} a whole CDR.
     *
     * @param tariff the tariff
     * @param timeline the meter samples (and the reservation, if any)
     * @param zone the Location's time zone
     * @return the priced session; never {@code null}
     * @throws TariffException when the tariff or the timeline cannot be priced
     */
    public PricedSession price(Tariff tariff, SessionTimeline timeline, @Nullable ZoneId zone) {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(timeline, "timeline");
        ZoneId z = requireZone(zone);
        NTariff t = V221.tariff(tariff);
        NSession session = Cutter.cut(t, timeline, z, options);
        return new PricedSession(Pricer.price(session, z, options));
    }

    /**
     * Prices an OCPI 2.1.1 CDR with one tariff. The differences from 2.2.1: step_size applies to each charging
     * period's volume on its own (2.1.1 has no session-wide rule); prices exclude VAT and the VAT is unknown, so every
     * {@link Cost#inclVat()} is {@code null} and only {@code total_cost} excl. VAT exists in a 2.1.1 CDR; no price
     * limits, reservations or validity dates. {@code FLAT} dimensions of the CDR are ignored (the tariff's FLAT
     * components price the session). Any cost field in the CDR is ignored.
     *
     * @param tariff the 2.1.1 tariff
     * @param cdr the 2.1.1 CDR
     * @param zone the Location's time zone (the 2.1.1 CDR embeds the Location, but its {@code time_zone} is optional)
     * @return the priced session; {@link PricedSession#writeInto(dev.ocpkit.ocpi.model.v211.Cdr)} writes
     *     {@code total_cost}; never {@code null}
     * @throws TariffException when the tariff or the CDR cannot be priced
     * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tariffs.md#42-pricecomponent-class">OCPI 2.1.1,
     *     PriceComponent</a>
     */
    public PricedSession price(
            dev.ocpkit.ocpi.model.v211.Tariff tariff, dev.ocpkit.ocpi.model.v211.Cdr cdr, @Nullable ZoneId zone) {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(cdr, "cdr");
        ZoneId z = requireZone(zone);
        Tariff t = OtherVersions.tariff(tariff);
        PricingOptions o = options211();
        NSession session = V221.session(OtherVersions.cdr(cdr), List.of(t), List.of(OtherVersions.neutral(t)), o);
        return new PricedSession(Pricer.price(session, z, o, Variant.STEP_PER_PERIOD));
    }

    /**
     * Prices a measured session with an OCPI 2.1.1 tariff (see {@link #price(Tariff, SessionTimeline, ZoneId)} for
     * the cutting, {@link #price(dev.ocpkit.ocpi.model.v211.Tariff, dev.ocpkit.ocpi.model.v211.Cdr, ZoneId)} for the
     * 2.1.1 rules). Because 2.1.1 rounds each period on its own, the cut matters: neighbouring pieces that price
     * alike are merged, so a period ends only where the price changes.
     *
     * @param tariff the 2.1.1 tariff
     * @param timeline the meter samples; a reservation fails (2.1.1 has none)
     * @param zone the Location's time zone
     * @return the priced session; {@link PricedSession#toCdr(dev.ocpkit.ocpi.model.v211.Cdr)} gives a 2.1.1 CDR
     * @throws TariffException when the tariff or the timeline cannot be priced
     */
    public PricedSession price(
            dev.ocpkit.ocpi.model.v211.Tariff tariff, SessionTimeline timeline, @Nullable ZoneId zone) {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(timeline, "timeline");
        ZoneId z = requireZone(zone);
        if (timeline.reservation() != null) {
            throw new TariffException(
                    TariffException.Kind.INVALID_SESSION,
                    "OCPI 2.1.1 has no reservations: a 2.1.1 tariff cannot price a reservation");
        }
        PricingOptions o = options211();
        NTariff t = OtherVersions.neutral(OtherVersions.tariff(tariff));
        NSession session = Cutter.cut(t, timeline, z, o);
        return new PricedSession(Pricer.price(session, z, o, Variant.STEP_PER_PERIOD));
    }

    /**
     * Estimates a planned session with an OCPI 2.1.1 tariff, as {@link #estimate(Tariff, PlannedSession, ZoneId)}
     * does with the 2.1.1 rules.
     *
     * @param tariff the 2.1.1 tariff
     * @param plan the planned session; a reservation fails
     * @param zone the Location's time zone
     * @return the estimated session; never {@code null}
     * @throws TariffException when the tariff or the plan cannot be priced
     */
    public PricedSession estimate(
            dev.ocpkit.ocpi.model.v211.Tariff tariff, PlannedSession plan, @Nullable ZoneId zone) {
        return price(tariff, plannedTimeline(plan), zone);
    }

    /**
     * Prices an OCPI 2.3.0 CDR with one tariff. The rules are 2.2.1's (step_size once per session, as the 2.3.0 CDRs
     * module keeps it); the difference is money: with {@code tax_included} {@code NO} a component's {@code vat} is
     * added on top of its price, with {@code YES} the price includes it and the amount before taxes is
     * {@code amount x 100 / (100 + vat)} (a component without {@code vat} then fails: the split cannot be derived),
     * with {@code N/A} no taxes apply. {@code min_price}/{@code max_price} are PriceLimits: {@code before_taxes} bounds
     * the total before taxes and {@code after_taxes} the total after taxes, both apply.
     * {@link PricedSession#writeInto(dev.ocpkit.ocpi.model.v230.Cdr)} writes the six totals as 2.3.0 Prices.
     *
     * @param tariff the 2.3.0 tariff
     * @param cdr the 2.3.0 CDR
     * @param zone the Location's time zone
     * @return the priced session; never {@code null}
     * @throws TariffException when the tariff or the CDR cannot be priced (also: no or an unknown
     *     {@code tax_included})
     * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_tariffs.asciidoc#mod_tariffs_tariff_object">OCPI
     *     2.3.0, Tariff object</a>
     */
    public PricedSession price(
            dev.ocpkit.ocpi.model.v230.Tariff tariff, dev.ocpkit.ocpi.model.v230.Cdr cdr, @Nullable ZoneId zone) {
        Objects.requireNonNull(tariff, "tariff");
        return price(List.of(tariff), cdr, zone);
    }

    /**
     * Prices an OCPI 2.3.0 CDR whose periods may use different tariffs, as
     * {@link #price(List, Cdr, ZoneId)} does for 2.2.1, with each tariff's {@code tax_included}.
     *
     * @param tariffs the 2.3.0 tariffs the CDR's periods refer to
     * @param cdr the 2.3.0 CDR
     * @param zone the Location's time zone
     * @return the priced session; never {@code null}
     * @throws TariffException when the tariffs or the CDR cannot be priced
     */
    public PricedSession price(
            List<dev.ocpkit.ocpi.model.v230.Tariff> tariffs,
            dev.ocpkit.ocpi.model.v230.Cdr cdr,
            @Nullable ZoneId zone) {
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(cdr, "cdr");
        ZoneId z = requireZone(zone);
        List<Tariff> converted = new ArrayList<>(tariffs.size());
        List<NTariff> neutral = new ArrayList<>(tariffs.size());
        for (dev.ocpkit.ocpi.model.v230.Tariff t : tariffs) {
            Tariff c = OtherVersions.tariff(t);
            converted.add(c);
            neutral.add(OtherVersions.neutral(t, c));
        }
        NSession session = V221.session(OtherVersions.cdr(cdr), converted, neutral, options);
        return new PricedSession(Pricer.price(session, z, options));
    }

    /**
     * Prices a measured session with an OCPI 2.3.0 tariff (see {@link #price(Tariff, SessionTimeline, ZoneId)}), with
     * the tariff's {@code tax_included}.
     *
     * @param tariff the 2.3.0 tariff
     * @param timeline the meter samples (and the reservation, if any)
     * @param zone the Location's time zone
     * @return the priced session; {@link PricedSession#toCdr(dev.ocpkit.ocpi.model.v230.Cdr)} gives a 2.3.0 CDR
     * @throws TariffException when the tariff or the timeline cannot be priced
     */
    public PricedSession price(
            dev.ocpkit.ocpi.model.v230.Tariff tariff, SessionTimeline timeline, @Nullable ZoneId zone) {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(timeline, "timeline");
        ZoneId z = requireZone(zone);
        NTariff t = OtherVersions.neutral(tariff, OtherVersions.tariff(tariff));
        NSession session = Cutter.cut(t, timeline, z, options);
        return new PricedSession(Pricer.price(session, z, options));
    }

    /**
     * Estimates a planned session with an OCPI 2.3.0 tariff, as {@link #estimate(Tariff, PlannedSession, ZoneId)}
     * does, with the tariff's {@code tax_included}.
     *
     * @param tariff the 2.3.0 tariff
     * @param plan the planned session
     * @param zone the Location's time zone
     * @return the estimated session; never {@code null}
     * @throws TariffException when the tariff or the plan cannot be priced
     */
    public PricedSession estimate(
            dev.ocpkit.ocpi.model.v230.Tariff tariff, PlannedSession plan, @Nullable ZoneId zone) {
        return price(tariff, plannedTimeline(plan), zone);
    }

    /** 2.1.1 prices exclude VAT and say nothing of it: the amounts including VAT are unknown. */
    private PricingOptions options211() {
        return options.omittedVat() == PricingOptions.OmittedVat.UNKNOWN
                ? options
                : options.toBuilder()
                        .omittedVat(PricingOptions.OmittedVat.UNKNOWN)
                        .build();
    }

    /**
     * Estimates the price of a session before it happens: {@code plannedEnergyKwh} charged at a constant power over
     * {@code plannedDuration} from {@code start}, no parking. The session is cut at every restriction boundary like a
     * measured one ({@link #price(Tariff, SessionTimeline, ZoneId)}).
     *
     * @param tariff the tariff
     * @param plannedEnergyKwh energy to charge, kWh; not negative
     * @param plannedDuration charging time; positive
     * @param start when charging starts
     * @param zone the Location's time zone
     * @return the estimated session; never {@code null}
     * @throws TariffException when the tariff or the plan cannot be priced (a tariff with current restrictions needs
     *     {@link PlannedSession#currentA()})
     */
    public PricedSession estimate(
            Tariff tariff,
            BigDecimal plannedEnergyKwh,
            Duration plannedDuration,
            Instant start,
            @Nullable ZoneId zone) {
        return estimate(
                tariff,
                PlannedSession.builder()
                        .start(start)
                        .chargingDuration(plannedDuration)
                        .energyKwh(plannedEnergyKwh)
                        .build(),
                zone);
    }

    /**
     * Estimates the price of a planned session: a reservation (optional), charging at a constant power, parking.
     *
     * @param tariff the tariff
     * @param plan the planned session
     * @param zone the Location's time zone
     * @return the estimated session; never {@code null}
     * @throws TariffException when the tariff or the plan cannot be priced
     */
    public PricedSession estimate(Tariff tariff, PlannedSession plan, @Nullable ZoneId zone) {
        return price(tariff, plannedTimeline(plan), zone);
    }

    /** The timeline of a plan: constant power while charging, then parking. */
    private static SessionTimeline plannedTimeline(PlannedSession plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.energyKwh().signum() < 0) {
            throw new TariffException(
                    TariffException.Kind.NEGATIVE_VOLUME, "the planned energy is negative: " + plan.energyKwh());
        }
        if (plan.chargingDuration().isNegative() || plan.chargingDuration().isZero()) {
            throw new TariffException(
                    TariffException.Kind.INVALID_SESSION, "the planned charging time must be positive");
        }
        if (plan.parkingDuration().isNegative() || plan.reservation().isNegative()) {
            throw new TariffException(
                    TariffException.Kind.INVALID_SESSION,
                    "the planned parking and reservation times cannot be negative");
        }
        BigDecimal seconds =
                BigDecimal.valueOf(plan.chargingDuration().toMillis()).movePointLeft(3);
        BigDecimal power = plan.energyKwh()
                .multiply(BigDecimal.valueOf(3600))
                .divide(seconds, 6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        Instant chargingEnd = plan.start().plus(plan.chargingDuration());
        List<MeterSample> samples = new ArrayList<>();
        samples.add(new MeterSample(plan.start(), BigDecimal.ZERO, power, plan.currentA(), false));
        if (plan.parkingDuration().isZero()) {
            samples.add(new MeterSample(chargingEnd, plan.energyKwh(), null, null, false));
        } else {
            samples.add(MeterSample.parking(chargingEnd, plan.energyKwh()));
            samples.add(MeterSample.parking(chargingEnd.plus(plan.parkingDuration()), plan.energyKwh()));
        }
        return plan.reservation().isZero()
                ? SessionTimeline.of(samples)
                : SessionTimeline.withReservation(plan.start().minus(plan.reservation()), samples);
    }

    /**
     * Recomputes a CDR that someone else priced and lists each cost total that differs, with the reason: when a
     * common misreading of the rules reproduces the CDR's amount (step_size per period, no step_size, FLAT per
     * activation, another power measure, price limits ignored, ...), the reason names it. Amounts within half a minor
     * unit of the currency (0.005 EUR) are accepted as rounding; with a {@link RoundingPolicy} they must be equal.
     *
     * @param cdr the CDR, with its cost totals
     * @param tariffs the tariffs its periods refer to; when empty, the CDR's own {@code tariffs}
     * @param zone the Location's time zone
     * @return the report; never {@code null}
     * @throws TariffException when the CDR or the tariffs cannot be priced at all
     */
    public AuditReport audit(Cdr cdr, List<Tariff> tariffs, @Nullable ZoneId zone) {
        BigDecimal tolerance;
        if (options.rounding() != null) {
            tolerance = BigDecimal.ZERO;
        } else {
            int digits = 2;
            if (cdr.currency() != null) {
                try {
                    digits = Math.max(
                            0,
                            java.util.Currency.getInstance(cdr.currency().toUpperCase(java.util.Locale.ROOT))
                                    .getDefaultFractionDigits());
                } catch (IllegalArgumentException unknownCurrency) {
                    digits = 2;
                }
            }
            tolerance = new BigDecimal("0.5").movePointLeft(digits);
        }
        return audit(cdr, tariffs, zone, tolerance);
    }

    /**
     * Like {@link #audit(Cdr, List, ZoneId)}, with an explicit tolerance.
     *
     * @param tolerance the largest difference accepted as rounding; zero for exact agreement
     */
    public AuditReport audit(Cdr cdr, List<Tariff> tariffs, @Nullable ZoneId zone, BigDecimal tolerance) {
        Objects.requireNonNull(cdr, "cdr");
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(tolerance, "tolerance");
        ZoneId z = requireZone(zone);
        List<Tariff> used = tariffs.isEmpty() ? cdr.tariffs() : tariffs;
        if (used.isEmpty()) {
            throw new TariffException(
                    TariffException.Kind.UNKNOWN_TARIFF, "no tariff was given and the CDR does not carry any");
        }
        List<NTariff> neutral = new ArrayList<>(used.size());
        for (Tariff t : used) {
            neutral.add(V221.tariff(Objects.requireNonNull(t, "tariff")));
        }
        NSession session = V221.session(cdr, used, neutral, options);
        return new Auditor(session, z, options, tolerance.abs()).audit(cdr);
    }

    static ZoneId requireZone(@Nullable ZoneId zone) {
        if (zone == null) {
            throw new TariffException(
                    TariffException.Kind.MISSING_TIME_ZONE,
                    "no time zone given: OCPI tariff restrictions are in the Location's local time, and a 2.2.1 CDR"
                            + " does not carry the Location's time_zone");
        }
        return zone;
    }
}
