package dev.ocpkit.tariff;

import dev.ocpkit.tariff.internal.Money;
import dev.ocpkit.tariff.internal.NTariff;
import dev.ocpkit.tariff.internal.PriceResult;
import dev.ocpkit.tariff.internal.StepRounding;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Writes the plain-language explanation of a {@link PricedSession}. */
final class Explainer {
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);

    private Explainer() {}

    static String explain(PricedSession s) {
        PriceResult r = s.result();
        StringBuilder b = new StringBuilder(512);
        Set<String> tariffs = new LinkedHashSet<>();
        for (var p : r.session().periods()) {
            if (p.tariff() != null) {
                tariffs.add(p.tariff().label());
            }
        }
        b.append("Priced with tariff ")
                .append(tariffs.isEmpty() ? "(none)" : String.join(", ", tariffs))
                .append(" in ")
                .append(s.currency())
                .append("; restrictions in local time of ")
                .append(s.zone())
                .append(".\n");
        b.append("Session: ")
                .append(s.start())
                .append(" to ")
                .append(s.end())
                .append(" (")
                .append(local(s.start().atZone(s.zone())))
                .append(" to ")
                .append(local(s.end().atZone(s.zone())))
                .append(").\n");
        for (PricedPeriod p : s.periods()) {
            b.append("\nPeriod ")
                    .append(p.index() + 1)
                    .append(", from ")
                    .append(local(p.start().atZone(s.zone())));
            b.append(": ").append(usage(p)).append(".\n");
            if (p.lines().isEmpty()) {
                b.append(
                        p.tariffId() == null
                                        && r.session().periods().get(p.index()).tariff() == null
                                ? "  No tariff applies to this period: free.\n"
                                : "  No price component applies: nothing to pay.\n");
            }
            var np = r.session().periods().get(p.index());
            String priceBasis = np.tariff() == null
                    ? " excl. VAT, "
                    : switch (np.tariff().taxes()) {
                        case EXCLUDED -> " excl. VAT, ";
                        case INCLUDED -> " incl. taxes, ";
                        case NONE -> " (no taxes apply), ";
                    };
            for (PricedLine l : p.lines()) {
                b.append("  ").append(line(l, s.digits(), priceBasis)).append('\n');
            }
        }
        if (!r.stepRoundings().isEmpty()) {
            b.append('\n');
            for (StepRounding st : r.stepRoundings()) {
                b.append(step(st, r)).append('\n');
            }
        }
        if (!s.priceLimitAdjustments().isEmpty()) {
            b.append('\n');
            NTariff t = r.session().limitTariff();
            for (PriceLimitAdjustment a : s.priceLimitAdjustments()) {
                b.append(a.limit() == PriceLimitAdjustment.Limit.MIN_PRICE ? "min_price" : "max_price")
                        .append(" of tariff ")
                        .append(t == null ? "" : t.label())
                        .append(": total ")
                        .append(a.inclVat() ? "incl." : "excl.")
                        .append(" VAT ")
                        .append(a.before().toPlainString())
                        .append(a.limit() == PriceLimitAdjustment.Limit.MIN_PRICE ? " raised to " : " lowered to ")
                        .append(a.after().toPlainString())
                        .append(" (")
                        .append(allocation(r.options().priceLimitAllocation()))
                        .append(").\n");
            }
        }
        b.append("\nTotals (excl. VAT / incl. VAT):\n");
        total(b, "total_cost", s.totalCost());
        total(b, "total_fixed_cost", s.totalFixedCost());
        total(b, "total_energy_cost", s.totalEnergyCost());
        total(b, "total_time_cost", s.totalTimeCost());
        total(b, "total_parking_cost", s.totalParkingCost());
        total(b, "total_reservation_cost", s.totalReservationCost());
        b.append("\nRules: ").append(rules(r.options())).append('\n');
        if (!s.notes().isEmpty()) {
            b.append("Notes:\n");
            for (String n : s.notes()) {
                b.append("  - ").append(n).append('\n');
            }
        }
        return b.toString();
    }

    private static String local(ZonedDateTime z) {
        return LOCAL.format(z);
    }

    private static String usage(PricedPeriod p) {
        if (p.reservation()) {
            return seconds(p.reservationSeconds()) + " reserved";
        }
        StringBuilder u = new StringBuilder();
        u.append(p.energyKwh().stripTrailingZeros().toPlainString()).append(" kWh");
        if (p.chargingSeconds().signum() > 0) {
            u.append(", ").append(seconds(p.chargingSeconds())).append(" charging");
        }
        if (p.parkingSeconds().signum() > 0) {
            u.append(", ").append(seconds(p.parkingSeconds())).append(" not charging (parking)");
        }
        if (p.maxPower() != null || p.minPower() != null) {
            u.append(", power ").append(range(p.minPower(), p.maxPower())).append(" kW");
        }
        if (p.maxCurrent() != null || p.minCurrent() != null) {
            u.append(", current ").append(range(p.minCurrent(), p.maxCurrent())).append(" A");
        }
        return u.toString();
    }

    private static String range(BigDecimal min, BigDecimal max) {
        String lo = min == null ? "?" : min.stripTrailingZeros().toPlainString();
        String hi = max == null ? "?" : max.stripTrailingZeros().toPlainString();
        return lo.equals(hi) ? lo : lo + "-" + hi;
    }

    static String seconds(BigDecimal s) {
        return s.stripTrailingZeros().toPlainString() + " s";
    }

    private static String line(PricedLine l, int digits, String priceBasis) {
        StringBuilder b = new StringBuilder();
        b.append(l.dimension()).append(": element ").append(l.element() + 1);
        if (l.tariffId() != null) {
            b.append(" of tariff \"").append(l.tariffId()).append('"');
        }
        b.append(" applies, ").append(l.unitPrice().toPlainString());
        b.append(
                switch (l.dimension()) {
                    case FLAT -> " per session";
                    case ENERGY -> " per kWh";
                    default -> " per hour";
                });
        b.append(priceBasis)
                .append(
                        l.vat() == null
                                ? "no VAT"
                                : l.vat().stripTrailingZeros().toPlainString() + "% VAT");
        if (l.dimension() != PricedDimension.FLAT) {
            b.append(", step ")
                    .append(l.stepSize())
                    .append(' ')
                    .append(l.dimension().unit());
            b.append(". ").append(quantity(l.quantity(), l.dimension()));
            if (l.stepRounding().signum() > 0) {
                b.append(" + ")
                        .append(quantity(l.stepRounding(), l.dimension()))
                        .append(" step rounding = ")
                        .append(quantity(l.billedQuantity(), l.dimension()));
            }
        } else {
            b.append(" (")
                    .append(
                            l.category() == CostCategory.FIXED
                                    ? "fixed"
                                    : l.category().name().toLowerCase(Locale.ROOT))
                    .append(" fee)");
        }
        b.append(" -> ")
                .append(Money.present(l.cost().exclVat(), digits).toPlainString())
                .append(" excl. VAT / ")
                .append(
                        l.cost().inclVat() == null
                                ? "unknown"
                                : Money.present(l.cost().inclVat(), digits).toPlainString())
                .append(" incl. VAT.");
        return b.toString();
    }

    private static String quantity(BigDecimal q, PricedDimension d) {
        return q.stripTrailingZeros().toPlainString() + " " + d.unit();
    }

    private static String step(StepRounding st, PriceResult r) {
        String unit = st.group().equals("ENERGY") ? "Wh" : "s";
        StringBuilder b = new StringBuilder();
        if (st.perPeriod()) {
            b.append("step_size ")
                    .append(st.group())
                    .append(" of period ")
                    .append(st.line().period.index() + 1)
                    .append(" (OCPI 2.1.1: each period's volume in blocks of its component's step): ")
                    .append(st.total().stripTrailingZeros().toPlainString())
                    .append(' ')
                    .append(unit)
                    .append(" in steps of ")
                    .append(st.step())
                    .append(' ')
                    .append(unit);
            if (st.extra().signum() > 0) {
                b.append(": ")
                        .append(st.extra().stripTrailingZeros().toPlainString())
                        .append(' ')
                        .append(unit)
                        .append(" added at its price.");
            } else {
                b.append(": already a whole number of steps.");
            }
            return b.toString();
        }
        b.append("step_size ").append(st.group()).append(": the session's billable ");
        b.append(
                st.group().equals("PARKING_TIME")
                        ? "parking time"
                        : st.group().equals("ENERGY")
                                ? "energy"
                                : st.group().equals("TIME") ? "charging time" : "reservation time");
        b.append(", ")
                .append(st.total().stripTrailingZeros().toPlainString())
                .append(' ')
                .append(unit);
        b.append(", is billed in steps of ").append(st.step()).append(' ').append(unit);
        b.append(" (the step of the last period's component, period ")
                .append(st.line().period.index() + 1)
                .append(" element ")
                .append(st.line().component.element() + 1)
                .append(")");
        if (st.extra().signum() > 0) {
            b.append(": ")
                    .append(st.extra().stripTrailingZeros().toPlainString())
                    .append(' ')
                    .append(unit);
            b.append(" added to that period at its price.");
        } else {
            b.append(": already a whole number of steps.");
        }
        if (st.group().equals("PARKING_TIME")) {
            b.append(" Charging time is not rounded because parking is billed (CDRs module, step_size).");
        }
        return b.toString();
    }

    private static void total(StringBuilder b, String name, Cost c) {
        b.append("  ").append(name);
        for (int i = name.length(); i < 24; i++) {
            b.append(' ');
        }
        b.append(c.exclVat().toPlainString())
                .append(" / ")
                .append(c.inclVat() == null ? "unknown" : c.inclVat().toPlainString());
        b.append('\n');
    }

    private static String allocation(PricingOptions.PriceLimitAllocation a) {
        return switch (a) {
            case TOTAL_ONLY -> "only total_cost changes";
            case FIXED_COST -> "the difference is booked in total_fixed_cost";
            case PROPORTIONAL -> "every sub-total is scaled by the same factor";
        };
    }

    private static String rules(PricingOptions o) {
        StringBuilder b = new StringBuilder();
        b.append(
                o.flatFee() == PricingOptions.FlatFee.ONCE_PER_SESSION
                        ? "FLAT once per session"
                        : "FLAT each time it becomes active");
        b.append("; power restrictions against the period's ").append(measure(o.powerMeasure()));
        b.append("; current restrictions against the period's ").append(measure(o.currentMeasure()));
        b.append("; omitted VAT ")
                .append(
                        o.omittedVat() == PricingOptions.OmittedVat.NOT_APPLICABLE
                                ? "adds no VAT"
                                : "makes incl. VAT unknown");
        b.append("; tariff validity checked ")
                .append(
                        switch (o.validity()) {
                            case SESSION_START -> "at session start";
                            case EVERY_PERIOD -> "at every period";
                            case IGNORE -> "never";
                        });
        RoundingPolicy rp = o.rounding();
        b.append("; ")
                .append(
                        rp == null
                                ? "exact amounts, no rounding"
                                : "rounded to " + rp.scale() + " decimals " + rp.mode()
                                        + (rp.stage() == RoundingPolicy.Stage.PER_LINE
                                                ? " per line"
                                                : " on the totals"));
        b.append('.');
        return b.toString();
    }

    private static String measure(PricingOptions.Measure m) {
        return switch (m) {
            case PERIOD_EXTREMES -> "minimum (min_*) and maximum (max_*)";
            case AVERAGE -> "average";
            case MAXIMUM -> "maximum";
        };
    }
}
