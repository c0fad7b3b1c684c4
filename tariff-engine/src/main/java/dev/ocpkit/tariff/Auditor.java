package dev.ocpkit.tariff;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Price;
import dev.ocpkit.tariff.internal.NSession;
import dev.ocpkit.tariff.internal.Pricer;
import dev.ocpkit.tariff.internal.Variant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Recomputes a CDR and explains each total that differs. */
final class Auditor {
    private final NSession session;
    private final ZoneId zone;
    private final PricingOptions options;
    private final PricedSession standard;
    private final BigDecimal tolerance;
    private final Map<String, Supplier<@Nullable PricedSession>> alternatives = new LinkedHashMap<>();
    private final Map<String, @Nullable PricedSession> computed = new LinkedHashMap<>();

    Auditor(NSession session, ZoneId zone, PricingOptions options, BigDecimal tolerance) {
        this.session = session;
        this.zone = zone;
        this.options = options;
        this.tolerance = tolerance;
        this.standard = new PricedSession(Pricer.price(session, zone, options));
        variant("step_size not applied", Variant.NO_STEP_ROUNDING);
        variant("step_size applied to every period separately instead of once per session", Variant.STEP_PER_PERIOD);
        variant(
                "charging and parking time rounded together by step_size (the CDRs module rounds only parking time"
                        + " when parking is billed)",
                Variant.TIME_AND_PARKING_ROUNDED_TOGETHER);
        variant("min_price / max_price not applied", Variant.NO_PRICE_LIMITS);
        option("FLAT charged each time it becomes active", b -> b.flatFee(PricingOptions.FlatFee.PER_ACTIVATION));
        option("FLAT charged once per session", b -> b.flatFee(PricingOptions.FlatFee.ONCE_PER_SESSION));
        option(
                "power restrictions compared with the average power",
                b -> b.powerMeasure(PricingOptions.Measure.AVERAGE));
        option(
                "power restrictions compared with the maximum power",
                b -> b.powerMeasure(PricingOptions.Measure.MAXIMUM));
        option(
                "current restrictions compared with the average current",
                b -> b.currentMeasure(PricingOptions.Measure.AVERAGE));
        option(
                "current restrictions compared with the maximum current",
                b -> b.currentMeasure(PricingOptions.Measure.MAXIMUM));
        option(
                "the price limit adjustment booked in total_fixed_cost",
                b -> b.priceLimitAllocation(PricingOptions.PriceLimitAllocation.FIXED_COST));
        option(
                "the price limit adjustment spread over the sub-totals",
                b -> b.priceLimitAllocation(PricingOptions.PriceLimitAllocation.PROPORTIONAL));
        option(
                "money rounded to 2 decimals per line",
                b -> b.rounding(new RoundingPolicy(2, RoundingMode.HALF_UP, RoundingPolicy.Stage.PER_LINE)));
    }

    private void variant(String description, Variant v) {
        alternatives.put(description, () -> new PricedSession(Pricer.price(session, zone, options, v)));
    }

    private void option(String description, Function<PricingOptions.Builder, PricingOptions.Builder> change) {
        PricingOptions changed = change.apply(options.toBuilder()).build();
        if (!changed.equals(options)) {
            alternatives.put(description, () -> new PricedSession(Pricer.price(session, zone, changed)));
        }
    }

    private @Nullable PricedSession alternative(String description) {
        if (!computed.containsKey(description)) {
            PricedSession s;
            try {
                s = alternatives.get(description).get();
            } catch (TariffException notPriceable) {
                s = null;
            }
            computed.put(description, s);
        }
        return computed.get(description);
    }

    AuditReport audit(Cdr cdr) {
        List<Discrepancy> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        check(found, notes, "total_cost", cdr.totalCost(), PricedSession::totalCost, null, true);
        check(
                found,
                notes,
                "total_fixed_cost",
                cdr.totalFixedCost(),
                PricedSession::totalFixedCost,
                CostCategory.FIXED,
                false);
        check(
                found,
                notes,
                "total_energy_cost",
                cdr.totalEnergyCost(),
                PricedSession::totalEnergyCost,
                CostCategory.ENERGY,
                false);
        check(
                found,
                notes,
                "total_time_cost",
                cdr.totalTimeCost(),
                PricedSession::totalTimeCost,
                CostCategory.TIME,
                false);
        check(
                found,
                notes,
                "total_parking_cost",
                cdr.totalParkingCost(),
                PricedSession::totalParkingCost,
                CostCategory.PARKING,
                false);
        check(
                found,
                notes,
                "total_reservation_cost",
                cdr.totalReservationCost(),
                PricedSession::totalReservationCost,
                CostCategory.RESERVATION,
                false);
        quantities(cdr, notes);
        return new AuditReport(standard, tolerance, found, notes);
    }

