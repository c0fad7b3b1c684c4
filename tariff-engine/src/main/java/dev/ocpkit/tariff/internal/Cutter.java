package dev.ocpkit.tariff.internal;

import dev.ocpkit.tariff.MeterSample;
import dev.ocpkit.tariff.PricingOptions;
import dev.ocpkit.tariff.SessionTimeline;
import dev.ocpkit.tariff.TariffException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a {@link SessionTimeline} into charging periods: at every sample, at every instant where a restriction of the
 * tariff can change its value (times of day and midnight in the given zone, daylight-saving transitions, duration
 * thresholds, kWh thresholds), then merges neighbours that price alike. Energy between samples flows at a constant
 * rate; power, current and the parking state hold from a sample to the next.
 */
public final class Cutter {
    private static final int ENERGY_SCALE = 6;
    private static final long MILLI = 1_000_000L;

    private Cutter() {}

    /** A point of the cut: an instant and, once known, the energy register there. */
    private static final class Point {
        final Instant at;

        @Nullable
        BigDecimal energy;

        Point(Instant at, @Nullable BigDecimal energy) {
            this.at = at;
            this.energy = energy;
        }
    }

    public static NSession cut(NTariff tariff, SessionTimeline timeline, ZoneId zone, PricingOptions options) {
        List<MeterSample> samples = timeline.samples();
        SessionTimeline.Reservation reservation = timeline.reservation();
        check(samples, reservation);
        List<NPeriod> atoms = new ArrayList<>();
        if (reservation != null && reservation.end().isAfter(reservation.start())) {
            TreeSet<Instant> cuts = new TreeSet<>();
            cuts.add(reservation.start());
            cuts.add(reservation.end());
            addTimeCuts(tariff, zone, reservation.start(), reservation.end(), cuts);
            addDurationCuts(tariff, reservation.start(), reservation.start(), reservation.end(), cuts);
            Instant prev = null;
            for (Instant c : cuts) {
                if (prev != null) {
                    atoms.add(new NPeriod(
                            atoms.size(),
                            prev,
                            c,
                            tariff,
                            tariff.id(),
                            true,
                            BigDecimal.ZERO,
                            BigDecimal.ZERO,
                            BigDecimal.ZERO,
                            CdrPeriodInput.wallSeconds(prev, c),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                }
                prev = c;
            }
        }
        if (!samples.isEmpty()) {
            atoms.addAll(chargingAtoms(tariff, samples, zone, atoms.size()));
        }
        Instant start =
                reservation != null ? reservation.start() : samples.get(0).at();
        Instant end = samples.isEmpty()
                ? reservation.end()
                : samples.get(samples.size() - 1).at();
        boolean expired = samples.isEmpty();
        NSession atomic = new NSession(start, end, atoms, tariff.currency(), expired, tariff, tariff.notes());
        List<@Nullable NComponent[]> sigs = Pricer.signatures(atomic, zone, options);
        boolean powerByAverage = options.powerMeasure() == PricingOptions.Measure.AVERAGE && restricts(tariff, true);
        boolean currentByAverage =
                options.currentMeasure() == PricingOptions.Measure.AVERAGE && restricts(tariff, false);
        List<NPeriod> merged = new ArrayList<>();
        NComponent[] lastSig = null;
        for (int i = 0; i < atoms.size(); i++) {
            NPeriod a = atoms.get(i);
            NComponent[] sig = sigs.get(i);
            if (!merged.isEmpty()) {
                NPeriod m = merged.get(merged.size() - 1);
                if (sameSignature(lastSig, sig)
                        && m.reservation() == a.reservation()
                        && (m.parkingSeconds().signum() > 0)
                                == (a.parkingSeconds().signum() > 0)
                        && (m.chargingSeconds().signum() > 0)
                                == (a.chargingSeconds().signum() > 0)
                        && (!powerByAverage || same(m.minPower(), a.minPower()) && same(m.maxPower(), a.maxPower()))
                        && (!currentByAverage
                                || same(m.minCurrent(), a.minCurrent()) && same(m.maxCurrent(), a.maxCurrent()))) {
                    merged.set(merged.size() - 1, join(m, a));
                    continue;
                }
            }
            merged.add(a);
            lastSig = sig;
        }
        List<NPeriod> indexed = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            NPeriod p = merged.get(i);
            indexed.add(new NPeriod(
                    i,
                    p.start(),
                    p.end(),
                    p.tariff(),
                    p.tariffId(),
                    p.reservation(),
                    p.energyKwh(),
                    p.chargingSeconds(),
                    p.parkingSeconds(),
                    p.reservationSeconds(),
                    p.minPower(),
                    p.maxPower(),
                    p.avgPower(),
                    p.minCurrent(),
                    p.maxCurrent(),
                    p.avgCurrent()));
        }
        return new NSession(start, end, indexed, tariff.currency(), expired, tariff, tariff.notes());
    }

    private static void check(List<MeterSample> samples, SessionTimeline.@Nullable Reservation reservation) {
        if (samples.isEmpty() && reservation == null) {
            throw new TariffException(TariffException.Kind.INVALID_SESSION, "the timeline has no samples");
        }
        if (samples.size() == 1) {
            throw new TariffException(
                    TariffException.Kind.INVALID_SESSION,
                    "the timeline has one sample; a session needs a first and a last sample");
        }
        for (int i = 1; i < samples.size(); i++) {
            MeterSample a = samples.get(i - 1);
            MeterSample b = samples.get(i);
            if (!b.at().isAfter(a.at())) {
                throw new TariffException(
                        TariffException.Kind.PERIODS_OUT_OF_ORDER,
                        "sample " + (i + 1) + " (" + b.at() + ") is not after sample " + i + " (" + a.at() + ")");
            }
            if (b.energyKwh().compareTo(a.energyKwh()) < 0) {
                throw new TariffException(
                        TariffException.Kind.NEGATIVE_VOLUME,
                        "the energy register goes down from " + a.energyKwh() + " kWh (sample " + i + ") to "
                                + b.energyKwh() + " kWh (sample " + (i + 1) + ")");
            }
        }
        for (int i = 0; i < samples.size(); i++) {
            MeterSample s = samples.get(i);
            if ((s.powerKw() != null && s.powerKw().signum() < 0)
                    || (s.currentA() != null && s.currentA().signum() < 0)) {
                throw new TariffException(
                        TariffException.Kind.NEGATIVE_VOLUME, "sample " + (i + 1) + " has a negative power or current");
            }
        }
        if (reservation != null) {
            if (reservation.end().isBefore(reservation.start())) {
                throw new TariffException(
                        TariffException.Kind.PERIODS_OUT_OF_ORDER, "the reservation ends before it starts");
            }
            if (!samples.isEmpty() && !reservation.end().equals(samples.get(0).at())) {
                throw new TariffException(
                        TariffException.Kind.INVALID_SESSION,
                        "the reservation ends at " + reservation.end() + " but charging starts at "
                                + samples.get(0).at() + "; a reservation ends when the session starts");
            }
        }
    }

    private static List<NPeriod> chargingAtoms(NTariff tariff, List<MeterSample> samples, ZoneId zone, int offset) {
        Instant first = samples.get(0).at();
        Instant last = samples.get(samples.size() - 1).at();
        TreeMap<Instant, Point> points = new TreeMap<>();
        for (MeterSample s : samples) {
            points.put(s.at(), new Point(s.at(), s.energyKwh()));
        }
        TreeSet<Instant> cuts = new TreeSet<>();
        addTimeCuts(tariff, zone, first, last, cuts);
        addDurationCuts(tariff, first, first, last, cuts);
        for (Instant c : cuts) {
            points.putIfAbsent(c, new Point(c, null));
        }
        // kWh thresholds: the instant the energy charged reaches each min_kwh / max_kwh, energy exactly the threshold
        BigDecimal e0 = samples.get(0).energyKwh();
        for (NElement el : tariff.elements()) {
            for (BigDecimal k : new BigDecimal[] {
                el.restrictions().minKwh(), el.restrictions().maxKwh()
            }) {
                if (k == null || k.signum() <= 0) {
                    continue;
                }
                BigDecimal target = e0.add(k);
                for (int i = 0; i + 1 < samples.size(); i++) {
                    MeterSample a = samples.get(i);
                    MeterSample b = samples.get(i + 1);
                    if (a.energyKwh().compareTo(target) < 0 && b.energyKwh().compareTo(target) > 0) {
                        long span = Duration.between(a.at(), b.at()).toNanos();
                        BigDecimal frac = target.subtract(a.energyKwh())
                                .divide(b.energyKwh().subtract(a.energyKwh()), MathContext.DECIMAL64);
                        long nanos = frac.multiply(BigDecimal.valueOf(span))
                                .setScale(0, RoundingMode.CEILING)
                                .longValueExact();
                        nanos = ((nanos + MILLI - 1) / MILLI) * MILLI; // up to the millisecond
                        Instant at = a.at().plusNanos(nanos);
                        if (at.isBefore(b.at())) {
                            Point p = points.get(at);
                            if (p == null) {
                                points.put(at, new Point(at, target));
                            } else if (p.energy == null) {
                                p.energy = target;
                            }
                        }
                        break;
                    }
                }
            }
        }
        // interpolate the rest, then keep the register non-decreasing
        List<Point> list = new ArrayList<>(points.values());
        int seg = 0;
        for (Point p : list) {
            while (seg + 1 < samples.size() - 1
                    && !p.at.isBefore(samples.get(seg + 1).at())) {
                seg++;
            }
            if (p.energy == null) {
                MeterSample a = samples.get(seg);
                MeterSample b = samples.get(seg + 1);
                long span = Duration.between(a.at(), b.at()).toNanos();
                long part = Duration.between(a.at(), p.at).toNanos();
                p.energy = a.energyKwh()
                        .add(b.energyKwh()
                                .subtract(a.energyKwh())
                                .multiply(BigDecimal.valueOf(part))
                                .divide(BigDecimal.valueOf(span), ENERGY_SCALE, RoundingMode.HALF_UP));
            }
        }
        for (int i = list.size() - 2; i >= 0; i--) {
            if (list.get(i).energy.compareTo(list.get(i + 1).energy) > 0) {
                list.get(i).energy = list.get(i + 1).energy;
            }
        }
        List<NPeriod> atoms = new ArrayList<>();
        seg = 0;
        for (int i = 0; i + 1 < list.size(); i++) {
            Point a = list.get(i);
            Point b = list.get(i + 1);
            while (seg + 1 < samples.size() - 1
                    && !a.at.isBefore(samples.get(seg + 1).at())) {
                seg++;
            }
            MeterSample s = samples.get(seg);
            MeterSample next = samples.get(seg + 1);
            BigDecimal seconds = CdrPeriodInput.wallSeconds(a.at, b.at);
            BigDecimal energy = b.energy.subtract(a.energy);
            BigDecimal power = s.powerKw();
            if (power == null && !s.parking()) {
                BigDecimal segSeconds = CdrPeriodInput.wallSeconds(s.at(), next.at());
                power = next.energyKwh()
                        .subtract(s.energyKwh())
                        .multiply(Money.B3600)
                        .divide(segSeconds, ENERGY_SCALE, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
            }
            BigDecimal current = s.currentA();
            atoms.add(new NPeriod(
                    offset + atoms.size(),
                    a.at,
                    b.at,
                    tariff,
                    tariff.id(),
                    false,
                    energy.signum() == 0 ? BigDecimal.ZERO : energy.stripTrailingZeros(),
                    s.parking() ? BigDecimal.ZERO : seconds,
                    s.parking() ? seconds : BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    power,
                    power,
                    null,
                    current,
                    current,
                    null));
        }
        return atoms;
    }

    /** Local times of day where some element's window, date or weekday can change value, and DST transitions. */
    private static void addTimeCuts(NTariff tariff, ZoneId zone, Instant from, Instant to, TreeSet<Instant> cuts) {
        TreeSet<Integer> seconds = new TreeSet<>();
        for (NElement e : tariff.elements()) {
            NRestrictions r = e.restrictions();
            if (r.startSecond() >= 0) {
                seconds.add(r.startSecond() % 86_400);
            }
            if (r.endSecond() >= 0) {
                seconds.add(r.endSecond() % 86_400);
            }
            if (r.startDate() != null || r.endDate() != null || !r.days().isEmpty()) {
                seconds.add(0);
            }
        }
        if (seconds.isEmpty()) {
            return;
        }
        ZoneRules rules = zone.getRules();
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate lastDay = to.atZone(zone).toLocalDate().plusDays(1);
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (int sec : seconds) {
                LocalDateTime ldt = day.atStartOfDay().plusSeconds(sec);
                List<ZoneOffset> offsets = rules.getValidOffsets(ldt);
                if (offsets.isEmpty()) {
                    ZoneOffsetTransition gap = rules.getTransition(ldt);
                    if (gap != null) {
                        addInside(gap.getInstant(), from, to, cuts);
                    }
                } else {
                    for (ZoneOffset off : offsets) {
                        addInside(ldt.toInstant(off), from, to, cuts);
                    }
                }
            }
        }
        ZoneOffsetTransition t = rules.nextTransition(from);
        while (t != null && t.getInstant().isBefore(to)) {
            addInside(t.getInstant(), from, to, cuts);
            t = rules.nextTransition(t.getInstant());
        }
    }

    private static void addDurationCuts(
            NTariff tariff, Instant phaseStart, Instant from, Instant to, TreeSet<Instant> cuts) {
        for (NElement e : tariff.elements()) {
            NRestrictions r = e.restrictions();
            if (r.minDuration() > 0) {
                addInside(phaseStart.plusSeconds(r.minDuration()), from, to, cuts);
            }
            if (r.maxDuration() > 0) {
                addInside(phaseStart.plusSeconds(r.maxDuration()), from, to, cuts);
            }
        }
    }

    private static void addInside(Instant at, Instant from, Instant to, TreeSet<Instant> cuts) {
        if (at.isAfter(from) && at.isBefore(to)) {
            cuts.add(at);
        }
    }

    private static boolean restricts(NTariff t, boolean power) {
        for (NElement e : t.elements()) {
            NRestrictions r = e.restrictions();
            if (power
                    ? r.minPower() != null || r.maxPower() != null
                    : r.minCurrent() != null || r.maxCurrent() != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSignature(NComponent @Nullable [] a, NComponent @Nullable [] b) {
        if (a == null || b == null) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static @Nullable BigDecimal min(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static @Nullable BigDecimal max(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static NPeriod join(NPeriod a, NPeriod b) {
        return new NPeriod(
                a.index(),
                a.start(),
                b.end(),
                a.tariff(),
                a.tariffId(),
                a.reservation(),
                a.energyKwh().add(b.energyKwh()),
                a.chargingSeconds().add(b.chargingSeconds()),
                a.parkingSeconds().add(b.parkingSeconds()),
                a.reservationSeconds().add(b.reservationSeconds()),
                min(a.minPower(), b.minPower()),
                max(a.maxPower(), b.maxPower()),
                null,
                min(a.minCurrent(), b.minCurrent()),
                max(a.maxCurrent(), b.maxCurrent()),
                null);
    }
}
