package dev.ocpkit.benchmarks.ocpiserver;

import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.benchmarks.cli.Options;
import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.OcpiRequest;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.jdk.OcpiHttpHandler;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests per second of {@code GET {base}/2.2.1/sender/locations?limit=100} through {@link OcpiHttpHandler} (token
 * authentication, pagination, envelope) against a raw JDK {@link HttpServer} that answers the very bytes and headers
 * the dispatcher produced, both with the same executor, measured with {@code wrk} on 127.0.0.1 in alternating rounds
 * of the same run.
 *
 * <p>Run (takes the build lock, as every CPU-heavy run here must):
 *
 * <pre>
 * flock /tmp/ocpkit-maven.lock java -cp benchmarks/target/benchmarks.jar \
 *     dev.ocpkit.benchmarks.ocpiserver.OcpiServerLoad [--locations 1000] [--limit 100] [--threads 4] \
 *     [--wrk-threads 2] [--connections 32] [--seconds 10] [--rounds 3] [--cache 4096]
 * </pre>
 */
public final class OcpiServerLoad {
    private static final String TOKEN = "benchmark-token-c";
    private static final String USAGE =
            """
            Usage: java -cp benchmarks.jar dev.ocpkit.benchmarks.ocpiserver.OcpiServerLoad [options]
              --locations N     locations in the in-memory store (default 1000)
              --limit N         page size asked for (default 100)
              --threads N       HTTP server threads, both servers (default 4)
              --wrk-threads N   wrk -t (default 2)
              --connections N   wrk -c (default 32)
              --seconds N       seconds per measured round (default 10; warm-up: half, at least 3)
              --rounds N        measured rounds per server, alternating (default 3)
              --cache N         dispatcher serialization cache entries (default: the dispatcher's default)
              --wrk PATH        the wrk executable (default wrk, from PATH)
            Run it under the build lock: flock /tmp/ocpkit-maven.lock java -cp ...""";

    private OcpiServerLoad() {}

