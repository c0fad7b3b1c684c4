package dev.ocpkit.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.ReconnectPolicy;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.testkit.StationSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing is lost across CSMS crashes (issue 9, item 2). 20 testkit {@link StationSimulator}s (10 OCPP 1.6, 10 OCPP
 * 2.0.1), each with its own durable file queue ({@code queueDirectory}), run 1,000 transactions in total (1.6:
 * StartTransaction, two MeterValues, StopTransaction; 2.0.1: TransactionEvent Started, two Updated, Ended) against
 * {@code ocpkit csms --store} running as a child process, which is killed with SIGKILL and restarted 5 times while
 * the messages flow.
 *
 * <p>What a station's queue accepted is read from the queue's own journal on the disk (every {@code add} record,
 * written and flushed before {@code callQueued} returns). At the end every accepted message must be in the CSMS's
 * store exactly once after de-duplication by station and message id: duplicates (a message the CSMS stored but was
 * killed before acknowledging, re-sent with the same message id) are expected and counted, a missing message is
 * lost. Also checked: nothing left in the queues, no dead letters, every 1.6 MeterValues/StopTransaction carries a
 * transaction id the CSMS assigned to a StartTransaction of that station, a re-sent StartTransaction got its first
 * id again, and every 2.0.1 (transactionId, seqNo) is stored once.
 *
 * <p>Not part of the normal build: {@code ./mvnw -B -Pcrash -pl examples -am verify} (see docs/reliability.md).
 */
class NothingLostAcrossCsmsCrashes {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STATIONS = 20;
    private static final int TRANSACTIONS = 1_000;
    private static final int KILLS = 5;
    private static final int SAMPLES = 2;
    private static final int MESSAGES_PER_TRANSACTION = 2 + SAMPLES;
    private static final int EXPECTED = TRANSACTIONS * MESSAGES_PER_TRANSACTION;

