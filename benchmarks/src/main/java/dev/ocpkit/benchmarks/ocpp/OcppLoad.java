package dev.ocpkit.benchmarks.ocpp;

import dev.ocpkit.benchmarks.cli.Options;
import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The OCPP load harness: calls per second of several CSMS implementations, all started in this JVM on 127.0.0.1 and
 * driven by one {@link LoadClient} (one selector thread, one CALL in flight per station), measured alternately in
 * rounds (A, B, C, D, A, B, C, D, ...); per target the median of the rounds, then the ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ocpkit.benchmarks.ocpp.OcppLoad \
 *     --stations 100,1000 --calls 400000 --rounds 3 [--ocpp 1.6|2.0.1] [--warmup N] [--targets a,b,...]
 *     [--thread-cpu]
 * </pre>
 *
 * <p>Targets: {@code ocpkit-jws} and {@code ocpkit-netty} (ocpkit's {@link CsmsServer} on each transport, default
 * options, strict validation), {@code java-oca-ocpp} (1.6 only) and {@code ceiling-jws} (a Java-WebSocket server that
 * does no OCPP work). Diagnostic variants, only when named in {@code --targets}: {@code ocpkit-jws-direct} and
 * {@code ocpkit-netty-direct} run the handlers on the decoding thread ({@code OcppOptions.executor(Runnable::run)}).
 * {@code --thread-cpu} prints, per measurement, the CPU per call of each group of threads (the load client is
 * {@code main}). See {@code docs/benchmarks.md}.
 */
public final class OcppLoad {
    private static final String USAGE =
            """
            Usage: java -cp benchmarks.jar dev.ocpkit.benchmarks.ocpp.OcppLoad [options]
              --stations N[,N...]  station connections per measurement, one table per value (default 100,1000)
              --calls N            CALLs per measured round (default 400000)
              --rounds N           measured rounds per target, alternating between targets (default 3)
              --warmup N           CALLs of the unmeasured warm-up round per target (default calls/4)
              --ocpp 1.6|2.0.1     protocol and message mix (default 1.6)
              --targets a,b,...    ocpkit-jws, ocpkit-netty, java-oca-ocpp (1.6 only), ceiling-jws,
                                   ocpkit-jws-direct, ocpkit-netty-direct (default: the first four)
              --thread-cpu         print CPU per call of each group of threads
            Run it under the build lock: flock /tmp/ocpkit-maven.lock java -cp ...""";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static boolean threadBreakdown;

    private OcppLoad() {}

    /** One measured round of one target. */
    private record Sample(
            String target,
            int round,
            LoadClient.RunResult run,
            double serverCpuMicrosPerCall,
            double clientCpuMicrosPerCall,
            int booted,
            double connectSeconds) {}

