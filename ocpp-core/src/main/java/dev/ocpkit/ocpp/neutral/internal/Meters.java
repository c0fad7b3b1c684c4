package dev.ocpkit.ocpp.neutral.internal;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.v16.Location;
import dev.ocpkit.ocpp.v16.Measurand;
import dev.ocpkit.ocpp.v16.Phase;
import dev.ocpkit.ocpp.v16.ReadingContext;
import dev.ocpkit.ocpp.v16.SampledValue;
import dev.ocpkit.ocpp.v16.UnitOfMeasure;
import dev.ocpkit.ocpp.v16.ValueFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meter values: OCPP 1.6 {@code SampledValue} (string value) and 2.x {@code SampledValueType} (number, unit of
 * measure with a power-of-ten multiplier) to and from the neutral {@link MeterSample}.
 *
 * <p>Defaults of both versions when a field is absent: measurand {@code Energy.Active.Import.Register}, unit
 * {@code Wh}, context {@code Sample.Periodic}, multiplier 0. Location stays {@code null} when absent. OCPP 1.6
 * samples in the {@code SignedData} format (and values that are not numbers, or enumerations this SDK does not
 * know) are skipped with a DEBUG log line: they carry no plain reading.
 */
public final class Meters {
    private static final Logger LOG = LoggerFactory.getLogger(Meters.class);

    /** The default measurand. */
    public static final String EAIR = MeterSample.ENERGY_ACTIVE_IMPORT_REGISTER;
    /** The default unit. */
    public static final String WH = "Wh";
    /** The default reading context. */
    public static final String PERIODIC = "Sample.Periodic";
    /** The reading context of the start of a transaction. */
    public static final String BEGIN = "Transaction.Begin";
    /** The reading context of the end of a transaction. */
    public static final String END = "Transaction.End";

    private Meters() {}

    // ---------------------------------------------------------------- reading

    /** 1.6 meter values to samples. */
    public static List<MeterSample> fromV16(List<dev.ocpkit.ocpp.v16.MeterValue> values) {
        List<MeterSample> out = new ArrayList<>();
        for (dev.ocpkit.ocpp.v16.MeterValue mv : values) {
            for (SampledValue sv : mv.sampledValue()) {
                if (sv.format() == ValueFormat.SIGNED_DATA) {
                    LOG.debug("Skipping a SignedData sampled value of {}: no plain reading", mv.timestamp());
                    continue;
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(sv.value().trim());
                } catch (NumberFormatException e) {
                    LOG.debug("Skipping a sampled value that is not a number at {}", mv.timestamp());
                    continue;
                }
                Measurand m = sv.measurand();
                UnitOfMeasure u = sv.unit();
                if ((m != null && !m.isKnown()) || (u != null && !u.isKnown())) {
                    LOG.debug("Skipping a sampled value with an unknown measurand or unit at {}", mv.timestamp());
                    continue;
                }
                out.add(new MeterSample(
                        mv.timestamp(),
                        m == null ? EAIR : m.value(),
                        sv.phase() == null || !sv.phase().isKnown()
                                ? null
                                : sv.phase().value(),
                        value,
                        u == null ? WH : u.value(),
                        sv.context() == null || !sv.context().isKnown()
                                ? PERIODIC
                                : sv.context().value(),
                        sv.location() == null || !sv.location().isKnown()
                                ? null
                                : sv.location().value()));
            }
        }
        return out;
    }

    /** 2.x meter values to samples: value times 10^multiplier, in the unit given. */
    public static List<MeterSample> fromX2(List<X2.MeterValue> values) {
        List<MeterSample> out = new ArrayList<>();
        for (X2.MeterValue mv : values) {
            for (X2.SampledValue sv : mv.sampledValue()) {
                X2.UnitOfMeasure uom = sv.unitOfMeasure();
                String unit = uom == null || uom.unit() == null ? WH : uom.unit();
                int multiplier = uom == null || uom.multiplier() == null ? 0 : uom.multiplier();
                out.add(new MeterSample(
                        mv.timestamp(),
                        nonEmptyOr(sv.measurand(), EAIR),
                        emptyToNull(sv.phase()),
                        sv.value().scaleByPowerOfTen(multiplier),
                        unit,
                        nonEmptyOr(sv.context(), PERIODIC),
                        emptyToNull(sv.location())));
            }
        }
        return out;
    }

