package dev.ocpkit.ocpp.smartcharging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.smartcharging.AllocationPolicy;
import dev.ocpkit.ocpp.smartcharging.internal.SiteAllocator.Demand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The allocation rules, as examples and as properties over random sites. */
class SiteAllocatorTest {
    static final BigDecimal EPS = new BigDecimal("0.1");

    static Demand d(String key, long order, int priority, String min, String demand) {
        return new Demand(key, order, priority, new BigDecimal(min), new BigDecimal(demand));
    }

    @Test
    void fairShare_waterFills_aroundSmallDemandsAndLargeMinimums() {
        // 10000 W for: A needs only 1000; B has a minimum of 4000; C and D up to 9000.
        // Level L: 1000 + max(4000, L) + L + L = 10000 -> with L < 4000: 5000 + 2L = 10000 -> L = 2500.
        Map<Object, BigDecimal> a = SiteAllocator.allocate(
                List.of(
                        d("A", 0, 0, "0", "1000"),
                        d("B", 1, 0, "4000", "9000"),
                        d("C", 2, 0, "0", "9000"),
                        d("D", 3, 0, "0", "9000")),
                new BigDecimal("10000"),
                AllocationPolicy.FAIR_SHARE);
        assertThat(a.get("A")).isEqualByComparingTo("1000");
        assertThat(a.get("B")).isEqualByComparingTo("4000");
        assertThat(a.get("C")).isEqualByComparingTo("2500");
        assertThat(a.get("D")).isEqualByComparingTo("2500");
    }

    @Test
    void priority_roundingRemainderOfAnUnsatisfiedClass_doesNotGoToLowerPriorities() {
        // 1 W for three priority-2 sessions: 0.333 each (the level is computed to 0.001 W); the remaining 0.001 W
        // is not enough for one more quantum each and must not reach the priority-0 session.
        Map<Object, BigDecimal> a = SiteAllocator.allocate(
                List.of(
                        d("S0", 0, 0, "0", "1"),
                        d("S1", 1, 2, "0", "1"),
                        d("S2", 2, 2, "0", "1"),
                        d("S3", 3, 2, "0", "1")),
                BigDecimal.ONE,
                AllocationPolicy.PRIORITY);
        assertThat(a.get("S0")).isEqualByComparingTo("0");
        assertThat(a.get("S1")).isEqualByComparingTo("0.333");
        assertThat(a.get("S2")).isEqualByComparingTo("0.333");
        assertThat(a.get("S3")).isEqualByComparingTo("0.333");
    }

    @Test
    void priority_satisfiedClass_passesTheRestDown_andLowerClassesKeepTheirMinimums() {
        // 10000 W: H (priority 1) uses at most 3000; M1 and M2 (priority 0, minimum 1000) share the remaining 7000.
        // With 4000 W: the minimums take 2000, H (minimum 0) gets the other 2000 and still wants more, so M1 and M2
        // stay at their minimums.
        Map<Object, BigDecimal> a = SiteAllocator.allocate(
                List.of(d("M1", 0, 0, "1000", "9000"), d("H", 1, 1, "0", "3000"), d("M2", 2, 0, "1000", "9000")),
                new BigDecimal("10000"),
                AllocationPolicy.PRIORITY);
        assertThat(a.get("H")).isEqualByComparingTo("3000");
        assertThat(a.get("M1")).isEqualByComparingTo("3500");
        assertThat(a.get("M2")).isEqualByComparingTo("3500");
        Map<Object, BigDecimal> tight = SiteAllocator.allocate(
                List.of(d("M1", 0, 0, "1000", "9000"), d("H", 1, 1, "0", "3000"), d("M2", 2, 0, "1000", "9000")),
                new BigDecimal("4000"),
                AllocationPolicy.PRIORITY);
        assertThat(tight.get("H")).isEqualByComparingTo("2000");
        assertThat(tight.get("M1")).isEqualByComparingTo("1000");
        assertThat(tight.get("M2")).isEqualByComparingTo("1000");
    }

    @Test
    void admission_inStartOrder_skipsAMinimumThatDoesNotFit_butAdmitsALaterSmallerOne() {
        // 5000 W: A (min 3000) fits, B (min 3000) does not, C (min 1000) still fits beside A.
        Map<Object, BigDecimal> a = SiteAllocator.allocate(
                List.of(d("A", 0, 0, "3000", "7000"), d("B", 1, 0, "3000", "7000"), d("C", 2, 0, "1000", "7000")),
                new BigDecimal("5000"),
                AllocationPolicy.FAIR_SHARE);
        assertThat(a.get("B")).isEqualByComparingTo("0");
        assertThat(a.get("A")).isEqualByComparingTo("3000");
        assertThat(a.get("C")).isEqualByComparingTo("2000");
    }

