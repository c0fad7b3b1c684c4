package dev.ocpkit.tariff;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrDimension;
import dev.ocpkit.ocpi.model.v221.CdrDimensionType;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.tariff.internal.LimitAdjustment;
import dev.ocpkit.tariff.internal.Line;
import dev.ocpkit.tariff.internal.Money;
import dev.ocpkit.tariff.internal.PriceResult;
import dev.ocpkit.tariff.internal.Pricer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A priced session: the six CDR cost totals excluding and including VAT, a breakdown per charging period and price
 * component, the price limit adjustments, and a plain-language explanation.
 *
 * <p>Amounts are exact unless {@link PricingOptions#rounding()} is set; an amount with no finite decimal expansion (a
 * price per hour times a number of seconds not divisible into it, say) is given to 34 significant digits and
 * {@link #exact()} is {@code false}. Amounts carry at least the currency's fraction digits ({@code 4.00}, not
 * {@code 4}); that adds zeros and never rounds.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/mod_cdrs.asciidoc#mod_cdrs_cdr_object">OCPI
 *     2.2.1, CDR object</a>
 * @since 0.1
 */
public final class PricedSession {
    private final PriceResult result;
    private final int digits;
    private static final CostCategory[] CATEGORIES = CostCategory.values();

    private final Cost[] totals = new Cost[CATEGORIES.length];
    private final Cost totalCost;
    private final Cost costBeforeLimits;
    private final List<PriceLimitAdjustment> adjustments;
    /** Whether the pricer's arithmetic and the total amounts are exact (the lines are checked in facts()). */
    private final boolean totalsExact;

    private @Nullable String explanation;
    // built on first use; Detail holds only immutable lists of records, so a racy first use at most builds it twice
    private @Nullable Detail detail;
    // likewise: found out on first use, immutable
    private @Nullable Facts facts;
    // likewise: added up on first use, immutable
    private @Nullable Volumes volumes;

    PricedSession(PriceResult r) {
        this.result = r;
        this.digits = fractionDigits(r.session().currency());
        boolean[] exactFlag = {r.exactArithmetic()};
        RoundingPolicy rounding = r.options().rounding();
        // The per-line amounts are converted when lines() or periods() is first called (see Detail), and whether
        // they are exact is found out when exact() or notes() is first called (see Facts); the totals are exact or
        // not here.
        for (CostCategory c : CATEGORIES) {
            BigDecimal incl = r.categoryInclX()[c.ordinal()];
            totals[c.ordinal()] = new Cost(
                    money(r.categoryExclX()[c.ordinal()], rounding, exactFlag),
                    incl == null ? null : money(incl, rounding, exactFlag));
        }
        this.totalCost = new Cost(
                money(r.totalExclX(), rounding, exactFlag),
                r.totalInclX() == null ? null : money(r.totalInclX(), rounding, exactFlag));
        this.costBeforeLimits = new Cost(
                money(r.preLimitExclX(), rounding, exactFlag),
                r.preLimitInclX() == null ? null : money(r.preLimitInclX(), rounding, exactFlag));
        List<PriceLimitAdjustment> adj = new ArrayList<>();
        for (LimitAdjustment a : r.adjustments()) {
            adj.add(new PriceLimitAdjustment(
                    a.max() ? PriceLimitAdjustment.Limit.MAX_PRICE : PriceLimitAdjustment.Limit.MIN_PRICE,
                    a.inclVat(),
                    money(a.beforeX(), rounding, exactFlag),
                    money(a.afterX(), rounding, exactFlag)));
        }
        this.adjustments = List.copyOf(adj);
        this.totalsExact = exactFlag[0];
    }

    /** The session's volumes: energy (kWh) and charging, parking and reservation time (s), added up once. */
    private static final class Volumes {
        final BigDecimal energyKwh;
        final BigDecimal chargingSeconds;
        final BigDecimal parkingSeconds;
        final BigDecimal reservationSeconds;

        Volumes(PriceResult r) {
            BigDecimal energy = BigDecimal.ZERO;
            BigDecimal charging = BigDecimal.ZERO;
            BigDecimal parking = BigDecimal.ZERO;
            BigDecimal reserved = BigDecimal.ZERO;
            for (var p : r.session().periods()) {
                if (!p.reservation()) {
                    energy = energy.add(p.energyKwh());
                }
                charging = charging.add(p.chargingSeconds());
                parking = parking.add(p.parkingSeconds());
                reserved = reserved.add(p.reservationSeconds());
            }
            this.energyKwh = energy;
            this.chargingSeconds = charging;
            this.parkingSeconds = parking;
            this.reservationSeconds = reserved;
        }
    }