    /**
     * Runs the harness; see the class comment for the arguments.
     *
     * @param args command-line arguments
     * @throws Exception when a target cannot be started or the load client fails
     */
    public static void main(String[] args) throws Exception {
        Options opts = Options.parse(
                args, USAGE, Set.of("stations", "calls", "rounds", "warmup", "ocpp", "targets", "thread-cpu"));
        int[] stations = opts.getList("stations", "100,1000").stream()
                .mapToInt(v -> Integer.parseInt(v.replace("_", "")))
                .toArray();
        long calls = opts.getLong("calls", 400_000);
        int rounds = opts.getInt("rounds", 3);
        long warmup = opts.getLong("warmup", calls / 4);
        Mix mix = Mix.forVersion(opts.get("ocpp", "1.6"));
        threadBreakdown = opts.has("thread-cpu");
        List<String> wanted = opts.getList(
                "targets",
                mix.name.equals("1.6")
                        ? "ocpkit-jws,ocpkit-netty,java-oca-ocpp,ceiling-jws"
                        : "ocpkit-jws,ocpkit-netty,ceiling-jws");

        System.out.printf(
                Locale.ROOT,
                "OcppLoad %s | OCPP %s | stations %s | %d calls per round | %d rounds | warm-up %d calls%n",
                Instant.now(),
                mix.name,
                Arrays.toString(stations),
                calls,
                rounds,
                warmup);
        System.out.printf(
                Locale.ROOT,
                "JVM %s %s | %d CPUs | max heap %d MiB | flags %s%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments());

        List<Target> targets = new ArrayList<>();
        try {
            for (String name : wanted) {
                targets.add(start(name.trim(), mix));
            }
            for (int n : stations) {
                runStations(targets, mix, n, calls, rounds, warmup);
            }
        } finally {
            for (Target t : targets) {
                try {
                    t.close();
                } catch (RuntimeException e) {
                    System.out.printf(Locale.ROOT, "stopping %s failed: %s%n", t.name(), e);
                }
            }
        }
    }

    private static Target start(String name, Mix mix) throws Exception {
        return switch (name) {
            case "ocpkit-jws" -> Target.ocpkit(CsmsServer.Transport.JAVA_WEBSOCKET);
            case "ocpkit-netty" -> Target.ocpkit(CsmsServer.Transport.NETTY);
            case "ocpkit-jws-direct" -> Target.ocpkit(
                    CsmsServer.Transport.JAVA_WEBSOCKET,
                    OcppOptions.builder().executor(Runnable::run).build(),
                    "-direct");
            case "ocpkit-netty-direct" -> Target.ocpkit(
                    CsmsServer.Transport.NETTY,
                    OcppOptions.builder().executor(Runnable::run).build(),
                    "-direct");
            case "ceiling-jws" -> Target.ceiling();
            case "java-oca-ocpp" -> {
                if (!mix.name.equals("1.6")) {
                    throw new IllegalArgumentException("Java-OCA-OCPP has no OCPP " + mix.name);
                }
                yield Target.javaOcaOcpp();
            }
            default -> throw new IllegalArgumentException("unknown target " + name);
        };
    }

    private static void runStations(List<Target> targets, Mix mix, int stations, long calls, int rounds, long warmup)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n== %d stations, OCPP %s%n", stations, mix.name);
        if (warmup > 0) {
            for (Target t : targets) {
                Sample s = measure(t, mix, stations, warmup, 0);
                System.out.printf(Locale.ROOT, "warm-up  %s%n", line(s));
            }
        }
        List<Sample> samples = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            for (Target t : targets) {
                Sample s = measure(t, mix, stations, calls, r);
                samples.add(s);
                System.out.printf(Locale.ROOT, "round %d  %s%n", r, line(s));
            }
        }
        summarize(targets, samples, stations, mix);
    }

    private static Sample measure(Target target, Mix mix, int stations, long calls, int round) throws Exception {
        InetSocketAddress address = new InetSocketAddress(Target.HOST, target.port());
        String prefix =
                "R" + round + "-" + target.name().charAt(0) + target.name().length() + "-";
        try (LoadClient client = new LoadClient(address, "/ocpp/", prefix, mix, TIMEOUT, 4096)) {
            LoadClient.ConnectResult cr = client.connect(stations, 256, Duration.ofSeconds(120));
            if (cr.booted() < stations) {
                System.out.printf(
                        Locale.ROOT,
                        "  %s: only %d of %d stations booted (%d failed; first failure: %s)%n",
                        target.name(),
                        cr.booted(),
                        stations,
                        cr.failed(),
                        cr.firstFailure());
            }
            System.gc();
            Thread.sleep(200);
            Map<Long, Long> threads0 = threadCpu();
            long cpu0 = processCpuNanos();
            long self0 = THREADS.getCurrentThreadCpuTime();
            LoadClient.RunResult run = client.run(calls);
            long self = THREADS.getCurrentThreadCpuTime() - self0;
            long cpu = processCpuNanos() - cpu0;
            long answered = run.ok() + run.callErrors();
            if (threadBreakdown && answered > 0) {
                printThreadCpu(threads0, cpu, answered);
            }
            double serverCpu = answered == 0 || cpu < 0 ? Double.NaN : (cpu - self) / 1e3 / answered;
            double clientCpu = answered == 0 ? Double.NaN : self / 1e3 / answered;
            return new Sample(target.name(), round, run, serverCpu, clientCpu, cr.booted(), cr.nanos() / 1e9);
        } finally {
            awaitClosed(target);
        }
    }

    /**
     * Waits until the server has closed every connection of the measurement just done, so that its closing work does
     * not run during the next target's measurement and its sockets do not count against the next one's file limit.
     */
    private static void awaitClosed(Target target) throws InterruptedException {
        Thread.sleep(300);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (target.connections() > 0 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        int left = target.connections();
        if (left > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "  %s: %d connections still open at the server 30 s after the run%n",
                    target.name(),
                    left);
        }
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            out.put(id, THREADS.getThreadCpuTime(id));
        }
        return out;
    }

    /** CPU per call of each group of Java threads (digits in names folded), and the rest (GC, JIT, ...). */
    private static void printThreadCpu(Map<Long, Long> before, long processCpu, long answered) {
        Map<String, Long> groups = new TreeMap<>();
        long javaThreads = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = THREADS.getThreadCpuTime(info.getThreadId());
            long delta = now - before.getOrDefault(info.getThreadId(), 0L);
            if (now < 0 || delta <= 0) {
                continue;
            }
            javaThreads += delta;
            groups.merge(info.getThreadName().replaceAll("\\d+", "N"), delta, Long::sum);
        }
        groups.put("(JVM threads: GC, JIT, ...)", Math.max(0, processCpu - javaThreads));
        StringBuilder b = new StringBuilder("    CPU us/call by thread:");
        groups.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() / 1e3 / answered >= 0.1)
                .forEach(e ->
                        b.append(String.format(Locale.ROOT, " %s %.1f;", e.getKey(), e.getValue() / 1e3 / answered)));
        System.out.println(b);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static String line(Sample s) {
        LoadClient.RunResult r = s.run();
        return String.format(
                Locale.ROOT,
                "%-14s %9.0f calls/s  p50 %6d us  p99 %7d us  max %8d us  ok %8d  callErrors %d  errors %d"
                        + "  timeouts %d  late %d  CPU us/call: server %.1f, load client %.1f"
                        + "  (%d stations connected and booted in %.1f s)%s%s",
                s.target(),
                r.callsPerSecond(),
                r.p50Micros(),
                r.p99Micros(),
                r.maxMicros(),
                r.ok(),
                r.callErrors(),
                r.errors(),
                r.timeouts(),
                r.late(),
                s.serverCpuMicrosPerCall(),
                s.clientCpuMicrosPerCall(),
                s.booted(),
                s.connectSeconds(),
                r.firstCallError() == null ? "" : "\n    first CALLERROR: " + r.firstCallError(),
                r.firstError() == null ? "" : "\n    first error: " + r.firstError());
    }

    private static void summarize(List<Target> targets, List<Sample> samples, int stations, Mix mix) {
        Map<String, List<Sample>> byTarget = samples.stream()
                .collect(Collectors.groupingBy(Sample::target, LinkedHashMap::new, Collectors.toList()));
        System.out.printf(
                Locale.ROOT,
                "%nMedian of %d rounds, %d stations, OCPP %s (markdown):%n%n",
                samples.size() / Math.max(1, targets.size()),
                stations,
                mix.name);
        System.out.println(
                "| target | calls/s (median) | rounds, calls/s | p50 us | p99 us | server CPU us/call | CALLERRORs | errors | timeouts |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, List<Sample>> e : byTarget.entrySet()) {
            List<Sample> list = e.getValue();
            double cps = median(list, s -> s.run().callsPerSecond());
            medians.put(e.getKey(), cps);
            String perRound = list.stream()
                    .map(s -> String.format(Locale.ROOT, "%.0f", s.run().callsPerSecond()))
                    .collect(Collectors.joining(" / "));
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.0f | %s | %.0f | %.0f | %.1f | %d | %d | %d |%n",
                    e.getKey(),
                    cps,
                    perRound,
                    median(list, s -> s.run().p50Micros()),
                    median(list, s -> s.run().p99Micros()),
                    median(list, Sample::serverCpuMicrosPerCall),
                    list.stream().mapToLong(s -> s.run().callErrors()).sum(),
                    list.stream().mapToLong(s -> s.run().errors()).sum(),
                    list.stream().mapToLong(s -> s.run().timeouts()).sum());
        }
        System.out.println();
        for (String ocpkit : List.of("ocpkit-jws", "ocpkit-netty")) {
            for (String[] peer : new String[][] {{"java-oca-ocpp", "2.0"}, {"ceiling-jws", "0.8"}}) {
                Double a = medians.get(ocpkit);
                Double b = medians.get(peer[0]);
                if (a == null || b == null || b == 0) {
                    continue;
                }
                double ratio = a / b;
                double goal = Double.parseDouble(peer[1]);
                System.out.printf(
                        Locale.ROOT,
                        "ratio %s / %s = %.2f (target >= %s: %s; per round %s)%n",
                        ocpkit,
                        peer[0],
                        ratio,
                        peer[1],
                        ratio >= goal ? "met" : "MISSED",
                        perRoundRatios(byTarget.get(ocpkit), byTarget.get(peer[0])));
            }
        }
    }

    private static String perRoundRatios(List<Sample> a, List<Sample> b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            double d = b.get(i).run().callsPerSecond();
            out.add(
                    d == 0
                            ? "-"
                            : String.format(Locale.ROOT, "%.2f", a.get(i).run().callsPerSecond() / d));
        }
        return String.join(" / ", out);
    }

    private static double median(List<Sample> list, ToDoubleFunction<Sample> f) {
        double[] v = list.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