    @Test
    void noBudget_pausesEveryoneWithAMinimum() {
        Map<Object, BigDecimal> a = SiteAllocator.allocate(
                List.of(d("A", 0, 0, "1380", "7360")), new BigDecimal("-50"), AllocationPolicy.PRIORITY);
        assertThat(a.get("A")).isEqualByComparingTo("0");
    }

    @Provide
    Arbitrary<List<Demand>> demands() {
        Arbitrary<Demand> one = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 6000),
                        Arbitraries.integers().between(0, 30000))
                .as((priority, min, extra) -> new Demand(
                        new Object(), 0, priority, BigDecimal.valueOf(min), BigDecimal.valueOf(min + extra)));
        return one.list().ofMinSize(1).ofMaxSize(12).map(list -> {
            List<Demand> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Demand x = list.get(i);
                out.add(new Demand("S" + i, i, x.priority(), x.minW(), x.demandW()));
            }
            return out;
        });
    }

    @Property(tries = 500)
    void everyAllocation_isZeroOrBetweenMinimumAndDemand_andTheSumFits(
            @ForAll("demands") List<Demand> demands,
            @ForAll("budgets") BigDecimal available,
            @ForAll AllocationPolicy policy) {
        Map<Object, BigDecimal> a = SiteAllocator.allocate(demands, available, policy);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumDemands = BigDecimal.ZERO;
        for (Demand x : demands) {
            BigDecimal v = a.get(x.key());
            assertThat(v).isNotNull();
            if (v.signum() > 0) {
                assertThat(v).isBetween(x.minW(), x.demandW());
            }
            sum = sum.add(v);
            sumDemands = sumDemands.add(x.demandW());
        }
        assertThat(sum).isLessThanOrEqualTo(available.max(BigDecimal.ZERO));
        if (sumDemands.compareTo(available) <= 0) {
            for (Demand x : demands) {
                assertThat(a.get(x.key())).isEqualByComparingTo(x.demandW());
            }
        }
    }

    @Property(tries = 500)
    void fairShare_isMaxMinFair_andLeavesNothingUnused(
            @ForAll("demands") List<Demand> demands, @ForAll("budgets") BigDecimal available) {
        Map<Object, BigDecimal> a = SiteAllocator.allocate(demands, available, AllocationPolicy.FAIR_SHARE);
        List<Demand> admitted = demands.stream()
                .filter(x -> a.get(x.key()).signum() > 0 || x.minW().signum() == 0)
                .toList();
        for (Demand i : admitted) {
            for (Demand j : admitted) {
                BigDecimal ai = a.get(i.key());
                BigDecimal aj = a.get(j.key());
                if (ai.add(EPS).compareTo(aj) < 0) {
                    // i gets less than j only because i needs no more, or j cannot get less
                    assertThat(ai.compareTo(i.demandW()) == 0 || aj.compareTo(j.minW()) == 0)
                            .as("%s=%s vs %s=%s", i, ai, j, aj)
                            .isTrue();
                }
            }
        }
        BigDecimal sum = a.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean someoneWantsMore =
                admitted.stream().anyMatch(x -> a.get(x.key()).compareTo(x.demandW()) < 0);
        if (someoneWantsMore) {
            assertThat(available.subtract(sum)).isLessThan(EPS);
        }
    }

    @Property(tries = 500)
    void priority_lowerPrioritiesGetMoreThanTheirMinimumOnlyWhenHigherOnesAreSatisfied(
            @ForAll("demands") List<Demand> demands, @ForAll("budgets") BigDecimal available) {
        Map<Object, BigDecimal> a = SiteAllocator.allocate(demands, available, AllocationPolicy.PRIORITY);
        for (Demand high : demands) {
            BigDecimal ah = a.get(high.key());
            boolean highCharging = ah.signum() > 0 || high.minW().signum() == 0;
            if (!highCharging || ah.compareTo(high.demandW()) >= 0) {
                continue;
            }
            for (Demand low : demands) {
                if (low.priority() < high.priority()) {
                    BigDecimal al = a.get(low.key());
                    assertThat(al.signum() == 0 || al.compareTo(low.minW()) == 0)
                            .as("%s gets %s while %s wants more", low, al, high)
                            .isTrue();
                }
            }
        }
    }

    @Provide
    Arbitrary<BigDecimal> budgets() {
        return Arbitraries.integers().between(0, 120000).map(BigDecimal::valueOf);
    }
}