    private Volumes volumes() {
        Volumes v = volumes;
        if (v == null) {
            v = new Volumes(result);
            volumes = v;
        }
        return v;
    }

    /** Whether every amount is exact, and the notes (with one about inexact amounts if not). */
    private static final class Facts {
        final boolean exact;
        final List<String> notes;

        Facts(boolean exact, List<String> notes) {
            this.exact = exact;
            this.notes = notes;
        }
    }

    private Facts facts() {
        Facts f = facts;
        if (f == null) {
            // the test money() applies to each line's amounts, in the same order, before the totals
            boolean exact = true;
            for (Line l : result.lines()) {
                if (l.roundedExcl != null) {
                    continue;
                }
                Pricer.LineCost c = Pricer.lineCost(l, result.options());
                if (!Money.exact(c.excl()) || (c.incl() != null && !Money.exact(c.incl()))) {
                    exact = false;
                    break;
                }
            }
            exact &= totalsExact;
            List<String> n = new ArrayList<>(result.notes());
            if (!exact) {
                n.add("some amounts have no finite decimal expansion; they are given to 34 significant digits");
            }
            f = new Facts(exact, List.copyOf(n));
            facts = f;
        }
        return f;
    }

    /** The priced lines and periods, built together on first use (so that both hold the same line objects). */
    private static final class Detail {
        final List<PricedLine> lines;
        final List<PricedPeriod> periods;

        Detail(List<PricedLine> lines, List<PricedPeriod> periods) {
            this.lines = lines;
            this.periods = periods;
        }
    }

    private Detail detail() {
        Detail d = detail;
        if (d == null) {
            d = buildDetail();
            detail = d;
        }
        return d;
    }

