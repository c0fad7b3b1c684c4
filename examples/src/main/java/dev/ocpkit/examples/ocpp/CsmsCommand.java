package dev.ocpkit.examples.ocpp;

import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppListener;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.SecurityProfile;
import dev.ocpkit.ocpp.StationAuthenticator;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.CsmsOptions;
import dev.ocpkit.ocpp.neutral.DataTransfer;
import dev.ocpkit.ocpp.neutral.DataTransferResult;
import dev.ocpkit.ocpp.neutral.DataTransferStatus;
import dev.ocpkit.ocpp.neutral.FirmwareStatusEvent;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.MeterValuesEvent;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocpkit csms}: a CSMS that accepts every station (unless a password file is given), answers every
 * station-initiated message validly and prints one line per event.
 *
 * @since 0.1
 */
@Command(
        name = "csms",
        mixinStandardHelpOptions = true,
        description = "Run an OCPP CSMS that accepts stations and prints one line per event.")
public final class CsmsCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "9000")
    int port;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).", defaultValue = "0.0.0.0")
    String host = "0.0.0.0";

    @Option(
            names = "--ocpp",
            split = ",",
            description = "OCPP versions to accept, most preferred first (default: 2.1,2.0.1,1.6).")
    @Nullable
    List<String> versions;

    @Option(
            names = "--password-file",
            description = "File of 'identity=password' lines: enables security profile 1 (HTTP Basic), 401 otherwise.")
    @Nullable
    Path passwordFile;

    @Option(names = "--transport", description = "jws (Java-WebSocket, default) or netty.", defaultValue = "jws")
    String transport = "jws";

    @Option(
            names = "--heartbeat-interval",
            description = "Interval given in BootNotification answers, seconds (default: ${DEFAULT-VALUE}).",
            defaultValue = "300")
    int heartbeatSeconds;

    @Option(
            names = "--store",
            description =
                    "Append every transaction message received (1.6 StartTransaction, StopTransaction, MeterValues"
                            + " of a transaction; 2.x TransactionEvent) to this file, one JSON line each, flushed to the disk"
                            + " before the answer; a re-sent 1.6 StartTransaction gets its first transaction id again.")
    @Nullable
    Path storeFile;

    @Option(names = "--duration", description = "Stop after this many seconds (default: run until interrupted).")
    @Nullable
    Integer durationSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<OcppVersion> vs = versions == null
                ? List.of(OcppVersion.V21, OcppVersion.V201, OcppVersion.V16)
                : versions.stream().map(OcppVersion::parse).toList();
        CsmsServer.Builder b = CsmsServer.builder()
                .host(host)
                .port(port)
                .versions(vs.toArray(OcppVersion[]::new))
                .transport(
                        "netty".equalsIgnoreCase(transport)
                                ? CsmsServer.Transport.NETTY
                                : CsmsServer.Transport.JAVA_WEBSOCKET)
                .handlers(handlers(out))
                .options(OcppOptions.builder().listener(new Lifecycle(out)).build());
        if (passwordFile != null) {
            b.securityProfile(SecurityProfile.BASIC)
                    .authenticator(StationAuthenticator.passwords(readPasswords(passwordFile)));
        }
        CsmsServer server;
        try {
            server = b.build().start();
        } catch (RuntimeException e) {
            closeStore();
            throw e;
        }
        out.println("CSMS listening on ws://" + host + ":" + server.port() + "/<identity> ("
                + String.join(", ", vs.stream().map(OcppVersion::subprotocol).toList())
                + (passwordFile == null ? ", no authentication" : ", HTTP Basic") + ")");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "ocpkit-csms-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (durationSeconds != null) {
                stop.await(durationSeconds, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
        } finally {
            server.stop();
            closeStore();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        return 0;
    }

    private @Nullable TransactionStore store;

    private OcppHandlers handlers(PrintWriter out) {
        Printer printer = new Printer(out, Duration.ofSeconds(heartbeatSeconds));
        if (storeFile == null) {
            return NeutralCsms.handlers(printer);
        }
        store = TransactionStore.open(storeFile);
        out.println("Transaction store " + storeFile + ": " + store.lines() + " line(s), " + store.duplicates()
                + " duplicate(s)");
        return store.wrap(
                NeutralCsms.handlers(printer, CsmsOptions.defaults().withTransactionIds(store.transactionIds())));
    }

    private void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    static Map<String, String> readPasswords(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(
                        new CommandLine(new CsmsCommand()), "Bad line in " + file + ": expected identity=password");
            }
            map.put(l.substring(0, eq).strip(), l.substring(eq + 1));
        }
        return map;
    }

    private static final class Lifecycle implements OcppListener {
        private final PrintWriter out;

        Lifecycle(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void connected(OcppSession s) {
            print(out, s, "connected (" + s.version().subprotocol() + ")");
        }

        @Override
        public void disconnected(OcppSession s, int code, String reason) {
            print(out, s, "disconnected (" + code + ")");
        }
    }

    static void print(PrintWriter out, OcppSession s, String line) {
        synchronized (out) {
            out.println(s.identity() + " " + line);
            out.flush();
        }
    }

    /** Answers everything positively and prints it. */
    private static final class Printer implements CsmsHandler {
        private final PrintWriter out;
        private final Duration interval;

        Printer(PrintWriter out, Duration interval) {
            this.out = out;
            this.interval = interval;
        }

        @Override
        public CompletionStage<BootDecision> boot(OcppSession s, BootInfo boot) {
            print(out, s, "boot " + boot.vendor() + " " + boot.model() + " -> Accepted");
            return CompletableFuture.completedFuture(BootDecision.accepted(interval));
        }

        @Override
        public CompletionStage<Void> heartbeat(OcppSession s) {
            print(out, s, "heartbeat");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Authorization> authorize(OcppSession s, IdToken idToken) {
            print(out, s, "authorize " + mask(idToken.value()) + " -> Accepted");
            return CompletableFuture.completedFuture(Authorization.accepted());
        }

        @Override
        public CompletionStage<Void> status(OcppSession s, StatusEvent e) {
            print(
                    out,
                    s,
                    "status evse " + e.evseId() + " connector " + e.connectorId() + " "
                            + e.status().value() + (e.errorCode() == null ? "" : " " + e.errorCode()));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Authorization> transactionStarted(OcppSession s, TransactionStarted e) {
            print(
                    out,
                    s,
                    "transaction " + e.transactionId() + " started on evse " + e.evseId()
                            + (e.meterStartWh() == null
                                    ? ""
                                    : " at " + e.meterStartWh().toPlainString() + " Wh"));
            return CompletableFuture.completedFuture(Authorization.accepted());
        }

        @Override
        public CompletionStage<@Nullable Authorization> transactionUpdated(OcppSession s, TransactionUpdated e) {
            print(out, s, "transaction " + e.transactionId() + " meter " + energy(e.samples()));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<@Nullable Authorization> transactionEnded(OcppSession s, TransactionEnded e) {
            print(
                    out,
                    s,
                    "transaction " + e.transactionId() + " ended"
                            + (e.meterStopWh() == null
                                    ? ""
                                    : " at " + e.meterStopWh().toPlainString() + " Wh")
                            + (e.stoppedReason() == null
                                    ? ""
                                    : " (" + e.stoppedReason().value() + ")"));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> meterValues(OcppSession s, MeterValuesEvent e) {
            print(out, s, "meter values evse " + e.evseId() + " " + energy(e.samples()));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<DataTransferResult> dataTransfer(OcppSession s, DataTransfer request) {
            print(out, s, "data transfer " + request.vendorId() + " -> UnknownVendorId");
            return CompletableFuture.completedFuture(DataTransferResult.of(DataTransferStatus.UNKNOWN_VENDOR_ID));
        }

        @Override
        public CompletionStage<Void> firmwareStatus(OcppSession s, FirmwareStatusEvent e) {
            print(out, s, "firmware status " + e.status().value());
            return CompletableFuture.completedFuture(null);
        }

        private static String energy(List<MeterSample> samples) {
            for (MeterSample m : samples) {
                if (m.measurand().equals(MeterSample.ENERGY_ACTIVE_IMPORT_REGISTER) && m.phase() == null) {
                    BigDecimal wh = m.baseValue();
                    return wh.toPlainString() + " Wh";
                }
            }
            return samples.size() + " samples";
        }

        private static String mask(String id) {
            return id.length() <= 4 ? "****" : "****" + id.substring(id.length() - 4);
        }
    }
}
