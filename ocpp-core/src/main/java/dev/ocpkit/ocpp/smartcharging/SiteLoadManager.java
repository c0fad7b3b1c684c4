package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.neutral.CommandResult;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.smartcharging.internal.LoadFeedingHandler;
import dev.ocpkit.ocpp.smartcharging.internal.SiteAllocator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load management for a site: shares a grid-connection limit (in W or A) among the active charging sessions of one
 * or more stations and keeps each station's limit up to date with TxProfile SetChargingProfile calls.
 *
 * <pre>{@code
 * SiteLoadManager site = SiteLoadManager.builder()
 *     .siteLimit(ChargingRate.amps("63"))                     // per phase of a three-phase connection
 *     .policy(AllocationPolicy.FAIR_SHARE)
 *     .sender(ChargingProfileSender.through(server::station))  // SetChargingProfile over OCPP
 *     .build();
 * OcppHandlers handlers = NeutralCsms.handlers(site.feeding(myCsmsHandler));
 * }</pre>
 *
 * <p><b>When it recomputes.</b> When a session starts or stops, the site limit or the other load changes, and when
 * meter values change what a session can use by at least the hysteresis ({@link Builder#minChange}). A host feeds
 * the events itself ({@link #sessionStarted}, {@link #sessionStopped}, {@link #meterValue}) or wraps its
 * {@link CsmsHandler} with {@link #feeding}, which does it from the transaction events of every OCPP version.
 *
 * <p><b>How it shares.</b> The budget is the site limit minus the other load ({@link #otherLoad}); it is shared as
 * the {@link AllocationPolicy} says, every charging session getting at least its minimum or being paused (limit 0).
 * A session's demand is its maximum; when {@link Builder#followMeterValues} is on and its meter values show it
 * draws less than its limit minus the headroom, its demand is what it draws plus the headroom, and the rest goes to
 * the others (when it draws its full limit again, its demand is back to its maximum at the next recomputation). An A
 * site limit is converted to W with the site's phases; sessions are compared in W with their own phases (the site is
 * treated as balanced: single-phase sessions are not assigned to particular phases).
 *
 * <p><b>What it sends.</b> One TxProfile per session: id {@code profileIdBase + evseId}, purpose TxProfile, kind
 * Relative, the session's transaction id, one period from 0 with the limit (in the session's or the manager's unit;
 * A rounded down to 0.1 A, W to whole watts) and the session's phases. A session's first profile and every decrease
 * are always sent; an increase only when it is at least {@link Builder#minChange} (or resumes a paused session), so
 * small fluctuations send nothing and an unchanged limit is never resent. Decreases (and first profiles) are sent
 * before increases, and increases are sent only once every decrease of the round was accepted, so the site never
 * goes over its limit while limits change; a refused, failed or unanswered (see
 * {@link Builder#sendTimeout}) profile is retried at the next recomputation.
 *
 * <p><b>Threading.</b> Thread-safe: every method may be called from any thread. State changes are atomic; rounds of
 * recomputation run one at a time (a trigger during a round queues one more round, several triggers share it), and
 * the {@link ChargingProfileSender} is called without any lock held, from the thread that triggered the round or the
 * thread that completed the previous one. The futures the methods return complete (normally) when the round they
 * triggered has sent its profiles and got the answers.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 3.13.4 (Load
 *     balancing, Central smart charging); OCPP 2.0.1 Part 2, K (use cases K01 SetChargingProfile and K02 Central
 *     Smart Charging)</a>
 * @since 0.1
 */
public final class SiteLoadManager {
    private static final Logger LOG = LoggerFactory.getLogger(SiteLoadManager.class);

    private final Object lock = new Object();
    private final ChargingProfileSender sender;
    private final AllocationPolicy policy;
    private final BigDecimal voltage;
    private final int sitePhases;
    private final ChargingRateUnit profileUnit;
    private final int stackLevel;
    private final int profileIdBase;
    private final ChargingRate minChange;
    private final ChargingRate headroom;
    private final boolean followMeterValues;
    private final Duration startDelay;
    private final Duration sendTimeout;
    private final Executor executor;
    private final SessionFactory sessionFactory;

    // guarded by lock
    private ChargingRate siteLimit;
    private BigDecimal otherLoadW = BigDecimal.ZERO;
    private BigDecimal plannedOtherLoadW = BigDecimal.ZERO;
    private final Map<Key, State> sessions = new LinkedHashMap<>();
    private long nextOrder;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
    private @Nullable CompletableFuture<Void> queued;

    private record Key(String stationId, String transactionId) {}

    private static final class State {
        LoadSession session;
        final long order;

        @Nullable
        BigDecimal measuredW;

        BigDecimal plannedDemandW = BigDecimal.ZERO;
        BigDecimal allocatedW = BigDecimal.ZERO;

        @Nullable
        BigDecimal sentLimit;

        @Nullable
        ChargingRateUnit sentUnit;

        State(LoadSession session, long order) {
            this.session = session;
            this.order = order;
        }
    }

    private record Send(Key key, State state, ChargingProfile profile, BigDecimal limit, ChargingRateUnit unit) {}

    /**
     * Creates a session from a transaction that started, for {@link #feeding}.
     *
     * @since 0.1
     */
    @FunctionalInterface
    public interface SessionFactory {
        /**
         * The session of a transaction, or {@code null} when it does not take part in load management (e.g. a
         * station on another site). Called on the CSMS's handler executor; must not block.
         *
         * @param station the station's connection
         * @param event the transaction that started (its EVSE is never {@code null} here)
         */
        @Nullable
        LoadSession sessionFor(OcppSession station, TransactionStarted event);
    }

    private SiteLoadManager(Builder b) {
        this.sender = Objects.requireNonNull(b.sender, "sender is required");
        this.siteLimit = Objects.requireNonNull(b.siteLimit, "siteLimit is required");
        this.policy = b.policy;
        this.voltage = b.voltage;
        this.sitePhases = b.sitePhases;
        this.profileUnit = b.profileUnit;
        this.stackLevel = b.stackLevel;
        this.profileIdBase = b.profileIdBase;
        this.minChange = b.minChange;
        this.headroom = b.headroom;
        this.followMeterValues = b.followMeterValues;
        this.startDelay = b.startDelay;
        this.sendTimeout = b.sendTimeout;
        this.executor = b.executor;
        this.sessionFactory = b.sessionFactory != null
                ? b.sessionFactory
                : (station, event) -> LoadSession.builder()
                        .stationId(station.identity())
                        .evseId(Objects.requireNonNull(event.evseId()))
                        .transactionId(event.transactionId())
                        .build();
    }

    /** A builder; {@link Builder#siteLimit} and {@link Builder#sender} are required. */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- events

    /**
     * A session started (or, for a session already known by station and transaction id, its parameters changed).
     *
     * @return completes when the resulting profiles were sent and answered
     */
    public CompletableFuture<Void> sessionStarted(LoadSession session) {
        Objects.requireNonNull(session, "session");
        synchronized (lock) {
            Key key = new Key(session.stationId(), session.transactionId());
            State s = sessions.get(key);
            if (s == null) {
                sessions.put(key, new State(session, nextOrder++));
            } else {
                s.session = session;
            }
        }
        LOG.debug("session {} on {} evse {} started", session.transactionId(), session.stationId(), session.evseId());
        return schedule();
    }

    /**
     * A session stopped; its share goes to the others. Unknown sessions are ignored.
     *
     * @return completes when the resulting profiles were sent and answered (at once for an unknown session)
     */
    public CompletableFuture<Void> sessionStopped(String stationId, String transactionId) {
        synchronized (lock) {
            if (sessions.remove(new Key(stationId, transactionId)) == null) {
                return CompletableFuture.completedFuture(null);
            }
        }
        LOG.debug("session {} on {} stopped", transactionId, stationId);
        return schedule();
    }

    /**
     * A session reported the power it draws (e.g. the {@code Power.Active.Import} of its meter values). Recomputes
     * only when this changes what the session can use by at least {@link Builder#minChange}, and only with
     * {@link Builder#followMeterValues}. Unknown sessions are ignored.
     *
     * @param powerW the active power drawn, in W
     * @return completes when a resulting round finished (at once when nothing needed recomputing)
     */
    public CompletableFuture<Void> meterValue(String stationId, String transactionId, BigDecimal powerW) {
        Objects.requireNonNull(powerW, "powerW");
        synchronized (lock) {
            State s = sessions.get(new Key(stationId, transactionId));
            if (s == null) {
                return CompletableFuture.completedFuture(null);
            }
            s.measuredW = powerW;
            BigDecimal threshold = minChange.toWatts(s.session.phases(), voltage);
            if (demandW(s).subtract(s.plannedDemandW).abs().compareTo(threshold) < 0) {
                return CompletableFuture.completedFuture(null);
            }
        }
        return schedule();
    }

    /**
     * Sets the load on the grid connection that is not managed here (e.g. the building, from a main meter); it is
     * subtracted from the site limit. Recomputes when it changed by at least {@link Builder#minChange} (at the site's
     * phases) since the last round.
     *
     * @param watts the other load, in W (negative values, e.g. local generation, add to the budget)
     * @return completes when a resulting round finished
     */
    public CompletableFuture<Void> otherLoad(BigDecimal watts) {
        Objects.requireNonNull(watts, "watts");
        synchronized (lock) {
            otherLoadW = watts;
            if (watts.subtract(plannedOtherLoadW).abs().compareTo(minChange.toWatts(sitePhases, voltage)) < 0) {
                return CompletableFuture.completedFuture(null);
            }
        }
        return schedule();
    }

    /**
     * Changes the site limit (e.g. a signal of the grid operator) and recomputes.
     *
     * @return completes when the resulting profiles were sent and answered
     */
    public CompletableFuture<Void> siteLimit(ChargingRate limit) {
        Objects.requireNonNull(limit, "limit");
        synchronized (lock) {
            siteLimit = limit;
        }
        return schedule();
    }

    /**
     * Recomputes now (e.g. after a station reconnected, to resend what it refused).
     *
     * @return completes when the resulting profiles were sent and answered
     */
    public CompletableFuture<Void> recompute() {
        return schedule();
    }

    /** The site limit. */
    public ChargingRate siteLimit() {
        synchronized (lock) {
            return siteLimit;
        }
    }

    /** A snapshot of the sessions with their allocations, in start order. */
    public List<SessionAllocation> allocations() {
        synchronized (lock) {
            List<SessionAllocation> out = new ArrayList<>(sessions.size());
            for (State s : sessions.values()) {
                out.add(new SessionAllocation(
                        s.session, s.allocatedW, s.plannedDemandW, s.sentLimit, s.sentUnit, s.measuredW));
            }
            return out;
        }
    }

    /**
     * Wraps a CSMS handler so that transactions feed this manager, for OCPP 1.6, 2.0.1 and 2.1 stations alike: a
     * transaction that started with an accepted (or no) identifier becomes a session ({@link Builder#sessions}
     * decides its parameters) after {@link Builder#startDelay} (so that a 1.6 station knows its transaction id
     * before the profile arrives), a transaction that ended stops it, and the total {@code Power.Active.Import} of
     * transaction meter values becomes {@link #meterValue}. Every event is passed to {@code delegate} first and its
     * answer returned unchanged; a 2.x transaction without EVSE is not managed.
     *
     * @param delegate the host's handler
     * @return a handler to give to {@link dev.ocpkit.ocpp.neutral.NeutralCsms#handlers(CsmsHandler)}; thread-safe
     */
    public CsmsHandler feeding(CsmsHandler delegate) {
        return new LoadFeedingHandler(this, delegate, sessionFactory, startDelay, executor);
    }

    // ---------------------------------------------------------------- rounds

    private CompletableFuture<Void> schedule() {
        CompletableFuture<Void> prev;
        CompletableFuture<Void> mine;
        synchronized (lock) {
            if (queued != null) {
                return queued;
            }
            mine = new CompletableFuture<>();
            queued = mine;
            prev = tail;
            tail = mine;
        }
        prev.whenComplete((v, e) -> runRound(mine));
        return mine;
    }

    private void runRound(CompletableFuture<Void> done) {
        List<Send> urgent = new ArrayList<>();
        List<Send> increases = new ArrayList<>();
        try {
            synchronized (lock) {
                if (queued == done) {
                    queued = null;
                }
                plan(urgent, increases);
            }
        } catch (RuntimeException e) {
            LOG.warn("load management round failed", e);
            done.complete(null);
            return;
        }
        sendAll(urgent)
                .thenCompose(ok -> {
                    if (ok) {
                        return sendAll(increases);
                    }
                    if (!increases.isEmpty()) {
                        LOG.warn("{} limit increase(s) withheld: a decrease was not accepted", increases.size());
                    }
                    return CompletableFuture.completedFuture(false);
                })
                .whenComplete((v, e) -> done.complete(null));
    }

    private void plan(List<Send> urgent, List<Send> increases) {
        BigDecimal siteW = siteLimit.toWatts(sitePhases, voltage);
        BigDecimal available = siteW.subtract(otherLoadW).max(BigDecimal.ZERO);
        plannedOtherLoadW = otherLoadW;
        List<SiteAllocator.Demand> demands = new ArrayList<>(sessions.size());
        for (Map.Entry<Key, State> e : sessions.entrySet()) {
            State s = e.getValue();
            LoadSession ls = s.session;
            BigDecimal maxW = ls.maxRate().toWatts(ls.phases(), voltage);
            BigDecimal minW = ls.minRate().toWatts(ls.phases(), voltage).min(maxW);
            s.plannedDemandW = demandW(s);
            demands.add(new SiteAllocator.Demand(e.getKey(), s.order, ls.priority(), minW, s.plannedDemandW));
        }
        Map<Object, BigDecimal> alloc = SiteAllocator.allocate(demands, available, policy);
        for (Map.Entry<Key, State> e : sessions.entrySet()) {
            State s = e.getValue();
            LoadSession ls = s.session;
            s.allocatedW = alloc.getOrDefault(e.getKey(), BigDecimal.ZERO);
            ChargingRateUnit unit = ls.profileUnit() != null ? ls.profileUnit() : profileUnit;
            BigDecimal limit = unit == ChargingRateUnit.W
                    ? s.allocatedW.setScale(0, RoundingMode.DOWN)
                    : ChargingRate.convert(s.allocatedW, ChargingRateUnit.W, ChargingRateUnit.A, ls.phases(), voltage);
            BigDecimal last = unit == s.sentUnit ? s.sentLimit : null;
            Send send = new Send(e.getKey(), s, profile(ls, limit, unit), limit, unit);
            if (last == null || limit.compareTo(last) < 0) {
                urgent.add(send);
            } else if (limit.compareTo(last) > 0) {
                BigDecimal stepW =
                        ChargingRate.convert(limit.subtract(last), unit, ChargingRateUnit.W, ls.phases(), voltage);
                if (last.signum() == 0 || stepW.compareTo(minChange.toWatts(ls.phases(), voltage)) >= 0) {
                    increases.add(send);
                }
            }
        }
    }

    /** What a session can use (see the class documentation); caller holds the lock. */
    private BigDecimal demandW(State s) {
        LoadSession ls = s.session;
        BigDecimal maxW = ls.maxRate().toWatts(ls.phases(), voltage);
        BigDecimal minW = ls.minRate().toWatts(ls.phases(), voltage).min(maxW);
        if (!followMeterValues || s.measuredW == null || s.sentLimit == null || s.sentUnit == null) {
            return maxW;
        }
        BigDecimal sentW = ChargingRate.convert(s.sentLimit, s.sentUnit, ChargingRateUnit.W, ls.phases(), voltage);
        BigDecimal headroomW = headroom.toWatts(ls.phases(), voltage);
        if (s.measuredW.compareTo(sentW.subtract(headroomW)) < 0) {
            return s.measuredW.add(headroomW).max(minW).min(maxW);
        }
        return maxW;
    }

    private ChargingProfile profile(LoadSession ls, BigDecimal limit, ChargingRateUnit unit) {
        return ChargingProfile.builder()
                .id(profileIdBase + ls.evseId())
                .stackLevel(stackLevel)
                .chargingProfilePurpose(ChargingProfilePurpose.TX_PROFILE)
                .chargingProfileKind(ChargingProfileKind.RELATIVE)
                .transactionId(ls.transactionId())
                .chargingSchedule(List.of(ChargingSchedule.builder()
                        .chargingRateUnit(unit)
                        .chargingSchedulePeriod(List.of(ChargingSchedulePeriod.of(0, limit, ls.phases())))
                        .build()))
                .build();
    }

    private CompletableFuture<Boolean> sendAll(List<Send> sends) {
        if (sends.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        List<CompletableFuture<Boolean>> results = new ArrayList<>(sends.size());
        for (Send s : sends) {
            results.add(sendOne(s));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(v -> results.stream().allMatch(CompletableFuture::join));
    }

    private CompletableFuture<Boolean> sendOne(Send s) {
        LoadSession ls = s.state.session;
        CompletableFuture<CommandResult> f;
        try {
            f = sender.send(ls.stationId(), ls.evseId(), s.profile)
                    .toCompletableFuture()
                    .copy()
                    .orTimeout(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        return f.handle((result, error) -> {
            boolean accepted = error == null && result != null && result.isAccepted();
            if (accepted) {
                synchronized (lock) {
                    if (sessions.get(s.key) == s.state) {
                        s.state.sentLimit = s.limit;
                        s.state.sentUnit = s.unit;
                    }
                }
                LOG.debug(
                        "{} evse {} transaction {}: limit {} {}",
                        ls.stationId(),
                        ls.evseId(),
                        ls.transactionId(),
                        s.limit.toPlainString(),
                        s.unit.value());
            } else {
                LOG.warn(
                        "{} evse {} transaction {}: limit {} {} not installed ({})",
                        ls.stationId(),
                        ls.evseId(),
                        ls.transactionId(),
                        s.limit.toPlainString(),
                        s.unit.value(),
                        error != null ? error.toString() : result == null ? "no answer" : result.rawStatus());
            }
            return accepted;
        });
    }

    /** Builds a {@link SiteLoadManager}; not thread-safe. */
    public static final class Builder {
        private @Nullable ChargingRate siteLimit;
        private @Nullable ChargingProfileSender sender;
        private AllocationPolicy policy = AllocationPolicy.FAIR_SHARE;
        private BigDecimal voltage = ChargingRate.DEFAULT_VOLTAGE;
        private int sitePhases = 3;
        private ChargingRateUnit profileUnit = ChargingRateUnit.A;
        private int stackLevel;
        private int profileIdBase = 900_000;
        private ChargingRate minChange = ChargingRate.amps("1");
        private ChargingRate headroom = ChargingRate.amps("2");
        private boolean followMeterValues = true;
        private Duration startDelay = Duration.ofMillis(500);
        private Duration sendTimeout = Duration.ofSeconds(60);
        private Executor executor = Runnable::run;
        private @Nullable SessionFactory sessionFactory;

        private Builder() {}

        /** The limit of the grid connection, in W or in A per phase (see {@link #sitePhases}). Required. */
        public Builder siteLimit(ChargingRate siteLimit) {
            this.siteLimit = Objects.requireNonNull(siteLimit, "siteLimit");
            return this;
        }

        /** Where the profiles go, e.g. {@link ChargingProfileSender#through}. Required. */
        public Builder sender(ChargingProfileSender sender) {
            this.sender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /** How the limit is shared; default {@link AllocationPolicy#FAIR_SHARE}. */
        public Builder policy(AllocationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The nominal phase-to-neutral voltage for converting between A and W; default 230 V.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder nominalVoltage(BigDecimal voltage) {
            Objects.requireNonNull(voltage, "voltage");
            if (voltage.signum() <= 0) {
                throw new IllegalArgumentException("voltage must be positive: " + voltage);
            }
            this.voltage = voltage;
            return this;
        }

        /**
         * The phases of the grid connection, for a site limit in A; default 3.
         *
         * @throws IllegalArgumentException when not 1 to 3
         */
        public Builder sitePhases(int sitePhases) {
            if (sitePhases < 1 || sitePhases > 3) {
                throw new IllegalArgumentException("sitePhases must be 1 to 3: " + sitePhases);
            }
            this.sitePhases = sitePhases;
            return this;
        }

        /**
         * The unit of the TxProfiles sent, unless a session says otherwise; default A (every OCPP 1.6 station with
         * smart charging supports it).
         *
         * @throws IllegalArgumentException for {@link ChargingRateUnit#UNKNOWN}
         */
        public Builder profileUnit(ChargingRateUnit profileUnit) {
            Objects.requireNonNull(profileUnit, "profileUnit");
            if (profileUnit == ChargingRateUnit.UNKNOWN) {
                throw new IllegalArgumentException("profileUnit is A or W");
            }
            this.profileUnit = profileUnit;
            return this;
        }

        /** The stack level of the TxProfiles sent; default 0. */
        public Builder stackLevel(int stackLevel) {
            if (stackLevel < 0) {
                throw new IllegalArgumentException("stackLevel must not be negative");
            }
            this.stackLevel = stackLevel;
            return this;
        }

        /**
         * The id of the TxProfile of EVSE {@code n} is {@code profileIdBase + n}; default 900000. Choose ids the CSMS
         * uses for nothing else on these stations.
         */
        public Builder profileIdBase(int profileIdBase) {
            if (profileIdBase < 1) {
                throw new IllegalArgumentException("profileIdBase must be positive");
            }
            this.profileIdBase = profileIdBase;
            return this;
        }

        /**
         * The hysteresis: the smallest increase worth a new profile, and the smallest change in what a session can
         * use (from its meter values) or in the other load that triggers a recomputation; converted to W with each
         * session's phases (the site's for the other load). Default 1 A.
         */
        public Builder minChange(ChargingRate minChange) {
            this.minChange = Objects.requireNonNull(minChange, "minChange");
            return this;
        }

        /**
         * How much more than it draws a session that draws less than its limit keeps (see the class documentation);
         * default 2 A.
         */
        public Builder headroom(ChargingRate headroom) {
            this.headroom = Objects.requireNonNull(headroom, "headroom");
            return this;
        }

        /**
         * Whether meter values lower a session's demand to what it draws plus the headroom, giving the rest to the
         * others; default {@code true}. Off, meter values never trigger a recomputation.
         */
        public Builder followMeterValues(boolean followMeterValues) {
            this.followMeterValues = followMeterValues;
            return this;
        }

        /**
         * How long {@link #feeding} waits after a transaction started before it takes part (so that the station got
         * the answer with the transaction id first); default 500 ms.
         */
        public Builder startDelay(Duration startDelay) {
            this.startDelay = Objects.requireNonNull(startDelay, "startDelay");
            return this;
        }

        /**
         * How long a round waits for the answer to one profile before it counts it as not installed (it is retried
         * at the next recomputation), so that a sender that never completes cannot stall later rounds; default 60 s
         * (the OCPP call timeout of {@link ChargingProfileSender#through} normally answers first).
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder sendTimeout(Duration sendTimeout) {
            Objects.requireNonNull(sendTimeout, "sendTimeout");
            if (sendTimeout.isNegative() || sendTimeout.isZero()) {
                throw new IllegalArgumentException("sendTimeout must be positive: " + sendTimeout);
            }
            this.sendTimeout = sendTimeout;
            return this;
        }

        /**
         * Runs the delayed session starts of {@link #feeding}; default: the JDK's delay thread itself (the work is a
         * short computation and asynchronous sends).
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Decides the parameters of the sessions {@link #feeding} creates; default every transaction with an EVSE,
         * with the defaults of {@link LoadSession#builder()} (3 phases, 6 to 32 A, priority 0).
         */
        public Builder sessions(SessionFactory sessionFactory) {
            this.sessionFactory = Objects.requireNonNull(sessionFactory, "sessionFactory");
            return this;
        }

        /**
         * Builds the manager.
         *
         * @throws NullPointerException when the site limit or the sender is unset
         */
        public SiteLoadManager build() {
            return new SiteLoadManager(this);
        }
    }
}