    private Detail buildDetail() {
        PriceResult r = result;
        boolean[] exactFlag = {true}; // known already (see the constructor)
        int n = r.session().periods().size();
        List<List<PricedLine>> perPeriod = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            perPeriod.add(new ArrayList<>());
        }
        List<PricedLine> all = new ArrayList<>(r.lines().size());
        for (Line l : r.lines()) {
            Cost cost;
            if (l.roundedExcl != null) {
                cost = new Cost(l.roundedExcl, l.roundedIncl);
            } else {
                Pricer.LineCost c = Pricer.lineCost(l, r.options());
                cost = new Cost(
                        money(c.excl(), null, exactFlag), c.incl() == null ? null : money(c.incl(), null, exactFlag));
            }
            PricedLine pl = new PricedLine(
                    l.period.index(),
                    l.reservationTime ? PricedDimension.RESERVATION_TIME : PricedDimension.valueOf(l.dim.name()),
                    l.category,
                    l.period.tariff() == null ? null : l.period.tariff().id(),
                    l.component.element(),
                    l.component.component(),
                    l.component.price(),
                    l.component.vat(),
                    l.component.step(),
                    l.quantity,
                    l.stepExtra,
                    cost);
            all.add(pl);
            perPeriod.get(l.period.index()).add(pl);
        }
        List<PricedPeriod> ps = new ArrayList<>(n);
        for (var p : r.session().periods()) {
            ps.add(new PricedPeriod(
                    p.index(),
                    p.start(),
                    p.end(),
                    p.tariff() == null ? null : p.tariff().id(),
                    p.reservation(),
                    p.energyKwh(),
                    p.chargingSeconds(),
                    p.parkingSeconds(),
                    p.reservationSeconds(),
                    p.minPower(),
                    p.maxPower(),
                    p.minCurrent(),
                    p.maxCurrent(),
                    perPeriod.get(p.index())));
        }
        return new Detail(List.copyOf(all), List.copyOf(ps));
    }

    private BigDecimal money(BigDecimal x3600, @Nullable RoundingPolicy rounding, boolean[] exactFlag) {
        if (rounding != null) {
            return Money.rounded(x3600, rounding.scale(), rounding.mode());
        }
        BigDecimal exact = Money.presentedIfExact(x3600, digits);
        if (exact != null) {
            return exact;
        }
        exactFlag[0] = false;
        return Money.present(Money.amount(x3600), digits);
    }

    /** The last currency looked up and its fraction digits (an immutable pair; a lost race costs a lookup). */
    private static volatile @Nullable CurrencyDigits lastCurrency;

    private record CurrencyDigits(String currency, int digits) {}

    private static int fractionDigits(String currency) {
        CurrencyDigits last = lastCurrency;
        if (last != null && last.currency.equals(currency)) {
            return last.digits;
        }
        int d = lookUpFractionDigits(currency);
        lastCurrency = new CurrencyDigits(currency, d);
        return d;
    }

    private static int lookUpFractionDigits(String currency) {
        try {
            return Math.max(
                    0,
                    Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT))
                            .getDefaultFractionDigits());
        } catch (IllegalArgumentException unknownCurrency) {
            return 0;
        }
    }

    /** The ISO 4217 currency of every amount. */
    public String currency() {
        return result.session().currency();
    }

    /** The time zone restrictions were evaluated in. */
    public ZoneId zone() {
        return result.zone();
    }

    /** Start of the session (of the reservation, when there is one). */
    public Instant start() {
        return result.session().start();
    }

    /** End of the session. */
    public Instant end() {
        return result.session().end();
    }

    /** The options this session was priced with. */
    public PricingOptions options() {
        return result.options();
    }

    /** {@code total_cost}: the session's cost after {@code min_price} and {@code max_price}. */
    public Cost totalCost() {
        return totalCost;
    }

    /** {@code total_fixed_cost}: FLAT fees except parking and reservation fees. */
    public Cost totalFixedCost() {
        return totals[CostCategory.FIXED.ordinal()];
    }

    /** {@code total_energy_cost}. */
    public Cost totalEnergyCost() {
        return totals[CostCategory.ENERGY.ordinal()];
    }

    /** {@code total_time_cost}: the cost of time charging. */
    public Cost totalTimeCost() {
        return totals[CostCategory.TIME.ordinal()];
    }

    /** {@code total_parking_cost}, including parking fees. */
    public Cost totalParkingCost() {
        return totals[CostCategory.PARKING.ordinal()];
    }

    /** {@code total_reservation_cost}, including reservation fees. */
    public Cost totalReservationCost() {
        return totals[CostCategory.RESERVATION.ordinal()];
    }

    /** The total of one category (after price limits, as {@link PricingOptions#priceLimitAllocation()} says). */
    public Cost cost(CostCategory category) {
        return totals[category.ordinal()];
    }

    /** The total before {@code min_price} and {@code max_price} were applied. */
    public Cost costBeforeLimits() {
        return costBeforeLimits;
    }

    /** Energy charged in the session, kWh (reservation periods excluded). */
    public BigDecimal totalEnergyKwh() {
        return volumes().energyKwh;
    }

    /** Time charging, seconds. */
    public BigDecimal totalChargingSeconds() {
        return volumes().chargingSeconds;
    }

    /** Time not charging, seconds. */
    public BigDecimal totalParkingSeconds() {
        return volumes().parkingSeconds;
    }

    /** Time reserved, seconds. */
    public BigDecimal totalReservationSeconds() {
        return volumes().reservationSeconds;
    }

    /** The charging periods with their priced lines, in time order. */
    public List<PricedPeriod> periods() {
        return detail().periods;
    }

    /** Every priced line, in period order. */
    public List<PricedLine> lines() {
        return detail().lines;
    }

    /** The {@code min_price} / {@code max_price} adjustments; empty when neither applied. */
    public List<PriceLimitAdjustment> priceLimitAdjustments() {
        return adjustments;
    }

    /** Assumptions the engine made and facts worth knowing (a defaulted step_size, inexact amounts, and so on). */
    public List<String> notes() {
        return facts().notes;
    }

    /** Whether every amount is exact (always {@code true} with a rounding policy, where rounding is intended). */
    public boolean exact() {
        return facts().exact;
    }

    /** The fraction digits amounts are presented with (the currency's, e.g. 2 for EUR). */
    int digits() {
        return digits;
    }

    PriceResult result() {
        return result;
    }

    /**
     * A plain-language explanation: which element priced each period and dimension, the step rounding, the price
     * limits, the totals and the options that mattered. Computed on first use.
     */
    public String explanation() {
        String e = explanation;
        if (e == null) {
            e = Explainer.explain(this);
            explanation = e;
        }
        return e;
    }

    /**
     * A copy of the CDR with the six cost fields set from this session ({@code total_cost}, {@code total_fixed_cost},
     * {@code total_energy_cost}, {@code total_time_cost}, {@code total_parking_cost}, {@code total_reservation_cost});
     * every other field is kept.
     */
    public Cdr writeInto(Cdr cdr) {
        return cdr.toBuilder()
                .totalCost(totalCost.toPrice())
                .totalFixedCost(totalFixedCost().toPrice())
                .totalEnergyCost(totalEnergyCost().toPrice())
                .totalTimeCost(totalTimeCost().toPrice())
                .totalParkingCost(totalParkingCost().toPrice())
                .totalReservationCost(totalReservationCost().toPrice())
                .build();
    }

    /**
     * The periods as OCPI 2.2.1 {@code charging_periods}: {@code ENERGY} (kWh), {@code TIME}, {@code PARKING_TIME} or
     * {@code RESERVATION_TIME} (hours, to 9 decimals, half up: a millisecond survives the round trip), and the measured
     * {@code MIN_POWER}, {@code MAX_POWER}, {@code MIN_CURRENT}, {@code MAX_CURRENT}.
     */
    public List<ChargingPeriod> toChargingPeriods() {
        List<PricedPeriod> periods = periods();
        List<ChargingPeriod> out = new ArrayList<>(periods.size());
        for (PricedPeriod p : periods) {
            List<CdrDimension> dims = new ArrayList<>();
            if (p.reservation()) {
                dims.add(new CdrDimension(CdrDimensionType.RESERVATION_TIME.value(), hours(p.reservationSeconds())));
            } else {
                if (p.energyKwh().signum() > 0
                        || (p.chargingSeconds().signum() == 0
                                && p.parkingSeconds().signum() == 0)) {
                    dims.add(new CdrDimension(CdrDimensionType.ENERGY.value(), p.energyKwh()));
                }
                if (p.chargingSeconds().signum() > 0) {
                    dims.add(new CdrDimension(CdrDimensionType.TIME.value(), hours(p.chargingSeconds())));
                }
                if (p.parkingSeconds().signum() > 0) {
                    dims.add(new CdrDimension(CdrDimensionType.PARKING_TIME.value(), hours(p.parkingSeconds())));
                }
                addIfKnown(dims, CdrDimensionType.MIN_CURRENT, p.minCurrent());
                addIfKnown(dims, CdrDimensionType.MAX_CURRENT, p.maxCurrent());
                addIfKnown(dims, CdrDimensionType.MIN_POWER, p.minPower());
                addIfKnown(dims, CdrDimensionType.MAX_POWER, p.maxPower());
            }
            out.add(new ChargingPeriod(p.start(), dims, p.tariffId()));
        }
        return out;
    }

    /**
     * A copy of a CDR with everything this session determines: {@code start_date_time}, {@code end_date_time},
     * {@code charging_periods} ({@link #toChargingPeriods()}), {@code total_energy}, {@code total_time} (charging and
     * parking, without reservation time) and {@code total_parking_time} (hours, to 9 decimals) and the six cost fields. The template supplies the rest (ids,
     * token, location, tariffs, ...).
     */
    public Cdr toCdr(Cdr template) {
        BigDecimal wall = BigDecimal.valueOf(
                        java.time.Duration.between(start(), end()).toMillis())
                .movePointLeft(3);
        Cdr.Builder b = writeInto(template).toBuilder()
                .startDateTime(start())
                .endDateTime(end())
                .chargingPeriods(toChargingPeriods())
                .totalEnergy(totalEnergyKwh())
                .totalTime(hours(totalChargingSeconds().add(totalParkingSeconds())));
        if (totalParkingSeconds().signum() > 0) {
            b.totalParkingTime(hours(totalParkingSeconds()));
        }
        return b.build();
    }

    /**
     * A copy of an OCPI 2.1.1 CDR with {@code total_cost} set to {@link #totalCost()} excluding VAT (the only cost
     * field 2.1.1 has: "Total cost (excluding VAT) of this transaction"); every other field is kept.
     *
     * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_cdrs.md#31-cdr-object">OCPI 2.1.1, CDR object</a>
     */
    public dev.ocpkit.ocpi.model.v211.Cdr writeInto(dev.ocpkit.ocpi.model.v211.Cdr cdr) {
        return cdr.toBuilder().totalCost(totalCost.exclVat()).build();
    }

    /**
     * A copy of an OCPI 2.1.1 CDR with everything this session determines: {@code start_date_time},
     * {@code stop_date_time}, {@code charging_periods} (the 2.1.1 dimensions of {@link #toChargingPeriods()}:
     * {@code ENERGY}, {@code TIME}, {@code PARKING_TIME}, {@code MIN_CURRENT}, {@code MAX_CURRENT}; reservation periods
     * are left out, 2.1.1 has none), {@code total_energy}, {@code total_time}, {@code total_parking_time} and
     * {@code total_cost}. The template supplies the rest.
     */
    public dev.ocpkit.ocpi.model.v211.Cdr toCdr(dev.ocpkit.ocpi.model.v211.Cdr template) {
        List<dev.ocpkit.ocpi.model.v211.ChargingPeriod> out =
                new ArrayList<>(result.session().periods().size());
        for (ChargingPeriod p : toChargingPeriods()) {
            List<dev.ocpkit.ocpi.model.v211.CdrDimension> dims = new ArrayList<>();
            for (CdrDimension d : p.dimensions()) {
                CdrDimensionType t = d.type();
                if (t == CdrDimensionType.ENERGY
                        || t == CdrDimensionType.TIME
                        || t == CdrDimensionType.PARKING_TIME
                        || t == CdrDimensionType.MIN_CURRENT
                        || t == CdrDimensionType.MAX_CURRENT) {
                    dims.add(new dev.ocpkit.ocpi.model.v211.CdrDimension(d.typeAsString(), d.volume()));
                }
            }
            if (!dims.isEmpty()) {
                out.add(new dev.ocpkit.ocpi.model.v211.ChargingPeriod(p.startDateTime(), dims));
            }
        }
        return writeInto(template.toBuilder()
                .startDateTime(start())
                .stopDateTime(end())
                .chargingPeriods(out)
                .totalEnergy(totalEnergyKwh())
                .totalTime(hours(totalChargingSeconds().add(totalParkingSeconds())))
                .totalParkingTime(totalParkingSeconds().signum() > 0 ? hours(totalParkingSeconds()) : null)
                .build());
    }

    /**
     * A copy of an OCPI 2.3.0 CDR with the six cost fields set from this session as 2.3.0 Prices
     * ({@link Cost#toV230Price()}); every other field is kept.
     *
     * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_cdrs.asciidoc#mod_cdrs_cdr_object">OCPI 2.3.0, CDR
     *     object</a>
     */
    public dev.ocpkit.ocpi.model.v230.Cdr writeInto(dev.ocpkit.ocpi.model.v230.Cdr cdr) {
        return cdr.toBuilder()
                .totalCost(totalCost.toV230Price())
                .totalFixedCost(totalFixedCost().toV230Price())
                .totalEnergyCost(totalEnergyCost().toV230Price())
                .totalTimeCost(totalTimeCost().toV230Price())
                .totalParkingCost(totalParkingCost().toV230Price())
                .totalReservationCost(totalReservationCost().toV230Price())
                .build();
    }

    /**
     * A copy of an OCPI 2.3.0 CDR with everything this session determines, as {@link #toCdr(Cdr)} lists, the costs as
     * 2.3.0 Prices. The template supplies the rest.
     */
    public dev.ocpkit.ocpi.model.v230.Cdr toCdr(dev.ocpkit.ocpi.model.v230.Cdr template) {
        List<dev.ocpkit.ocpi.model.v230.ChargingPeriod> out =
                new ArrayList<>(result.session().periods().size());
        for (ChargingPeriod p : toChargingPeriods()) {
            List<dev.ocpkit.ocpi.model.v230.CdrDimension> dims =
                    new ArrayList<>(p.dimensions().size());
            for (CdrDimension d : p.dimensions()) {
                dims.add(new dev.ocpkit.ocpi.model.v230.CdrDimension(d.typeAsString(), d.volume()));
            }
            out.add(new dev.ocpkit.ocpi.model.v230.ChargingPeriod(p.startDateTime(), dims, p.tariffId()));
        }
        return writeInto(template.toBuilder()
                .startDateTime(start())
                .endDateTime(end())
                .chargingPeriods(out)
                .totalEnergy(totalEnergyKwh())
                .totalTime(hours(totalChargingSeconds().add(totalParkingSeconds())))
                .totalParkingTime(totalParkingSeconds().signum() > 0 ? hours(totalParkingSeconds()) : null)
                .build());
    }

    private static void addIfKnown(List<CdrDimension> dims, CdrDimensionType type, @Nullable BigDecimal v) {
        if (v != null) {
            dims.add(new CdrDimension(type.value(), v));
        }
    }

    /** Seconds as hours, to 9 decimals (half up), trailing zeros stripped. */
    static BigDecimal hours(BigDecimal seconds) {
        BigDecimal h = seconds.divide(Money.B3600, 9, RoundingMode.HALF_UP).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0) : h;
    }

    @Override
    public String toString() {
        return "PricedSession[" + currency() + " total_cost=" + totalCost + ", periods="
                + result.session().periods().size() + ", lines="
                + result.lines().size() + "]";
    }
}
