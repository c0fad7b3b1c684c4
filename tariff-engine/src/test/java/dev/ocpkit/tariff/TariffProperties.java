package dev.ocpkit.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of pricing that hold for every tariff and session of a kind (issue 4, "property tests"), over generated
 * OCPI 2.2.1 tariffs and CDRs in Europe/Berlin:
 *
 * <ul>
 *   <li>with non-negative prices, the cost never decreases when energy grows or the last period lasts longer (for
 *       tariffs whose element choice does not depend on the energy charged: restrictions on time of day, day of week,
 *       dates, duration since the start and the power measured). Energy grows in the last period with energy, or in
 *       any period when energy is billed per Wh (step_size 1): with coarser steps, more energy in an earlier, cheaper
 *       period can lower the cost, because the session's step rounding bills its extra at the last period's price and
 *       the extra shrinks (the CDRs module's step_size rule; {@code stepRoundingCanLowerTheCost} shows a case);
 *   <li>splitting a period at an instant where nothing changes (both parts priced by the same elements as the whole)
 *       leaves every total unchanged;
 *   <li>{@code min_price <= total_cost <= max_price};
 *   <li>the breakdown adds up: the lines of each cost category add up to its total;
 *   <li>pricing a session does not depend on what was priced before (sessions in other zones and seasons, the same
 *       tariff object again).
 * </ul>
 *
 * <p>Each case is built from a seed by the generator below (a failing seed reproduces its case); the tariff and CDR
 * JSON are in the failure message.
 */
class TariffProperties {
    private static final ZoneId BERLIN = Sessions.BERLIN;
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final TariffEngine ENGINE = TariffEngine.create();

    /** Restrictions whose outcome does not depend on the energy charged before a period. */
    private static final Set<Restriction> NOT_BY_ENERGY = EnumSet.of(
            Restriction.TIME_OF_DAY,
            Restriction.DAY_OF_WEEK,
            Restriction.DATES,
            Restriction.DURATION,
            Restriction.POWER);

    private static final Set<Restriction> ALL = EnumSet.allOf(Restriction.class);

    enum Restriction {
        TIME_OF_DAY,
        DAY_OF_WEEK,
        DATES,
        DURATION,
        POWER,
        ENERGY
    }

    /** A period of a generated session: charging (energy, power band) or parking, whole minutes long. */
    record PeriodSpec(boolean charging, long minutes, BigDecimal kwh, BigDecimal minPower, BigDecimal maxPower) {
        PeriodSpec withKwh(BigDecimal k) {
            return new PeriodSpec(charging, minutes, k, minPower, maxPower);
        }

        PeriodSpec withMinutes(long m) {
            return new PeriodSpec(charging, m, kwh, minPower, maxPower);
        }
    }

    /** A generated case: a tariff, the start of a session and its periods. */
    record Case(String tariffJson, Instant start, List<PeriodSpec> periods) {
        Tariff tariff() {
            return Sessions.tariff(tariffJson);
        }

        Cdr cdr() {
            Sessions s = Sessions.atInstant(start);
            for (PeriodSpec p : periods) {
                Duration d = Duration.ofMinutes(p.minutes());
                if (p.charging()) {
                    s.charging(
                            d,
                            p.kwh().toPlainString(),
                            "MIN_POWER",
                            p.minPower().toPlainString(),
                            "MAX_POWER",
                            p.maxPower().toPlainString());
                } else {
                    s.parking(d);
                }
            }
            return s.cdr();
        }

        Case withPeriods(List<PeriodSpec> p) {
            return new Case(tariffJson, start, p);
        }

        /** This case with period {@code i} replaced. */
        Case withPeriod(int i, PeriodSpec p) {
            List<PeriodSpec> changed = new ArrayList<>(periods);
            changed.set(i, p);
            return withPeriods(changed);
        }

        @Override
        public String toString() {
            return "tariff " + tariffJson + "\nstart " + start + "\nperiods " + periods;
        }
    }

    // ---- the properties

    @Property(tries = 300)
    void costNeverDecreases_whenAPeriodsEnergyGrows(@ForAll("seeds") long seed) {
        Random r = new Random(seed);
        boolean perWh = r.nextBoolean();
        Case c = generate(r, NOT_BY_ENERGY, r.nextInt(3) == 0, perWh);
        List<Integer> withEnergy = new ArrayList<>();
        for (int i = 0; i < c.periods().size(); i++) {
            if (c.periods().get(i).charging() && c.periods().get(i).kwh().signum() > 0) {
                withEnergy.add(i);
            }
        }
        Assume.that(!withEnergy.isEmpty());
        int k = perWh ? withEnergy.get(r.nextInt(withEnergy.size())) : withEnergy.get(withEnergy.size() - 1);
        BigDecimal more = BigDecimal.valueOf(1 + r.nextInt(20_000), 3); // 0.001 to 20 kWh
        Case g = c.withPeriod(
                k, c.periods().get(k).withKwh(c.periods().get(k).kwh().add(more)));

        PricedSession before = price(c);
        PricedSession after = price(g);
        String why = c + "\nperiod " + (k + 1) + " +" + more + " kWh";
        assertTotalNotLower(after, before, why);
        assertThat(after.totalEnergyCost().exclVat())
                .as(why)
                .isGreaterThanOrEqualTo(before.totalEnergyCost().exclVat());
    }

    @Property(tries = 300)
    void costNeverDecreases_whenTheLastPeriodLastsLonger(@ForAll("seeds") long seed) {
        Random r = new Random(seed);
        Case c = generate(r, NOT_BY_ENERGY, r.nextInt(3) == 0, false);
        int last = c.periods().size() - 1;
        long moreMinutes = 1 + r.nextInt(120);
        PeriodSpec lastPeriod = c.periods().get(last);
        Case g = c.withPeriod(last, lastPeriod.withMinutes(lastPeriod.minutes() + moreMinutes));

        PricedSession before = price(c);
        PricedSession after = price(g);
        String why = c + "\nlast period +" + moreMinutes + " min";
        assertTotalNotLower(after, before, why);
        assertThat(after.totalTimeCost().exclVat().add(after.totalParkingCost().exclVat()))
                .as(why)
                .isGreaterThanOrEqualTo(before.totalTimeCost()
                        .exclVat()
                        .add(before.totalParkingCost().exclVat()));
    }

    @Property(tries = 400, maxDiscardRatio = 20)
    void splittingAPeriodWhereNothingChanges_leavesEveryTotalUnchanged(@ForAll("seeds") long seed) {
        Random r = new Random(seed);
        Case c = generate(r, ALL, r.nextBoolean(), false);
        List<Integer> splittable = new ArrayList<>();
        for (int i = 0; i < c.periods().size(); i++) {
            if (c.periods().get(i).minutes() >= 2) {
                splittable.add(i);
            }
        }
        Assume.that(!splittable.isEmpty());
        int k = splittable.get(r.nextInt(splittable.size()));
        PeriodSpec whole = c.periods().get(k);
        long m = 1 + r.nextInt((int) whole.minutes() - 1);
        // the energy in proportion to the time, to the Wh; the rest in the second part
        BigDecimal first = whole.kwh()
                .multiply(BigDecimal.valueOf(m))
                .divide(BigDecimal.valueOf(whole.minutes()), 3, RoundingMode.DOWN);
        List<PeriodSpec> split = new ArrayList<>(c.periods());
        split.set(k, whole.withMinutes(m).withKwh(first));
        split.add(
                k + 1,
                whole.withMinutes(whole.minutes() - m).withKwh(whole.kwh().subtract(first)));
        Case s = c.withPeriods(split);

        PricedSession original = price(c);
        PricedSession parted = price(s);
        // "nothing changes" at the split: each part is priced by the elements that priced the whole, per dimension,
        // and every other period as before
        Map<Integer, Map<PricedDimension, Integer>> was = elementsByPeriod(original);
        Map<Integer, Map<PricedDimension, Integer>> now = elementsByPeriod(parted);
        Map<Integer, Map<PricedDimension, Integer>> expected = new TreeMap<>();
        was.forEach((p, e) -> expected.put(p <= k ? p : p + 1, e));
        if (was.containsKey(k)) {
            // the second part as the whole, but without a FLAT fee: that is charged once, in the first part
            Map<PricedDimension, Integer> second = new TreeMap<>(was.get(k));
            second.remove(PricedDimension.FLAT);
            if (!second.isEmpty()) {
                expected.put(k + 1, second);
            }
        }
        Assume.that(now.equals(expected));

        String why = c + "\nperiod " + (k + 1) + " split after " + m + " min";
        for (CostCategory cat : CostCategory.values()) {
            assertThat(parted.cost(cat).sameAmountAs(original.cost(cat)))
                    .as(why + "\n" + cat + ": " + parted.cost(cat) + " vs " + original.cost(cat))
                    .isTrue();
        }
        assertThat(parted.totalCost().sameAmountAs(original.totalCost()))
                .as(why + "\ntotal " + parted.totalCost() + " vs " + original.totalCost())
                .isTrue();
    }

    @Property(tries = 400)
    void totalCost_staysWithinMinAndMaxPrice(@ForAll("seeds") long seed) {
        Random r = new Random(seed);
        BigDecimal minExcl = money(r, 20);
        BigDecimal maxExcl = minExcl.add(money(r, 60));
        BigDecimal minIncl = minExcl.multiply(new BigDecimal("1.19"));
        BigDecimal maxIncl = maxExcl.multiply(new BigDecimal("1.19"));
        String limits = "\"min_price\":{\"excl_vat\":" + minExcl.toPlainString() + ",\"incl_vat\":"
                + minIncl.toPlainString() + "},\"max_price\":{\"excl_vat\":" + maxExcl.toPlainString()
                + ",\"incl_vat\":" + maxIncl.toPlainString() + "},";
        Case c = generate(r, ALL, false, false);
        Case limited =
                new Case(c.tariffJson().replace("\"currency\":", limits + "\"currency\":"), c.start(), c.periods());

        PricedSession s = price(limited);
        String why = limited.toString();
        assertThat(s.totalCost().exclVat()).as(why).isBetween(minExcl, maxExcl);
        assertThat(s.totalCost().inclVat()).as(why).isNotNull().isBetween(minIncl, maxIncl);
    }

    @Property(tries = 400)
    void theBreakdownAddsUpToTheTotals(@ForAll("seeds") long seed) {
        Random r = new Random(seed);
        Case c = generate(r, ALL, true, false);
        PricingOptions options =
                switch (r.nextInt(3)) {
                    case 0 -> PricingOptions.DEFAULTS;
                    case 1 -> PricingOptions.builder()
                            .flatFee(PricingOptions.FlatFee.PER_ACTIVATION)
                            .omittedVat(PricingOptions.OmittedVat.UNKNOWN)
                            .build();
                    default -> PricingOptions.builder()
                            .rounding(RoundingPolicy.forCurrency(
                                    "EUR", RoundingMode.HALF_EVEN, RoundingPolicy.Stage.PER_LINE))
                            .build();
                };
        PricedSession s = TariffEngine.create(options).price(c.tariff(), c.cdr(), BERLIN);

        String why = c + "\noptions " + options;
        BigDecimal allExcl = BigDecimal.ZERO;
        for (CostCategory cat : CostCategory.values()) {
            BigDecimal excl = BigDecimal.ZERO;
            BigDecimal incl = BigDecimal.ZERO;
            for (PricedLine l : s.lines()) {
                if (l.category() == cat) {
                    excl = excl.add(l.cost().exclVat());
                    incl = incl == null || l.cost().inclVat() == null
                            ? null
                            : incl.add(l.cost().inclVat());
                }
            }
            assertSameAmount(s, s.cost(cat).exclVat(), excl, why + "\n" + cat);
            if (incl == null) {
                assertThat(s.cost(cat).inclVat()).as(why + "\n" + cat).isNull();
            } else {
                assertSameAmount(s, s.cost(cat).inclVat(), incl, why + "\n" + cat);
            }
            allExcl = allExcl.add(excl);
        }
        assertSameAmount(s, s.costBeforeLimits().exclVat(), allExcl, why);
        for (PricedPeriod p : s.periods()) {
            assertThat(p.lines()).as(why).allMatch(l -> l.period() == p.index());
        }
    }

    @Property(tries = 100)
    void pricing_doesNotDependOnWhatWasPricedBefore(@ForAll("seeds") long seed) {
        Random r = new Random(seed);
        ZoneId[] zones = {BERLIN, ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"), ZoneId.of("UTC")};
        List<Case> cases = new ArrayList<>();
        List<ZoneId> caseZones = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cases.add(generate(r, ALL, r.nextBoolean(), false));
            caseZones.add(zones[r.nextInt(zones.length)]);
        }
        List<Tariff> tariffs = cases.stream().map(Case::tariff).toList();
        List<Cdr> cdrs = cases.stream().map(Case::cdr).toList();
        List<String> forward = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            forward.add(render(tariffs.get(i), cdrs.get(i), caseZones.get(i)));
        }
        for (int i = cases.size() - 1; i >= 0; i--) {
            // the same tariff object again, after other zones and seasons, and a fresh copy of it
            assertThat(render(tariffs.get(i), cdrs.get(i), caseZones.get(i)))
                    .as(cases.get(i).toString())
                    .isEqualTo(forward.get(i));
            assertThat(render(cases.get(i).tariff(), cdrs.get(i), caseZones.get(i)))
                    .as(cases.get(i).toString())
                    .isEqualTo(forward.get(i));
        }
    }

    /**
     * The counterexample to "more energy never costs less" with coarse steps: 10 kWh at 0.30 in a first period, 1.2 kWh
     * at 2.00 in a second, per 1000 Wh. 11.2 kWh are billed as 12, the extra 0.8 kWh at 2.00: 3.00 + 2.40 + 1.60 =
     * 7.00. With 0.7 kWh more in the first period, 11.9 kWh are billed as 12, the extra 0.1 kWh: 3.21 + 2.40 + 0.20 =
     * 5.81.
     */
    @net.jqwik.api.Example
    void stepRoundingCanLowerTheCost_whenAnEarlierCheaperPeriodGrows() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1000}],"
                + "\"restrictions\":{\"end_time\":\"17:00\"}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":2.00,\"step_size\":1000}]}");
        Cdr less = Sessions.at("2024-03-04T16:00", BERLIN)
                .charging(Duration.ofMinutes(60), "10")
                .charging(Duration.ofMinutes(30), "1.2")
                .cdr();
        Cdr more = Sessions.at("2024-03-04T16:00", BERLIN)
                .charging(Duration.ofMinutes(60), "10.7")
                .charging(Duration.ofMinutes(30), "1.2")
                .cdr();
        assertThat(ENGINE.price(t, less, BERLIN).totalCost().exclVat()).isEqualByComparingTo("7.00");
        assertThat(ENGINE.price(t, more, BERLIN).totalCost().exclVat()).isEqualByComparingTo("5.81");
    }

    // ---- helpers

    /** The total cost, excl. and incl. VAT, of {@code after} is not below that of {@code before}. */
    private static void assertTotalNotLower(PricedSession after, PricedSession before, String why) {
        assertThat(after.totalCost().exclVat())
                .as(why)
                .isGreaterThanOrEqualTo(before.totalCost().exclVat());
        assertThat(after.totalCost().inclVat())
                .as(why)
                .isGreaterThanOrEqualTo(before.totalCost().inclVat());
    }

    /**
     * Equal amounts; when the session's amounts are not all exact (34 significant digits, see {@link
     * PricedSession#exact()}), equal up to the rounding of each line.
     */
    private static void assertSameAmount(PricedSession s, BigDecimal actual, BigDecimal expected, String why) {
        if (s.exact()) {
            assertThat(actual).as(why).isEqualByComparingTo(expected);
        } else {
            assertThat(actual.subtract(expected).abs())
                    .as(why + "\n" + actual + " vs " + expected)
                    .isLessThan(new BigDecimal("1E-20"));
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static PricedSession price(Case c) {
        return ENGINE.price(c.tariff(), c.cdr(), BERLIN);
    }

    private static String render(Tariff t, Cdr cdr, ZoneId zone) {
        try {
            PricedSession s = ENGINE.price(t, cdr, zone);
            return s.totalCost() + " " + s.totalEnergyCost() + " " + s.totalTimeCost() + " " + s.totalParkingCost()
                    + " " + s.totalFixedCost() + " " + s.lines() + " " + s.notes();
        } catch (TariffException e) {
            return e.kind() + " " + e.getMessage();
        }
    }

    /** The element that priced each dimension of each period (0-based period index), FLAT where it was charged. */
    private static Map<Integer, Map<PricedDimension, Integer>> elementsByPeriod(PricedSession s) {
        Map<Integer, Map<PricedDimension, Integer>> m = new TreeMap<>();
        for (PricedLine l : s.lines()) {
            m.computeIfAbsent(l.period(), p -> new TreeMap<>()).put(l.dimension(), l.element());
        }
        return m;
    }

    private static BigDecimal money(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 100 + 1), 2);
    }

    /**
     * A tariff of 1 to 4 elements with non-negative prices, restrictions of the given kinds (the last element without
     * restrictions in most cases, so that most periods are priced), and a session of 1 to 6 periods starting at any
     * minute of 2024 or 2025.
     */
    static Case generate(Random r, Set<Restriction> kinds, boolean flat, boolean energyPerWh) {
        StringBuilder t = new StringBuilder(
                "{\"country_code\":\"DE\",\"party_id\":\"ABC\",\"id\":\"T\"," + "\"currency\":\"EUR\",\"elements\":[");
        int elements = 1 + r.nextInt(4);
        boolean openLast = r.nextInt(5) > 0;
        for (int e = 0; e < elements; e++) {
            if (e > 0) {
                t.append(',');
            }
            t.append("{\"price_components\":[");
            List<String> types = new ArrayList<>(List.of("ENERGY", "TIME", "PARKING_TIME"));
            if (flat && e == 0) {
                types.add("FLAT");
            }
            java.util.Collections.shuffle(types, r);
            int components = 1 + r.nextInt(types.size());
            for (int k = 0; k < components; k++) {
                if (k > 0) {
                    t.append(',');
                }
                t.append("{\"type\":\"")
                        .append(types.get(k))
                        .append("\",\"price\":")
                        .append(BigDecimal.valueOf(r.nextInt(5000), r.nextInt(4))
                                .toPlainString());
                if (r.nextInt(4) > 0) {
                    t.append(",\"vat\":").append(List.of("0", "7", "19", "20.5").get(r.nextInt(4)));
                }
                if (!types.get(k).equals("FLAT")) {
                    int step = energyPerWh && types.get(k).equals("ENERGY")
                            ? 1
                            : List.of(1, 60, 300, 500, 1000).get(r.nextInt(5));
                    t.append(",\"step_size\":").append(step);
                }
                t.append('}');
            }
            t.append(']');
            if (!(openLast && e == elements - 1)) {
                t.append(",\"restrictions\":{").append(restrictions(r, kinds)).append('}');
            }
            t.append('}');
        }
        t.append("],\"last_updated\":\"2024-01-01T00:00:00Z\"}");

        Instant start = EPOCH.plus(Duration.ofMinutes(r.nextInt(2 * 366 * 24 * 60)));
        int n = 1 + r.nextInt(6);
        List<PeriodSpec> periods = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long minutes = 1 + r.nextInt(150);
            boolean charging = i == 0 || r.nextInt(4) > 0;
            BigDecimal kwh = charging ? BigDecimal.valueOf(r.nextInt(30_000), r.nextInt(4)) : BigDecimal.ZERO;
            BigDecimal minPower = BigDecimal.valueOf(r.nextInt(1500), 1);
            BigDecimal maxPower = minPower.add(BigDecimal.valueOf(r.nextInt(500), 1));
            periods.add(new PeriodSpec(charging, minutes, kwh, minPower, maxPower));
        }
        return new Case(t.toString(), start, periods);
    }

    private static String restrictions(Random r, Set<Restriction> kinds) {
        List<String> parts = new ArrayList<>();
        for (Restriction k : kinds) {
            if (r.nextInt(3) > 0) {
                continue;
            }
            switch (k) {
                case TIME_OF_DAY -> {
                    parts.add("\"start_time\":\"" + hhmm(r) + "\"");
                    parts.add("\"end_time\":\"" + hhmm(r) + "\"");
                }
                case DAY_OF_WEEK -> parts.add("\"day_of_week\":[\"" + java.time.DayOfWeek.of(1 + r.nextInt(7)) + "\",\""
                        + java.time.DayOfWeek.of(1 + r.nextInt(7)) + "\"]");
                case DATES -> parts.add("\"start_date\":\"2024-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10)
                        + "\",\"end_date\":\"2025-0" + (1 + r.nextInt(9)) + "-2" + r.nextInt(9) + "\"");
                case DURATION -> parts.add(
                        r.nextBoolean()
                                ? "\"min_duration\":" + r.nextInt(14_400)
                                : "\"max_duration\":" + r.nextInt(14_400));
                case POWER -> parts.add(
                        r.nextBoolean()
                                ? "\"min_power\":" + BigDecimal.valueOf(r.nextInt(1500), 1)
                                : "\"max_power\":" + BigDecimal.valueOf(r.nextInt(2000), 1));
                case ENERGY -> parts.add(
                        r.nextBoolean()
                                ? "\"min_kwh\":" + BigDecimal.valueOf(r.nextInt(600), 1)
                                : "\"max_kwh\":" + BigDecimal.valueOf(r.nextInt(600), 1));
            }
        }
        return String.join(",", parts);
    }

    private static String hhmm(Random r) {
        return String.format("%02d:%02d", r.nextInt(24), 15 * r.nextInt(4));
    }
}
