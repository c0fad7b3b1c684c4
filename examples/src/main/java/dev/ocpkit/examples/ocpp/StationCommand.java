package dev.ocpkit.examples.ocpp;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.testkit.StationSimulator;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocpkit station}: a simulated charging station that boots, reports its status, runs N transactions with
 * meter values, answers the CSMS's commands and exits 0 when done and its message queue is empty.
 *
 * @since 0.1
 */
@Command(
        name = "station",
        mixinStandardHelpOptions = true,
        description = "Run a simulated charging station against a CSMS.")
public final class StationCommand implements Callable<Integer> {
    @Option(
            names = "--url",
            required = true,
            description = "CSMS URL ending with the station identity, e.g. ws://127.0.0.1:9000/ocpp/CP-1")
    URI url;

    @Option(
            names = "--ocpp",
            description = "OCPP version: 1.6, 2.0.1 or 2.1 (default: ${DEFAULT-VALUE}).",
            defaultValue = "1.6")
    String version = "1.6";

    @Option(
            names = "--transactions",
            description = "Transactions to run (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int transactions;

    @Option(
            names = "--samples",
            description = "Meter values per transaction (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int samples;

    @Option(
            names = "--pace-ms",
            description = "Milliseconds between meter values (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    int paceMs;

    @Option(names = "--queue-dir", description = "Directory of the durable message queue (default: in memory).")
    @Nullable
    Path queueDir;

    @Option(names = "--password", description = "HTTP Basic password (security profile 1), user name = identity.")
    @Nullable
    String password;

    @Option(names = "--evses", description = "Number of EVSEs (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    int evses;

    @Option(
            names = "--max-power-w",
            description = "Charging power without a profile, W (default: ${DEFAULT-VALUE}).",
            defaultValue = "11000")
    BigDecimal maxPowerW;

    @Option(
            names = "--stay",
            description = "Keep running after the transactions, answering remote commands, until interrupted.")
    boolean stay;

    @Option(
            names = "--timeout",
            description = "Seconds to wait for the CSMS and for the queue to drain (default: ${DEFAULT-VALUE}).",
            defaultValue = "60")
    int timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OcppVersion v = OcppVersion.parse(version);
        try (StationSimulator sim = StationSimulator.builder()
                .url(url)
                .version(v)
                .password(password)
                .queueDirectory(queueDir)
                .evses(evses)
                .maxPowerW(maxPowerW)
                .pace(Duration.ofMillis(paceMs))
                .log(line -> {
                    synchronized (out) {
                        out.println(line);
                        out.flush();
                    }
                })
                .build()) {
            try {
                sim.start().get(timeoutSeconds, TimeUnit.SECONDS);
                if (transactions > 0) {
                    sim.runTransactions(transactions, samples)
                            .get(timeoutSeconds + (long) transactions * samples * paceMs / 1000, TimeUnit.SECONDS);
                }
            } catch (ExecutionException e) {
                err.println("station failed: " + e.getCause().getMessage());
                return 1;
            } catch (java.util.concurrent.TimeoutException e) {
                err.println("station gave up: no progress within " + timeoutSeconds + " s");
                return 1;
            }
            if (!sim.awaitQueueEmpty(Duration.ofSeconds(timeoutSeconds))) {
                err.println("station gave up: " + sim.client().messageQueue().size()
                        + " transaction messages still queued");
                return 1;
            }
            int dead = sim.client().messageQueue().deadLetters().size();
            out.println("done: " + transactions + " transaction(s), queue empty"
                    + (dead == 0 ? "" : ", " + dead + " dead letter(s)"));
            out.flush();
            if (stay) {
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
            return dead == 0 ? 0 : 1;
        }
    }
}
