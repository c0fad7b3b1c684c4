package dev.ocpkit.examples.ocpiparty;

import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RegistrationOptions;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.RegistrationListener;
import dev.ocpkit.ocpi.server.jdk.OcpiHttpHandler;
import dev.ocpkit.ocpi.server.v221.CdrsReceiver;
import dev.ocpkit.ocpi.server.v221.ChargingProfilesReceiver;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.HubClientInfoReceiver;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryHubClientInfo;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import dev.ocpkit.ocpi.server.v221.LocationsReceiver;
import dev.ocpkit.ocpi.server.v221.SessionsReceiver;
import dev.ocpkit.ocpi.server.v221.SessionsSender;
import dev.ocpkit.ocpi.server.v221.TariffsReceiver;
import dev.ocpkit.ocpi.server.v221.TokensReceiver;
import dev.ocpkit.ocpi.server.v221.TokensSender;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A running demo party: the dispatcher on a JDK HTTP server, a client that shares its partner store, in-memory data
 * and a printer. A CPO serves locations, sessions (with charging preferences), CDRs and tariffs, receives tokens,
 * commands (a {@link SimulatedCharger}), charging profiles and hub client info; an eMSP serves its tokens with
 * real-time authorization and receives locations, sessions, CDRs, tariffs and hub client info.
 */
final class OcpiParty implements AutoCloseable {
    /** The role of the party. */
    enum Kind {
        CPO,
        EMSP
    }

    /** What to start. */
    record Options(
            Kind kind,
            String host,
            int port,
            String countryCode,
            String partyId,
            @Nullable String tokenA,
            @Nullable Path dataDir,
            int demoLocations,
            Duration commandDelay) {}

    final Kind kind;
    final PartyRole role;
    final Printer printer;
    final InMemoryPartnerStore partners = new InMemoryPartnerStore();
    final InMemoryLocations locations = new InMemoryLocations();
    final InMemorySessions sessions = new InMemorySessions();
    final InMemoryCdrs cdrs = new InMemoryCdrs();
    final InMemoryTariffs tariffs = new InMemoryTariffs();
    final InMemoryTokens tokens = new InMemoryTokens();
    final InMemoryHubClientInfo clientInfo = new InMemoryHubClientInfo();
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    final ExecutorService httpThreads = Executors.newFixedThreadPool(8);
    final HttpServer server;
    final LocalParty local;
    final InMemoryAsyncResults results;
    final OcpiClient client;
    final OcpiDispatcher dispatcher;

    OcpiParty(Options o, Printer printer) throws IOException {
        this.kind = o.kind();
        this.printer = printer;
        this.role = new PartyRole(
                o.kind().name(),
                o.countryCode(),
                o.partyId(),
                "ocpkit demo " + (o.kind() == Kind.CPO ? "CPO" : "eMSP"),
                "https://github.com/ocpkit");
        server = HttpServer.create(new InetSocketAddress(o.host(), o.port()), 0);
        String base = "http://" + o.host() + ":" + server.getAddress().getPort() + "/ocpi";
        local = new LocalParty(base + "/versions", List.of(OcpiVersion.V2_2_1), List.of(role));
        results = new InMemoryAsyncResults(base + "/results", scheduler);
        client = OcpiClient.builder(local)
                .partnerStore(partners)
                .asyncResults(results)
                .asyncResultTimeout(Duration.ofSeconds(60))
                .build();
        OcpiDispatcher.Builder b = OcpiDispatcher.builder(local, partners)
                .discovery(PartnerDiscovery.using(client))
                .asyncResults(results)
                .registrationListener(new RegistrationListener() {
                    @Override
                    public void registered(Partner partner) {
                        printer.say("partner " + partner.id() + " registered with us (OCPI " + partner.version()
                                + ", " + partner.endpoints().size() + " endpoints, roles "
                                + partner.roles().stream()
                                        .map(r -> r.role() + " " + r.countryCode() + "/" + r.partyId())
                                        .toList()
                                + ")");
                        scheduler.schedule(() -> afterRegistration(partner.id()), 500, TimeUnit.MILLISECONDS);
                    }

                    @Override
                    public void updated(Partner partner) {
                        printer.say("partner " + partner.id() + " updated its credentials");
                    }

                    @Override
                    public void unregistered(Partner partner) {
                        printer.say("partner " + partner.id() + " unregistered");
                    }
                });
        if (o.kind() == Kind.CPO) {
            loadCpoData(o);
            SimulatedCharger charger = new SimulatedCharger(
                    locations, sessions, cdrs, client, scheduler, printer, o.commandDelay(), Clock.systemUTC());
            b.service(locations.asSender())
                    .service(printer.printing(SessionsSender.class, sessions.asSender()))
                    .service(cdrs.asSender())
                    .service(tariffs.asSender())
                    .service(printer.printing(TokensReceiver.class, tokens.asReceiver()))
                    .service(printer.printing(CommandsReceiver.class, charger))
                    .service(printer.printing(ChargingProfilesReceiver.class, charger))
                    .service(printer.printing(HubClientInfoReceiver.class, clientInfo.asReceiver()));
        } else {
            DemoData.tokens(o.countryCode(), o.partyId()).forEach(tokens::put);
            b.service(printer.printing(TokensSender.class, tokens.asSender()))
                    .service(printer.printing(LocationsReceiver.class, locations.asReceiver()))
                    .service(printer.printing(SessionsReceiver.class, sessions.asReceiver()))
                    .service(printer.printing(CdrsReceiver.class, cdrs.asReceiver()))
                    .service(printer.printing(TariffsReceiver.class, tariffs.asReceiver()))
                    .service(printer.printing(HubClientInfoReceiver.class, clientInfo.asReceiver()));
        }
        dispatcher = b.build();
        if (o.tokenA() != null) {
            partners.save(Partner.pending("partner", o.tokenA(), PartnerQuirks.SPEC));
        }
        server.createContext("/", new OcpiHttpHandler(dispatcher));
        server.setExecutor(httpThreads);
        server.start();
    }

