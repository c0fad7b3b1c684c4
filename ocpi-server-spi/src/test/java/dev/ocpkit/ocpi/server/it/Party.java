package dev.ocpkit.ocpi.server.it;

import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.jdk.OcpiHttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/** One OCPI party on 127.0.0.1: a JDK HTTP server with a dispatcher, and a client sharing its partner store. */
final class Party implements AutoCloseable {
    final InMemoryPartnerStore partners = new InMemoryPartnerStore();
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService executor = Executors.newFixedThreadPool(4);
    final HttpServer server;
    final String base;
    final LocalParty local;
    final InMemoryAsyncResults results;
    final OcpiClient client;
    final OcpiDispatcher dispatcher;

    Party(PartyRole role, Consumer<OcpiDispatcher.Builder> services) throws IOException {
        this(role, List.of(OcpiVersion.V2_2_1), services);
    }

    /** A party that offers these OCPI versions. */
    Party(PartyRole role, List<OcpiVersion> versions, Consumer<OcpiDispatcher.Builder> services) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/ocpi";
        local = new LocalParty(base + "/versions", versions, List.of(role));
        results = new InMemoryAsyncResults(base + "/results", scheduler);
        client = OcpiClient.builder(local)
                .partnerStore(partners)
                .asyncResults(results)
                .asyncResultTimeout(Duration.ofSeconds(10))
                .build();
        OcpiDispatcher.Builder b = OcpiDispatcher.builder(local, partners)
                .discovery(PartnerDiscovery.using(client))
                .asyncResults(results)
                .maxPageSize(10);
        services.accept(b);
        dispatcher = b.build();
        server.createContext("/", new OcpiHttpHandler(dispatcher));
        server.setExecutor(executor);
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
        executor.shutdownNow();
        scheduler.shutdownNow();
    }
}
