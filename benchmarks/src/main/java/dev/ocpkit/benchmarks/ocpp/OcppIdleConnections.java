package dev.ocpkit.benchmarks.ocpp;

import dev.ocpkit.benchmarks.cli.Options;
import dev.ocpkit.ocpp.CsmsServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Memory per idle station connection of ocpkit's {@link CsmsServer}, on each transport.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ocpkit.benchmarks.ocpp.OcppIdleConnections --stations 10000 \
 *     [--transports JAVA_WEBSOCKET,NETTY] [--server-jvm "-Xmx1g"]
 * </pre>
 *
 * <p>For each transport the server runs in a fresh child JVM (so that neither the load client nor the other transport
 * shows in its heap or RSS). This process is the client: it opens {@value #WARM} connections first (each sends a
 * BootNotification and gets its answer), has the server measure, opens the rest, has the server measure again. The
 * server measures heap used after {@code System.gc()} (three times, {@link java.lang.management.MemoryMXBean}) and
 * VmRSS from {@code /proc/self/status}; per connection is the growth between the two measurements divided by the
 * connections added (the first {@value #WARM} absorb one-time costs: classes, caches, thread stacks).
 */
public final class OcppIdleConnections {
    private static final int WARM = 200;
    private static final String USAGE =
            """
            Usage: java -cp benchmarks.jar dev.ocpkit.benchmarks.ocpp.OcppIdleConnections [options]
              --stations N             idle station connections to hold (default 10000; needs ulimit -n above N
                                       in this process and in the server's)
              --transports A,B         JAVA_WEBSOCKET and/or NETTY (default both)
              --server-jvm "FLAGS"     JVM flags of the server child process (default -Xmx1g)
              --serve TRANSPORT        internal: run as the server child process
            Run it under the build lock: flock /tmp/ocpkit-maven.lock java -cp ...""";

    private OcppIdleConnections() {}

    /**
     * Runs the measurement, or (with {@code --serve TRANSPORT}) the server side of it.
     *
     * @param args command-line arguments, see the class comment
     * @throws Exception when the server or the client fails
     */
    public static void main(String[] args) throws Exception {
        Options opts = Options.parse(args, USAGE, Set.of("stations", "transports", "server-jvm", "serve"));
        if (opts.has("serve")) {
            serve(CsmsServer.Transport.valueOf(opts.get("serve", "")));
            return;
        }
        int stations = opts.getInt("stations", 10_000);
        List<String> transports = opts.getList("transports", "JAVA_WEBSOCKET,NETTY");
        List<String> serverJvm = List.of(opts.get("server-jvm", "-Xmx1g").trim().split("\\s+"));
        System.out.printf(
                Locale.ROOT,
                "OcppIdleConnections %s | %d stations | server JVM %s %s | %d CPUs | ulimit -n applies per process%n",
                Instant.now(),
                stations,
                System.getProperty("java.runtime.version"),
                serverJvm,
                Runtime.getRuntime().availableProcessors());
        List<String> rows = new ArrayList<>();
        for (String t : transports) {
            rows.add(measure(CsmsServer.Transport.valueOf(t.trim()), stations, serverJvm));
        }
        System.out.println();
        System.out.println("| transport | stations connected | heap/conn (KiB) | RSS/conn (KiB) | heap, first " + WARM
                + " -> all | RSS, first " + WARM + " -> all | connect time of the rest (s) |");
        System.out.println("|---|---:|---:|---:|---|---|---:|");
        rows.forEach(System.out::println);
    }

    private static String measure(CsmsServer.Transport transport, int stations, List<String> serverJvm)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(serverJvm);
        cmd.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                OcppIdleConnections.class.getName(),
                "--serve",
                transport.name()));
        Process server = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String l = r.readLine(); l != null; l = r.readLine()) {
                            lines.add(l);
                        }
                    } catch (IOException e) {
                        lines.add("ERROR " + e);
                    }
                    lines.add("EOF");
                },
                "server-output");
        reader.setDaemon(true);
        reader.start();
        try (Writer toServer = new OutputStreamWriter(server.getOutputStream(), StandardCharsets.UTF_8)) {
            String[] listening = expect(lines, "LISTENING", null);
            int port = Integer.parseInt(listening[1]);
            System.out.printf(
                    Locale.ROOT,
                    "%n== %s: server pid %d listening on %d; before any connection: heap %s, RSS %s%n",
                    transport,
                    server.pid(),
                    port,
                    mib(Long.parseLong(listening[2])),
                    mib(Long.parseLong(listening[3])));
            try (LoadClient client = new LoadClient(
                    new InetSocketAddress(Target.HOST, port),
                    "/ocpp/",
                    "IDLE-",
                    Mix.ocpp16(),
                    Duration.ofSeconds(30),
                    512)) {
                int warm = Math.min(WARM, stations);
                LoadClient.ConnectResult first = client.connect(warm, 128, Duration.ofMinutes(2));
                report("warm", first);
                String[] m1 = measureServer(toServer, lines, client);
                long start = System.nanoTime();
                LoadClient.ConnectResult all = client.connect(stations - warm, 128, Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                report("all", all);
                String[] m2 = measureServer(toServer, lines, client);
                int open = client.openConnections();
                int serverCount = Integer.parseInt(m2[3]);
                long heap1 = Long.parseLong(m1[1]);
                long rss1 = Long.parseLong(m1[2]);
                long heap2 = Long.parseLong(m2[1]);
                long rss2 = Long.parseLong(m2[2]);
                int added = Math.max(1, serverCount - Integer.parseInt(m1[3]));
                System.out.printf(
                        Locale.ROOT,
                        "connections: %d open at the client, %d at the server; heap %s -> %s, RSS %s -> %s%n",
                        open,
                        serverCount,
                        mib(heap1),
                        mib(heap2),
                        mib(rss1),
                        mib(rss2));
                return String.format(
                        Locale.ROOT,
                        "| %s | %d of %d | %.2f | %.2f | %s -> %s | %s -> %s | %.1f |",
                        transport,
                        serverCount,
                        stations,
                        (heap2 - heap1) / 1024.0 / added,
                        (rss2 - rss1) / 1024.0 / added,
                        mib(heap1),
                        mib(heap2),
                        mib(rss1),
                        mib(rss2),
                        seconds);
            } finally {
                toServer.write("EXIT\n");
                toServer.flush();
            }
        } finally {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void report(String step, LoadClient.ConnectResult r) {
        System.out.printf(
                Locale.ROOT,
                "%s: %d booted, %d failed in %.1f s%s%n",
                step,
                r.booted(),
                r.failed(),
                r.nanos() / 1e9,
                r.firstFailure() == null ? "" : " (first failure: " + r.firstFailure() + ")");
    }

    /** Asks the server to measure while this thread keeps the connections served (pings answered). */
    private static String[] measureServer(Writer toServer, BlockingQueue<String> lines, LoadClient client)
            throws Exception {
        toServer.write("MEASURE\n");
        toServer.flush();
        return expect(lines, "MEASURED", client);
    }

    private static String[] expect(BlockingQueue<String> lines, String tag, @Nullable LoadClient client)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < end) {
            String l = lines.poll();
            if (l == null) {
                if (client != null) {
                    client.idle(Duration.ofMillis(100));
                } else {
                    Thread.sleep(50);
                }
                continue;
            }
            if (l.startsWith(tag + " ")) {
                return l.split(" ");
            }
            if (l.equals("EOF")) {
                throw new IllegalStateException("the server process ended before " + tag);
            }
            System.out.println("  server: " + l);
        }
        throw new IllegalStateException("no " + tag + " from the server within 5 minutes");
    }

    // ------------------------------------------------------------------ the server process

    private static void serve(CsmsServer.Transport transport) throws Exception {
        PrintStream out = System.out;
        Target target = Target.ocpkit(transport);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            long heap = heapAfterGc();
            out.printf(Locale.ROOT, "LISTENING %d %d %d%n", target.port(), heap, rssBytes());
            out.flush();
            for (String l = in.readLine(); l != null && !l.equals("EXIT"); l = in.readLine()) {
                if (l.equals("MEASURE")) {
                    long h = heapAfterGc();
                    out.printf(Locale.ROOT, "MEASURED %d %d %d%n", h, rssBytes(), target.connections());
                    out.flush();
                }
            }
        } finally {
            try {
                target.close();
            } catch (RuntimeException e) {
                System.err.println("server stop failed:");
                e.printStackTrace();
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssBytes() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS:")) {
                String[] parts = l.trim().split("\\s+");
                return Long.parseLong(parts[1]) * 1024;
            }
        }
        return -1;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
