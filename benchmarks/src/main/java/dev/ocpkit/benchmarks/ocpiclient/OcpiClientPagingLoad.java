package dev.ocpkit.benchmarks.ocpiclient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.benchmarks.cli.Options;
import dev.ocpkit.ocpi.client.JdkHttpOcpiTransport;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.OcpiTransport;
import dev.ocpkit.ocpi.client.OkHttpOcpiTransport;
import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.TransportOptions;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v221.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pages {@code --total} locations (default 100,000) from a local OCPI 2.2.1 locations Sender through the OCPI client
 * ({@code Paginated.stream()}, following {@code Link: rel="next"}), once per transport, and reports locations per
 * second, pages, bytes and the peak heap. Run it in a small heap to show that memory stays constant whatever the
 * total: the server (a JDK {@link HttpServer} in the same JVM) renders each page on request, and the client holds one
 * page at a time.
 *
 * <pre>
 * flock /tmp/ocpkit-maven.lock java -Xmx64m -cp benchmarks/target/benchmarks.jar \
 *     dev.ocpkit.benchmarks.ocpiclient.OcpiClientPagingLoad [--total 100000] [--limit 100] [--rounds 3]
 * </pre>
 */
public final class OcpiClientPagingLoad {
    private static final String TOKEN = "benchmark-token";
    private static final String PATH = "/ocpi/cpo/2.2.1/locations";
    private static final String USAGE =
            """
            Usage: java -Xmx64m -cp benchmarks.jar dev.ocpkit.benchmarks.ocpiclient.OcpiClientPagingLoad [options]
              --total N            locations the server holds (default 100000)
              --limit N            page size (default 100)
              --rounds N           measured rounds after one warm-up round, transports alternating (default 3)
              --transports a,b     okhttp and/or jdk (default okhttp,jdk)
            Run it under the build lock: flock /tmp/ocpkit-maven.lock java -cp ...""";

    private OcpiClientPagingLoad() {}

