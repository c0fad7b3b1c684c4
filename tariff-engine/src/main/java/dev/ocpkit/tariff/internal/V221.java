package dev.ocpkit.tariff.internal;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrDimension;
import dev.ocpkit.ocpi.model.v221.CdrDimensionType;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.ocpi.model.v221.DayOfWeek;
import dev.ocpkit.ocpi.model.v221.Price;
import dev.ocpkit.ocpi.model.v221.PriceComponent;
import dev.ocpkit.ocpi.model.v221.ReservationRestrictionType;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.TariffDimensionType;
import dev.ocpkit.ocpi.model.v221.TariffElement;
import dev.ocpkit.ocpi.model.v221.TariffRestrictions;
import dev.ocpkit.tariff.PricingOptions;
import dev.ocpkit.tariff.TariffException;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads OCPI 2.2.1 tariffs and CDRs into the neutral model, refusing what cannot be priced. */
public final class V221 {
    private static final EnumLookup<TariffDimensionType> TARIFF_DIMENSIONS =
            new EnumLookup<>(TariffDimensionType.class);
    private static final EnumLookup<CdrDimensionType> CDR_DIMENSIONS = new EnumLookup<>(CdrDimensionType.class);
    private static final EnumLookup<DayOfWeek> DAYS = new EnumLookup<>(DayOfWeek.class);

    private V221() {}

    /**
     * A tariff object and its neutral form. The 2.2.1 model is immutable all the way down (records, unmodifiable list
     * copies, Strings, BigDecimals) and the neutral form is a function of it, so a tariff priced again, the same
     * object, reuses the neutral form made the first time.
     */
    private static final class Converted {
        final WeakReference<Tariff> tariff;
        final NTariff neutral;

        Converted(Tariff tariff, NTariff neutral) {
            this.tariff = new WeakReference<>(tariff);
            this.neutral = neutral;
        }
    }

    /**
     * The last conversions, one per slot chosen by identity hash: a small direct-mapped cache keyed by object identity
     * (a tariff that equals another but is a different object is converted again). Holds the tariffs weakly. Slots
     * are written without locking: a Converted is immutable (final fields) and a lost write only costs a conversion.
     */
    private static final @Nullable Converted[] CONVERTED = new Converted[16];

    /** The neutral form of a 2.2.1 tariff (for the same object, the one made the last time, if still cached). */
    public static NTariff tariff(Tariff t) {
        int slot = System.identityHashCode(t) & (CONVERTED.length - 1);
        Converted c = CONVERTED[slot];
        if (c != null && c.tariff.get() == t) {
            return c.neutral;
        }
        NTariff n = convert(t);
        CONVERTED[slot] = new Converted(t, n);
        return n;
    }

    /** The neutral form of a 2.2.1 tariff, not cached (for tariffs converted from another version). */
    static NTariff convert(Tariff t) {
        String label = t.id() == null ? "(tariff without id)" : "\"" + t.id() + "\"";
        if (t.currency() == null || t.currency().isBlank()) {
            throw new TariffException(TariffException.Kind.INVALID_TARIFF, "tariff " + label + " has no currency");
        }
        if (t.elements().isEmpty()) {
            throw new TariffException(TariffException.Kind.NO_ELEMENTS, "tariff " + label + " has no elements");
        }
        List<String> notes = new ArrayList<>();
        List<NElement> elements = new ArrayList<>(t.elements().size());
        for (int i = 0; i < t.elements().size(); i++) {
            TariffElement e = t.elements().get(i);
            if (e == null || e.priceComponents().isEmpty()) {
                throw new TariffException(
                        TariffException.Kind.NO_ELEMENTS, Restrictions.where(label, i) + " has no price components");
            }
            List<NComponent> components = new ArrayList<>(e.priceComponents().size());
            for (int j = 0; j < e.priceComponents().size(); j++) {
                PriceComponent pc = e.priceComponents().get(j);
                components.add(component(pc, i, j, label, notes));
            }
            elements.add(new NElement(i, components, restrictions(e.restrictions(), label, i)));
        }
        NLimit min = limit(t.minPrice(), "min_price", label);
        NLimit max = limit(t.maxPrice(), "max_price", label);
        Restrictions.checkLimits(min, max, label);
        return new NTariff(t.id(), t.currency(), elements, min, max, t.startDateTime(), t.endDateTime(), notes);
    }