    @TempDir
    Path dir;

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long lines(Path store) throws IOException {
        if (!Files.exists(store)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(store);
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }

    /**
     * Runs a station's transactions one after the other. A transaction whose Authorize fails (the CSMS is down:
     * Authorize is not a transaction message and is not queued) is tried again; nothing was queued for it yet.
     */
    private static int runTransactions(StationSimulator sim, int count) throws Exception {
        int authorizeRetries = 0;
        for (int t = 1; t <= count; t++) {
            IdToken token = IdToken.of(String.format("TAG-%s-%03d", sim.identity(), t), IdToken.TYPE_ISO14443);
            while (true) {
                try {
                    sim.runTransaction(1, token, SAMPLES).get(2, TimeUnit.MINUTES);
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (sim.transaction(1) != null || ++authorizeRetries > 10_000) {
                        throw e;
                    }
                    Thread.sleep(50);
                }
            }
        }
        return authorizeRetries;
    }

    /** The messages a queue accepted: the {@code add} records of its journal, as station/messageId to action. */
    private static Map<String, String> acceptedBy(String station, Path queueDir) throws IOException {
        Map<String, String> accepted = new HashMap<>();
        for (String line : Files.readAllLines(queueDir.resolve("queue.journal"), StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            if ("add".equals(n.path("op").asString())) {
                accepted.put(
                        station + "/" + n.get("id").asString(), n.get("action").asString());
            }
        }
        return accepted;
    }

    @Test
    void thousandTransactions_fiveSigkills_nothingLost() throws Exception {
        long started = System.nanoTime();
        int port = freePort();
        Path store = dir.resolve("csms-store.jsonl");
        Path log = dir.resolve("csms.log");
        List<StationSimulator> stations = new ArrayList<>();
        List<Path> queueDirs = new ArrayList<>();
        List<Integer> exitCodes = new ArrayList<>();
        AtomicReference<Throwable> killerFailure = new AtomicReference<>();
        try (CsmsProcess csms = new CsmsProcess(
                CsmsProcess.cliJar(),
                log,
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--ocpp",
                "2.0.1,1.6",
                "--store",
                store.toString())) {
            csms.start();
            for (int i = 0; i < STATIONS; i++) {
                String id = String.format("CS-%02d", i);
                Path queueDir = dir.resolve("queue-" + id);
                queueDirs.add(queueDir);
                stations.add(StationSimulator.builder()
                        .url(URI.create("ws://127.0.0.1:" + port + "/ocpp/" + id))
                        .version(i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201)
                        .queueDirectory(queueDir)
                        .pace(Duration.ofMillis(20))
                        .reconnect(ReconnectPolicy.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)))
                        .transactionMessageAttempts(1_000)
                        .transactionMessageRetryInterval(Duration.ofMillis(100))
                        .callTimeout(Duration.ofSeconds(10))
                        .build());
            }
            for (StationSimulator s : stations) {
                s.start().get(30, TimeUnit.SECONDS);
            }

            // the killer: SIGKILL whenever the store has grown by another sixth of the expected messages
            Thread killer = new Thread(
                    () -> {
                        try {
                            for (int k = 1; k <= KILLS; k++) {
                                long threshold = (long) EXPECTED * k / (KILLS + 1);
                                while (lines(store) < threshold) {
                                    Thread.sleep(5);
                                }
                                csms.kill9();
                                synchronized (exitCodes) {
                                    exitCodes.add(csms.exitCode());
                                }
                                Thread.sleep(300 + k * 100L); // stations find it gone and queue meanwhile
                                csms.start();
                            }
                        } catch (Throwable e) {
                            killerFailure.set(e);
                        }
                    },
                    "csms-killer");
            killer.setDaemon(true);
            killer.start();

            ExecutorService pool = Executors.newFixedThreadPool(STATIONS);
            List<Future<Integer>> runs = new ArrayList<>();
            for (StationSimulator s : stations) {
                runs.add(pool.submit(() -> runTransactions(s, TRANSACTIONS / STATIONS)));
            }
            AtomicInteger authorizeRetries = new AtomicInteger();
            for (Future<Integer> r : runs) {
                authorizeRetries.addAndGet(r.get(10, TimeUnit.MINUTES));
            }
            pool.shutdown();
            killer.join(TimeUnit.MINUTES.toMillis(5));
            assertThat(killerFailure.get()).as("the killer thread failed").isNull();
            assertThat(killer.isAlive()).as("all kills happened").isFalse();

            boolean drained = true;
            for (StationSimulator s : stations) {
                drained &= s.awaitQueueEmpty(Duration.ofMinutes(2));
            }
            int leftInQueues = stations.stream()
                    .mapToInt(s -> s.client().messageQueue().size())
                    .sum();
            int deadLetters = stations.stream()
                    .mapToInt(s -> s.client().messageQueue().deadLetters().size())
                    .sum();
            stations.forEach(StationSimulator::close);
            csms.close();

            // ------------------------------------------------------------ the check
            Map<String, String> acceptedKeys = new HashMap<>();
            for (int i = 0; i < STATIONS; i++) {
                acceptedKeys.putAll(acceptedBy(stations.get(i).identity(), queueDirs.get(i)));
            }
            Map<String, Integer> acceptedByAction = new TreeMap<>();
            acceptedKeys.values().forEach(a -> acceptedByAction.merge(a, 1, Integer::sum));
            List<String> storeLines = Files.readAllLines(store, StandardCharsets.UTF_8);
            Map<String, JsonNode> stored = new HashMap<>();
            int duplicates = 0;
            int flaggedDuplicates = 0;
            Map<String, Set<String>> startedTx16 = new HashMap<>();
            Map<String, String> startTxByKey = new HashMap<>();
            int inconsistentStartIds = 0;
            for (String line : storeLines) {
                JsonNode n = JSON.readTree(line);
                String key =
                        n.get("station").asString() + "/" + n.get("messageId").asString();
                if (n.get("duplicate").asBoolean()) {
                    flaggedDuplicates++;
                }
                if (stored.putIfAbsent(key, n) != null) {
                    duplicates++;
                }
                if (n.get("action").asString().equals("StartTransaction")) {
                    String tx = n.get("transactionId").asString();
                    String first = startTxByKey.putIfAbsent(key, tx);
                    if (first != null && !first.equals(tx)) {
                        inconsistentStartIds++;
                    }
                    startedTx16
                            .computeIfAbsent(n.get("station").asString(), s -> new HashSet<>())
                            .add(tx);
                }
            }
            Set<String> lost = new HashSet<>(acceptedKeys.keySet());
            lost.removeAll(stored.keySet());
            Set<String> unexpected = new HashSet<>(stored.keySet());
            unexpected.removeAll(acceptedKeys.keySet());
            int orphans16 = 0;
            Set<String> seqNos201 = new HashSet<>();
            int seqNoCollisions = 0;
            for (JsonNode n : stored.values()) {
                String station = n.get("station").asString();
                String action = n.get("action").asString();
                if (action.equals("StopTransaction") || action.equals("MeterValues")) {
                    if (!startedTx16
                            .getOrDefault(station, Set.of())
                            .contains(n.get("transactionId").asString())) {
                        orphans16++;
                    }
                }
                if (action.equals("TransactionEvent")
                        && !seqNos201.add(station + "/" + n.get("transactionId").asString() + "/"
                                + n.get("payload").get("seqNo").asInt())) {
                    seqNoCollisions++;
                }
            }
            long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            List<String> restarts = csms.output()
                    .lines()
                    .filter(l -> l.startsWith("Transaction store"))
                    .toList();

            System.out.printf(
                    "NothingLostAcrossCsmsCrashes: %d stations (10 x OCPP 1.6, 10 x OCPP 2.0.1), %d transactions,"
                            + " %d SIGKILLs of the CSMS process (exit codes %s), %d s%n"
                            + "  accepted by the station queues: %d %s%n"
                            + "  stored lines: %d, distinct messages: %d, duplicates (re-sent after a kill): %d"
                            + " (flagged by the CSMS: %d)%n"
                            + "  lost: %d, unexpected: %d, left in queues: %d, dead letters: %d,"
                            + " Authorize retried while the CSMS was down: %d%n"
                            + "  1.6 messages without a StartTransaction id: %d, re-sent StartTransaction with another"
                            + " id: %d, 2.0.1 (transactionId, seqNo) stored twice: %d%n"
                            + "  CSMS starts: %s%n",
                    STATIONS,
                    TRANSACTIONS,
                    KILLS,
                    exitCodes,
                    elapsed,
                    acceptedKeys.size(),
                    acceptedByAction,
                    storeLines.size(),
                    stored.size(),
                    duplicates,
                    flaggedDuplicates,
                    lost.size(),
                    unexpected.size(),
                    leftInQueues,
                    deadLetters,
                    authorizeRetries.get(),
                    orphans16,
                    inconsistentStartIds,
                    seqNoCollisions,
                    restarts);

            assertThat(exitCodes).hasSize(KILLS).allMatch(c -> c == 137, "killed by SIGKILL (128 + 9)");
            assertThat(restarts).hasSize(KILLS + 1);
            assertThat(drained).as("every queue drained").isTrue();
            assertThat(acceptedKeys).hasSize(EXPECTED);
            assertThat(lost).as("lost messages").isEmpty();
            assertThat(unexpected).as("stored messages no queue accepted").isEmpty();
            assertThat(leftInQueues).isZero();
            assertThat(deadLetters).isZero();
            assertThat(stored).hasSize(EXPECTED);
            assertThat(flaggedDuplicates).isEqualTo(duplicates);
            assertThat(orphans16).isZero();
            assertThat(inconsistentStartIds).isZero();
            assertThat(seqNoCollisions).isZero();
        } finally {
            stations.forEach(StationSimulator::close);
        }
    }
}