    /** Entry point; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Options opts = Options.parse(args, USAGE, Set.of("total", "limit", "rounds", "transports"));
        int total = opts.getInt("total", 100_000);
        int limit = opts.getInt("limit", 100);
        int rounds = opts.getInt("rounds", 3);
        List<String> transports = opts.getList("transports", "okhttp,jdk");

        AtomicLong servedBytes = new AtomicLong();
        ExecutorService serverThreads = Executors.newFixedThreadPool(2);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext(PATH, ex -> serve(ex, total, limit, servedBytes));
        server.setExecutor(serverThreads);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        System.out.printf(
                Locale.ROOT,
                "OCPI client paging: %d locations, limit %d, max heap %d MiB, %s%n",
                total,
                limit,
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.version"));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        try {
            // round 0 warms both transports up (JIT) and is not counted in the medians
            for (int round = 0; round <= rounds; round++) {
                for (String name : transports) {
                    OcpiTransport transport = name.equals("okhttp")
                            ? new OkHttpOcpiTransport(TransportOptions.DEFAULTS)
                            : new JdkHttpOcpiTransport(TransportOptions.DEFAULTS);
                    try (OcpiClient client = OcpiClient.builder(new LocalParty(
                                    base + "/ocpi/versions",
                                    List.of(OcpiVersion.V2_2_1),
                                    List.of(new PartyRole("EMSP", "NL", "EXA", "Benchmark eMSP", null))))
                            .transport(transport)
                            .build()) {
                        double rate = run(client, base, name, round, total, limit, servedBytes);
                        if (round > 0) {
                            rates.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
                        }
                    } finally {
                        transport.close();
                    }
                }
            }
            for (Map.Entry<String, List<Double>> e : rates.entrySet()) {
                List<Double> sorted = new ArrayList<>(e.getValue());
                sorted.sort(null);
                int n = sorted.size();
                double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
                System.out.printf(Locale.ROOT, "median %-6s %,.0f locations/s over %d rounds%n", e.getKey(), median, n);
            }
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    private static double run(
            OcpiClient client, String base, String transport, int round, int total, int limit, AtomicLong bytes) {
        Partner cpo = new Partner(
                "cpo",
                Partner.State.REGISTERED,
                base + "/ocpi/versions",
                OcpiVersion.V2_2_1,
                List.of(new PartnerEndpoint("locations", "SENDER", base + PATH)),
                TOKEN,
                "unused",
                List.of(new PartyRole("CPO", "DE", "CPO", "Benchmark CPO", null)),
                PartnerQuirks.SPEC);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long bytesBefore = bytes.get();
        long start = System.nanoTime();
        Paginated<Location> list =
                client.partner(cpo).v221().locationsSender().list(new PageRequest(0, limit, null, null));
        long count = 0;
        long evses = 0;
        for (Location l : list) {
            count++;
            evses += l.evses().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (count != total || evses != total) {
            throw new IllegalStateException("read " + count + " locations with " + evses + " EVSEs, expected " + total);
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-6s %s: %,d locations in %.2f s = %,.0f locations/s (%d pages, %.1f MiB of JSON, heap: peak %d MiB"
                        + " (sum of the pools' peaks), after GC %d MiB)%n",
                transport,
                round == 0 ? "warm-up" : "round " + round,
                count,
                seconds,
                count / seconds,
                (total + limit - 1) / limit,
                (bytes.get() - bytesBefore) / 1048576.0,
                peak >> 20,
                live >> 20);
        return count / seconds;
    }

    private static void serve(HttpExchange ex, int total, int limit, AtomicLong served) throws IOException {
        try (ex) {
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Token ")) {
                ex.sendResponseHeaders(401, -1);
                return;
            }
            URI uri = ex.getRequestURI();
            int offset = 0;
            int pageLimit = limit;
            if (uri.getRawQuery() != null) {
                for (String p : uri.getRawQuery().split("&")) {
                    String[] kv = p.split("=", 2);
                    if (kv[0].equals("offset")) {
                        offset = Integer.parseInt(kv[1]);
                    } else if (kv[0].equals("limit")) {
                        pageLimit = Math.min(limit, Integer.parseInt(kv[1]));
                    }
                }
            }
            int end = Math.min(total, offset + pageLimit);
            StringBuilder sb = new StringBuilder(1400 * (end - offset) + 100);
            sb.append("{\"data\":[");
            for (int i = offset; i < end; i++) {
                if (i > offset) {
                    sb.append(',');
                }
                location(sb, i);
            }
            sb.append("],\"status_code\":1000,\"status_message\":\"Success\",\"timestamp\":\"2026-01-01T00:00:00Z\"}");
            byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.getResponseHeaders().add("X-Total-Count", Integer.toString(total));
            ex.getResponseHeaders().add("X-Limit", Integer.toString(limit));
            String requestId = ex.getRequestHeaders().getFirst("X-Request-ID");
            if (requestId != null) {
                ex.getResponseHeaders().add("X-Request-ID", requestId);
            }
            if (end < total) {
                ex.getResponseHeaders()
                        .add(
                                "Link",
                                "<http://127.0.0.1:" + ex.getLocalAddress().getPort() + PATH + "?offset=" + end
                                        + "&limit=" + pageLimit + ">; rel=\"next\"");
            }
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            served.addAndGet(body.length);
        }
    }

    /** A realistic location with one EVSE and two connectors (about 1.3 KB of JSON). */
    private static void location(StringBuilder sb, int i) {
        String id = "LOC" + i;
        sb.append("{\"country_code\":\"DE\",\"party_id\":\"CPO\",\"id\":\"")
                .append(id)
                .append("\",\"publish\":true,\"name\":\"Charging plaza ")
                .append(i)
                .append("\",\"address\":\"Hauptstrasse ")
                .append(i % 200)
                .append("\",\"city\":\"Berlin\",\"postal_code\":\"10115\",\"country\":\"DEU\",")
                .append("\"coordinates\":{\"latitude\":\"52.52")
                .append(i % 10)
                .append("\",\"longitude\":\"13.40")
                .append(i % 10)
                .append("\"},")
                .append("\"parking_type\":\"ON_STREET\",\"evses\":[{\"uid\":\"")
                .append(id)
                .append("-E1\",\"evse_id\":\"DE*CPO*E")
                .append(i)
                .append("\",\"status\":\"AVAILABLE\",\"capabilities\":[\"RFID_READER\",\"REMOTE_START_STOP_CAPABLE\"],")
                .append("\"connectors\":[{\"id\":\"1\",\"standard\":\"IEC_62196_T2\",\"format\":\"SOCKET\",")
                .append("\"power_type\":\"AC_3_PHASE\",\"max_voltage\":230,\"max_amperage\":32,")
                .append(
                        "\"max_electric_power\":22000,\"tariff_ids\":[\"T1\"],\"last_updated\":\"2026-01-01T00:00:00Z\"},")
                .append("{\"id\":\"2\",\"standard\":\"IEC_62196_T2_COMBO\",\"format\":\"CABLE\",\"power_type\":\"DC\",")
                .append("\"max_voltage\":920,\"max_amperage\":400,\"max_electric_power\":300000,")
                .append("\"last_updated\":\"2026-01-01T00:00:00Z\"}],\"floor_level\":\"0\",")
                .append("\"last_updated\":\"2026-01-01T00:00:00Z\"}],")
                .append("\"operator\":{\"name\":\"Benchmark CPO\",\"website\":\"https://cpo.example.com\"},")
                .append("\"time_zone\":\"Europe/Berlin\",\"opening_times\":{\"twentyfourseven\":true},")
                .append("\"charging_when_closed\":true,\"last_updated\":\"2026-01-01T00:00:00Z\"}");
    }
}
