package dev.ocpkit.tariff.internal;

import dev.ocpkit.tariff.CostCategory;
import dev.ocpkit.tariff.PricingOptions;
import dev.ocpkit.tariff.RoundingPolicy;
import dev.ocpkit.tariff.TariffException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Prices a neutral session. The rules, with their sources:
 *
 * <ul>
 *   <li>per period and dimension, the first element (list order) that has a component of the dimension and whose
 *       restrictions all hold at the period's start (Tariff object; TariffRestrictions: "logical AND");
 *   <li>reservation periods are priced only by elements with a {@code reservation} restriction, other periods only by
 *       elements without; an expired reservation prefers {@code RESERVATION_EXPIRES} elements (ReservationRestrictionType
 *       note);
 *   <li>step_size once per session: for ENERGY, and once for TIME and PARKING_TIME together, where only billable
 *       parking time is rounded when parking is billed; the step of the last billable period's component; the extra
 *       billed at that component's price (CDRs module, step_size);
 *   <li>FLAT per {@link PricingOptions.FlatFee}; VAT per component; min/max price on the totals excl. and incl. VAT.
 * </ul>
 */
public final class Pricer {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int CATEGORIES = CostCategory.values().length;

    private final NSession session;
    private final ZoneId zone;
    private final PricingOptions options;
    private final List<NPeriod> periods;
    /** The span of the zone's offset found last by this pricer. */
    private @Nullable OffsetSpan span;

    /**
     * The span found last by any pricer (an immutable object; a lost race costs a lookup): sessions priced one after
     * another are mostly in the same zone and the same span between two of its transitions, and looking the offset up
     * in {@code ZoneRules} costs about as much as pricing a short session.
     */
    private static volatile @Nullable OffsetSpan lastSpan;

    /** Per period, the energy charged before it (kWh); made on first use (only kWh restrictions need it). */
    private BigDecimal @Nullable [] energyBefore;

    private final List<String> notes = new ArrayList<>();
    private final boolean[] exact = {true};
    private Variant variant = Variant.STANDARD;

    private Pricer(NSession session, ZoneId zone, PricingOptions options) {
        this.session = session;
        this.zone = zone;
        this.options = options;
        this.periods = session.periods();
    }

    /** The energy charged before period {@code i} (kWh; reservation periods charge none). */
    private BigDecimal energyBefore(int i) {
        BigDecimal[] before = energyBefore;
        if (before == null) {
            int n = periods.size();
            before = new BigDecimal[n];
            BigDecimal e = BigDecimal.ZERO;
            for (int k = 0; k < n; k++) {
                NPeriod p = periods.get(k);
                before[k] = e;
                if (!p.reservation()) {
                    e = e.add(p.energyKwh());
                }
            }
            energyBefore = before;
        }
        return before[i];
    }

    /** Prices the session; throws {@link TariffException} for input that cannot be priced. */
    public static PriceResult price(NSession session, ZoneId zone, PricingOptions options) {
        return new Pricer(session, zone, options).run();
    }

    /** Prices the session with a deliberate misreading of the rules (for the audit). */
    public static PriceResult price(NSession session, ZoneId zone, PricingOptions options, Variant variant) {
        Pricer p = new Pricer(session, zone, options);
        p.variant = variant;
        return p.run();
    }

    /**
     * The components that apply to each period, per dimension ({@link Dim} ordinal; index 4: reservation time), only
     * for the dimensions the period uses (FLAT always): periods with equal signatures price alike.
     */
    public static List<@Nullable NComponent[]> signatures(NSession session, ZoneId zone, PricingOptions options) {
        Pricer pr = new Pricer(session, zone, options);
        Instant[] phases = pr.phaseStarts();
        List<@Nullable NComponent[]> out = new ArrayList<>(pr.periods.size());
        Ctx ctx = null;
        for (int i = 0; i < pr.periods.size(); i++) {
            NPeriod p = pr.periods.get(i);
            NComponent[] sig = new NComponent[5];
            if (p.tariff() != null) {
                Instant phaseStart = p.reservation() ? phases[0] : phases[1];
                ctx = ctx == null ? pr.new Ctx(i, p, phaseStart) : ctx.at(i, p, phaseStart);
                sig[0] = pr.match(Dim.FLAT, ctx);
                if (p.reservation()) {
                    sig[4] = p.reservationSeconds().signum() > 0 ? pr.match(Dim.TIME, ctx) : null;
                } else {
                    sig[1] = p.energyKwh().signum() > 0 ? pr.match(Dim.ENERGY, ctx) : null;
                    sig[2] = p.chargingSeconds().signum() > 0 ? pr.match(Dim.TIME, ctx) : null;
                    sig[3] = p.parkingSeconds().signum() > 0 ? pr.match(Dim.PARKING_TIME, ctx) : null;
                }
            }
            out.add(sig);
        }
        return out;
    }

