package dev.ocpkit.examples.demo;

import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.bridge.BridgeOcpiServices;
import dev.ocpkit.bridge.CpoBridge;
import dev.ocpkit.bridge.OcpiClientPublisher;
import dev.ocpkit.bridge.TariffEnginePricer;
import dev.ocpkit.bridge.TokenCache;
import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.InMemoryAsyncResults;
import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RegistrationOptions;
import dev.ocpkit.ocpi.client.v221.Ocpi221Client;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.Evse;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.jdk.OcpiHttpHandler;
import dev.ocpkit.ocpi.server.v221.CdrsReceiver;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import dev.ocpkit.ocpi.server.v221.LocationsReceiver;
import dev.ocpkit.ocpi.server.v221.SessionsReceiver;
import dev.ocpkit.ocpi.server.v221.TariffsReceiver;
import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileSender;
import dev.ocpkit.ocpp.smartcharging.ChargingRate;
import dev.ocpkit.ocpp.smartcharging.SessionAllocation;
import dev.ocpkit.ocpp.smartcharging.SiteLoadManager;
import dev.ocpkit.tariff.AuditReport;
import dev.ocpkit.tariff.TariffEngine;
import dev.ocpkit.testkit.DemoNetwork;
import dev.ocpkit.testkit.StationSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * CPO in a box, on 127.0.0.1: an eMSP and a CPO talking OCPI 2.2.1 over HTTP, the CPO running a CSMS (OCPP) with the
 * {@link CpoBridge} and a {@link SiteLoadManager}, and two simulated stations (OCPP 1.6 and 2.0.1) at one location.
 *
 * <p>The scenario: credentials handshake, tokens pushed to the CPO, the tariff pushed to the eMSP, stations boot (the
 * eMSP learns the location and EVSE status), the eMSP starts a session by command, a second driver starts with an
 * RFID card, the site limit is shared and then lowered (SetChargingProfile to both stations), a fault reaches the eMSP
 * as EVSE status, the eMSP stops its session by command, and both CDRs reach the eMSP priced by the tariff engine;
 * the eMSP audits them against the tariff it received. Every step is a check in the {@link DemoReport}.
 */