    private void loadCpoData(Options o) throws IOException {
        String cc = o.countryCode();
        String pid = o.partyId();
        Path dir = o.dataDir();
        dataOr(dir, "locations.json", Location.class, () -> DemoData.locations(cc, pid, o.demoLocations()))
                .forEach(locations::put);
        dataOr(dir, "tariffs.json", Tariff.class, () -> DemoData.tariffs(cc, pid))
                .forEach(tariffs::put);
        dataOr(dir, "sessions.json", Session.class, () -> List.of(DemoData.completedSession(cc, pid, "DE", "EMS")))
                .forEach(sessions::put);
        dataOr(dir, "cdrs.json", Cdr.class, () -> List.of(DemoData.cdr(cc, pid, "DE", "EMS")))
                .forEach(cdrs::put);
    }

    private static <T> List<T> dataOr(@Nullable Path dir, String file, Class<T> type, Supplier<List<T>> demo)
            throws IOException {
        return dir == null ? demo.get() : DataDir.read(dir, file, type).orElseGet(demo);
    }

    String versionsUrl() {
        return local.versionsUrl();
    }

    /** Registers with another party (we are the sender of the credentials module), then shares data. */
    Partner register(String theirVersionsUrl, String theirTokenA) {
        Partner p = client.register(
                theirTokenA, theirVersionsUrl, new RegistrationOptions("partner", PartnerQuirks.SPEC, List.of()));
        printer.say("registered with " + theirVersionsUrl + " (OCPI " + p.version() + ", "
                + p.endpoints().size() + " endpoints)");
        afterRegistration(p.id());
        return p;
    }

    /** What each role does once connected: a CPO pushes locations and tariffs, an eMSP pushes tokens and pulls. */
    void afterRegistration(String partnerId) {
        try {
            Partner p = partners.find(partnerId).orElseThrow();
            var v221 = client.partner(p).v221();
            if (kind == Kind.CPO) {
                if (p.endpoint("locations", "RECEIVER").isPresent()) {
                    locations.all().forEach(l -> v221.locationsReceiver().putLocation(l));
                    printer.say("-> " + partnerId + " pushed " + locations.all().size() + " locations");
                }
                if (p.endpoint("tariffs", "RECEIVER").isPresent()) {
                    tariffs.all().forEach(t -> v221.tariffsReceiver().putTariff(t));
                    printer.say("-> " + partnerId + " pushed " + tariffs.all().size() + " tariffs");
                }
            } else {
                if (p.endpoint("tokens", "RECEIVER").isPresent()) {
                    tokens.all().forEach(t -> v221.tokensReceiver().putToken(t));
                    printer.say("-> " + partnerId + " pushed " + tokens.all().size() + " tokens");
                }
                if (p.endpoint("locations", "SENDER").isPresent()) {
                    List<Location> pulled =
                            v221.locationsSender().list().stream().toList();
                    pulled.forEach(locations::put);
                    printer.say("<- " + partnerId + " pulled " + pulled.size() + " locations");
                }
                if (p.endpoint("tariffs", "SENDER").isPresent()) {
                    List<Tariff> pulled = v221.tariffsSender().list().stream().toList();
                    pulled.forEach(tariffs::put);
                    printer.say("<- " + partnerId + " pulled " + pulled.size() + " tariffs");
                }
            }
        } catch (RuntimeException e) {
            printer.say("!! sharing data with " + partnerId + " failed: " + e.getMessage());
        }
    }

    /**
     * The eMSP's demo: START_SESSION with its first token on the partner's first location, then STOP_SESSION, each
     * waiting for the asynchronous result at our {@code response_url}.
     *
     * @return the id of the session that was started and stopped
     */
    String demoSession(String partnerId, Duration charge) throws Exception {
        var v221 = client.partner(partnerId).v221();
        Location location = locations.all().isEmpty()
                ? v221.locationsSender().list().stream().findFirst().orElseThrow()
                : locations.all().get(0);
        Token token = tokens.all().get(0);
        AsyncOperation<CommandResponse, CommandResult> start = v221.commandsReceiver()
                .startSession(new StartSession(
                        null, token, location.id(), location.evses().get(0).uid(), null, null));
        printer.say("-> " + partnerId + " START_SESSION at " + location.id() + ": "
                + start.response().resultAsString());
        CommandResult started = start.result().get(30, TimeUnit.SECONDS);
        printer.say("<- " + partnerId + " START_SESSION result " + started.resultAsString());
        Session session = waitFor(() -> sessions.all().stream()
                .filter(s -> "ACTIVE".equals(s.statusAsString())
                        && s.cdrToken() != null
                        && token.uid().equals(s.cdrToken().uid()))
                .findFirst());
        Thread.sleep(charge.toMillis());
        AsyncOperation<CommandResponse, CommandResult> stop =
                v221.commandsReceiver().stopSession(session.id());
        printer.say("-> " + partnerId + " STOP_SESSION " + session.id() + ": "
                + stop.response().resultAsString());
        CommandResult stopped = stop.result().get(30, TimeUnit.SECONDS);
        printer.say("<- " + partnerId + " STOP_SESSION result " + stopped.resultAsString());
        return session.id();
    }

    private static <T> T waitFor(java.util.function.Supplier<Optional<T>> probe) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Optional<T> v = probe.get();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the partner did not push the session within 30 s");
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
        scheduler.shutdownNow();
        httpThreads.shutdownNow();
    }
}