    /** Start of the reservation phase and of the charging phase (durations are measured from these). */
    private Instant[] phaseStarts() {
        Instant reservationStart = null;
        Instant chargingStart = null;
        for (NPeriod p : periods) {
            if (p.reservation() && reservationStart == null) {
                reservationStart = p.start();
            } else if (!p.reservation() && chargingStart == null) {
                chargingStart = p.start();
            }
        }
        if (reservationStart == null || chargingStart == null) {
            chargingStart = session.start();
        }
        return new Instant[] {reservationStart == null ? session.start() : reservationStart, chargingStart};
    }

    private PriceResult run() {
        notes.addAll(session.notes());
        checkValidity();
        Instant[] phases = phaseStarts();
        Instant reservationStart = phases[0];
        Instant chargingStart = phases[1];
        List<Line> lines = new ArrayList<>(2 * periods.size() + 2); // about two lines per period (energy, time)
        NComponent chargingFlat = null;
        NComponent reservationFlat = null;
        boolean chargingFlatDone = false;
        boolean reservationFlatDone = false;
        Ctx ctx = null;
        for (int i = 0; i < periods.size(); i++) {
            NPeriod p = periods.get(i);
            if (p.tariff() == null) {
                continue;
            }
            Instant phaseStart = p.reservation() ? reservationStart : chargingStart;
            ctx = ctx == null ? new Ctx(i, p, phaseStart) : ctx.at(i, p, phaseStart);
            if (p.reservation()) {
                if (!(options.flatFee() == PricingOptions.FlatFee.ONCE_PER_SESSION && reservationFlatDone)) {
                    NComponent f = match(Dim.FLAT, ctx);
                    if (f != null
                            && (options.flatFee() == PricingOptions.FlatFee.ONCE_PER_SESSION || f != reservationFlat)) {
                        lines.add(new Line(p, Dim.FLAT, false, CostCategory.RESERVATION, f, BigDecimal.ONE));
                        reservationFlatDone = true;
                    }
                    reservationFlat = f;
                }
                if (p.reservationSeconds().signum() > 0) {
                    NComponent t = match(Dim.TIME, ctx);
                    if (t != null) {
                        lines.add(new Line(p, Dim.TIME, true, CostCategory.RESERVATION, t, p.reservationSeconds()));
                    }
                }
                continue;
            }
            if (!(options.flatFee() == PricingOptions.FlatFee.ONCE_PER_SESSION && chargingFlatDone)) {
                NComponent f = match(Dim.FLAT, ctx);
                if (f != null && (options.flatFee() == PricingOptions.FlatFee.ONCE_PER_SESSION || f != chargingFlat)) {
                    CostCategory c = p.parkingOnly() ? CostCategory.PARKING : CostCategory.FIXED;
                    lines.add(new Line(p, Dim.FLAT, false, c, f, BigDecimal.ONE));
                    chargingFlatDone = true;
                }
                chargingFlat = f;
            }
            if (p.energyKwh().signum() > 0) {
                NComponent c = match(Dim.ENERGY, ctx);
                if (c != null) {
                    lines.add(new Line(
                            p,
                            Dim.ENERGY,
                            false,
                            CostCategory.ENERGY,
                            c,
                            p.energyKwh().movePointRight(3)));
                }
            }
            if (p.chargingSeconds().signum() > 0) {
                NComponent c = match(Dim.TIME, ctx);
                if (c != null) {
                    lines.add(new Line(p, Dim.TIME, false, CostCategory.TIME, c, p.chargingSeconds()));
                }
            }
            if (p.parkingSeconds().signum() > 0) {
                NComponent c = match(Dim.PARKING_TIME, ctx);
                if (c != null) {
                    lines.add(new Line(p, Dim.PARKING_TIME, false, CostCategory.PARKING, c, p.parkingSeconds()));
                }
            }
        }
        List<StepRounding> steps = new ArrayList<>();
        if (variant == Variant.STEP_PER_PERIOD) {
            // each line on its own (OCPI 2.1.1's reading, and a misreading the audit tries for 2.2.1)
            for (Line l : lines) {
                if (l.dim != Dim.FLAT && l.quantity.signum() > 0) {
                    String group = l.reservationTime ? "RESERVATION_TIME" : l.dim.name();
                    roundUp(group, BigDecimal.ZERO.add(l.quantity), l, steps, true);
                }
            }
        } else if (variant != Variant.NO_STEP_ROUNDING) {
            stepRoundPerSession(lines, steps, variant == Variant.TIME_AND_PARKING_ROUNDED_TOGETHER);
        }

        RoundingPolicy rounding = options.rounding();
        int categories = CATEGORIES;
        BigDecimal[] catExcl = new BigDecimal[categories];
        BigDecimal[] catIncl = new BigDecimal[categories];
        for (int c = 0; c < categories; c++) {
            catExcl[c] = BigDecimal.ZERO;
            catIncl[c] = BigDecimal.ZERO;
        }
        // A line costs its component's cost per unit times its billed quantity (and VAT on top): for the totals, the
        // lines of a component in a category can be costed together, from their quantities added up, with the same
        // exact sums. Costed one by one: lines rounded one by one, and lines of tariffs whose prices include taxes
        // (the amount excl. VAT is a division). Lines costed together get their own cost when the breakdown is asked
        // for (lineCost).
        boolean perLine = rounding != null && rounding.stage() == RoundingPolicy.Stage.PER_LINE;
        List<Group> groups = new ArrayList<>(8);
        for (Line l : lines) {
            NTariff t = l.period.tariff();
            if (!perLine && (t == null || t.taxes() != TaxMode.INCLUDED)) {
                addTo(groups, l);
                continue;
            }
            LineCost lc = costOf(l.component, t, l.billed(), options, exact);
            l.exclX = lc.excl();
            l.inclX = lc.incl();
            if (perLine) {
                l.roundedExcl = Money.rounded(l.exclX, rounding.scale(), rounding.mode());
                l.exclX = Money.x3600(l.roundedExcl);
                if (l.inclX != null) {
                    l.roundedIncl = Money.rounded(l.inclX, rounding.scale(), rounding.mode());
                    l.inclX = Money.x3600(l.roundedIncl);
                }
            }
            l.costed = true;
            add(catExcl, catIncl, l.category, l.exclX, l.inclX);
        }
        for (Group g : groups) {
            LineCost lc = costOf(g.component, g.tariff, g.billed.value(), options, exact);
            add(catExcl, catIncl, g.category, lc.excl(), lc.incl());
        }
        BigDecimal totalExcl = BigDecimal.ZERO;
        BigDecimal totalIncl = BigDecimal.ZERO;
        for (int c = 0; c < categories; c++) {
            totalExcl = Money.plus(totalExcl, catExcl[c]);
            totalIncl = totalIncl == null || catIncl[c] == null ? null : Money.plus(totalIncl, catIncl[c]);
        }
        List<LimitAdjustment> adjustments = new ArrayList<>();
        BigDecimal[] limited = variant == Variant.NO_PRICE_LIMITS
                ? new BigDecimal[] {totalExcl, totalIncl}
                : applyLimits(totalExcl, totalIncl, adjustments);
        BigDecimal newExcl = limited[0];
        BigDecimal newIncl = limited[1];
        if (!adjustments.isEmpty()) {
            allocate(catExcl, catIncl, totalExcl, totalIncl, newExcl, newIncl);
        }
        return new PriceResult(
                session,
                zone,
                options,
                Collections.unmodifiableList(lines), // not changed after this, and not kept elsewhere
                List.copyOf(steps),
                catExcl,
                catIncl,
                totalExcl,
                totalIncl,
                newExcl,
                newIncl,
                List.copyOf(adjustments),
                List.copyOf(notes),
                exact[0]);
    }