    private static String nonEmptyOr(@Nullable String s, String dflt) {
        return s == null || s.isEmpty() ? dflt : s;
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Samples to 1.6 meter values: consecutive samples with the same timestamp share a MeterValue.
     *
     * @throws IllegalArgumentException for a measurand, unit, phase, context or location 1.6 does not define
     */
    public static List<dev.ocpkit.ocpp.v16.MeterValue> toV16(List<MeterSample> samples) {
        List<dev.ocpkit.ocpp.v16.MeterValue> out = new ArrayList<>();
        List<SampledValue> group = new ArrayList<>();
        Instant at = null;
        for (MeterSample s : samples) {
            if (at != null && !at.equals(s.timestamp())) {
                out.add(new dev.ocpkit.ocpp.v16.MeterValue(at, group));
                group = new ArrayList<>();
            }
            at = s.timestamp();
            group.add(SampledValue.builder()
                    .value(s.value().toPlainString())
                    .measurand(
                            known16(Measurand.fromValue(s.measurand()), Measurand::isKnown, "measurand", s.measurand()))
                    .unit(known16(UnitOfMeasure.fromValue(s.unit()), UnitOfMeasure::isKnown, "unit", s.unit()))
                    .phase(
                            s.phase() == null
                                    ? null
                                    : known16(Phase.fromValue(s.phase()), Phase::isKnown, "phase", s.phase()))
                    .context(
                            s.context() == null
                                    ? null
                                    : known16(
                                            ReadingContext.fromValue(s.context()),
                                            ReadingContext::isKnown,
                                            "context",
                                            s.context()))
                    .location(
                            s.location() == null
                                    ? null
                                    : known16(
                                            Location.fromValue(s.location()),
                                            Location::isKnown,
                                            "location",
                                            s.location()))
                    .build());
        }
        if (at != null) {
            out.add(new dev.ocpkit.ocpp.v16.MeterValue(at, group));
        }
        return out;
    }

    private static <E> E known16(E constant, Predicate<E> known, String what, String value) {
        if (!known.test(constant)) {
            throw new IllegalArgumentException("OCPP 1.6 has no " + what + " '" + value + "'");
        }
        return constant;
    }

    /**
     * Samples to 2.x meter value shapes of a version (unit of measure written, multiplier 0).
     *
     * @throws IllegalArgumentException for a measurand, phase, context or location the version does not define, or a
     *     unit longer than 20 characters
     */
    public static List<X2.MeterValue> toX2(List<MeterSample> samples, OcppVersion version) {
        List<X2.MeterValue> out = new ArrayList<>();
        List<X2.SampledValue> group = new ArrayList<>();
        Instant at = null;
        for (MeterSample s : samples) {
            check2x(s, version);
            if (at != null && !at.equals(s.timestamp())) {
                out.add(new X2.MeterValue(at, group));
                group = new ArrayList<>();
            }
            at = s.timestamp();
            group.add(new X2.SampledValue(
                    s.value(),
                    s.measurand(),
                    s.context(),
                    s.phase(),
                    s.location(),
                    new X2.UnitOfMeasure(s.unit(), null)));
        }
        if (at != null) {
            out.add(new X2.MeterValue(at, group));
        }
        return out;
    }

    private static void check2x(MeterSample s, OcppVersion v) {
        boolean v21 = v == OcppVersion.V21;
        boolean measurand = v21
                ? dev.ocpkit.ocpp.v21.MeasurandEnum.fromValue(s.measurand()).isKnown()
                : dev.ocpkit.ocpp.v201.MeasurandEnum.fromValue(s.measurand()).isKnown();
        boolean phase = s.phase() == null
                || (v21
                        ? dev.ocpkit.ocpp.v21.PhaseEnum.fromValue(s.phase()).isKnown()
                        : dev.ocpkit.ocpp.v201.PhaseEnum.fromValue(s.phase()).isKnown());
        boolean context = s.context() == null
                || (v21
                        ? dev.ocpkit.ocpp.v21.ReadingContextEnum.fromValue(s.context())
                                .isKnown()
                        : dev.ocpkit.ocpp.v201.ReadingContextEnum.fromValue(s.context())
                                .isKnown());
        boolean location = s.location() == null
                || (v21
                        ? dev.ocpkit.ocpp.v21.LocationEnum.fromValue(s.location())
                                .isKnown()
                        : dev.ocpkit.ocpp.v201.LocationEnum.fromValue(s.location())
                                .isKnown());
        if (!measurand || !phase || !context || !location || s.unit().length() > 20) {
            throw new IllegalArgumentException("OCPP " + v.label() + " cannot express the sample " + s.measurand() + "/"
                    + s.phase() + "/" + s.context() + "/" + s.location() + " in " + s.unit());
        }
    }

    // ---------------------------------------------------------------- the energy register

    /** A total energy register reading in Wh with a context. */
    public static MeterSample register(Instant timestamp, BigDecimal wh, String context) {
        return new MeterSample(timestamp, EAIR, null, wh, WH, context, null);
    }

    /** Whether a sample is a total energy register reading of a context. */
    public static boolean isRegister(MeterSample s, String context) {
        return s.measurand().equals(EAIR) && s.phase() == null && context.equals(s.context());
    }

    /** The first ({@code last} false) or last total register reading of a context, in Wh; null when none. */
    public static @Nullable BigDecimal registerWh(List<MeterSample> samples, String context, boolean last) {
        BigDecimal found = null;
        for (MeterSample s : samples) {
            if (isRegister(s, context)) {
                BigDecimal wh = toWh(s);
                if (wh != null) {
                    if (!last) {
                        return wh;
                    }
                    found = wh;
                }
            }
        }
        return found;
    }

    private static @Nullable BigDecimal toWh(MeterSample s) {
        return switch (s.unit()) {
            case "Wh" -> s.value();
            case "kWh" -> s.value().movePointRight(3);
            default -> null;
        };
    }

    /** The latest timestamp of the samples, or null when there are none. */
    public static @Nullable Instant latest(List<MeterSample> samples) {
        Instant max = null;
        for (MeterSample s : samples) {
            if (max == null || s.timestamp().isAfter(max)) {
                max = s.timestamp();
            }
        }
        return max;
    }

    /** Whole Wh as OCPP 1.6 writes meterStart and meterStop. */
    public static int wholeWh(BigDecimal wh, String what) {
        Objects.requireNonNull(wh, what);
        try {
            return wh.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " does not fit an OCPP 1.6 integer: " + wh, e);
        }
    }
}
