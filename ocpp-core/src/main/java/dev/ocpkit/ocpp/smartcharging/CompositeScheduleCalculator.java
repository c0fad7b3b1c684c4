package dev.ocpkit.ocpp.smartcharging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes the composite schedule of an EVSE (or of the whole station) from the installed charging profiles: the
 * limits a station actually applies over a window, as GetCompositeSchedule reports them. A station uses it to answer
 * GetCompositeSchedule and to drive its power electronics; a CSMS uses it to predict what a station will do with the
 * profiles it installed.
 *
 * <pre>{@code
 * CompositeScheduleCalculator calc = CompositeScheduleCalculator.builder()
 *     .evseMaxRate(ChargingRate.amps("32"))          // what the hardware allows
 *     .build();
 * CompositeSchedule s = calc.calculate(CompositeScheduleRequest.builder()
 *     .evseId(1).scheduleStart(Instant.now()).duration(3600).chargingRateUnit(ChargingRateUnit.W)
 *     .profiles(registry.profiles())
 *     .transactions(List.of(new ActiveTransaction(1, "42", startedAt)))
 *     .build());
 * }</pre>
 *
 * <p><b>The rules</b> (OCPP 1.6 section 3.13 and OCPP 2.0.1 / 2.1 Part 2, block K, in the form the tests cite):
 *
 * <ol>
 *   <li><b>Validity.</b> A profile applies from {@code validFrom} (inclusive; none: always) until {@code validTo}
 *       (exclusive; none: forever).
 *   <li><b>Start of a schedule.</b> {@link ChargingProfileKind#ABSOLUTE}: at {@code startSchedule}; when absent (OCPP
 *       1.6 allows it) at the start of the transaction, or of the window when the EVSE has none.
 *       {@link ChargingProfileKind#RELATIVE}: at the start of the EVSE's transaction; without one at the start of the
 *       window (what a transaction starting then would get). {@link ChargingProfileKind#RECURRING}: at
 *       {@code startSchedule + k x 24 h} ({@link RecurrencyKind#DAILY}) or {@code + k x 7 x 24 h}
 *       ({@link RecurrencyKind#WEEKLY}) for {@code k >= 0}: nothing before {@code startSchedule}, and each recurrence
 *       ends where the next begins. {@link ChargingProfileKind#DYNAMIC} (2.1) as absolute.
 *   <li><b>Periods and duration.</b> A period lasts from its {@code startPeriod} until the next period's; the last
 *       until the schedule's {@code duration} ends (none: indefinitely, or until the next recurrence). Before the
 *       first {@code startPeriod} and after the duration, the profile sets no limit. A 2.1 period without
 *       {@code limit} (a setpoint only) sets no limit.
 *   <li><b>Stack levels.</b> Per purpose, at each instant the profile with the highest {@code stackLevel} among those
 *       that set a limit at that instant wins: when a higher profile is not yet or no longer valid, or its schedule
 *       has ended, the next lower one applies. At equal stack levels (which the specifications forbid on one EVSE)
 *       a profile of the EVSE wins over one of EVSE 0, then the higher profile id.
 *   <li><b>TxProfile over TxDefaultProfile.</b> A {@link ChargingProfilePurpose#TX_PROFILE} applies only on the
 *       EVSE it was installed on, only while a transaction runs there, and only to that transaction (its
 *       {@code transactionId} equals the running one, or is absent as OCPP 1.6 allows). Wherever a TxProfile sets a
 *       limit it overrides every {@link ChargingProfilePurpose#TX_DEFAULT_PROFILE}.
 *   <li><b>EVSE 0 and specific EVSEs.</b> TxDefaultProfiles installed on EVSE 0 apply to every EVSE and are stacked
 *       together with those of the EVSE (rule 4 decides ties). A
 *       {@link ChargingProfilePurpose#CHARGING_STATION_MAX_PROFILE} counts only when installed on EVSE 0.
 *   <li><b>Caps.</b> The limit of an EVSE is the lowest of: the EVSE's hardware maximum ({@link
 *       Builder#evseMaxRate}), the winning ChargingStationMaxProfile (1.6 ChargePointMaxProfile), the winning
 *       {@link ChargingProfilePurpose#CHARGING_STATION_EXTERNAL_CONSTRAINTS} of EVSE 0 and of the EVSE, and the
 *       Tx/TxDefault limit of rule 5.
 *   <li><b>Units and phases.</b> The phases in use at an instant are the fewest {@code numberPhases} among the limits
 *       that apply (absent: {@link Builder#defaultNumberPhases}, 3 unless set). Every limit is converted to the unit
 *       asked for with those phases and the nominal voltage ({@link Builder#nominalVoltage}, 230 V unless set), as
 *       {@link ChargingRate} describes (W to A rounded down to 0.1 A).
 *   <li><b>minChargingRate.</b> When the winning Tx/TxDefault schedule has a {@code minChargingRate} and the limit is
 *       above 0 but below it, the EV cannot charge efficiently: the limit becomes 0 (switch off with
 *       {@link Builder#pauseBelowMinChargingRate}).
 *   <li><b>EVSE 0.</b> The composite schedule of the grid connection is the sum of the EVSEs' limits (rules 1 to 9;
 *       in A the currents per phase are added, assuming they may all load the same phase; in W the powers), capped
 *       by the station-level limits (ChargingStationMaxProfile, external constraints of EVSE 0); its phases are the
 *       most any EVSE uses.
 *   <li><b>Result.</b> Periods over the window, in whole seconds from its start, in the unit asked for ({@link
 *       Builder#defaultUnit} when none), each with the phases in use; consecutive equal periods are merged.
 * </ol>
 *
 * <p><b>Not combined:</b> OCPP 2.1 {@code PriorityCharging} and {@code LocalGeneration} profiles, per-phase limits
 * ({@code limit_L2}, {@code limit_L3}), setpoints and discharge limits, {@code useLocalTime} and
 * {@code randomizedDelay}; only the first schedule of a 2.x profile with several (the others are for ISO 15118
 * negotiation) is used.
 *
 * <p>Immutable and thread-safe; a calculation is a pure function of its request.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 3.13 (Smart
 *     Charging) and 5.7 GetCompositeSchedule; OCPP 2.0.1 and 2.1 Part 2, K (Smart Charging), K08</a>
 * @since 0.1
 */
public final class CompositeScheduleCalculator {
    private static final long DAY = 86_400L;
    private static final long WEEK = 7 * DAY;

    private final BigDecimal voltage;
    private final int defaultPhases;
    private final ChargingRate evseMaxRate;
    private final boolean pauseBelowMinChargingRate;
    private final ChargingRateUnit defaultUnit;

    private CompositeScheduleCalculator(Builder b) {
        this.voltage = b.nominalVoltage;
        this.defaultPhases = b.defaultNumberPhases;
        this.evseMaxRate = b.evseMaxRate;
        this.pauseBelowMinChargingRate = b.pauseBelowMinChargingRate;
        this.defaultUnit = b.defaultUnit;
    }

    /** A calculator with the defaults of {@link Builder}. */
    public static CompositeScheduleCalculator create() {
        return builder().build();
    }

    /** A builder with the defaults: 230 V, 3 phases, 32 A per EVSE, pause below minChargingRate, unit A. */
    public static Builder builder() {
        return new Builder();
    }

    /** The nominal phase-to-neutral voltage used to convert between A and W. */
    public BigDecimal nominalVoltage() {
        return voltage;
    }

    /** The number of phases assumed where a period does not say. */
    public int defaultNumberPhases() {
        return defaultPhases;
    }

    /** The hardware maximum of each EVSE, the limit where no profile limits. */
    public ChargingRate evseMaxRate() {
        return evseMaxRate;
    }

    /**
     * Computes the composite schedule (see the rules in the class documentation).
     *
     * @param request the EVSE, window, unit and the station's profiles and transactions
     * @return the schedule over the window: starting at the request's start truncated to the second, lasting its
     *     duration, with at least one period
     */
    public CompositeSchedule calculate(CompositeScheduleRequest request) {
        Objects.requireNonNull(request, "request");
        long ws = request.scheduleStart().getEpochSecond();
        long we = ws + request.duration();
        ChargingRateUnit unit = request.chargingRateUnit() != null ? request.chargingRateUnit() : defaultUnit;
        Map<Integer, ActiveTransaction> txByEvse = new HashMap<>();
        for (ActiveTransaction t : request.transactions()) {
            txByEvse.put(t.evseId(), t);
        }

        TreeSet<Long> cuts = new TreeSet<>();
        cuts.add(ws);
        List<Seg> stationMax = new ArrayList<>();
        List<Seg> external0 = new ArrayList<>();
        for (InstalledChargingProfile ip : request.profiles()) {
            if (ip.evseId() != 0) {
                continue;
            }
            ChargingProfilePurpose purpose = ip.profile().chargingProfilePurpose();
            if (purpose == ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE) {
                stationMax.addAll(segments(ip, ws, we, null, cuts));
            } else if (purpose == ChargingProfilePurpose.CHARGING_STATION_EXTERNAL_CONSTRAINTS) {
                external0.addAll(segments(ip, ws, we, null, cuts));
            }
        }

        List<Evse> evses = new ArrayList<>();
        if (request.evseId() > 0) {
            evses.add(evse(request.evseId(), request, txByEvse.get(request.evseId()), ws, we, cuts));
        } else {
            for (int id = 1; id <= evseCount(request); id++) {
                evses.add(evse(id, request, txByEvse.get(id), ws, we, cuts));
            }
        }

        List<ChargingSchedulePeriod> periods = new ArrayList<>();
        BigDecimal lastValue = null;
        int lastPhases = 0;
        for (long t : cuts) {
            if (t >= we) {
                break;
            }
            Rate r;
            if (request.evseId() > 0) {
                r = evseRate(evses.get(0), stationMax, external0, t, unit);
            } else {
                r = stationRate(evses, stationMax, external0, t, unit);
            }
            BigDecimal value = r.value.setScale(1, RoundingMode.DOWN);
            if (lastValue != null && lastValue.compareTo(value) == 0 && lastPhases == r.phases) {
                continue;
            }
            periods.add(ChargingSchedulePeriod.of((int) (t - ws), value, r.phases));
            lastValue = value;
            lastPhases = r.phases;
        }
        return new CompositeSchedule(request.evseId(), Instant.ofEpochSecond(ws), request.duration(), unit, periods);
    }

    // ---------------------------------------------------------------- combining

    /** A limit in a unit with the phases it assumes. */
    private record Rate(BigDecimal value, ChargingRateUnit unit, int phases) {}

    /** One stretch of time in which one period of one profile sets a limit. */
    private record Seg(
            long from, long to, int stackLevel, boolean evseSpecific, int profileId, Rate rate, @Nullable Rate min) {}

    /** The profiles that matter for one EVSE, by role. */
    private record Evse(int id, List<Seg> external, List<Seg> tx, List<Seg> txDefault) {}

    private Evse evse(
            int id,
            CompositeScheduleRequest request,
            @Nullable ActiveTransaction tx,
            long ws,
            long we,
            TreeSet<Long> cuts) {
        List<Seg> external = new ArrayList<>();
        List<Seg> txSegs = new ArrayList<>();
        List<Seg> txDefault = new ArrayList<>();
        Long txStart = tx == null ? null : tx.startedAt().getEpochSecond();
        for (InstalledChargingProfile ip : request.profiles()) {
            ChargingProfile p = ip.profile();
            switch (p.chargingProfilePurpose()) {
                case TX_DEFAULT_PROFILE -> {
                    if (ip.evseId() == 0 || ip.evseId() == id) {
                        txDefault.addAll(segments(ip, ws, we, txStart, cuts));
                    }
                }
                case TX_PROFILE -> {
                    if (ip.evseId() == id
                            && tx != null
                            && (p.transactionId() == null || p.transactionId().equals(tx.transactionId()))) {
                        txSegs.addAll(segments(ip, ws, we, txStart, cuts));
                    }
                }
                case CHARGING_STATION_EXTERNAL_CONSTRAINTS -> {
                    if (ip.evseId() == id) {
                        external.addAll(segments(ip, ws, we, txStart, cuts));
                    }
                }
                default -> {
                    // station-level purposes are collected by the caller; 2.1 PriorityCharging and LocalGeneration
                    // are not combined (see the class documentation)
                }
            }
        }
        return new Evse(id, external, txSegs, txDefault);
    }

    private Rate evseRate(Evse e, List<Seg> stationMax, List<Seg> external0, long t, ChargingRateUnit unit) {
        List<Rate> limits = new ArrayList<>(5);
        limits.add(new Rate(evseMaxRate.value(), evseMaxRate.unit(), defaultPhases));
        addWinner(limits, stationMax, t);
        addWinner(limits, external0, t);
        addWinner(limits, e.external, t);
        Seg tx = winner(e.tx, t);
        if (tx == null) {
            tx = winner(e.txDefault, t);
        }
        if (tx != null) {
            limits.add(tx.rate);
        }
        int phases = 3;
        for (Rate r : limits) {
            phases = Math.min(phases, r.phases);
        }
        BigDecimal value = null;
        for (Rate r : limits) {
            BigDecimal v = ChargingRate.convert(r.value, r.unit, unit, phases, voltage);
            value = value == null ? v : value.min(v);
        }
        if (pauseBelowMinChargingRate && tx != null && tx.min != null && value.signum() > 0) {
            BigDecimal min = ChargingRate.convert(tx.min.value, tx.min.unit, unit, phases, voltage);
            if (value.compareTo(min) < 0) {
                value = BigDecimal.ZERO;
            }
        }
        return new Rate(value, unit, phases);
    }

    private Rate stationRate(List<Evse> evses, List<Seg> stationMax, List<Seg> external0, long t, ChargingRateUnit u) {
        BigDecimal sum = BigDecimal.ZERO;
        int phases = 1;
        for (Evse e : evses) {
            Rate r = evseRate(e, stationMax, external0, t, u);
            sum = sum.add(r.value);
            phases = Math.max(phases, r.phases);
        }
        List<Rate> caps = new ArrayList<>(2);
        addWinner(caps, stationMax, t);
        addWinner(caps, external0, t);
        for (Rate cap : caps) {
            sum = sum.min(ChargingRate.convert(cap.value, cap.unit, u, phases, voltage));
        }
        return new Rate(sum, u, phases);
    }

    private static void addWinner(List<Rate> limits, List<Seg> segs, long t) {
        Seg w = winner(segs, t);
        if (w != null) {
            limits.add(w.rate);
        }
    }

    /** Rule 4: the highest stack level among the segments covering {@code t}. */
    private static @Nullable Seg winner(List<Seg> segs, long t) {
        Seg best = null;
        for (Seg s : segs) {
            if (s.from <= t && t < s.to && (best == null || beats(s, best))) {
                best = s;
            }
        }
        return best;
    }

    private static boolean beats(Seg a, Seg b) {
        if (a.stackLevel != b.stackLevel) {
            return a.stackLevel > b.stackLevel;
        }
        if (a.evseSpecific != b.evseSpecific) {
            return a.evseSpecific;
        }
        return a.profileId > b.profileId;
    }

    private static int evseCount(CompositeScheduleRequest request) {
        if (request.evseCount() > 0) {
            return request.evseCount();
        }
        int max = 1;
        for (InstalledChargingProfile p : request.profiles()) {
            max = Math.max(max, p.evseId());
        }
        for (ActiveTransaction t : request.transactions()) {
            max = Math.max(max, t.evseId());
        }
        return max;
    }

    // ---------------------------------------------------------------- one profile on the time line

    /**
     * Rules 1 to 3: the stretches of the window in which the profile's periods set a limit. Every boundary inside the
     * window is added to {@code cuts}.
     */
    private List<Seg> segments(
            InstalledChargingProfile ip, long ws, long we, @Nullable Long txStart, TreeSet<Long> cuts) {
        ChargingProfile p = ip.profile();
        ChargingSchedule s = p.schedule();
        if (s.chargingRateUnit() == ChargingRateUnit.UNKNOWN) {
            return List.of();
        }
        long lo = Math.max(
                ws, p.validFrom() == null ? Long.MIN_VALUE : p.validFrom().getEpochSecond());
        long hi =
                Math.min(we, p.validTo() == null ? Long.MAX_VALUE : p.validTo().getEpochSecond());
        if (lo >= hi) {
            return List.of();
        }
        long fallback = txStart != null ? txStart : ws;
        Long startSchedule =
                s.startSchedule() == null ? null : s.startSchedule().getEpochSecond();
        List<long[]> occurrences = new ArrayList<>();
        switch (p.chargingProfileKind()) {
            case ABSOLUTE, DYNAMIC -> occurrences.add(
                    new long[] {startSchedule != null ? startSchedule : fallback, Long.MAX_VALUE});
            case RELATIVE -> occurrences.add(new long[] {fallback, Long.MAX_VALUE});
            case RECURRING -> {
                long every;
                if (p.recurrencyKind() == RecurrencyKind.DAILY) {
                    every = DAY;
                } else if (p.recurrencyKind() == RecurrencyKind.WEEKLY) {
                    every = WEEK;
                } else {
                    return List.of();
                }
                long first = startSchedule != null ? startSchedule : fallback;
                long k = lo > first ? (lo - first) / every : 0;
                for (long a = first + k * every; a < hi; a += every) {
                    occurrences.add(new long[] {a, a + every});
                }
            }
            default -> {
                return List.of();
            }
        }
        List<ChargingSchedulePeriod> periods = s.chargingSchedulePeriod();
        Rate min = s.minChargingRate() == null
                ? null
                : new Rate(s.minChargingRate(), s.chargingRateUnit(), phasesOf(periods.get(0)));
        List<Seg> out = new ArrayList<>();
        for (long[] occ : occurrences) {
            long anchor = occ[0];
            long end = occ[1];
            if (s.duration() != null) {
                end = Math.min(end, anchor + s.duration());
            }
            for (int i = 0; i < periods.size(); i++) {
                ChargingSchedulePeriod period = periods.get(i);
                if (period.limit() == null) {
                    continue;
                }
                long ps = anchor + period.startPeriod();
                long pe = i + 1 < periods.size() ? anchor + periods.get(i + 1).startPeriod() : end;
                long from = Math.max(ps, lo);
                long to = Math.min(Math.min(pe, end), hi);
                if (from >= to) {
                    continue;
                }
                cuts.add(from);
                cuts.add(to);
                out.add(new Seg(
                        from,
                        to,
                        p.stackLevel(),
                        ip.evseId() != 0,
                        p.id(),
                        new Rate(period.limit(), s.chargingRateUnit(), phasesOf(period)),
                        min == null ? null : new Rate(min.value, min.unit, phasesOf(period))));
            }
        }
        return out;
    }

    private int phasesOf(ChargingSchedulePeriod period) {
        return period.numberPhases() != null ? period.numberPhases() : defaultPhases;
    }

    /** Builds a {@link CompositeScheduleCalculator}; not thread-safe. */
    public static final class Builder {
        private BigDecimal nominalVoltage = ChargingRate.DEFAULT_VOLTAGE;
        private int defaultNumberPhases = 3;
        private ChargingRate evseMaxRate = ChargingRate.amps("32");
        private boolean pauseBelowMinChargingRate = true;
        private ChargingRateUnit defaultUnit = ChargingRateUnit.A;

        private Builder() {}

        /**
         * The nominal phase-to-neutral voltage for converting between A and W; default 230 V.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder nominalVoltage(BigDecimal nominalVoltage) {
            Objects.requireNonNull(nominalVoltage, "nominalVoltage");
            if (nominalVoltage.signum() <= 0) {
                throw new IllegalArgumentException("nominalVoltage must be positive: " + nominalVoltage);
            }
            this.nominalVoltage = nominalVoltage;
            return this;
        }

        /**
         * The number of phases assumed where a period leaves {@code numberPhases} out, and of the EVSE maximum;
         * default 3 (OCPP's default for AC). Set 1 for a single-phase station.
         *
         * @throws IllegalArgumentException when not 1 to 3
         */
        public Builder defaultNumberPhases(int defaultNumberPhases) {
            if (defaultNumberPhases < 1 || defaultNumberPhases > 3) {
                throw new IllegalArgumentException("defaultNumberPhases must be 1 to 3: " + defaultNumberPhases);
            }
            this.defaultNumberPhases = defaultNumberPhases;
            return this;
        }

        /**
         * The most an EVSE can deliver (its hardware rating), the limit wherever no profile limits; default 32 A
         * per phase. Set it to the station's real rating (e.g. {@code ChargingRate.watts("150000")} for a DC EVSE).
         */
        public Builder evseMaxRate(ChargingRate evseMaxRate) {
            this.evseMaxRate = Objects.requireNonNull(evseMaxRate, "evseMaxRate");
            return this;
        }

        /**
         * Whether a limit below the Tx/TxDefault schedule's {@code minChargingRate} becomes 0 (rule 9); default
         * {@code true}.
         */
        public Builder pauseBelowMinChargingRate(boolean pauseBelowMinChargingRate) {
            this.pauseBelowMinChargingRate = pauseBelowMinChargingRate;
            return this;
        }

        /**
         * The unit of the result when the request asks for none; default A.
         *
         * @throws IllegalArgumentException for {@link ChargingRateUnit#UNKNOWN}
         */
        public Builder defaultUnit(ChargingRateUnit defaultUnit) {
            Objects.requireNonNull(defaultUnit, "defaultUnit");
            if (defaultUnit == ChargingRateUnit.UNKNOWN) {
                throw new IllegalArgumentException("defaultUnit is A or W");
            }
            this.defaultUnit = defaultUnit;
            return this;
        }

        /** Builds the calculator. */
        public CompositeScheduleCalculator build() {
            return new CompositeScheduleCalculator(this);
        }
    }
}