final class Demo implements AutoCloseable {
    /** What to run. */
    record Options(
            double timeScale, Duration charge, BigDecimal siteLimitW, BigDecimal lowerSiteLimitW, boolean verbose) {
        static Options defaults() {
            return new Options(120, Duration.ofSeconds(6), new BigDecimal("16000"), new BigDecimal("11000"), false);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String CPO_NAME = "CPO " + DemoNetwork.CPO_COUNTRY + "*" + DemoNetwork.CPO_PARTY;
    private static final String EMSP_NAME = "eMSP NL*EMS";

    private final Options options;
    private final PrintWriter out;
    private final long t0 = System.nanoTime();
    private final DemoReport report = new DemoReport();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(8);

    // the eMSP
    private final InMemoryPartnerStore emspPartners = new InMemoryPartnerStore();
    private final InMemoryLocations emspLocations = new InMemoryLocations();
    private final InMemorySessions emspSessions = new InMemorySessions();
    private final InMemoryCdrs emspCdrs = new InMemoryCdrs();
    private final InMemoryTariffs emspTariffs = new InMemoryTariffs();
    private final InMemoryTokens emspTokens = new InMemoryTokens();
    private @Nullable OcpiClient emspClient;

    // the CPO
    private final InMemoryPartnerStore cpoPartners = new InMemoryPartnerStore();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private final TokenCache tokenCache = new TokenCache(null);
    private @Nullable OcpiDispatcher cpoDispatcher;
    private @Nullable OcpiClient cpoClient;
    private @Nullable CpoBridge bridge;
    private @Nullable SiteLoadManager site;
    private @Nullable CsmsServer csms;

    Demo(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the scenario; stops at the first step that cannot go on. Never throws for a failed check. */
    DemoReport run() {
        try {
            scenario();
        } catch (StepFailed e) {
            say("!! " + e.getMessage());
        } catch (Exception e) {
            report.check("scenario ran to its end", false, e.getClass().getSimpleName() + ": " + e.getMessage());
            say("!! unexpected " + e);
        }
        return report;
    }

    private void scenario() throws Exception {
        startEmsp();
        startCpo();

        // ---- OCPI credentials
        section("OCPI 2.2.1: the eMSP registers with the CPO (credentials handshake, token A -> B -> C)");
        String tokenA = dispatcher().issueTokenA("emsp", PartnerQuirks.SPEC);
        issuedTokens.add(tokenA);
        say(CPO_NAME + " issued a token A for the eMSP (sent out of band)");
        Partner cpoAtEmsp = emspClient()
                .register(
                        tokenA,
                        dispatcher().versionsUrl(),
                        new RegistrationOptions("cpo", PartnerQuirks.SPEC, List.of()));
        Partner emspAtCpo = cpoPartners.find("emsp").orElse(null);
        boolean registered = cpoAtEmsp.state() == Partner.State.REGISTERED
                && emspAtCpo != null
                && emspAtCpo.state() == Partner.State.REGISTERED
                && cpoAtEmsp.version() == OcpiVersion.V2_2_1
                && emspAtCpo.version() == OcpiVersion.V2_2_1;
        require(
                "credentials handshake",
                registered,
                "both sides REGISTERED on OCPI " + cpoAtEmsp.version() + "; the CPO knows "
                        + (emspAtCpo == null ? 0 : emspAtCpo.endpoints().size()) + " eMSP endpoints, the eMSP "
                        + cpoAtEmsp.endpoints().size() + " CPO endpoints");
        Ocpi221Client toCpo = emspClient().partner(cpoAtEmsp).v221();
        Ocpi221Client toEmsp = cpoClient().partner(emspAtCpo).v221();

        // ---- tokens and tariffs
        section("Tokens to the CPO, the tariff to the eMSP");
        for (Token t : emspTokens.all()) {
            toCpo.tokensReceiver().putToken(t);
        }
        boolean tokensKnown = tokenCache.get("TOKEN-1", "APP_USER").isPresent()
                && tokenCache.get("04A1B2C3D4", "RFID").isPresent();
        require(
                "eMSP tokens cached at the CPO",
                tokensKnown,
                emspTokens.all().size() + " tokens PUT to the CPO's tokens receiver");
        toEmsp.tariffsReceiver().putTariff(DemoNetwork.tariff());
        Optional<Tariff> emspTariff = emspTariffs.find(DemoNetwork.CPO_COUNTRY, DemoNetwork.CPO_PARTY, "STD");
        require(
                "tariff at the eMSP",
                emspTariff.isPresent(),
                "STD: 0.30 EUR/kWh + 2.00 EUR/h, 19% VAT, PUT to the eMSP's tariffs receiver");

        // ---- stations boot
        section("Two stations connect to the CPO's CSMS: " + DemoNetwork.STATION_16 + " (OCPP 1.6) and "
                + DemoNetwork.STATION_201 + " (OCPP 2.0.1)");
        StationSimulator cs16 = station(DemoNetwork.STATION_16, OcppVersion.V16);
        StationSimulator cs201 = station(DemoNetwork.STATION_201, OcppVersion.V201);
        CompletableFuture.allOf(cs16.start(), cs201.start()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Optional<Location> loc = await(() -> emspLocation()
                .filter(l -> evseStatus(l, DemoNetwork.EVSE_16).equals("AVAILABLE")
                        && evseStatus(l, DemoNetwork.EVSE_201).equals("AVAILABLE")));
        require(
                "location and EVSE status at the eMSP",
                loc.isPresent(),
                loc.map(l -> l.id() + " with " + l.evses().size() + " EVSEs, both AVAILABLE (from BootNotification"
                                + " + StatusNotification)")
                        .orElse("the eMSP has " + emspLocations.all().size()
                                + " locations; EVSE status not AVAILABLE"));

        // ---- START_SESSION by command
        section("The eMSP sends START_SESSION for TOKEN-1 at " + DemoNetwork.EVSE_16
                + " (-> OCPP RemoteStartTransaction)");
        AsyncOperation<CommandResponse, CommandResult> start = toCpo.commandsReceiver()
                .startSession(new StartSession(
                        null, DemoNetwork.token(), DemoNetwork.LOCATION_ID, DemoNetwork.EVSE_16, null, null));
        CommandResult started = start.result().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        require(
                "START_SESSION accepted",
                "ACCEPTED".equals(start.response().resultAsString()) && "ACCEPTED".equals(started.resultAsString()),
                "CommandResponse " + start.response().resultAsString() + ", CommandResult " + started.resultAsString()
                        + " at the eMSP's response_url");
        Optional<Session> sessionA = await(() -> activeSessionOf("TOKEN-1"));
        require(
                "session pushed to the eMSP",
                sessionA.isPresent(),
                sessionA.map(s -> s.id() + " ACTIVE, auth_method " + s.authMethodAsString())
                        .orElse("no ACTIVE session for TOKEN-1 at the eMSP"));

        // ---- a local RFID start at the 2.0.1 station
        section("A driver taps RFID 04A1B2C3D4 at " + DemoNetwork.STATION_201 + " (authorized from the token cache)");
        CompletableFuture<Void> rfidRun = cs201.runTransaction(1, IdToken.of("04A1B2C3D4", IdToken.TYPE_ISO14443), -1);
        Optional<Session> sessionB = await(() -> activeSessionOf("04A1B2C3D4"));
        require(
                "RFID session pushed to the eMSP",
                sessionB.isPresent(),
                sessionB.map(s -> s.id() + " ACTIVE, auth_method " + s.authMethodAsString())
                        .orElse("no ACTIVE session for 04A1B2C3D4 at the eMSP"));

        // ---- load management
        section("Load management: the site limit of " + kw(options.siteLimitW()) + " is shared by both sessions");
        BigDecimal half = options.siteLimitW().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
        boolean shared = awaitTrue(() -> limitedTo(cs16, half) && limitedTo(cs201, half));
        report.check(
                "site limit shared (SetChargingProfile)",
                shared,
                DemoNetwork.STATION_16 + " " + kw(cs16.powerW(1)) + ", " + DemoNetwork.STATION_201 + " "
                        + kw(cs201.powerW(1)) + " (each at most " + kw(half) + "); " + allocations());
        say("the grid operator lowers the site limit to " + kw(options.lowerSiteLimitW()));
        site().siteLimit(ChargingRate.watts(options.lowerSiteLimitW().toPlainString()))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        BigDecimal lowerHalf = options.lowerSiteLimitW().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
        boolean lowered = awaitTrue(() -> limitedTo(cs16, lowerHalf) && limitedTo(cs201, lowerHalf));
        report.check(
                "lower site limit applied",
                lowered,
                DemoNetwork.STATION_16 + " " + kw(cs16.powerW(1)) + ", " + DemoNetwork.STATION_201 + " "
                        + kw(cs201.powerW(1)) + " (each at most " + kw(lowerHalf) + ")");

        // ---- meter values
        section("Charging for " + options.charge().toSeconds() + " s (x" + (int) options.timeScale()
                + " station clock); meter values become session PATCHes");
        Thread.sleep(options.charge().toMillis());
        say("the eMSP sees "
                + activeSessionOf("TOKEN-1").map(s -> s.kwh() + " kWh").orElse("?") + " (TOKEN-1) and "
                + activeSessionOf("04A1B2C3D4").map(s -> s.kwh() + " kWh").orElse("?")
                + " (04A1B2C3D4); session PATCHes every meter value" + (options.verbose() ? "" : " (-v shows them)"));
        Optional<Session> metered = await(() -> emspSessions.all().stream()
                .filter(s -> s.id().equals(sessionA.get().id())
                        && s.kwh() != null
                        && s.kwh().signum() > 0)
                .findFirst());
        report.check(
                "meter values reach the eMSP",
                metered.isPresent(),
                metered.map(s -> s.id() + " at " + s.kwh() + " kWh").orElse("kwh still 0 at the eMSP"));

        // ---- the RFID driver leaves; then a fault
        section("The RFID driver stops; then " + DemoNetwork.STATION_201 + " reports a fault");
        cs201.stopTransaction(1).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        cs201.reportFault(1, "GroundFailure").get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Optional<Location> faulted = await(() ->
                emspLocation().filter(l -> evseStatus(l, DemoNetwork.EVSE_201).equals("OUTOFORDER")));
        report.check(
                "fault -> EVSE OUTOFORDER at the eMSP",
                faulted.isPresent(),
                DemoNetwork.EVSE_201 + " "
                        + emspLocation()
                                .map(l -> evseStatus(l, DemoNetwork.EVSE_201))
                                .orElse("?"));
        cs201.clearFault(1).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Optional<Location> repaired = await(() ->
                emspLocation().filter(l -> evseStatus(l, DemoNetwork.EVSE_201).equals("AVAILABLE")));
        report.check(
                "repair -> EVSE AVAILABLE at the eMSP",
                repaired.isPresent(),
                DemoNetwork.EVSE_201 + " "
                        + emspLocation()
                                .map(l -> evseStatus(l, DemoNetwork.EVSE_201))
                                .orElse("?"));
        BigDecimal alone = options.lowerSiteLimitW().min(new BigDecimal("11000"));
        // the manager sends A per phase rounded down to 0.1 A, so "all of it" is within 1% below
        BigDecimal almostAlone = alone.multiply(new BigDecimal("0.99"));
        boolean full = awaitTrue(() ->
                cs16.powerW(1).compareTo(almostAlone) >= 0 && cs16.powerW(1).compareTo(alone) <= 0);
        report.check(
                "freed capacity goes to the remaining session",
                full,
                DemoNetwork.STATION_16 + " " + kw(cs16.powerW(1)) + " of " + kw(alone) + " after "
                        + DemoNetwork.STATION_201 + " stopped");

        // ---- STOP_SESSION by command; the CDRs
        section("The eMSP sends STOP_SESSION for " + sessionA.get().id() + " (-> OCPP RemoteStopTransaction)");
        AsyncOperation<CommandResponse, CommandResult> stop =
                toCpo.commandsReceiver().stopSession(sessionA.get().id());
        CommandResult stopped = stop.result().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        report.check(
                "STOP_SESSION accepted",
                "ACCEPTED".equals(stop.response().resultAsString()) && "ACCEPTED".equals(stopped.resultAsString()),
                "CommandResponse " + stop.response().resultAsString() + ", CommandResult " + stopped.resultAsString());
        Optional<Session> completed = await(() -> emspSessions.all().stream()
                .filter(s -> s.id().equals(sessionA.get().id()) && "COMPLETED".equals(s.statusAsString()))
                .findFirst());
        report.check(
                "session COMPLETED at the eMSP",
                completed.isPresent(),
                completed.map(s -> s.id() + " " + s.kwh() + " kWh").orElse("not completed"));

        section("CDRs: priced by the CPO's tariff engine, POSTed to the eMSP, audited by the eMSP");
        Optional<List<Cdr>> cdrs =
                await(() -> emspCdrs.all().size() >= 2 ? Optional.of(emspCdrs.all()) : Optional.empty());
        report.check(
                "two CDRs at the eMSP",
                cdrs.isPresent() && cdrs.get().size() == 2,
                emspCdrs.all().size() + " CDRs received");
        TariffEngine engine = TariffEngine.create();
        for (String sessionId : List.of(sessionA.get().id(), sessionB.get().id())) {
            Optional<Cdr> cdr = emspCdrs.all().stream()
                    .filter(c -> c.sessionId().equals(sessionId))
                    .findFirst();
            if (cdr.isEmpty()) {
                report.check("CDR of " + sessionId, false, "missing at the eMSP");
                continue;
            }
            Cdr c = cdr.get();
            AuditReport audit = engine.audit(c, List.of(emspTariff.get()), ZONE);
            boolean priced = c.totalCost() != null
                    && c.totalCost().exclVat().signum() > 0
                    && c.totalEnergy().signum() > 0;
            report.check(
                    "CDR of " + sessionId + " priced and consistent",
                    priced && audit.consistent(),
                    c.totalEnergy().setScale(3, RoundingMode.HALF_UP) + " kWh, "
                            + c.totalTime().setScale(3, RoundingMode.HALF_UP) + " h, "
                            + money(c.totalCost().exclVat()) + " EUR excl. VAT / "
                            + money(c.totalCost().inclVat()) + " EUR incl.; eMSP audit: "
                            + (audit.consistent() ? "no discrepancy" : audit.discrepancies()));
            report.figure("CDR " + c.id() + ": " + c.chargingPeriods().size() + " charging period(s), "
                    + c.totalEnergy() + " kWh, " + c.totalTime() + " h, tariff "
                    + c.tariffs().stream().map(Tariff::id).toList() + ", total "
                    + c.totalCost().exclVat() + " excl. / "
                    + c.totalCost().inclVat() + " " + c.currency() + " incl. VAT");
        }
        say("done in " + elapsed());
    }

    // ---------------------------------------------------------------- parties

    private void startEmsp() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/ocpi";
        LocalParty local = new LocalParty(
                base + "/versions",
                List.of(OcpiVersion.V2_2_1),
                List.of(new PartyRole("EMSP", "NL", "EMS", "Demo eMSP", "https://github.com/ocpkit")));
        InMemoryAsyncResults results = new InMemoryAsyncResults(base + "/results", scheduler);
        emspClient = OcpiClient.builder(local)
                .partnerStore(emspPartners)
                .asyncResults(results)
                .asyncResultTimeout(WAIT)
                .build();
        resources.add(emspClient);
        emspTokens.put(DemoNetwork.token());
        emspTokens.put(DemoNetwork.rfidToken());
        OcpiDispatcher dispatcher = OcpiDispatcher.builder(local, emspPartners)
                .discovery(PartnerDiscovery.using(emspClient))
                .asyncResults(results)
                .service(emspTokens.asSender())
                .service(narrated(LocationsReceiver.class, emspLocations.asReceiver()))
                .service(narrated(SessionsReceiver.class, emspSessions.asReceiver()))
                .service(narrated(CdrsReceiver.class, emspCdrs.asReceiver()))
                .service(narrated(TariffsReceiver.class, emspTariffs.asReceiver()))
                .build();
        serve(server, dispatcher);
        say(EMSP_NAME + " serves OCPI at " + local.versionsUrl());
    }

    private void startCpo() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/ocpi";
        LocalParty local = new LocalParty(
                base + "/versions",
                List.of(OcpiVersion.V2_2_1),
                List.of(new PartyRole(
                        "CPO",
                        DemoNetwork.CPO_COUNTRY,
                        DemoNetwork.CPO_PARTY,
                        "ocpkit Charging",
                        "https://github.com/ocpkit")));
        cpoClient = OcpiClient.builder(local).partnerStore(cpoPartners).build();
        resources.add(cpoClient);

        bridge = new CpoBridge(
                DemoNetwork.bridgeConfig(Duration.ofSeconds(15)),
                new OcpiClientPublisher(cpoClient, cpoPartners),
                tokenCache,
                new TariffEnginePricer(),
                Clock.systemUTC(),
                scheduler);
        AtomicReference<@Nullable CsmsServer> server16 = new AtomicReference<>();
        site = SiteLoadManager.builder()
                .siteLimit(ChargingRate.watts(options.siteLimitW().toPlainString()))
                .sender(ChargingProfileSender.through(id -> {
                    CsmsServer s = server16.get();
                    return s == null ? Optional.empty() : s.station(id);
                }))
                .build();
        csms = CsmsServer.builder()
                .host("127.0.0.1")
                .port(0)
                .versions(OcppVersion.V201, OcppVersion.V16)
                .handlers(NeutralCsms.handlers(site.feeding(bridge)))
                .build()
                .start();
        server16.set(csms);
        resources.add(csms);

        cpoDispatcher = OcpiDispatcher.builder(local, cpoPartners)
                .discovery(PartnerDiscovery.using(cpoClient))
                .service(BridgeOcpiServices.commandsReceiver(bridge, WAIT))
                .service(BridgeOcpiServices.chargingProfilesReceiver(bridge, WAIT))
                .service(BridgeOcpiServices.tokensReceiver(tokenCache))
                .build();
        serve(server, cpoDispatcher);
        say(CPO_NAME + " serves OCPI at " + local.versionsUrl() + " and OCPP at ws://127.0.0.1:" + csms.port()
                + "/<station> (ocpp2.0.1, ocpp1.6), site limit " + kw(options.siteLimitW()));
    }

    private void serve(HttpServer server, OcpiDispatcher dispatcher) {
        server.createContext("/", new OcpiHttpHandler(dispatcher));
        server.setExecutor(httpThreads);
        server.start();
        resources.add(() -> server.stop(0));
    }

    private StationSimulator station(String identity, OcppVersion version) {
        StationSimulator sim = StationSimulator.builder()
                .url(URI.create("ws://127.0.0.1:" + csms().port() + "/ocpp/" + identity))
                .version(version)
                .serialNumber("SN-" + identity)
                .maxPowerW(new BigDecimal("11000"))
                .pace(Duration.ofMillis(250))
                .timeScale(options.timeScale())
                .log(options.verbose() ? line -> say("   [" + identity + "] " + line) : line -> {})
                .build();
        resources.add(sim);
        return sim;
    }

    /**
     * Every credentials token of this run: the token A handed out and the tokens B and C that both parties hold. For
     * the audit that runs the demo at TRACE level and looks for them in the output; never printed.
     */
    List<String> credentialsTokens() {
        List<String> tokens = new ArrayList<>(issuedTokens);
        for (InMemoryPartnerStore store : List.of(emspPartners, cpoPartners)) {
            for (Partner p : store.all()) {
                if (p.tokenWeUse() != null) {
                    tokens.add(p.tokenWeUse());
                }
                if (p.tokenTheyUse() != null) {
                    tokens.add(p.tokenTheyUse());
                }
            }
        }
        return tokens;
    }

    // ---------------------------------------------------------------- helpers

    /** Wraps an eMSP receiver so that every call the CPO makes on it is printed (method and object ids). */
    private <T> T narrated(Class<T> type, T target) {
        InvocationHandler h = (proxy, method, args) -> {
            if (args != null
                    && args.length > 0
                    && args[0] instanceof OcpiContext
                    && method.getName().matches("(put|patch|post).*")
                    && (options.verbose() || !meterOnly(args))) {
                say("   eMSP <- CPO  " + method.getName() + " " + describe(args));
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }

    /** A session PATCH that only moves the meter: printed with --verbose only. */
    private static boolean meterOnly(Object[] args) {
        return args[args.length - 1] instanceof SessionPatch p && p.status().isAbsent();
    }

    private static String describe(Object[] args) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof String str) {
                parts.add(str);
            } else if (a instanceof EvsePatch p && p.status().isPresent()) {
                parts.add("status=" + p.status().value());
            } else if (a instanceof SessionPatch p) {
                List<String> fields = new ArrayList<>();
                if (p.status().isPresent()) {
                    fields.add("status=" + p.status().value());
                }
                if (p.kwh().isPresent()) {
                    fields.add("kwh=" + p.kwh().value());
                }
                parts.add(fields.isEmpty() ? "{...}" : String.join(" ", fields));
            } else if (a instanceof Cdr c) {
                parts.add(c.id() + " " + c.totalEnergy() + " kWh "
                        + c.totalCost().inclVat() + " " + c.currency() + " incl. VAT");
            } else if (a instanceof Session ses) {
                parts.add(ses.statusAsString());
            } else if (a != null && !(a instanceof Enum<?>)) {
                parts.add(a.getClass().getSimpleName());
            }
        }
        return String.join(" ", parts);
    }

    private Optional<Location> emspLocation() {
        return emspLocations.find(DemoNetwork.CPO_COUNTRY, DemoNetwork.CPO_PARTY, DemoNetwork.LOCATION_ID);
    }

    private static String evseStatus(Location l, String evseUid) {
        return l.evses().stream()
                .filter(e -> e.uid().equals(evseUid))
                .map(Evse::statusAsString)
                .findFirst()
                .orElse("none");
    }

    private Optional<Session> activeSessionOf(String tokenUid) {
        return emspSessions.all().stream()
                .filter(s -> "ACTIVE".equals(s.statusAsString())
                        && s.cdrToken() != null
                        && tokenUid.equals(s.cdrToken().uid()))
                .findFirst();
    }

    private static boolean limitedTo(StationSimulator sim, BigDecimal maxW) {
        return sim.powerW(1).signum() > 0 && sim.powerW(1).compareTo(maxW) <= 0;
    }

    private String allocations() {
        List<String> parts = new ArrayList<>();
        for (SessionAllocation a : site().allocations()) {
            parts.add(a.session().stationId() + " allocated " + kw(a.allocatedW()));
        }
        return String.join(", ", parts);
    }

    private static String kw(BigDecimal watts) {
        return watts.divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString() + " kW";
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static <T> Optional<T> await(Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<T> v = probe.get();
            if (v.isPresent() || System.nanoTime() > deadline) {
                return v;
            }
            Thread.sleep(50);
        }
    }

    private static boolean awaitTrue(Supplier<Boolean> probe) throws InterruptedException {
        return await(() -> probe.get() ? Optional.of(Boolean.TRUE) : Optional.empty())
                .isPresent();
    }

    /** Records a check; when it failed, the scenario cannot go on. */
    private void require(String name, boolean passed, String detail) {
        report.check(name, passed, detail);
        if (!passed) {
            throw new StepFailed(name + ": " + detail);
        }
    }

    private void section(String title) {
        out.println();
        say("== " + title);
    }

    private void say(String line) {
        out.println("[" + elapsed() + "] " + line);
        out.flush();
    }

    private String elapsed() {
        return String.format("%6.2f s", (System.nanoTime() - t0) / 1e9);
    }

    private OcpiDispatcher dispatcher() {
        return java.util.Objects.requireNonNull(cpoDispatcher);
    }

    private OcpiClient emspClient() {
        return java.util.Objects.requireNonNull(emspClient);
    }

    private OcpiClient cpoClient() {
        return java.util.Objects.requireNonNull(cpoClient);
    }

    private SiteLoadManager site() {
        return java.util.Objects.requireNonNull(site);
    }

    private CsmsServer csms() {
        return java.util.Objects.requireNonNull(csms);
    }

    /** A required step failed: the scenario stops, the report says which. */
    private static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                // closing the demo's own loopback parties; nothing to recover
            }
        }
        scheduler.shutdownNow();
        httpThreads.shutdownNow();
    }
}
