package dev.ocpkit.ocpp.metering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a transaction's meter values say: energy, average and peak power, peak current, state of charge, duration
 * and a time series. Pure and immutable; build it with {@link #of(Collection)}.
 *
 * <p>Rules: energy comes from {@code Energy.Active.Import.Register} (the last reading minus the first; a total
 * reading is used when present, otherwise the sum of the phase readings of the same instant); kWh and kW are
 * converted to Wh and W. Power is {@code Power.Active.Import} (the total, or the sum of the phases of one
 * instant); the average power is energy divided by duration. Current is {@code Current.Import}, the highest phase
 * of an instant. The duration runs from the first to the last sample. Samples of other measurands are ignored.
 *
 * @since 0.1
 */
public final class ChargingStatistics {
    private static final MathContext MC = MathContext.DECIMAL64;

    private final @Nullable Instant start;
    private final @Nullable Instant end;
    private final @Nullable BigDecimal energyWh;
    private final @Nullable BigDecimal peakPowerW;
    private final @Nullable BigDecimal peakCurrentA;
    private final @Nullable BigDecimal startSoc;
    private final @Nullable BigDecimal endSoc;
    private final List<Point> series;

    /**
     * One instant of the time series.
     *
     * @param timestamp the instant
     * @param energyWh energy delivered since the first register reading, or null when no register reading was taken
     *     at this instant
     * @param powerW power at this instant, or null
     * @param currentA highest phase current at this instant, or null
     * @param soc state of charge at this instant, or null
     */
    public record Point(
            Instant timestamp,
            @Nullable BigDecimal energyWh,
            @Nullable BigDecimal powerW,
            @Nullable BigDecimal currentA,
            @Nullable BigDecimal soc) {}

    private ChargingStatistics(
            @Nullable Instant start,
            @Nullable Instant end,
            @Nullable BigDecimal energyWh,
            @Nullable BigDecimal peakPowerW,
            @Nullable BigDecimal peakCurrentA,
            @Nullable BigDecimal startSoc,
            @Nullable BigDecimal endSoc,
            List<Point> series) {
        this.start = start;
        this.end = end;
        this.energyWh = energyWh;
        this.peakPowerW = peakPowerW;
        this.peakCurrentA = peakCurrentA;
        this.startSoc = startSoc;
        this.endSoc = endSoc;
        this.series = List.copyOf(series);
    }

    /**
     * Computes the statistics of a transaction's samples (any order).
     *
     * @throws IllegalArgumentException when a sample of a used measurand has a unit this helper cannot convert
     */
    public static ChargingStatistics of(Collection<MeterSample> samples) {
        Objects.requireNonNull(samples, "samples");
        TreeMap<Instant, Instant> instants = new TreeMap<>();
        TreeMap<Instant, Reading> energy = new TreeMap<>();
        TreeMap<Instant, Reading> power = new TreeMap<>();
        TreeMap<Instant, BigDecimal> current = new TreeMap<>();
        TreeMap<Instant, BigDecimal> soc = new TreeMap<>();
        for (MeterSample s : samples) {
            instants.put(s.timestamp(), s.timestamp());
            switch (s.measurand()) {
                case MeterSample.ENERGY_ACTIVE_IMPORT_REGISTER -> energy.computeIfAbsent(
                                s.timestamp(), k -> new Reading())
                        .add(s);
                case MeterSample.POWER_ACTIVE_IMPORT -> power.computeIfAbsent(s.timestamp(), k -> new Reading())
                        .add(s);
                case MeterSample.CURRENT_IMPORT -> current.merge(s.timestamp(), s.baseValue(), BigDecimal::max);
                case MeterSample.SOC -> soc.put(s.timestamp(), s.baseValue());
                default -> {
                    // other measurands (voltage, temperature, reactive energy ...) do not feed these statistics
                }
            }
        }
        Instant start = instants.isEmpty() ? null : instants.firstKey();
        Instant end = instants.isEmpty() ? null : instants.lastKey();
        BigDecimal first =
                energy.isEmpty() ? null : energy.firstEntry().getValue().value();
        BigDecimal energyWh =
                energy.isEmpty() ? null : energy.lastEntry().getValue().value().subtract(first);
        BigDecimal peakPower = power.values().stream()
                .map(Reading::value)
                .reduce(BigDecimal::max)
                .orElse(null);
        BigDecimal peakCurrent =
                current.values().stream().reduce(BigDecimal::max).orElse(null);
        List<Point> series = new ArrayList<>();
        for (Instant t : instants.keySet()) {
            Reading e = energy.get(t);
            Reading p = power.get(t);
            series.add(new Point(
                    t,
                    e == null ? null : e.value().subtract(first),
                    p == null ? null : p.value(),
                    current.get(t),
                    soc.get(t)));
        }
        return new ChargingStatistics(
                start,
                end,
                energyWh,
                peakPower,
                peakCurrent,
                soc.isEmpty() ? null : soc.firstEntry().getValue(),
                soc.isEmpty() ? null : soc.lastEntry().getValue(),
                series);
    }

    /** Readings of one measurand at one instant: the total if given, else the sum of the phases. */
    private static final class Reading {
        private @Nullable BigDecimal total;
        private final Map<String, BigDecimal> phases = new TreeMap<>();

        void add(MeterSample s) {
            if (s.phase() == null) {
                total = s.baseValue();
            } else if (!s.phase().equals("N")) {
                // phase-to-neutral values (L1-N) and plain phase values (L1) of the same line are one reading
                String line = s.phase().length() >= 2 ? s.phase().substring(0, 2) : s.phase();
                phases.put(line, s.baseValue());
            }
        }

        BigDecimal value() {
            if (total != null) {
                return total;
            }
            return phases.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The first sample's instant, if any sample was given. */
    public Optional<Instant> start() {
        return Optional.ofNullable(start);
    }

    /** The last sample's instant, if any sample was given. */
    public Optional<Instant> end() {
        return Optional.ofNullable(end);
    }

    /** From the first to the last sample; zero without samples. */
    public Duration duration() {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }

    /** Energy delivered in Wh (last register reading minus the first), if register readings were sampled. */
    public Optional<BigDecimal> energyWh() {
        return Optional.ofNullable(energyWh);
    }

    /** Energy in kWh. */
    public Optional<BigDecimal> energyKWh() {
        return energyWh().map(e -> e.movePointLeft(3));
    }

    /** Energy divided by duration, in W; empty without energy or with a zero duration. */
    public Optional<BigDecimal> averagePowerW() {
        if (energyWh == null || duration().isZero()) {
            return Optional.empty();
        }
        BigDecimal hours = BigDecimal.valueOf(duration().toMillis()).divide(BigDecimal.valueOf(3_600_000), MC);
        return Optional.of(energyWh.divide(hours, MC));
    }

    /** The highest power sampled, in W. */
    public Optional<BigDecimal> peakPowerW() {
        return Optional.ofNullable(peakPowerW);
    }

    /** The highest phase current sampled, in A. */
    public Optional<BigDecimal> peakCurrentA() {
        return Optional.ofNullable(peakCurrentA);
    }

    /** The first state of charge sampled, in percent. */
    public Optional<BigDecimal> startSoc() {
        return Optional.ofNullable(startSoc);
    }

    /** The last state of charge sampled, in percent. */
    public Optional<BigDecimal> endSoc() {
        return Optional.ofNullable(endSoc);
    }

    /** One point per sampled instant, in time order. */
    public List<Point> series() {
        return series;
    }

    @Override
    public String toString() {
        return "ChargingStatistics[duration=" + duration() + ", energyWh=" + energyWh + ", peakPowerW=" + peakPowerW
                + ", peakCurrentA=" + peakCurrentA + ", points=" + series.size() + "]";
    }
}