    private static NComponent component(@Nullable PriceComponent pc, int e, int c, String label, List<String> notes) {
        if (pc == null || pc.typeAsString() == null) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF, Restrictions.where(label, e, c) + " has no type");
        }
        Dim usual = usualDim(pc.typeAsString());
        if (usual != null) {
            return Restrictions.component(usual, pc.price(), pc.vat(), pc.stepSize(), e, c, label, notes);
        }
        TariffDimensionType type = TARIFF_DIMENSIONS.get(pc.typeAsString());
        Dim dim =
                switch (type == null ? TariffDimensionType.UNRECOGNIZED : type) {
                    case ENERGY -> Dim.ENERGY;
                    case FLAT -> Dim.FLAT;
                    case TIME -> Dim.TIME;
                    case PARKING_TIME -> Dim.PARKING_TIME;
                    case UNRECOGNIZED -> throw new TariffException(
                            TariffException.Kind.UNKNOWN_DIMENSION,
                            Restrictions.where(label, e, c) + " has the unknown type \"" + pc.typeAsString() + "\"");
                };
        return Restrictions.component(dim, pc.price(), pc.vat(), pc.stepSize(), e, c, label, notes);
    }

    /**
     * The four tariff dimension types told apart by length and one comparison (no hashing of the parsed string);
     * {@code null} for anything else. The same dimensions as the lookup in {@link #component}.
     */
    private static @Nullable Dim usualDim(String name) {
        return switch (name.length()) {
            case 6 -> name.equals("ENERGY") ? Dim.ENERGY : null;
            case 4 -> name.equals("TIME") ? Dim.TIME : name.equals("FLAT") ? Dim.FLAT : null;
            case 12 -> name.equals("PARKING_TIME") ? Dim.PARKING_TIME : null;
            default -> null;
        };
    }

    private static @Nullable NLimit limit(@Nullable Price p, String field, String label) {
        if (p == null) {
            return null;
        }
        if (p.exclVat() == null) {
            throw new TariffException(
                    TariffException.Kind.INVALID_TARIFF, "tariff " + label + " " + field + " has no excl_vat");
        }
        return new NLimit(p.exclVat(), p.inclVat());
    }

    /** Reads a 2.2.1 restriction set. */
    static NRestrictions restrictions(@Nullable TariffRestrictions r, String label, int element) {
        if (r == null) {
            return NRestrictions.NONE;
        }
        return Restrictions.build(
                r.startTime(),
                r.endTime(),
                r.startDate(),
                r.endDate(),
                r.minKwh(),
                r.maxKwh(),
                r.minCurrent(),
                r.maxCurrent(),
                r.minPower(),
                r.maxPower(),
                r.minDuration(),
                r.maxDuration(),
                days(r.dayOfWeekAsString(), label, element),
                reservation(r.reservationAsString(), label, element),
                label,
                element);
    }

    /**
     * The neutral session of a CDR. Each period is priced by the tariff its {@code tariff_id} names among
     * {@code tariffs} (the originals, in the same order as {@code neutral}); see {@link PricingOptions.UntaggedPeriods}
     * for periods without one.
     */
    public static NSession session(Cdr cdr, List<Tariff> tariffs, List<NTariff> neutral, PricingOptions options) {
        if (cdr.startDateTime() == null || cdr.endDateTime() == null) {
            throw new TariffException(
                    TariffException.Kind.MISSING_VALUE,
                    "the CDR has no " + (cdr.startDateTime() == null ? "start_date_time" : "end_date_time"));
        }
        List<ChargingPeriod> chargingPeriods = cdr.chargingPeriods();
        CdrPeriodInput input = new CdrPeriodInput(chargingPeriods.size());
        for (int i = 0; i < chargingPeriods.size(); i++) {
            ChargingPeriod cp = chargingPeriods.get(i);
            if (cp == null) {
                throw new TariffException(
                        TariffException.Kind.MISSING_VALUE, "charging period " + (i + 1) + " is null");
            }
            input.period(i, cp.startDateTime(), cp.tariffId());
            List<CdrDimension> dimensions = cp.dimensions();
            for (int k = 0; k < dimensions.size(); k++) { // by index: the model's lists are random access
                CdrDimension d = dimensions.get(k);
                if (d == null || d.typeAsString() == null) {
                    throw new TariffException(
                            TariffException.Kind.MISSING_VALUE,
                            "charging period " + (i + 1) + " has a dimension without type");
                }
                String name = d.typeAsString();
                CdrPeriodInput.Kind kind = usualKind(name);
                input.put(i, kind == null ? kind(name, i) : kind, name, d.volume());
            }
        }
        return CdrPeriodInput.session(
                cdr.startDateTime(), cdr.endDateTime(), cdr.currency(), input, ids(tariffs), neutral, options);
    }

    /**
     * The usual dimension types, told apart by length and one comparison (a {@code switch} on the string hashes it,
     * and the strings of a parsed CDR have not been hashed); {@code null} for the others. The same kinds as
     * {@link #kind}.
     */
    private static CdrPeriodInput.@Nullable Kind usualKind(String name) {
        return switch (name.length()) {
            case 6 -> name.equals("ENERGY") ? CdrPeriodInput.Kind.ENERGY : null;
            case 4 -> name.equals("TIME") ? CdrPeriodInput.Kind.TIME : null;
            case 12 -> name.equals("PARKING_TIME") ? CdrPeriodInput.Kind.PARKING_TIME : null;
            case 9 -> name.equals("MIN_POWER")
                    ? CdrPeriodInput.Kind.MIN_POWER
                    : name.equals("MAX_POWER") ? CdrPeriodInput.Kind.MAX_POWER : null;
            default -> null;
        };
    }

    private static CdrPeriodInput.Kind kind(String name, int period) {
        CdrDimensionType type = CDR_DIMENSIONS.get(name);
        return switch (type == null ? CdrDimensionType.UNRECOGNIZED : type) {
            case ENERGY -> CdrPeriodInput.Kind.ENERGY;
            case TIME -> CdrPeriodInput.Kind.TIME;
            case PARKING_TIME -> CdrPeriodInput.Kind.PARKING_TIME;
            case RESERVATION_TIME -> CdrPeriodInput.Kind.RESERVATION_TIME;
            case MIN_POWER -> CdrPeriodInput.Kind.MIN_POWER;
            case MAX_POWER -> CdrPeriodInput.Kind.MAX_POWER;
            case POWER -> CdrPeriodInput.Kind.POWER;
            case MIN_CURRENT -> CdrPeriodInput.Kind.MIN_CURRENT;
            case MAX_CURRENT -> CdrPeriodInput.Kind.MAX_CURRENT;
            case CURRENT -> CdrPeriodInput.Kind.CURRENT;
            case ENERGY_IMPORT, ENERGY_EXPORT, STATE_OF_CHARGE -> CdrPeriodInput.Kind.IGNORED;
            case UNRECOGNIZED -> throw new TariffException(
                    TariffException.Kind.UNKNOWN_DIMENSION,
                    "charging period " + (period + 1) + " has the unknown dimension type \"" + name + "\"");
        };
    }

    static List<@Nullable String> ids(List<Tariff> tariffs) {
        List<@Nullable String> ids = new ArrayList<>(tariffs.size());
        for (Tariff t : tariffs) {
            ids.add(t.id());
        }
        return ids;
    }

    /** Days of the week of a 2.2.1 restriction. */
    static Set<java.time.DayOfWeek> days(List<String> raw, String label, int element) {
        if (raw.isEmpty()) {
            return Set.of();
        }
        EnumSet<java.time.DayOfWeek> set = EnumSet.noneOf(java.time.DayOfWeek.class);
        for (String s : raw) {
            DayOfWeek d = DAYS.get(s);
            if (d == null || d == DayOfWeek.UNRECOGNIZED) {
                throw new TariffException(
                        TariffException.Kind.INVALID_TARIFF,
                        Restrictions.where(label, element) + " has the unknown day_of_week \"" + s + "\"");
            }
            set.add(java.time.DayOfWeek.valueOf(d.name()));
        }
        return set;
    }

    static ReservationKind reservation(@Nullable String raw, String label, int element) {
        if (raw == null) {
            return ReservationKind.NONE;
        }
        ReservationRestrictionType r = ReservationRestrictionType.fromValue(raw);
        if (r == ReservationRestrictionType.RESERVATION) {
            return ReservationKind.RESERVATION;
        }
        if (r == ReservationRestrictionType.RESERVATION_EXPIRES) {
            return ReservationKind.RESERVATION_EXPIRES;
        }
        throw new TariffException(
                TariffException.Kind.INVALID_TARIFF,
                Restrictions.where(label, element) + " has the unknown reservation restriction \"" + raw + "\"");
    }

    static BigDecimal nonNull(@Nullable BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