    /** Entry point; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Options opts = Options.parse(
                args,
                USAGE,
                Set.of(
                        "locations",
                        "limit",
                        "threads",
                        "wrk-threads",
                        "connections",
                        "seconds",
                        "rounds",
                        "cache",
                        "wrk"));
        int locations = opts.getInt("locations", 1000);
        int limit = opts.getInt("limit", 100);
        int threads = opts.getInt("threads", 4);
        int wrkThreads = opts.getInt("wrk-threads", 2);
        int connections = opts.getInt("connections", 32);
        int seconds = opts.getInt("seconds", 10);
        int rounds = opts.getInt("rounds", 3);
        int cache = opts.getInt("cache", -1);
        String wrk = opts.get("wrk", "wrk");

        ExecutorService ocpiPool = Executors.newFixedThreadPool(threads);
        ExecutorService rawPool = Executors.newFixedThreadPool(threads);
        HttpServer ocpi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        HttpServer raw = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        String base = "http://127.0.0.1:" + ocpi.getAddress().getPort() + "/ocpi";
        OcpiDispatcher dispatcher = dispatcher(base, locations, cache);
        String path = "/ocpi/2.2.1/sender/locations?limit=" + limit;
        String auth = "Token " + Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8));

        // the bytes the raw server repeats: exactly what the dispatcher answers
        OcpiResponse sample = dispatcher.handle(
                OcpiRequest.builder("GET", path).header("Authorization", auth).build());
        if (sample.status() != 200) {
            throw new IllegalStateException("dispatcher answered " + sample.status() + ": " + sample.bodyText());
        }
        byte[] body = sample.body();
        Map<String, String> headers = sample.headers();

        ocpi.createContext("/", new OcpiHttpHandler(dispatcher));
        ocpi.setExecutor(ocpiPool);
        raw.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                for (Map.Entry<String, String> h : headers.entrySet()) {
                    exchange.getResponseHeaders().set(h.getKey(), h.getValue());
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        raw.setExecutor(rawPool);
        ocpi.start();
        raw.start();

        String ocpiUrl = "http://127.0.0.1:" + ocpi.getAddress().getPort() + path;
        String rawUrl = "http://127.0.0.1:" + raw.getAddress().getPort() + path;
        System.out.printf(
                Locale.ROOT,
                "OCPI server load: %d locations in store, limit=%d, response %d bytes, server threads %d, wrk -t%d -c%d"
                        + " -d%ds, %d rounds, serialization cache %s, %d CPUs, Java %s%n",
                locations,
                limit,
                body.length,
                threads,
                wrkThreads,
                connections,
                seconds,
                rounds,
                cache < 0 ? "default" : Integer.toString(cache),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());

        // warm-up of both (JIT), then alternating measured rounds
        run(wrk, wrkThreads, connections, Math.max(3, seconds / 2), ocpiUrl, auth);
        run(wrk, wrkThreads, connections, Math.max(3, seconds / 2), rawUrl, auth);
        List<Double> ocpiRps = new ArrayList<>();
        List<Double> rawRps = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Result a = run(wrk, wrkThreads, connections, seconds, rawUrl, auth);
            Result b = run(wrk, wrkThreads, connections, seconds, ocpiUrl, auth);
            rawRps.add(a.rps());
            ocpiRps.add(b.rps());
            System.out.printf(
                    Locale.ROOT,
                    "round %d: raw %.0f req/s (p50 %s, p99 %s, errors %d), ocpkit %.0f req/s (p50 %s, p99 %s, errors %d),"
                            + " ratio %.2f%n",
                    r + 1,
                    a.rps(),
                    a.p50(),
                    a.p99(),
                    a.errors(),
                    b.rps(),
                    b.p50(),
                    b.p99(),
                    b.errors(),
                    b.rps() / a.rps());
        }
        double rawMedian = median(rawRps);
        double ocpiMedian = median(ocpiRps);
        System.out.printf(
                Locale.ROOT,
                "median: raw JDK HttpServer %.0f req/s, ocpkit dispatcher %.0f req/s, ratio %.2f (target >= 0.80)%n",
                rawMedian,
                ocpiMedian,
                ocpiMedian / rawMedian);
        ocpi.stop(0);
        raw.stop(0);
        ocpiPool.shutdownNow();
        rawPool.shutdownNow();
    }

    private static OcpiDispatcher dispatcher(String base, int count, int cache) {
        LocalParty local = new LocalParty(
                base + "/versions",
                List.of(OcpiVersion.V2_2_1),
                List.of(new PartyRole("CPO", "NL", "CPO", "Benchmark CPO", null)));
        InMemoryPartnerStore partners = new InMemoryPartnerStore();
        partners.save(new Partner(
                "emsp",
                Partner.State.REGISTERED,
                "http://127.0.0.1:1/ocpi/versions",
                OcpiVersion.V2_2_1,
                List.of(),
                "unused",
                TOKEN,
                List.of(new PartyRole("EMSP", "DE", "EMS", "Benchmark eMSP", null)),
                PartnerQuirks.SPEC));
        InMemoryLocations store = new InMemoryLocations();
        for (int i = 0; i < count; i++) {
            store.put(location(i));
        }
        OcpiDispatcher.Builder b = OcpiDispatcher.builder(local, partners)
                .service(store.asSender())
                .maxPageSize(1000);
        if (cache >= 0) {
            b.serializationCache(cache);
        }
        return b.build();
    }

    /** A location as CPOs publish them: two EVSEs (AC and DC), one connector each, opening times, operator. */
    static Location location(int i) {
        Instant t = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i);
        return OcpiJson.v221()
                .read(
                        """
                        {"country_code":"NL","party_id":"CPO","id":"LOC%1$06d","publish":true,
                         "name":"Benchmark site %1$d","address":"Benchmarkstraat %1$d","city":"Amsterdam",
                         "postal_code":"1011 AB","country":"NLD",
                         "coordinates":{"latitude":"52.370216","longitude":"4.895168"},
                         "parking_type":"ON_STREET","time_zone":"Europe/Amsterdam",
                         "opening_times":{"twentyfourseven":true},"operator":{"name":"Benchmark CPO"},
                         "evses":[
                          {"uid":"LOC%1$06d-1","evse_id":"NL*CPO*E%1$06d1","status":"AVAILABLE",
                           "capabilities":["REMOTE_START_STOP_CAPABLE","RFID_READER"],
                           "connectors":[{"id":"1","standard":"IEC_62196_T2","format":"SOCKET",
                             "power_type":"AC_3_PHASE","max_voltage":230,"max_amperage":32,
                             "max_electric_power":22000,"tariff_ids":["AC1"],"last_updated":"%2$s"}],
                           "last_updated":"%2$s"},
                          {"uid":"LOC%1$06d-2","evse_id":"NL*CPO*E%1$06d2","status":"CHARGING",
                           "capabilities":["REMOTE_START_STOP_CAPABLE"],
                           "connectors":[{"id":"1","standard":"IEC_62196_T2_COMBO","format":"CABLE",
                             "power_type":"DC","max_voltage":920,"max_amperage":125,
                             "max_electric_power":50000,"tariff_ids":["DC1"],"last_updated":"%2$s"}],
                           "last_updated":"%2$s"}],
                         "last_updated":"%2$s"}"""
                                .formatted(i, t),
                        Location.class);
    }

    private record Result(double rps, String p50, String p99, long errors) {}

    private static Result run(String wrk, int threads, int connections, int seconds, String url, String auth)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        wrk,
                        "-t" + threads,
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--latency",
                        "-H",
                        "Authorization: " + auth,
                        url)
                .redirectErrorStream(true)
                .start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        Matcher p50 = Pattern.compile("(?m)^\\s*50%\\s+(\\S+)").matcher(out);
        Matcher p99 = Pattern.compile("(?m)^\\s*99%\\s+(\\S+)").matcher(out);
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(out);
        Matcher sock = Pattern.compile("Socket errors:.*?read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (!rps.find()) {
            throw new IllegalStateException("no Requests/sec in wrk output:\n" + out);
        }
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        if (sock.find()) {
            errors += Long.parseLong(sock.group(1)) + Long.parseLong(sock.group(2)) + Long.parseLong(sock.group(3));
        }
        return new Result(
                Double.parseDouble(rps.group(1)),
                p50.find() ? p50.group(1) : "?",
                p99.find() ? p99.group(1) : "?",
                errors);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
