package dev.ocpkit.ocpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppConnectionException;
import dev.ocpkit.ocpp.OcppException;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppListener;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppTimeoutException;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.ReconnectPolicy;
import dev.ocpkit.ocpp.StationClient;
import dev.ocpkit.ocpp.v16.DataTransferStatus;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v201.DataTransferStatusEnum;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 10,000 CALLs in both directions (station to CSMS and CSMS to station, OCPP 1.6 and 2.0.1 DataTransfer) with a
 * 150 ms call timeout, while a chaos thread keeps dropping connections: TCP resets through a proxy, closes by the
 * CSMS and closes by the station. The peers answer normally, with a CALLERROR, or too late (after the timeout).
 *
 * <p>{@link dev.ocpkit.ocpp.OcppSession} promises that every returned future completes; this test checks it: after
 * a bounded wait no future is pending, every outcome is one of result, CALLERROR, timeout or connection failure,
 * and no connection is left with a pending call. The count of each outcome is printed.
 */
class EveryFutureCompletesIT {
    private static final int CALLS = 10_000;
    private static final int STATIONS = 10;
    private static final Duration CALL_TIMEOUT = Duration.ofMillis(150);
    private static final long SLOW_MS = 400;
    private static final Executor LATER =
            CompletableFuture.delayedExecutor(SLOW_MS, TimeUnit.MILLISECONDS, Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "slow-answers");
                t.setDaemon(true);
                return t;
            }));

    enum Outcome {
        RESULT,
        CALLERROR,
        TIMEOUT,
        CONNECTION_FAILURE,
        OTHER
    }

    /** What a peer does with a DataTransfer, chosen by the caller through its {@code data}. */
    private static <T> CompletionStage<T> behave(String data, T answer) {
        return switch (data) {
            case "error" -> CompletableFuture.failedFuture(
                    new OcppCallErrorException(CallErrorCode.GENERIC_ERROR, "asked to fail"));
            case "slow" -> CompletableFuture.supplyAsync(() -> answer, LATER);
            default -> CompletableFuture.completedFuture(answer);
        };
    }

    private static OcppHandlers handlers() {
        return OcppHandlers.builder()
                .onAsync(
                        Ocpp16Actions.DATA_TRANSFER,
                        (ctx, req) -> behave(
                                String.valueOf(req.data()),
                                new dev.ocpkit.ocpp.v16.DataTransferResponse(DataTransferStatus.ACCEPTED, req.data())))
                .onAsync(
                        Ocpp201Actions.DATA_TRANSFER,
                        (ctx, req) -> behave(
                                String.valueOf(req.data()),
                                new dev.ocpkit.ocpp.v201.DataTransferResponse(
                                        DataTransferStatusEnum.ACCEPTED, null, req.data(), null)))
                .build();
    }

    private static String behaviour(Random random) {
        int r = random.nextInt(100);
        return r < 6 ? "error" : r < 10 ? "slow" : "ok";
    }

    private static CompletableFuture<? extends OcppResponse> dataTransfer(OcppSession s, String data) {
        return s.version() == OcppVersion.V16
                ? s.call(new dev.ocpkit.ocpp.v16.DataTransferRequest("dev.ocpkit", null, data))
                : s.call(new dev.ocpkit.ocpp.v201.DataTransferRequest(null, data, "dev.ocpkit", null));
    }

    private static CompletableFuture<? extends OcppResponse> dataTransfer(StationClient c, OcppVersion v, String data) {
        return v == OcppVersion.V16
                ? c.call(new dev.ocpkit.ocpp.v16.DataTransferRequest("dev.ocpkit", null, data))
                : c.call(new dev.ocpkit.ocpp.v201.DataTransferRequest(null, data, "dev.ocpkit", null));
    }

    private static Outcome classify(CompletableFuture<?> f) {
        if (!f.isCompletedExceptionally()) {
            return Outcome.RESULT;
        }
        Throwable t;
        try {
            f.getNow(null);
            return Outcome.RESULT;
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            t = e;
        }
        OcppException e = OcppException.extract(t);
        if (e instanceof OcppCallErrorException) {
            return Outcome.CALLERROR;
        }
        if (e instanceof OcppTimeoutException) {
            return Outcome.TIMEOUT;
        }
        if (e instanceof OcppConnectionException) {
            return Outcome.CONNECTION_FAILURE;
        }
        return Outcome.OTHER;
    }

    @ParameterizedTest
    @EnumSource(CsmsServer.Transport.class)
    void tenThousandCallsWhileConnectionsDrop_everyFutureCompletes(CsmsServer.Transport transport) throws Exception {
        Map<String, OcppSession> lastCsmsSession = new ConcurrentHashMap<>();
        OcppOptions csmsOptions = OcppOptions.builder()
                .callTimeout(CALL_TIMEOUT)
                .listener(new OcppListener() {
                    @Override
                    public void connected(OcppSession session) {
                        lastCsmsSession.put(session.identity(), session);
                    }
                })
                .build();
        OcppOptions stationOptions =
                OcppOptions.builder().callTimeout(CALL_TIMEOUT).build();
        List<StationClient> stations = new ArrayList<>();
        List<OcppVersion> versions = new ArrayList<>();
        List<CompletableFuture<?>> futures = new ArrayList<>(CALLS);
        Map<Outcome, AtomicInteger> stationToCsms = new EnumMap<>(Outcome.class);
        Map<Outcome, AtomicInteger> csmsToStation = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            stationToCsms.put(o, new AtomicInteger());
            csmsToStation.put(o, new AtomicInteger());
        }
        AtomicBoolean chaosOn = new AtomicBoolean(true);
        AtomicInteger closesByCsms = new AtomicInteger();
        AtomicInteger closesByStation = new AtomicInteger();
        long started = System.nanoTime();
        try (CsmsServer server = CsmsServer.builder()
                        .host("127.0.0.1")
                        .transport(transport)
                        .versions(OcppVersion.V201, OcppVersion.V16)
                        .handlers(handlers())
                        .options(csmsOptions)
                        .pingInterval(Duration.ZERO)
                        .build()
                        .start();
                ChaosProxy proxy = new ChaosProxy(server.port())) {
            for (int i = 0; i < STATIONS; i++) {
                OcppVersion v = i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201;
                StationClient c = StationClient.builder()
                        .url(URI.create("ws://127.0.0.1:" + proxy.port() + "/ocpp/CP-" + i))
                        .versions(v)
                        .handlers(handlers())
                        .options(stationOptions)
                        .reconnect(new ReconnectPolicy(true, Duration.ofMillis(10), Duration.ofMillis(100), 2, 0.2))
                        .connectTimeout(Duration.ofSeconds(2))
                        .pingInterval(Duration.ZERO)
                        .build();
                stations.add(c);
                versions.add(v);
            }
            for (StationClient c : stations) {
                c.connect().get(10, TimeUnit.SECONDS);
            }
            Thread chaos = new Thread(
                    () -> {
                        Random r = new Random(7);
                        while (chaosOn.get()) {
                            int pick = r.nextInt(4);
                            int i = r.nextInt(STATIONS);
                            if (pick < 2) {
                                proxy.cutRandom(r);
                            } else if (pick == 2) {
                                server.station("CP-" + i).ifPresent(s -> {
                                    s.close();
                                    closesByCsms.incrementAndGet();
                                });
                            } else {
                                stations.get(i).session().ifPresent(s -> {
                                    s.close();
                                    closesByStation.incrementAndGet();
                                });
                            }
                            try {
                                Thread.sleep(20 + r.nextInt(40));
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "chaos");
            chaos.start();

            Semaphore outstanding = new Semaphore(100);
            ExecutorService callers = Executors.newFixedThreadPool(4);
            List<CompletableFuture<?>> synchronizedFutures = java.util.Collections.synchronizedList(futures);
            List<Boolean> fromStationFlags = new ArrayList<>(CALLS);
            AtomicInteger issued = new AtomicInteger();
            List<java.util.concurrent.Future<?>> loops = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                loops.add(callers.submit(() -> {
                    Random r = new Random(seed);
                    while (issued.incrementAndGet() <= CALLS) {
                        if (!outstanding.tryAcquire(30, TimeUnit.SECONDS)) {
                            throw new AssertionError("100 calls outstanding for 30 s: futures are not completing");
                        }
                        int i = r.nextInt(STATIONS);
                        String data = behaviour(r);
                        boolean fromStation = r.nextBoolean();
                        CompletableFuture<?> f;
                        if (fromStation) {
                            f = dataTransfer(stations.get(i), versions.get(i), data);
                        } else {
                            OcppSession s = server.station("CP-" + i).orElse(lastCsmsSession.get("CP-" + i));
                            f = dataTransfer(s, data);
                        }
                        synchronized (synchronizedFutures) {
                            synchronizedFutures.add(f);
                            fromStationFlags.add(fromStation);
                        }
                        f.whenComplete((x, e) -> outstanding.release());
                        if (r.nextInt(8) == 0) {
                            Thread.sleep(1);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> l : loops) {
                l.get(120, TimeUnit.SECONDS);
            }
            callers.shutdown();
            chaosOn.set(false);
            chaos.join();

            // bounded wait: every call has a 150 ms timeout, so 10 s is plenty
            CompletableFuture<?>[] all;
            synchronized (synchronizedFutures) {
                all = futures.toArray(CompletableFuture[]::new);
            }
            try {
                CompletableFuture.allOf(all).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expected) {
                // some completed exceptionally; all of them completed
            } catch (TimeoutException e) {
                // counted below
            }
            long pending = java.util.Arrays.stream(all).filter(f -> !f.isDone()).count();
            for (int i = 0; i < all.length; i++) {
                if (all[i].isDone()) {
                    (fromStationFlags.get(i) ? stationToCsms : csmsToStation)
                            .get(classify(all[i]))
                            .incrementAndGet();
                }
            }
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            // no connection keeps a pending call once everything completed
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            int leftInEndpoints;
            do {
                leftInEndpoints = 0;
                for (OcppSession s : server.stations()) {
                    leftInEndpoints += s.pendingCalls();
                }
                for (StationClient c : stations) {
                    leftInEndpoints +=
                            c.session().map(OcppSession::pendingCalls).orElse(0);
                }
                if (leftInEndpoints > 0) {
                    Thread.sleep(20);
                }
            } while (leftInEndpoints > 0 && System.nanoTime() < deadline);

            System.out.printf(
                    "EveryFutureCompletesIT (%s): %d calls in %d ms, chaos: %d TCP resets, %d closes by the CSMS,"
                            + " %d by stations; pending after the wait: %d%n"
                            + "  station->CSMS: %s%n  CSMS->station: %s%n",
                    transport,
                    all.length,
                    elapsedMs,
                    proxy.cuts(),
                    closesByCsms.get(),
                    closesByStation.get(),
                    pending,
                    stationToCsms,
                    csmsToStation);

            assertThat(all).hasSize(CALLS);
            assertThat(pending).as("futures still pending").isZero();
            assertThat(leftInEndpoints)
                    .as("calls left pending inside endpoints")
                    .isZero();
            int total = 0;
            for (Outcome o : Outcome.values()) {
                total += stationToCsms.get(o).get() + csmsToStation.get(o).get();
            }
            assertThat(total).as("every completion was counted").isEqualTo(CALLS);
            for (Map<Outcome, AtomicInteger> direction : List.of(stationToCsms, csmsToStation)) {
                assertThat(direction.get(Outcome.OTHER).get()).isZero();
                assertThat(direction.get(Outcome.RESULT).get()).isPositive();
                assertThat(direction.get(Outcome.CALLERROR).get()).isPositive();
                assertThat(direction.get(Outcome.TIMEOUT).get()).isPositive();
                assertThat(direction.get(Outcome.CONNECTION_FAILURE).get()).isPositive();
            }
            assertThat(proxy.cuts() + closesByCsms.get() + closesByStation.get())
                    .isGreaterThan(50);
        } finally {
            chaosOn.set(false);
            stations.forEach(StationClient::close);
        }
    }
}