    /** Adds a line's billed quantity to its group's, making the group if the line is its first. */
    private static void addTo(List<Group> groups, Line l) {
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.component == l.component && g.category == l.category) {
                g.billed.add(l.billed());
                return;
            }
        }
        groups.add(new Group(l));
    }

    /** Adds a cost to its category's totals (incl. VAT becomes unknown, {@code null}, with one unknown part). */
    private static void add(
            BigDecimal[] catExcl,
            @Nullable BigDecimal[] catIncl,
            CostCategory category,
            BigDecimal excl,
            @Nullable BigDecimal incl) {
        int c = category.ordinal();
        catExcl[c] = Money.plus(catExcl[c], excl);
        catIncl[c] = catIncl[c] == null || incl == null ? null : Money.plus(catIncl[c], incl);
    }

    private void checkValidity() {
        if (options.validity() == PricingOptions.Validity.IGNORE || !anyValidityBound()) {
            return;
        }
        // a set by equals, as a HashSet<NTariff> was, without hashing the whole tariff record once per period: the
        // sessions's few tariffs are compared, the same object first
        List<NTariff> checked = new ArrayList<>(2);
        for (NPeriod p : periods) {
            NTariff t = p.tariff();
            if (t == null) {
                continue;
            }
            boolean firstTariff = checked.isEmpty();
            boolean firstUse = !contains(checked, t);
            if (firstUse) {
                checked.add(t);
            }
            Instant at;
            boolean sessionStart;
            if (options.validity() == PricingOptions.Validity.SESSION_START) {
                if (!firstUse) {
                    continue;
                }
                sessionStart = firstTariff;
                at = firstTariff ? session.start() : p.start();
            } else {
                sessionStart = false;
                at = p.start();
            }
            if (t.validFrom() != null && at.isBefore(t.validFrom())) {
                throw new TariffException(
                        TariffException.Kind.TARIFF_NOT_VALID,
                        "tariff " + t.label() + " becomes valid at " + t.validFrom() + ", after "
                                + when(sessionStart, p) + " " + at);
            }
            if (t.validUntil() != null && at.isAfter(t.validUntil())) {
                throw new TariffException(
                        TariffException.Kind.TARIFF_NOT_VALID,
                        "tariff " + t.label() + " is no longer valid after " + t.validUntil() + ", before "
                                + when(sessionStart, p) + " " + at);
            }
        }
    }

    /** Whether a tariff of a period has a start or end date-time (most have neither: nothing to check then). */
    private boolean anyValidityBound() {
        for (int i = 0; i < periods.size(); i++) {
            NTariff t = periods.get(i).tariff();
            if (t != null && (t.validFrom() != null || t.validUntil() != null)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<NTariff> tariffs, NTariff t) {
        for (NTariff x : tariffs) {
            if (x == t) {
                return true;
            }
        }
        for (NTariff x : tariffs) {
            if (x.equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static String when(boolean sessionStart, NPeriod p) {
        return sessionStart ? "the session start" : "the start of period " + (p.index() + 1);
    }

    /**
     * step_size once per session (the CDRs module): ENERGY; PARKING_TIME when parking is billed, else TIME (charging);
     * RESERVATION_TIME. One pass over the lines for the four totals, each then rounded by {@link #roundUp}. With
     * {@code timeAndParkingTogether} (a misreading the audit tries), charging and parking time are one total, "TIME",
     * rounded whether or not parking is billed.
     */
    private static void stepRoundPerSession(List<Line> lines, List<StepRounding> out, boolean timeAndParkingTogether) {
        ExactSum energy = new ExactSum();
        ExactSum time = new ExactSum();
        ExactSum parking = new ExactSum();
        ExactSum reservation = new ExactSum();
        Line lastEnergy = null;
        Line lastTime = null;
        Line lastParking = null;
        Line lastReservation = null;
        boolean parkingBilled = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.dim == Dim.PARKING_TIME) {
                parkingBilled = true;
            }
            if (l.dim == Dim.FLAT || l.quantity.signum() <= 0) {
                continue;
            }
            switch (l.dim) {
                case ENERGY -> {
                    energy.add(l.quantity);
                    lastEnergy = l;
                }
                case TIME -> {
                    if (l.reservationTime) {
                        reservation.add(l.quantity);
                        lastReservation = l;
                    } else {
                        time.add(l.quantity);
                        lastTime = l;
                    }
                }
                case PARKING_TIME -> {
                    if (timeAndParkingTogether) {
                        time.add(l.quantity);
                        lastTime = l;
                    } else {
                        parking.add(l.quantity);
                        lastParking = l;
                    }
                }
                case FLAT -> {}
            }
        }
        roundUp("ENERGY", energy.value(), lastEnergy, out, false);
        if (parkingBilled && !timeAndParkingTogether) {
            roundUp("PARKING_TIME", parking.value(), lastParking, out, false);
        } else {
            roundUp("TIME", time.value(), lastTime, out, false);
        }
        roundUp("RESERVATION_TIME", reservation.value(), lastReservation, out, false);
    }

    /**
     * Rounds a group's billable total up to a multiple of the step of its last line's component, billing the extra on
     * that line.
     */
    private static void roundUp(
            String group, BigDecimal total, @Nullable Line last, List<StepRounding> out, boolean perPeriod) {
        if (last == null || last.component.step() <= 0) {
            return;
        }
        long s = last.component.step();
        BigDecimal extra = null;
        if (total.scale() == 0 && total.signum() >= 0 && total.precision() <= 18) {
            // a whole number of Wh or seconds: the same as below in long arithmetic (scale 0 both ways)
            long t = total.longValue();
            long q = t / s + (t % s == 0 ? 0 : 1);
            if (q <= Long.MAX_VALUE / s) {
                extra = BigDecimal.valueOf(q * s - t);
            }
        }
        if (extra == null) {
            BigDecimal step = BigDecimal.valueOf(s);
            extra = total.divide(step, 0, RoundingMode.CEILING).multiply(step).subtract(total);
        }
        if (extra.signum() > 0) {
            last.stepExtra = extra;
        }
        out.add(new StepRounding(group, total, last.component.step(), extra, last, perPeriod));
    }

    /**
     * The cost of a line, x3600, excluding and including VAT ({@code incl} {@code null}: unknown). The pricer leaves
     * the lines of a component it can cost together uncosted (see {@link #run}); this costs them when the breakdown is
     * asked for, as the pricer would have, and gives the others as the pricer costed and rounded them.
     */
    public static LineCost lineCost(Line l, PricingOptions options) {
        if (l.costed) {
            return new LineCost(l.exclX, l.inclX);
        }
        // only lines of tariffs whose prices exclude taxes are left uncosted: nothing here divides or throws
        return costOf(l.component, l.period.tariff(), l.billed(), options, new boolean[] {true});
    }

    /** A line's cost, x3600, excl. and incl. VAT ({@code incl} {@code null}: unknown). */
    public record LineCost(BigDecimal excl, @Nullable BigDecimal incl) {}

    /**
     * Costs {@code billed} units of a component (FLAT: one fee per unit billed) of tariff {@code t} ({@code null}:
     * prices exclude taxes).
     */
    private static LineCost costOf(
            NComponent component, @Nullable NTariff t, BigDecimal billed, PricingOptions options, boolean[] exact) {
        // FLAT: the fee x 3600; ENERGY: price x 3.6 x Wh; TIME, PARKING_TIME: price x seconds (exact products, with
        // the digits and scale of price x quantity x factor)
        BigDecimal x = component.dim() == Dim.FLAT && billed.compareTo(BigDecimal.ONE) == 0
                ? component.costPerUnitX()
                : component.costPerUnitX().multiply(billed);
        TaxMode taxes = t == null ? TaxMode.EXCLUDED : t.taxes();
        return switch (taxes) {
            case NONE -> new LineCost(x, x);
            case INCLUDED -> {
                BigDecimal vat = component.vat();
                if (vat == null) {
                    throw new TariffException(
                            TariffException.Kind.MISSING_VALUE,
                            "tariff " + t.label() + " has tax_included YES but element " + (component.element() + 1)
                                    + " component " + (component.component() + 1)
                                    + " has no vat: the amount before taxes cannot be derived from a price that"
                                    + " includes taxes of unknown rate");
                }
                yield new LineCost(Money.scale(x, Money.HUNDRED, Money.HUNDRED.add(vat), exact), x);
            }
            case EXCLUDED -> {
                BigDecimal factor = component.vatFactor();
                if (factor != null) {
                    yield new LineCost(x, x.multiply(factor)); // x (100 + vat) / 100
                }
                yield new LineCost(x, options.omittedVat() == PricingOptions.OmittedVat.NOT_APPLICABLE ? x : null);
            }
        };
    }

    /** The lines of one component in one cost category, costed together: their billed quantities added up. */
    private static final class Group {
        final NComponent component;
        final CostCategory category;
        final @Nullable NTariff tariff;
        final ExactSum billed = new ExactSum();

        Group(Line first) {
            this.component = first.component;
            this.category = first.category;
            this.tariff = first.period.tariff();
            this.billed.add(first.billed());
        }
    }

    private BigDecimal[] applyLimits(BigDecimal excl, @Nullable BigDecimal incl, List<LimitAdjustment> out) {
        NTariff t = session.limitTariff();
        if (t == null || (t.minPrice() == null && t.maxPrice() == null)) {
            return new BigDecimal[] {excl, incl};
        }
        NLimit min = t.minPrice();
        NLimit max = t.maxPrice();
        BigDecimal newExcl = excl;
        BigDecimal newIncl = incl;
        if (min != null) {
            BigDecimal m = Money.x3600(min.excl());
            if (newExcl.compareTo(m) < 0) {
                out.add(new LimitAdjustment(false, false, newExcl, m));
                if (newIncl != null && min.incl() == null) {
                    BigDecimal scaled = proportional(newIncl, newExcl, m);
                    out.add(new LimitAdjustment(false, true, newIncl, scaled));
                    newIncl = scaled;
                }
                newExcl = m;
            }
            if (newIncl != null && min.incl() != null) {
                BigDecimal mi = Money.x3600(min.incl());
                if (newIncl.compareTo(mi) < 0) {
                    out.add(new LimitAdjustment(false, true, newIncl, mi));
                    newIncl = mi;
                }
            }
        }
        if (max != null) {
            BigDecimal m = Money.x3600(max.excl());
            if (newExcl.compareTo(m) > 0) {
                out.add(new LimitAdjustment(true, false, newExcl, m));
                if (newIncl != null && max.incl() == null) {
                    BigDecimal scaled = proportional(newIncl, newExcl, m);
                    out.add(new LimitAdjustment(true, true, newIncl, scaled));
                    newIncl = scaled;
                }
                newExcl = m;
            }
            if (newIncl != null && max.incl() != null) {
                BigDecimal mi = Money.x3600(max.incl());
                if (newIncl.compareTo(mi) > 0) {
                    out.add(new LimitAdjustment(true, true, newIncl, mi));
                    newIncl = mi;
                }
            }
        }
        return new BigDecimal[] {newExcl, newIncl};
    }

    /** The incl. VAT total moved in proportion with the excl. VAT total (same effective VAT rate). */
    private BigDecimal proportional(BigDecimal incl, BigDecimal excl, BigDecimal newExcl) {
        if (excl.signum() == 0) {
            notes.add("the price limit has no incl_vat and the session cost nothing before it applied, so no VAT rate"
                    + " can be derived: the limit's excl_vat is used including VAT as well");
            return newExcl;
        }
        notes.add("the price limit has no incl_vat: the total incl. VAT moves in proportion with the total excl. VAT");
        return Money.scale(incl, newExcl, excl, exact);
    }

    private void allocate(
            BigDecimal[] catExcl,
            @Nullable BigDecimal[] catIncl,
            BigDecimal oldExcl,
            @Nullable BigDecimal oldIncl,
            BigDecimal newExcl,
            @Nullable BigDecimal newIncl) {
        int fixed = CostCategory.FIXED.ordinal();
        switch (options.priceLimitAllocation()) {
            case TOTAL_ONLY -> {}
            case FIXED_COST -> {
                catExcl[fixed] = catExcl[fixed].add(newExcl.subtract(oldExcl));
                if (catIncl[fixed] != null && newIncl != null && oldIncl != null) {
                    catIncl[fixed] = catIncl[fixed].add(newIncl.subtract(oldIncl));
                }
            }
            case PROPORTIONAL -> {
                if (oldExcl.signum() == 0) {
                    catExcl[fixed] = catExcl[fixed].add(newExcl.subtract(oldExcl));
                } else {
                    for (int c = 0; c < catExcl.length; c++) {
                        catExcl[c] = Money.scale(catExcl[c], newExcl, oldExcl, exact);
                    }
                }
                if (newIncl != null && oldIncl != null) {
                    if (oldIncl.signum() == 0) {
                        if (catIncl[fixed] != null) {
                            catIncl[fixed] = catIncl[fixed].add(newIncl.subtract(oldIncl));
                        }
                    } else {
                        for (int c = 0; c < catIncl.length; c++) {
                            if (catIncl[c] != null) {
                                catIncl[c] = Money.scale(catIncl[c], newIncl, oldIncl, exact);
                            }
                        }
                    }
                }
            }
        }
    }

    // ---- element matching

    /**
     * The period being priced and what is known about it so far. One per pricer, moved from period to period by
     * {@link #at}.
     */
    private final class Ctx {
        int i;
        NPeriod p;
        Instant phaseStart;
        /**
         * Per element (index in the period's tariff) whether its restrictions hold for this period: {@code 2 *
         * period + 1} yes, {@code 2 * period + 2} no, anything else not yet known (an entry of an earlier period). The
         * answer does not depend on the dimension asked for, so each element is checked at most once per period, at the
         * point where it was first checked before.
         */
        private int @Nullable [] holds;

        Ctx(int i, NPeriod p, Instant phaseStart) {
            this.i = i;
            this.p = p;
            this.phaseStart = phaseStart;
        }

        /** Moves to period {@code i}: forgets what was found out about the previous one. */
        Ctx at(int i, NPeriod p, Instant phaseStart) {
            this.i = i;
            this.p = p;
            this.phaseStart = phaseStart;
            localKnown = false;
            date = null;
            return this;
        }

        boolean holds(NElement e, int elements) {
            int k = e.index();
            if (k < 0 || k >= elements) {
                return Pricer.this.holds(e, this);
            }
            int[] h = holds;
            if (h == null || h.length < elements) {
                h = new int[elements];
                holds = h;
            }
            int yes = 2 * i + 1;
            int v = h[k];
            if (v == yes) {
                return true;
            }
            if (v == yes + 1) {
                return false;
            }
            boolean holds = Pricer.this.holds(e, this);
            h[k] = holds ? yes : yes + 1;
            return holds;
        }

        // The period start's local date and time, as p.start().atZone(zone) gives them, computed once and in
        // parts (the date object only when a restriction has a date): the arithmetic of
        // LocalDateTime.ofEpochSecond, with its range check.
        private boolean localKnown;
        private long epochDay;
        private long nanoOfDay;
        private @Nullable LocalDate date;

        private void local() {
            if (!localKnown) {
                Instant at = p.start();
                long localSecond = at.getEpochSecond() + offsetAt(at).getTotalSeconds();
                long day = Math.floorDiv(localSecond, 86_400);
                ChronoField.EPOCH_DAY.checkValidValue(day);
                epochDay = day;
                nanoOfDay = Math.floorMod(localSecond, 86_400) * 1_000_000_000L + at.getNano();
                localKnown = true;
            }
        }

        long nanoOfDay() {
            local();
            return nanoOfDay;
        }

        DayOfWeek dayOfWeek() {
            local();
            return DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7) + 1);
        }

        LocalDate date() {
            local();
            LocalDate d = date;
            if (d == null) {
                d = LocalDate.ofEpochDay(epochDay);
                date = d;
            }
            return d;
        }
    }

    private @Nullable NComponent match(Dim dim, Ctx ctx) {
        NTariff t = ctx.p.tariff();
        if (t == null) {
            return null;
        }
        if (ctx.p.reservation()) {
            if (session.reservationExpired()) {
                NComponent c = firstMatching(t, dim, ctx, ReservationKind.RESERVATION_EXPIRES);
                if (c != null) {
                    return c;
                }
            }
            return firstMatching(t, dim, ctx, ReservationKind.RESERVATION);
        }
        return firstMatching(t, dim, ctx, ReservationKind.NONE);
    }

    private @Nullable NComponent firstMatching(NTariff t, Dim dim, Ctx ctx, ReservationKind kind) {
        List<NElement> elements = t.elements();
        for (int k = 0; k < elements.size(); k++) {
            NElement e = elements.get(k);
            NComponent c = e.first(dim);
            if (c != null && e.restrictions().reservation() == kind && ctx.holds(e, elements.size())) {
                return c;
            }
        }
        return null;
    }

    /**
     * Epoch seconds {@code [from, until)} of a zone ({@code rules}) in which its offset is {@code offset}: from an
     * instant the offset was looked up for to the zone's next transition.
     */
    private record OffsetSpan(ZoneRules rules, long from, long until, ZoneOffset offset) {
        boolean covers(ZoneRules r, long second) {
            return rules == r && second >= from && second < until;
        }
    }

    /**
     * The zone's offset at an instant, as {@code zone.getRules().getOffset(instant)}. It depends only on the epoch
     * second and stays the same until the zone's next transition: it is looked up again only for an instant outside
     * the span where the last one found holds (periods come in time order), by this pricer or the last one.
     */
    private ZoneOffset offsetAt(Instant at) {
        long s = at.getEpochSecond();
        OffsetSpan sp = span;
        if (sp != null && s >= sp.from && s < sp.until) {
            return sp.offset;
        }
        ZoneRules rules = zone.getRules();
        sp = lastSpan;
        if (sp == null || !sp.covers(rules, s)) {
            ZoneOffset o = rules.getOffset(at);
            long until;
            try {
                ZoneOffsetTransition next = rules.nextTransition(at);
                until = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            } catch (DateTimeException atTheEdgeOfTime) {
                until = s + 1; // only this second
            }
            sp = new OffsetSpan(rules, s, until, o);
            lastSpan = sp;
        }
        span = sp;
        return sp.offset;
    }

    private boolean holds(NElement e, Ctx ctx) {
        NRestrictions r = e.restrictions();
        if (r.hasLocalTimeRule()) {
            if (r.hasTimeWindow() && !Windows.inWindow(ctx.nanoOfDay(), r.startSecond(), r.endSecond())) {
                return false;
            }
            if (r.startDate() != null && ctx.date().isBefore(r.startDate())) {
                return false;
            }
            if (r.endDate() != null && !ctx.date().isBefore(r.endDate())) {
                return false;
            }
            if (!r.days().isEmpty() && !r.days().contains(ctx.dayOfWeek())) {
                return false;
            }
        }
        if (r.minKwh() != null || r.maxKwh() != null) {
            BigDecimal e0 = energyBefore(ctx.i);
            if (r.minKwh() != null && e0.compareTo(r.minKwh()) < 0) {
                return false;
            }
            if (r.maxKwh() != null && e0.compareTo(r.maxKwh()) >= 0) {
                return false;
            }
        }
        if (r.minDuration() >= 0 || r.maxDuration() >= 0) {
            // Whole seconds since the phase start, rounded down (Duration.between's seconds): with whole-second
            // limits, "elapsed < min" and "elapsed >= max" hold exactly when they hold for these seconds. No
            // nanoseconds and no multiplication: nothing overflows for any two Instants or any limit.
            long seconds = elapsedSeconds(ctx.phaseStart, ctx.p.start());
            if (r.minDuration() >= 0 && seconds < r.minDuration()) {
                return false;
            }
            if (r.maxDuration() >= 0 && seconds >= r.maxDuration()) {
                return false;
            }
        }
        if (r.minPower() != null && measure(ctx.p, true, true, e).compareTo(r.minPower()) < 0) {
            return false;
        }
        if (r.maxPower() != null && measure(ctx.p, true, false, e).compareTo(r.maxPower()) >= 0) {
            return false;
        }
        if (r.minCurrent() != null && measure(ctx.p, false, true, e).compareTo(r.minCurrent()) < 0) {
            return false;
        }
        if (r.maxCurrent() != null && measure(ctx.p, false, false, e).compareTo(r.maxCurrent()) >= 0) {
            return false;
        }
        return true;
    }

    /**
     * The whole seconds from {@code from} to {@code to}, rounded towards negative infinity, as {@code
     * Duration.between(from, to).getSeconds()}; exact for any two Instants (their epoch seconds differ by less than
     * 2^56).
     */
    static long elapsedSeconds(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        return to.getNano() < from.getNano() ? seconds - 1 : seconds;
    }

    /** The measured power (kW) or current (A) a min ({@code lower}) or max restriction compares with. */
    private BigDecimal measure(NPeriod p, boolean power, boolean lower, NElement e) {
        PricingOptions.Measure m = power ? options.powerMeasure() : options.currentMeasure();
        BigDecimal extreme = null;
        if (m == PricingOptions.Measure.PERIOD_EXTREMES) {
            extreme = lower ? (power ? p.minPower() : p.minCurrent()) : (power ? p.maxPower() : p.maxCurrent());
        } else if (m == PricingOptions.Measure.MAXIMUM) {
            extreme = power ? p.maxPower() : p.maxCurrent();
        }
        if (extreme != null) {
            return extreme;
        }
        BigDecimal avg = power ? p.avgPower() : p.avgCurrent();
        if (avg != null) {
            return avg;
        }
        if (p.chargingSeconds().signum() == 0 && p.energyKwh().signum() == 0) {
            return BigDecimal.ZERO; // not charging: no power, no current
        }
        if (power && p.chargingSeconds().signum() > 0) {
            return p.energyKwh().multiply(Money.B3600).divide(p.chargingSeconds(), MC);
        }
        String what = power ? "power" : "current";
        throw new TariffException(
                TariffException.Kind.MISSING_MEASUREMENT,
                "element " + (e.index() + 1) + " restricts the " + what + " but charging period " + (p.index() + 1)
                        + " has no " + (power ? "MIN_POWER/MAX_POWER/POWER" : "MIN_CURRENT/MAX_CURRENT/CURRENT")
                        + " dimension" + (power ? " and no charging time to derive an average from" : ""));
    }
}
