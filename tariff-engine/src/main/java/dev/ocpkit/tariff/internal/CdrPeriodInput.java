package dev.ocpkit.tariff.internal;

import dev.ocpkit.tariff.PricingOptions;
import dev.ocpkit.tariff.TariffException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dimensions of a CDR's charging periods, any OCPI version, before they become {@link NPeriod}s: all periods in a
 * few arrays (not an object per period). Filled by one reader, then read once by {@link #session}; not thread-safe.
 */
public final class CdrPeriodInput {
    /** The dimensions the engine reads. */
    public enum Kind {
        ENERGY(true),
        TIME(true),
        PARKING_TIME(true),
        RESERVATION_TIME(true),
        MIN_POWER(false),
        MAX_POWER(false),
        POWER(false),
        MIN_CURRENT(false),
        MAX_CURRENT(false),
        CURRENT(false),
        IGNORED(false);

        final boolean quantity;

        Kind(boolean quantity) {
            this.quantity = quantity;
        }
    }

    private static final int KINDS = Kind.values().length;

    private final int count;
    private final @Nullable Instant[] starts;
    private final @Nullable String[] tariffIds;
    /** Period {@code i}'s value of kind {@code k} at {@code i * KINDS + k.ordinal()}; {@code null}: absent. */
    private final @Nullable BigDecimal[] values;

    /** Room for the dimensions of {@code count} charging periods. */
    public CdrPeriodInput(int count) {
        this.count = count;
        this.starts = new Instant[count];
        this.tariffIds = new String[count];
        this.values = new BigDecimal[count * KINDS];
    }

    /** Records period {@code i}'s start and tariff id. */
    public void period(int i, @Nullable Instant start, @Nullable String tariffId) {
        starts[i] = start;
        tariffIds[i] = tariffId;
    }

    /** Records a dimension of period {@code i}; {@code name} is its JSON type for messages. */
    public void put(int i, Kind kind, String name, @Nullable BigDecimal volume) {
        if (volume == null) {
            throw new TariffException(TariffException.Kind.MISSING_VALUE, where(i, name) + " has no volume");
        }
        if (kind == Kind.IGNORED) {
            return;
        }
        if (kind.quantity && volume.signum() < 0) {
            throw new TariffException(
                    TariffException.Kind.NEGATIVE_VOLUME, where(i, name) + " has a negative volume: " + volume);
        }
        int at = i * KINDS + kind.ordinal();
        if (values[at] != null) {
            throw new TariffException(
                    TariffException.Kind.INVALID_SESSION,
                    "charging period " + (i + 1) + " has the dimension " + name + " more than once");
        }
        values[at] = volume;
    }

    private static String where(int i, String dimension) {
        return "charging period " + (i + 1) + " dimension " + dimension;
    }

    private BigDecimal q(int i, Kind k) {
        BigDecimal v = values[i * KINDS + k.ordinal()];
        return v == null ? BigDecimal.ZERO : v;
    }

    private @Nullable BigDecimal m(int i, Kind k) {
        return values[i * KINDS + k.ordinal()];
    }

    private static final BigDecimal HALF_HOUR_S = BigDecimal.valueOf(1800);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** Half a unit of the last digit of hours written with {@code decimals} decimals, in seconds, at most 60. */
    private static final BigDecimal[] TOLERANCES = new BigDecimal[19];

    static {
        for (int d = 0; d < TOLERANCES.length; d++) {
            TOLERANCES[d] = computeTolerance(d);
        }
    }

    private static BigDecimal tolerance(int decimals) {
        return decimals < TOLERANCES.length ? TOLERANCES[decimals] : computeTolerance(decimals);
    }

    private static BigDecimal computeTolerance(int decimals) {
        BigDecimal t = BigDecimal.ONE.movePointLeft(decimals).multiply(HALF_HOUR_S);
        return t.compareTo(SIXTY) > 0 ? SIXTY : t;
    }

    static BigDecimal wallSeconds(Instant from, Instant to) {
        if (from.getNano() == to.getNano()) {
            // whole seconds: what the general path gives (the plain number of seconds, scale 0), without the
            // Duration, the two stripTrailingZeros and the setScale
            return BigDecimal.valueOf(Math.subtractExact(to.getEpochSecond(), from.getEpochSecond()));
        }
        Duration d = Duration.between(from, to);
        BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return s.signum() == 0
                ? BigDecimal.ZERO
                : s.stripTrailingZeros()
                        .setScale(Math.max(0, s.stripTrailingZeros().scale()));
    }

    /**
     * The seconds from {@code from} to {@code to} (not before it), truncated to the millisecond, scale 3: {@code
     * Duration.between(from, to).toMillis()} moved 3 places left, without its overflow for spans of more than 292
     * million years.
     */
    static BigDecimal wallMillis(Instant from, Instant to) {
        long seconds = Pricer.elapsedSeconds(from, to);
        int nanos = to.getNano() - from.getNano();
        if (nanos < 0) {
            nanos += 1_000_000_000;
        }
        return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos / 1_000_000, 3));
    }

    /**
     * Hours to seconds, read to the millisecond ({@code hours x 3600}, rounded half up to 3 decimals when it has more,
     * {@code snapped[0]} set when that changes it), trailing zeros kept: for hours with at most 3 decimals exactly
     * {@code hours x 3600}. {@link #stripped} gives the seconds the engine keeps.
     */
    private static BigDecimal unstripped(BigDecimal hours, boolean[] snapped) {
        if (hours.signum() == 0) {
            return BigDecimal.ZERO; // what the lines below give for any zero
        }
        BigDecimal s = hours.multiply(Money.B3600);
        if (s.scale() > 3) {
            BigDecimal r = s.setScale(3, RoundingMode.HALF_UP);
            if (r.compareTo(s) != 0) {
                snapped[0] = true;
            }
            s = r;
        }
        return s;
    }

    /** Seconds from {@link #unstripped} without trailing zeros ({@code ZERO} for any zero). */
    private static BigDecimal stripped(BigDecimal s) {
        return s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros();
    }

    /**
     * Builds the session of a CDR. {@code tariffIds} and {@code tariffs} are parallel: the id each given tariff has and
     * its neutral form.
     */
    public static NSession session(
            Instant start,
            Instant end,
            @Nullable String currency,
            CdrPeriodInput input,
            List<@Nullable String> tariffIds,
            List<NTariff> tariffs,
            PricingOptions options) {
        if (end.isBefore(start)) {
            throw new TariffException(
                    TariffException.Kind.PERIODS_OUT_OF_ORDER,
                    "the session ends (" + end + ") before it starts (" + start + ")");
        }
        if (input.count == 0) {
            throw new TariffException(TariffException.Kind.INVALID_SESSION, "the CDR has no charging periods");
        }
        if (tariffs.isEmpty()) {
            throw new TariffException(TariffException.Kind.UNKNOWN_TARIFF, "no tariff was given");
        }
        String cur = currency;
        for (NTariff t : tariffs) {
            if (cur == null) {
                cur = t.currency();
            } else if (!cur.equalsIgnoreCase(t.currency())) {
                throw new TariffException(
                        TariffException.Kind.CURRENCY_MISMATCH,
                        (currency == null ? "the tariffs use " : "the CDR is in ") + cur + " but tariff " + t.label()
                                + " is in " + t.currency());
            }
        }
        List<String> notes = new ArrayList<>();
        boolean[] snapped = {false};
        List<NPeriod> periods = new ArrayList<>(input.count);
        boolean anyReservation = false;
        boolean anyCharging = false;
        for (int i = 0; i < input.count; i++) {
            Instant pStart = input.starts[i];
            if (pStart == null) {
                throw new TariffException(TariffException.Kind.MISSING_VALUE, period(i) + " has no start_date_time");
            }
            if (pStart.isBefore(start)) {
                throw new TariffException(
                        TariffException.Kind.PERIODS_OUT_OF_ORDER,
                        period(i) + " starts at " + pStart + ", before the session starts at " + start);
            }
            if (pStart.isAfter(end)) {
                throw new TariffException(
                        TariffException.Kind.PERIODS_OUT_OF_ORDER,
                        period(i) + " starts at " + pStart + ", after the session ends at " + end);
            }
            if (i > 0 && pStart.isBefore(Objects.requireNonNull(input.starts[i - 1]))) {
                throw new TariffException(
                        TariffException.Kind.PERIODS_OUT_OF_ORDER,
                        period(i) + " starts at " + pStart + ", before period " + i + " (" + input.starts[i - 1] + ")");
            }
            Instant pEnd = i + 1 < input.count && input.starts[i + 1] != null ? input.starts[i + 1] : end;
            BigDecimal energy = input.q(i, Kind.ENERGY);
            // unstripped until it is known which are replaced by the period's length (stripping is not for free)
            BigDecimal charging = unstripped(input.q(i, Kind.TIME), snapped);
            BigDecimal parking = unstripped(input.q(i, Kind.PARKING_TIME), snapped);
            BigDecimal reserved = unstripped(input.q(i, Kind.RESERVATION_TIME), snapped);
            // the one time dimension replaced by the exact length from the timestamps: the time dimensions then add up
            // to the period's length, and the check below cannot find more
            boolean timeIsLength = false;
            if (options.timeVolumes() == PricingOptions.TimeVolumes.FROM_TIMESTAMPS_WHEN_CONSISTENT && pEnd != null) {
                int present = (charging.signum() > 0 ? 1 : 0)
                        + (parking.signum() > 0 ? 1 : 0)
                        + (reserved.signum() > 0 ? 1 : 0);
                if (present == 1) {
                    Kind k = charging.signum() > 0
                            ? Kind.TIME
                            : parking.signum() > 0 ? Kind.PARKING_TIME : Kind.RESERVATION_TIME;
                    BigDecimal hours = input.q(i, k);
                    BigDecimal wall = wallSeconds(pStart, pEnd);
                    BigDecimal tolerance = tolerance(Math.max(hours.scale(), 0));
                    BigDecimal given = k == Kind.TIME ? charging : k == Kind.PARKING_TIME ? parking : reserved;
                    // hours x 3600 (what unstripped gave, unless it rounded to the millisecond)
                    BigDecimal asGiven = hours.scale() <= 3 ? given : hours.multiply(Money.B3600);
                    // equal: within any tolerance (it is positive), the usual case, without the subtraction
                    if (asGiven.compareTo(wall) == 0
                            || asGiven.subtract(wall).abs().compareTo(tolerance) <= 0) {
                        if (asGiven.compareTo(wall) != 0) {
                            notes.add(period(i) + ": " + k + " " + hours.toPlainString() + " h is the period's length "
                                    + "written to " + Math.max(hours.scale(), 0) + " decimals; its exact length "
                                    + wall.toPlainString() + " s is used");
                        }
                        timeIsLength = true;
                        if (k == Kind.TIME) {
                            charging = wall;
                        } else if (k == Kind.PARKING_TIME) {
                            parking = wall;
                        } else {
                            reserved = wall;
                        }
                    }
                }
            }
            if (!timeIsLength) {
                charging = stripped(charging);
                parking = stripped(parking);
                reserved = stripped(reserved);
            } else {
                // the other two are zero (one dimension was present); ZERO as seconds() gives it
                charging = charging.signum() == 0 ? BigDecimal.ZERO : charging;
                parking = parking.signum() == 0 ? BigDecimal.ZERO : parking;
                reserved = reserved.signum() == 0 ? BigDecimal.ZERO : reserved;
            }
            boolean reservation = input.m(i, Kind.RESERVATION_TIME) != null;
            if (reservation && (energy.signum() > 0 || charging.signum() > 0 || parking.signum() > 0)) {
                throw new TariffException(
                        TariffException.Kind.INVALID_SESSION,
                        period(i)
                                + " mixes RESERVATION_TIME with charging or parking; a reservation needs its own period");
            }
            anyReservation |= reservation;
            anyCharging |= !reservation;
            if (!timeIsLength && pEnd != null && !pEnd.isBefore(pStart)) {
                BigDecimal wall = wallMillis(pStart, pEnd);
                BigDecimal used = charging.add(parking).add(reserved);
                if (used.subtract(wall).compareTo(BigDecimal.ONE) > 0) {
                    notes.add(period(i) + " has " + used.stripTrailingZeros().toPlainString()
                            + " s of time dimensions but lasts "
                            + wall.stripTrailingZeros().toPlainString() + " s; the dimensions are priced as given");
                }
            }
            NTariff tariff = resolve(input.tariffIds[i], i, tariffIds, tariffs, options);
            periods.add(new NPeriod(
                    i,
                    pStart,
                    pEnd == null ? end : pEnd,
                    tariff,
                    input.tariffIds[i],
                    reservation,
                    energy,
                    charging,
                    parking,
                    reserved,
                    input.m(i, Kind.MIN_POWER),
                    input.m(i, Kind.MAX_POWER),
                    input.m(i, Kind.POWER),
                    input.m(i, Kind.MIN_CURRENT),
                    input.m(i, Kind.MAX_CURRENT),
                    input.m(i, Kind.CURRENT)));
        }
        if (snapped[0]) {
            notes.add("time volumes were read to the millisecond (hours times 3600, rounded half up)");
        }
        NTariff limitTariff = null;
        for (NPeriod p : periods) {
            if (p.tariff() != null) {
                limitTariff = p.tariff();
                break;
            }
        }
        for (int i = 0; i < tariffs.size(); i++) {
            if (!tariffs.get(i).notes().isEmpty()) {
                notes.addAll(tariffs.get(i).notes());
            }
        }
        return new NSession(
                start, end, periods, Objects.requireNonNull(cur), anyReservation && !anyCharging, limitTariff, notes);
    }

    /** How messages name a charging period ({@code i} 0-based). */
    private static String period(int i) {
        return "charging period " + (i + 1);
    }

    private static @Nullable NTariff resolve(
            @Nullable String tariffId,
            int period,
            List<@Nullable String> ids,
            List<NTariff> tariffs,
            PricingOptions options) {
        if (tariffId == null) {
            if (options.untaggedPeriods() == PricingOptions.UntaggedPeriods.FREE) {
                return null;
            }
            if (tariffs.size() == 1) {
                return tariffs.get(0);
            }
            throw new TariffException(
                    TariffException.Kind.UNKNOWN_TARIFF,
                    period(period) + " has no tariff_id and " + tariffs.size()
                            + " tariffs were given: which one applies is" + " not known");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (tariffId.equalsIgnoreCase(ids.get(i))) {
                return tariffs.get(i);
            }
        }
        throw new TariffException(
                TariffException.Kind.UNKNOWN_TARIFF,
                period(period) + " names tariff_id \"" + tariffId + "\" but the given tariffs are " + ids);
    }
}