    private void check(
            List<Discrepancy> found,
            List<String> notes,
            String field,
            @Nullable Price claimed,
            Function<PricedSession, Cost> total,
            @Nullable CostCategory category,
            boolean required) {
        Cost mine = total.apply(standard);
        if (claimed == null || claimed.exclVat() == null) {
            if (required) {
                found.add(new Discrepancy(field + ".excl_vat", null, mine.exclVat(), "the CDR has no " + field));
            } else if (mine.exclVat().signum() != 0) {
                notes.add(field + " is omitted in the CDR; the tariff gives " + mine);
            }
            return;
        }
        compare(
                found,
                field + ".excl_vat",
                claimed.exclVat(),
                mine.exclVat(),
                s -> total.apply(s).exclVat(),
                category,
                false);
        if (claimed.inclVat() != null) {
            if (mine.inclVat() == null) {
                notes.add(field + ".incl_vat not checked: the amount including VAT is unknown (omitted vat)");
            } else {
                if (claimed.inclVat().compareTo(claimed.exclVat()) == 0
                        && mine.inclVat().compareTo(mine.exclVat()) != 0
                        && !within(claimed.inclVat(), mine.inclVat())) {
                    found.add(new Discrepancy(
                            field + ".incl_vat",
                            claimed.inclVat(),
                            mine.inclVat(),
                            "the CDR adds no VAT, but the tariff's components carry VAT: " + lines(category)));
                    return;
                }
                compare(
                        found,
                        field + ".incl_vat",
                        claimed.inclVat(),
                        mine.inclVat(),
                        s -> total.apply(s).inclVat(),
                        category,
                        true);
            }
        }
    }

    private void compare(
            List<Discrepancy> found,
            String field,
            BigDecimal claimed,
            BigDecimal mine,
            Function<PricedSession, @Nullable BigDecimal> value,
            @Nullable CostCategory category,
            boolean incl) {
        if (within(claimed, mine)) {
            return;
        }
        for (String description : alternatives.keySet()) {
            PricedSession alt = alternative(description);
            if (alt == null) {
                continue;
            }
            BigDecimal v = value.apply(alt);
            if (v != null && within(claimed, v)) {
                found.add(new Discrepancy(
                        field,
                        claimed,
                        mine,
                        "the CDR's amount is what the tariff gives with " + description + "; recomputed as specified: "
                                + lines(category)));
                return;
            }
        }
        String diff = claimed.subtract(mine).stripTrailingZeros().toPlainString();
        found.add(new Discrepancy(
                field,
                claimed,
                mine,
                "differs by " + diff + " " + session.currency() + (incl ? " incl. VAT" : " excl. VAT")
                        + "; recomputed as specified: " + lines(category)));
    }

    private boolean within(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    private String lines(@Nullable CostCategory category) {
        List<String> parts = new ArrayList<>();
        for (PricedLine l : standard.lines()) {
            if (category != null && l.category() != category) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            b.append(l.dimension());
            if (l.dimension() != PricedDimension.FLAT) {
                b.append(' ')
                        .append(l.billedQuantity().stripTrailingZeros().toPlainString())
                        .append(' ');
                b.append(l.dimension().unit());
            }
            b.append(" at ").append(l.unitPrice().toPlainString());
            b.append(
                    switch (l.dimension()) {
                        case FLAT -> "";
                        case ENERGY -> "/kWh";
                        default -> "/h";
                    });
            b.append(" (period ")
                    .append(l.period() + 1)
                    .append(", element ")
                    .append(l.element() + 1)
                    .append(") = ");
            b.append(l.cost().exclVat().toPlainString());
            parts.add(b.toString());
        }
        if (category == null && !standard.priceLimitAdjustments().isEmpty()) {
            for (PriceLimitAdjustment a : standard.priceLimitAdjustments()) {
                parts.add(a.limit().name().toLowerCase(Locale.ROOT) + (a.inclVat() ? " incl. VAT " : " excl. VAT ")
                        + a.before().toPlainString() + " -> " + a.after().toPlainString());
            }
        }
        return parts.isEmpty() ? "nothing is billed" : String.join("; ", parts);
    }

    private void quantities(Cdr cdr, List<String> notes) {
        if (cdr.totalEnergy() != null
                && cdr.totalEnergy().subtract(standard.totalEnergyKwh()).abs().compareTo(new BigDecimal("0.001")) > 0) {
            notes.add(
                    "total_energy is " + cdr.totalEnergy().toPlainString() + " kWh but the periods' ENERGY adds up to "
                            + standard.totalEnergyKwh().toPlainString() + " kWh (the price uses the periods)");
        }
        if (cdr.totalParkingTime() != null) {
            BigDecimal hours = PricedSession.hours(standard.totalParkingSeconds());
            if (cdr.totalParkingTime().subtract(hours).abs().compareTo(new BigDecimal("0.001")) > 0) {
                notes.add("total_parking_time is " + cdr.totalParkingTime().toPlainString()
                        + " h but the periods' PARKING_TIME adds up to " + hours.toPlainString() + " h");
            }
        }
    }
}
