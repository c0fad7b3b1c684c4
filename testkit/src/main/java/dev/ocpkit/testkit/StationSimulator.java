package dev.ocpkit.testkit;

import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppListener;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.ReconnectPolicy;
import dev.ocpkit.ocpp.SecurityProfile;
import dev.ocpkit.ocpp.StationClient;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.Availability;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.BootReason;
import dev.ocpkit.ocpp.neutral.ChargingState;
import dev.ocpkit.ocpp.neutral.CommandResult;
import dev.ocpkit.ocpp.neutral.CommandStatus;
import dev.ocpkit.ocpp.neutral.CompositeScheduleResult;
import dev.ocpkit.ocpp.neutral.ConnectorStatus;
import dev.ocpkit.ocpp.neutral.DataTransfer;
import dev.ocpkit.ocpp.neutral.DataTransferResult;
import dev.ocpkit.ocpp.neutral.DataTransferStatus;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.MessageTrigger;
import dev.ocpkit.ocpp.neutral.NeutralStation;
import dev.ocpkit.ocpp.neutral.RegistrationStatus;
import dev.ocpkit.ocpp.neutral.RemoteStart;
import dev.ocpkit.ocpp.neutral.RemoteStartResult;
import dev.ocpkit.ocpp.neutral.Reservation;
import dev.ocpkit.ocpp.neutral.ResetType;
import dev.ocpkit.ocpp.neutral.StationCalls;
import dev.ocpkit.ocpp.neutral.StationCommandHandler;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.StoppedReason;
import dev.ocpkit.ocpp.neutral.TransactionHandle;
import dev.ocpkit.ocpp.neutral.TransactionStart;
import dev.ocpkit.ocpp.neutral.TransactionStop;
import dev.ocpkit.ocpp.neutral.TransactionUpdate;
import dev.ocpkit.ocpp.neutral.TriggerReason;
import dev.ocpkit.ocpp.queue.FileMessageQueue;
import dev.ocpkit.ocpp.queue.InMemoryMessageQueue;
import dev.ocpkit.ocpp.queue.MessageQueue;
import dev.ocpkit.ocpp.smartcharging.ActiveTransaction;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileRegistry;
import dev.ocpkit.ocpp.smartcharging.ChargingRate;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedulePeriod;
import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import dev.ocpkit.ocpp.smartcharging.CompositeScheduleCalculator;
import dev.ocpkit.ocpp.smartcharging.CompositeScheduleRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A simulated charging station for tests and demos, on ocpkit's {@link StationClient} and the version-neutral API:
 * it boots (retrying while the CSMS answers Pending), reports its connectors, runs transactions with meter values
 * through the durable message queue, and answers the CSMS's commands (remote start/stop, reset, unlock,
 * availability, reservations, charging profiles, trigger message, data transfer). Works with OCPP 1.6, 2.0.1 and
 * 2.1.
 *
 * <p>Energy is simulated: while charging, each meter sample adds {@code power x elapsed time}, where the power is the
 * configured maximum, capped by the composite schedule of the charging profiles installed on the EVSE (OCPP stacking
 * rules of {@link CompositeScheduleCalculator}: TxProfile over TxDefaultProfile, the highest stack level, the station
 * maximum; A are converted with 230 V on the phases of the period, 3 when unspecified); ClearChargingProfile removes
 * the profiles that match, TxProfiles end with their transaction, and GetCompositeSchedule answers with the same
 * schedule. The
 * simulator can run on a compressed clock ({@link Builder#timeScale}): timestamps advance {@code timeScale} times
 * faster than real time, so that a demo session of a few seconds reports as tens of minutes.
 *
 * <p>Thread-safe. Events are reported as one line of text each to {@link Builder#log}.
 *
 * @since 0.1
 */
public final class StationSimulator implements AutoCloseable {
    private static final BigDecimal VOLTS = new BigDecimal("230");

    private final StationClient client;
    private final StationCalls calls;
    private final OcppVersion version;
    private final Builder cfg;
    private final Instant realStart = Instant.now();
    private final Instant virtualStart;
    private final Map<Integer, Evse> evses = new ConcurrentHashMap<>();
    private final Consumer<String> log;
    private final ChargingProfileRegistry profiles = new ChargingProfileRegistry();
    private final CompositeScheduleCalculator calculator;

    /** One EVSE's state. */
    private static final class Evse {
        final int id;
        BigDecimal registerWh;

        @Nullable
        TransactionHandle tx;

        @Nullable
        CompletableFuture<Void> txDone;

        @Nullable
        Instant txStart;

        @Nullable
        Integer reservationId;

        boolean stopRequested;
        StoppedReason stopReason = StoppedReason.LOCAL;

        Evse(int id, BigDecimal registerWh) {
            this.id = id;
            this.registerWh = registerWh;
        }
    }

    private StationSimulator(Builder b) {
        this.cfg = b;
        this.version = b.version;
        this.log = b.log;
        this.virtualStart = realStart;
        this.calculator = CompositeScheduleCalculator.builder()
                .nominalVoltage(VOLTS)
                .evseMaxRate(new ChargingRate(b.maxPowerW, ChargingRateUnit.W))
                .build();
        for (int i = 1; i <= b.evses; i++) {
            evses.put(i, new Evse(i, new BigDecimal(10_000 * i)));
        }
        MessageQueue queue =
                b.queueDirectory == null ? new InMemoryMessageQueue() : FileMessageQueue.open(b.queueDirectory);
        OcppOptions options = OcppOptions.builder()
                .callTimeout(b.callTimeout)
                .listener(new OcppListener() {
                    @Override
                    public void connected(OcppSession session) {
                        log.accept("connected to " + b.url + " ("
                                + session.version().subprotocol() + ")");
                    }

                    @Override
                    public void disconnected(OcppSession session, int code, String reason) {
                        log.accept("disconnected (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
                    }
                })
                .build();
        StationClient.Builder cb = StationClient.builder()
                .url(b.url)
                .versions(b.version)
                .handlers(handlers())
                .options(options)
                .messageQueue(queue)
                .reconnect(b.reconnect)
                .transactionMessageAttempts(b.transactionMessageAttempts)
                .transactionMessageRetryInterval(b.transactionMessageRetryInterval);
        if (b.password != null) {
            cb.securityProfile(b.sslContext != null ? SecurityProfile.TLS_BASIC : SecurityProfile.BASIC)
                    .password(b.password);
        }
        if (b.sslContext != null) {
            cb.tls(b.sslContext);
            if (b.password == null) {
                cb.securityProfile(SecurityProfile.MUTUAL_TLS);
            }
        }
        this.client = cb.build();
        this.calls = StationCalls.of(client, b.version);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The station identity. */
    public String identity() {
        return client.identity();
    }

    /** The underlying client (for typed, version-specific calls). */
    public StationClient client() {
        return client;
    }

    /** The OCPP version. */
    public OcppVersion version() {
        return version;
    }

    /** The simulated clock: real time since start, scaled. */
    public Instant now() {
        long realNanos = Duration.between(realStart, Instant.now()).toNanos();
        return virtualStart.plusNanos((long) (realNanos * cfg.timeScale));
    }

    /**
     * Connects, boots (retrying every {@code interval} while the CSMS answers Pending, up to a minute) and reports
     * every EVSE Available.
     *
     * @return completes when the station is booted and its status reported; exceptionally when the CSMS rejects it
     *     or cannot be reached
     */
    public CompletableFuture<BootDecision> start() {
        return client.connect().thenCompose(s -> boot(0)).thenCompose(decision -> {
            List<CompletableFuture<Void>> reports = new ArrayList<>();
            for (Evse e : evses.values()) {
                reports.add(status(e.id, ConnectorStatus.AVAILABLE, null));
            }
            return CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new))
                    .thenApply(v -> decision);
        });
    }

    private CompletableFuture<BootDecision> boot(int attempt) {
        BootInfo info = BootInfo.builder()
                .vendor(cfg.vendor)
                .model(cfg.model)
                .serialNumber(cfg.serialNumber)
                .firmwareVersion("ocpkit-sim-0.1")
                .reason(BootReason.POWER_UP)
                .build();
        return calls.boot(info).thenCompose(d -> {
            log.accept(
                    "boot " + d.status().value() + " (interval " + d.interval().toSeconds() + " s)");
            if (d.status() == RegistrationStatus.ACCEPTED) {
                return CompletableFuture.completedFuture(d);
            }
            if (d.status() == RegistrationStatus.PENDING && attempt < 60) {
                long wait = Math.max(50, Math.min(1000, d.interval().toMillis()));
                return CompletableFuture.supplyAsync(
                                () -> null, CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS))
                        .thenCompose(x -> boot(attempt + 1));
            }
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "CSMS answered BootNotification " + d.status().value()));
        });
    }

    /** Reports a connector status (1.6 StatusNotification or 2.x StatusNotification). */
    public CompletableFuture<Void> status(int evseId, ConnectorStatus status, @Nullable String errorCode) {
        log.accept("status evse " + evseId + " " + status.value() + (errorCode == null ? "" : " (" + errorCode + ")"));
        return calls.status(StatusEvent.builder()
                .evseId(evseId)
                .connectorId(evseId == 0 ? 0 : 1)
                .status(status)
                .errorCode(errorCode)
                .timestamp(now())
                .build());
    }

    /**
     * Reports a fault on an EVSE: status Faulted with an error code (1.6 ChargePointErrorCode, e.g.
     * {@code GroundFailure}; 2.x stations report only the status).
     */
    public CompletableFuture<Void> reportFault(int evseId, String errorCode) {
        return status(evseId, ConnectorStatus.FAULTED, version == OcppVersion.V16 ? errorCode : null);
    }

    /** Clears a fault: status Available again (1.6 error code NoError). */
    public CompletableFuture<Void> clearFault(int evseId) {
        return status(evseId, ConnectorStatus.AVAILABLE, version == OcppVersion.V16 ? "NoError" : null);
    }

    /**
     * Runs one local transaction on an EVSE: Authorize, Preparing, start, {@code samples} meter values at
     * {@link Builder#pace} intervals, Finishing, stop, Available. The transaction messages go through the queue.
     *
     * @return completes when the stop was queued (see {@link #awaitQueueEmpty} for delivery); exceptionally when the
     *     token is not accepted
     */
    public CompletableFuture<Void> runTransaction(int evseId, IdToken token, int samples) {
        return calls.authorize(token).thenCompose(auth -> {
            log.accept("authorize " + token.value() + " " + auth.status().value());
            if (auth.status() != AuthorizationStatus.ACCEPTED) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "token " + token.value() + " " + auth.status().value()));
            }
            return charge(evseId, token, null, samples);
        });
    }

    /** Runs {@code n} transactions one after the other on EVSE 1 with the configured token. */
    public CompletableFuture<Void> runTransactions(int n, int samplesEach) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = 0; i < n; i++) {
            chain = chain.thenCompose(v -> runTransaction(1, cfg.idToken, samplesEach));
        }
        return chain;
    }

    private CompletableFuture<Void> charge(int evseId, IdToken token, @Nullable Integer remoteStartId, int samples) {
        Evse e = evse(evseId);
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (e) {
            if (e.tx != null || e.txDone != null) {
                return CompletableFuture.failedFuture(new IllegalStateException("EVSE " + evseId + " is busy"));
            }
            e.stopRequested = false;
            e.stopReason = StoppedReason.LOCAL;
            e.txDone = done;
        }
        Thread t = new Thread(
                () -> runTransaction(e, token, remoteStartId, samples, done), "sim-" + identity() + "-evse-" + evseId);
        t.setDaemon(true);
        t.start();
        return done;
    }

    /**
     * One transaction on its own thread. Each message is awaited (bounded) before the next is sent, so that the CSMS
     * sees status notifications and transaction messages in the order a real station sends them.
     */
    private void runTransaction(
            Evse e, IdToken token, @Nullable Integer remoteStartId, int samples, CompletableFuture<Void> done) {
        try {
            settle(status(e.id, ConnectorStatus.PREPARING, null));
            BigDecimal meterStart = registerWh(e.id);
            Integer reservation;
            synchronized (e) {
                reservation = e.reservationId;
                e.reservationId = null;
            }
            TransactionHandle tx = calls.startTransaction(TransactionStart.builder()
                    .evseId(e.id)
                    .connectorId(1)
                    .idToken(token)
                    .timestamp(now())
                    .meterStartWh(meterStart)
                    .remoteStartId(remoteStartId)
                    .reservationId(reservation)
                    .chargingState(ChargingState.CHARGING)
                    .triggerReason(remoteStartId != null ? TriggerReason.REMOTE_START : TriggerReason.AUTHORIZED)
                    .samples(
                            version == OcppVersion.V16 ? List.of() : List.of(register(meterStart, "Transaction.Begin")))
                    .build());
            synchronized (e) {
                e.tx = tx;
                e.txStart = now();
            }
            settle(tx.started());
            log.accept("transaction " + describe(tx) + " started on evse " + e.id + " at " + meterStart + " Wh");
            settle(status(e.id, ConnectorStatus.CHARGING, null));
            Instant last = now();
            for (int i = 0; samples < 0 || i < samples; i++) {
                if (sleepOrStop(e)) {
                    break;
                }
                Instant t = now();
                BigDecimal power = currentPowerW(e);
                BigDecimal hours = BigDecimal.valueOf(Duration.between(last, t).toNanos())
                        .divide(BigDecimal.valueOf(3_600_000_000_000L), 12, RoundingMode.HALF_UP);
                last = t;
                BigDecimal reading;
                synchronized (e) {
                    e.registerWh = e.registerWh.add(power.multiply(hours));
                    reading = e.registerWh.setScale(0, RoundingMode.HALF_UP);
                }
                List<MeterSample> s = List.of(
                        register(reading, "Sample.Periodic"),
                        new MeterSample(
                                t,
                                MeterSample.POWER_ACTIVE_IMPORT,
                                null,
                                power.setScale(0, RoundingMode.HALF_UP),
                                "W",
                                "Sample.Periodic",
                                "Outlet"));
                settle(calls.updateTransaction(
                        tx,
                        TransactionUpdate.builder()
                                .timestamp(t)
                                .chargingState(ChargingState.CHARGING)
                                .triggerReason(TriggerReason.METER_VALUE_PERIODIC)
                                .samples(s)
                                .build()));
            }
            StoppedReason reason;
            synchronized (e) {
                reason = e.stopReason;
            }
            settle(status(e.id, ConnectorStatus.FINISHING, null));
            BigDecimal stopWh = registerWh(e.id);
            settle(calls.endTransaction(
                    tx,
                    TransactionStop.builder()
                            .timestamp(now())
                            .idToken(reason == StoppedReason.LOCAL ? token : null)
                            .meterStopWh(stopWh)
                            .stoppedReason(reason)
                            .triggerReason(
                                    reason == StoppedReason.REMOTE
                                            ? TriggerReason.REMOTE_STOP
                                            : TriggerReason.STOP_AUTHORIZED)
                            .chargingState(ChargingState.IDLE)
                            .samples(List.of(register(stopWh, "Transaction.End")))
                            .build()));
            log.accept("transaction " + describe(tx) + " on evse " + e.id + " stopped at " + stopWh + " Wh ("
                    + reason.value() + ")");
            String endedId = tx.transactionIdNow();
            if (endedId != null) {
                profiles.transactionEnded(e.id, endedId);
            }
            synchronized (e) {
                e.tx = null;
                e.txStart = null;
                e.txDone = null;
            }
            settle(status(e.id, ConnectorStatus.AVAILABLE, null));
            done.complete(null);
        } catch (RuntimeException ex) {
            synchronized (e) {
                e.tx = null;
                e.txDone = null;
            }
            done.completeExceptionally(ex);
        }
    }

    private static String describe(TransactionHandle tx) {
        String id = tx.transactionIdNow();
        return id != null ? id : tx.ref();
    }

    /** Waits (bounded) until a message was answered; a failure is logged (queued messages are retried anyway). */
    private void settle(CompletableFuture<?> f) {
        try {
            f.get(cfg.callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException ex) {
            log.accept("message not confirmed: " + ex.getCause().getMessage());
        } catch (java.util.concurrent.TimeoutException ex) {
            log.accept("message not confirmed within " + cfg.callTimeout.toSeconds() + " s");
        }
    }

    /** Sleeps one pace interval; true when a stop was requested meanwhile. */
    private boolean sleepOrStop(Evse e) {
        long end = System.nanoTime() + cfg.pace.toNanos();
        while (System.nanoTime() < end) {
            synchronized (e) {
                if (e.stopRequested) {
                    return true;
                }
            }
            try {
                Thread.sleep(Math.max(1, Math.min(20, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        synchronized (e) {
            return e.stopRequested;
        }
    }

    private MeterSample register(BigDecimal wh, String context) {
        return new MeterSample(now(), MeterSample.ENERGY_ACTIVE_IMPORT_REGISTER, null, wh, "Wh", context, "Outlet");
    }

    private BigDecimal currentPowerW(Evse e) {
        BigDecimal max = cfg.maxPowerW;
        CompositeSchedule schedule = composite(e.id, now(), 1, ChargingRateUnit.W);
        List<ChargingSchedulePeriod> periods = schedule.chargingSchedulePeriod();
        BigDecimal limit = periods.isEmpty() ? null : periods.get(0).limit();
        return limit == null ? max : limit.min(max);
    }

    /** The composite schedule of an EVSE over the installed profiles and its running transaction. */
    private CompositeSchedule composite(int evseId, Instant start, int seconds, @Nullable ChargingRateUnit unit) {
        List<ActiveTransaction> running = new ArrayList<>();
        for (Evse x : evses.values()) {
            synchronized (x) {
                String id = x.tx == null ? null : x.tx.transactionIdNow();
                if (id != null && x.txStart != null) {
                    running.add(new ActiveTransaction(x.id, id, x.txStart));
                }
            }
        }
        return calculator.calculate(CompositeScheduleRequest.builder()
                .evseId(evseId)
                .scheduleStart(start)
                .duration(seconds)
                .chargingRateUnit(unit)
                .profiles(profiles.profiles())
                .transactions(running)
                .evseCount(evses.size())
                .build());
    }

    /**
     * The power the EVSE charges with now, in W: the configured maximum capped by the composite schedule of the
     * installed charging profiles (see the class documentation).
     */
    public BigDecimal powerW(int evseId) {
        return currentPowerW(evse(evseId));
    }

    /** The meter register of an EVSE, in Wh. */
    public BigDecimal registerWh(int evseId) {
        Evse e = evse(evseId);
        synchronized (e) {
            return e.registerWh.setScale(0, RoundingMode.HALF_UP);
        }
    }

    /** The transaction running on an EVSE, if any. */
    public @Nullable TransactionHandle transaction(int evseId) {
        Evse e = evse(evseId);
        synchronized (e) {
            return e.tx;
        }
    }

    /** Stops the transaction on an EVSE locally (reason Local); completes when the stop was queued. */
    public CompletableFuture<Void> stopTransaction(int evseId) {
        Evse e = evse(evseId);
        CompletableFuture<Void> done;
        synchronized (e) {
            if (e.txDone == null) {
                return CompletableFuture.completedFuture(null);
            }
            e.stopRequested = true;
            done = e.txDone;
        }
        return done;
    }

    /** Waits until every queued transaction message was delivered (or given up). */
    public boolean awaitQueueEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (client.messageQueue().size() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private Evse evse(int evseId) {
        Evse e = evses.get(evseId);
        if (e == null) {
            throw new IllegalArgumentException("no EVSE " + evseId + " (this station has " + evses.size() + ")");
        }
        return e;
    }

    @Override
    public void close() {
        for (Evse e : evses.values()) {
            synchronized (e) {
                e.stopRequested = true;
            }
        }
        client.close();
    }

    // ---------------------------------------------------------------- commands from the CSMS

    private OcppHandlers handlers() {
        return NeutralStation.handlers(new StationCommandHandler() {
            @Override
            public CompletionStage<RemoteStartResult> remoteStart(OcppSession session, RemoteStart request) {
                int evseId = request.evseId() == null ? 1 : request.evseId();
                Evse e = evses.get(evseId);
                boolean free;
                if (e == null) {
                    free = false;
                } else {
                    synchronized (e) {
                        free = e.tx == null;
                    }
                }
                log.accept("remote start for " + request.idToken().value() + " on evse " + evseId
                        + (free ? " accepted" : " rejected"));
                if (!free) {
                    return CompletableFuture.completedFuture(
                            RemoteStartResult.of(CommandResult.of(CommandStatus.REJECTED)));
                }
                ChargingProfile startProfile = request.chargingProfile();
                if (startProfile != null && !profiles.install(evseId, startProfile)) {
                    log.accept("charging profile " + startProfile.id() + " of the remote start refused");
                }
                // start after the answer went out, as a real station would
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)
                        .execute(() -> charge(evseId, request.idToken(), request.remoteStartId(), cfg.remoteSamples));
                return CompletableFuture.completedFuture(
                        RemoteStartResult.of(CommandResult.of(CommandStatus.ACCEPTED)));
            }

            @Override
            public CompletionStage<CommandResult> remoteStop(OcppSession session, String transactionId) {
                for (Evse e : evses.values()) {
                    synchronized (e) {
                        if (e.tx != null && transactionId.equals(e.tx.transactionIdNow())) {
                            e.stopRequested = true;
                            e.stopReason = StoppedReason.REMOTE;
                            log.accept("remote stop of " + transactionId + " accepted");
                            return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
                        }
                    }
                }
                log.accept("remote stop of " + transactionId + " rejected (unknown transaction)");
                return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
            }

            @Override
            public CompletionStage<CommandResult> reset(OcppSession session, ResetType type, @Nullable Integer evseId) {
                log.accept("reset " + type.value() + " accepted");
                return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
            }

            @Override
            public CompletionStage<CommandResult> unlock(OcppSession session, int evseId, int connectorId) {
                log.accept("unlock evse " + evseId + " connector " + connectorId);
                return CompletableFuture.completedFuture(
                        CommandResult.of(evses.containsKey(evseId) ? CommandStatus.ACCEPTED : CommandStatus.REJECTED));
            }

            @Override
            public CompletionStage<CommandResult> changeAvailability(
                    OcppSession session,
                    @Nullable Integer evseId,
                    @Nullable Integer connectorId,
                    Availability availability) {
                log.accept("availability " + availability.value() + " for evse " + (evseId == null ? "all" : evseId));
                int id = evseId == null ? 0 : evseId;
                status(
                        id,
                        availability == Availability.OPERATIVE
                                ? ConnectorStatus.AVAILABLE
                                : ConnectorStatus.UNAVAILABLE,
                        null);
                return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
            }

            @Override
            public CompletionStage<CommandResult> reserveNow(OcppSession session, Reservation reservation) {
                int evseId = reservation.evseId() == null ? 1 : reservation.evseId();
                Evse e = evses.get(evseId);
                if (e == null) {
                    return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
                }
                synchronized (e) {
                    if (e.tx != null) {
                        return CompletableFuture.completedFuture(CommandResult.raw("Occupied"));
                    }
                    e.reservationId = reservation.id();
                }
                log.accept("reservation " + reservation.id() + " on evse " + evseId);
                status(evseId, ConnectorStatus.RESERVED, null);
                return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
            }

            @Override
            public CompletionStage<CommandResult> cancelReservation(OcppSession session, int reservationId) {
                for (Evse e : evses.values()) {
                    synchronized (e) {
                        if (e.reservationId != null && e.reservationId == reservationId) {
                            e.reservationId = null;
                            status(e.id, ConnectorStatus.AVAILABLE, null);
                            return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
                        }
                    }
                }
                return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
            }

            @Override
            public CompletionStage<CommandResult> setChargingProfile(
                    OcppSession session, int evseId, ChargingProfile profile) {
                if ((evseId != 0 && !evses.containsKey(evseId)) || !profiles.install(evseId, profile)) {
                    log.accept("charging profile " + profile.id() + " refused on evse " + evseId);
                    return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.REJECTED));
                }
                logLimits(profile);
                return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
            }

            @Override
            public CompletionStage<CommandResult> clearChargingProfile(
                    OcppSession session, ChargingProfileCriteria criteria) {
                int cleared = profiles.clear(criteria);
                log.accept(cleared + " charging profile(s) cleared");
                return CompletableFuture.completedFuture(
                        CommandResult.of(cleared > 0 ? CommandStatus.ACCEPTED : CommandStatus.REJECTED));
            }

            @Override
            public CompletionStage<CompositeScheduleResult> getCompositeSchedule(
                    OcppSession session, int evseId, Duration duration, @Nullable ChargingRateUnit unit) {
                if (evseId != 0 && !evses.containsKey(evseId)) {
                    return CompletableFuture.completedFuture(
                            new CompositeScheduleResult(CommandResult.of(CommandStatus.REJECTED), null));
                }
                CompositeSchedule schedule = composite(evseId, now(), Math.toIntExact(duration.toSeconds()), unit);
                return CompletableFuture.completedFuture(
                        new CompositeScheduleResult(CommandResult.of(CommandStatus.ACCEPTED), schedule));
            }

            @Override
            public CompletionStage<CommandResult> triggerMessage(
                    OcppSession session, MessageTrigger trigger, @Nullable Integer evseId) {
                if (trigger == MessageTrigger.HEARTBEAT) {
                    CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS).execute(calls::heartbeat);
                    return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
                }
                if (trigger == MessageTrigger.STATUS_NOTIFICATION) {
                    int id = evseId == null ? 1 : evseId;
                    CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)
                            .execute(() -> status(id, statusOf(id), null));
                    return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.ACCEPTED));
                }
                return CompletableFuture.completedFuture(CommandResult.of(CommandStatus.NOT_SUPPORTED));
            }

            @Override
            public CompletionStage<DataTransferResult> dataTransfer(OcppSession session, DataTransfer request) {
                return CompletableFuture.completedFuture(DataTransferResult.of(DataTransferStatus.UNKNOWN_VENDOR_ID));
            }
        });
    }

    private ConnectorStatus statusOf(int evseId) {
        Evse e = evses.get(evseId);
        if (e == null) {
            return ConnectorStatus.UNAVAILABLE;
        }
        synchronized (e) {
            return e.tx != null
                    ? ConnectorStatus.CHARGING
                    : e.reservationId != null ? ConnectorStatus.RESERVED : ConnectorStatus.AVAILABLE;
        }
    }

    /** Logs the power every EVSE charges with now that a profile was installed. */
    private void logLimits(ChargingProfile profile) {
        StringBuilder b = new StringBuilder("charging profile " + profile.id() + " ("
                + profile.chargingProfilePurpose().value() + ") installed; power now");
        for (Evse e : evses.values()) {
            b.append(" evse ").append(e.id).append(' ');
            b.append(currentPowerW(e).setScale(0, RoundingMode.HALF_UP)).append(" W");
        }
        log.accept(b.toString());
    }

    /** Builds a {@link StationSimulator}; not thread-safe. */
    public static final class Builder {
        private @Nullable URI url;
        private OcppVersion version = OcppVersion.V16;
        private @Nullable String password;
        private @Nullable SSLContext sslContext;
        private @Nullable Path queueDirectory;
        private int evses = 1;
        private BigDecimal maxPowerW = new BigDecimal("11000");
        private Duration pace = Duration.ofMillis(200);
        private double timeScale = 1;
        private int remoteSamples = -1;
        private IdToken idToken = IdToken.of("SIM-0001", IdToken.TYPE_ISO14443);
        private String vendor = "ocpkit";
        private String model = "Simulator";
        private @Nullable String serialNumber;
        private ReconnectPolicy reconnect = ReconnectPolicy.exponential(Duration.ofMillis(200), Duration.ofSeconds(5));
        private int transactionMessageAttempts = 3;
        private Duration transactionMessageRetryInterval = Duration.ofSeconds(1);
        private Duration callTimeout = Duration.ofSeconds(30);
        private Consumer<String> log = line -> {};

        private Builder() {}

        /** The CSMS URL ending with the station identity. Required. */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The OCPP version; default 1.6. */
        public Builder version(OcppVersion version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** HTTP Basic password (security profile 1, or 2 with {@link #tls}). */
        public Builder password(@Nullable String password) {
            this.password = password;
            return this;
        }

        /** TLS context (profile 2 with a password, profile 3 without). */
        public Builder tls(@Nullable SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** A directory for a durable {@code FileMessageQueue}; default an in-memory queue. */
        public Builder queueDirectory(@Nullable Path queueDirectory) {
            this.queueDirectory = queueDirectory;
            return this;
        }

        /** The number of EVSEs (one connector each); default 1. */
        public Builder evses(int evses) {
            if (evses < 1) {
                throw new IllegalArgumentException("at least one EVSE");
            }
            this.evses = evses;
            return this;
        }

        /** The power drawn while charging without a limiting profile; default 11 kW. */
        public Builder maxPowerW(BigDecimal maxPowerW) {
            this.maxPowerW = Objects.requireNonNull(maxPowerW, "maxPowerW");
            return this;
        }

        /** Real time between meter samples; default 200 ms. */
        public Builder pace(Duration pace) {
            this.pace = Objects.requireNonNull(pace, "pace");
            return this;
        }

        /** How much faster than real time the simulated clock runs; default 1. */
        public Builder timeScale(double timeScale) {
            if (timeScale <= 0) {
                throw new IllegalArgumentException("timeScale must be positive");
            }
            this.timeScale = timeScale;
            return this;
        }

        /** Meter samples of a remotely started transaction before it stops by itself; default -1 (until stopped). */
        public Builder remoteSamples(int remoteSamples) {
            this.remoteSamples = remoteSamples;
            return this;
        }

        /** The token of locally started transactions; default {@code SIM-0001} (ISO14443). */
        public Builder idToken(IdToken idToken) {
            this.idToken = Objects.requireNonNull(idToken, "idToken");
            return this;
        }

        /** Vendor and model reported at boot. */
        public Builder vendorModel(String vendor, String model) {
            this.vendor = Objects.requireNonNull(vendor, "vendor");
            this.model = Objects.requireNonNull(model, "model");
            return this;
        }

        /** Serial number reported at boot. */
        public Builder serialNumber(@Nullable String serialNumber) {
            this.serialNumber = serialNumber;
            return this;
        }

        /** Reconnect policy; default 200 ms doubling to 5 s. */
        public Builder reconnect(ReconnectPolicy reconnect) {
            this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
            return this;
        }

        /** TransactionMessageAttempts; default 3. */
        public Builder transactionMessageAttempts(int attempts) {
            this.transactionMessageAttempts = attempts;
            return this;
        }

        /** TransactionMessageRetryInterval; default 1 s. */
        public Builder transactionMessageRetryInterval(Duration interval) {
            this.transactionMessageRetryInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** Call timeout; default 30 s. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
            return this;
        }

        /** Where event lines go (e.g. {@code System.out::println}); default nowhere. */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /** Builds the simulator (not started). */
        public StationSimulator build() {
            Objects.requireNonNull(url, "url is required");
            return new StationSimulator(this);
        }
    }
}
