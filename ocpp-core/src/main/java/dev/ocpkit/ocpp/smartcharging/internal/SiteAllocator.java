package dev.ocpkit.ocpp.smartcharging.internal;

import dev.ocpkit.ocpp.smartcharging.AllocationPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Shares a power budget among sessions; pure functions, all values in W. */
public final class SiteAllocator {
    private SiteAllocator() {}

    /**
     * What one session asks for.
     *
     * @param key identifies the session in the result
     * @param order start order (lower started earlier)
     * @param priority higher first under PRIORITY
     * @param minW the least it can charge with (at most {@code demandW})
     * @param demandW the most it can use
     */
    public record Demand(Object key, long order, int priority, BigDecimal minW, BigDecimal demandW) {
        public Demand {
            Objects.requireNonNull(key, "key");
            if (minW.compareTo(demandW) > 0) {
                throw new IllegalArgumentException("minW above demandW");
            }
        }
    }

    /**
     * The power of each session (0 for a paused one); the sum never exceeds {@code availableW}.
     *
     * <p>Admission: in start order (PRIORITY: highest priority first, then start order) each session is admitted
     * while its minimum fits beside the minimums already admitted; the others are paused. FAIR_SHARE water-fills the
     * budget over the admitted sessions. PRIORITY gives every admitted session its minimum and the rest class by
     * class, highest first, water-filling within a class; once a class is not fully satisfied, the classes below get
     * only their minimums (the level is computed to 0.001 W, so a class that is not satisfied may leave a remainder
     * below one quantum per session: it stays unallocated).
     */
    public static Map<Object, BigDecimal> allocate(
            List<Demand> demands, BigDecimal availableW, AllocationPolicy policy) {
        BigDecimal available = availableW.max(BigDecimal.ZERO);
        List<Demand> admissionOrder = new ArrayList<>(demands);
        Comparator<Demand> byStart = Comparator.comparingLong(Demand::order);
        admissionOrder.sort(
                policy == AllocationPolicy.PRIORITY
                        ? Comparator.comparingInt(Demand::priority).reversed().thenComparing(byStart)
                        : byStart);
        Map<Object, BigDecimal> out = new HashMap<>();
        List<Demand> admitted = new ArrayList<>();
        BigDecimal reserved = BigDecimal.ZERO;
        for (Demand d : admissionOrder) {
            if (reserved.add(d.minW()).compareTo(available) <= 0) {
                admitted.add(d);
                reserved = reserved.add(d.minW());
            } else {
                out.put(d.key(), BigDecimal.ZERO);
            }
        }
        if (policy == AllocationPolicy.FAIR_SHARE) {
            fill(admitted, available, out);
            return out;
        }
        BigDecimal extra = available.subtract(reserved);
        TreeMap<Integer, List<Demand>> classes = new TreeMap<>(Comparator.reverseOrder());
        for (Demand d : admitted) {
            classes.computeIfAbsent(d.priority(), p -> new ArrayList<>()).add(d);
        }
        for (List<Demand> group : classes.values()) {
            BigDecimal mins = sum(group, Demand::minW);
            Map<Object, BigDecimal> part = new HashMap<>();
            fill(group, mins.add(extra), part);
            BigDecimal used = BigDecimal.ZERO;
            for (BigDecimal v : part.values()) {
                used = used.add(v);
            }
            out.putAll(part);
            if (used.compareTo(sum(group, Demand::demandW)) < 0) {
                // This class wants more than it got: what is left is a rounding remainder (less than one quantum
                // per session of the class). It must not go to lower classes, which keep their minimums.
                extra = BigDecimal.ZERO;
            } else {
                extra = extra.subtract(used.subtract(mins));
            }
        }
        return out;
    }

    /**
     * Max-min fair water-filling: each gets {@code clamp(L, min, demand)} with the level {@code L} chosen so that the
     * total is the budget (or everyone gets their demand when it suffices). Requires budget >= sum of minimums.
     */
    static void fill(List<Demand> group, BigDecimal budget, Map<Object, BigDecimal> out) {
        if (group.isEmpty()) {
            return;
        }
        if (sum(group, Demand::demandW).compareTo(budget) <= 0) {
            group.forEach(d -> out.put(d.key(), d.demandW()));
            return;
        }
        TreeSet<BigDecimal> points = new TreeSet<>();
        for (Demand d : group) {
            points.add(d.minW());
            points.add(d.demandW());
        }
        BigDecimal level = null;
        BigDecimal prev = null;
        for (BigDecimal b : points) {
            if (total(group, b).compareTo(budget) >= 0) {
                if (prev == null) {
                    level = b;
                } else {
                    long free = 0;
                    for (Demand d : group) {
                        if (d.minW().compareTo(prev) <= 0 && d.demandW().compareTo(b) >= 0) {
                            free++;
                        }
                    }
                    BigDecimal rest = budget.subtract(total(group, prev));
                    level = prev.add(rest.divide(BigDecimal.valueOf(free), 3, RoundingMode.DOWN));
                }
                break;
            }
            prev = b;
        }
        if (level == null) {
            // unreachable: the highest point is the highest demand, where the total is the sum of demands
            level = points.last();
        }
        for (Demand d : group) {
            out.put(d.key(), clamp(level, d));
        }
    }

    private static BigDecimal total(List<Demand> group, BigDecimal level) {
        BigDecimal t = BigDecimal.ZERO;
        for (Demand d : group) {
            t = t.add(clamp(level, d));
        }
        return t;
    }

    private static BigDecimal clamp(BigDecimal level, Demand d) {
        return level.max(d.minW()).min(d.demandW());
    }

    private static BigDecimal sum(List<Demand> group, java.util.function.Function<Demand, BigDecimal> f) {
        BigDecimal t = BigDecimal.ZERO;
        for (Demand d : group) {
            t = t.add(f.apply(d));
        }
        return t;
    }
}
