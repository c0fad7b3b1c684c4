package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.bridge.CpoBridge;
import dev.ocpkit.bridge.MeterPoint;
import dev.ocpkit.bridge.SessionPricer;
import dev.ocpkit.bridge.TokenCache;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingProfile;
import dev.ocpkit.ocpi.model.v221.ChargingProfilePeriod;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponse;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponseType;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResultType;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResponse;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.CommandResultType;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Price;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import dev.ocpkit.ocpi.model.v221.SessionStatus;
import dev.ocpkit.ocpi.model.v221.SetChargingProfile;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.Status;
import dev.ocpkit.ocpi.model.v221.StopSession;
import dev.ocpkit.ocpi.model.v221.UnlockConnector;
import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.CsmsOptions;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import dev.ocpkit.ocpp.neutral.TransactionIdGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CPO bridge end to end over loopback: simulated 1.6 and 2.0.1 stations, a real CsmsServer, the bridge, and a
 * recording eMSP side.
 */
class CpoBridgeScenarioIT {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final List<AutoCloseable> closeLater = new ArrayList<>();
    private final RecordingEmspPublisher emsp = new RecordingEmspPublisher();
    private final List<List<MeterPoint>> pricedTimelines = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private CpoBridge bridge;
    private CsmsServer csms;

    /** Records what it was asked and fills a fixed price, so that the test sees where the bridge put it. */
    private final SessionPricer pricer = (cdr, tariff, timeline, zone) -> {
        pricedTimelines.add(timeline);
        return cdr.toBuilder()
                .chargingPeriods(List.of(new dev.ocpkit.ocpi.model.v221.ChargingPeriod(
                        cdr.startDateTime(),
                        List.of(new dev.ocpkit.ocpi.model.v221.CdrDimension("ENERGY", cdr.totalEnergy())),
                        "STD")))
                .totalCost(new Price(new BigDecimal("1.00"), new BigDecimal("1.19")))
                .build();
    };

    @BeforeEach
    void start() throws IOException {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        TokenCache tokens = new TokenCache(null);
        tokens.put(DemoNetwork.rfidToken());
        bridge = new CpoBridge(
                DemoNetwork.bridgeConfig(Duration.ofSeconds(5)), emsp, tokens, pricer, Clock.systemUTC(), scheduler);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        csms = CsmsServer.builder()
                .host("127.0.0.1")
                .port(port)
                .versions(OcppVersion.V201, OcppVersion.V16)
                .handlers(NeutralCsms.handlers(
                        bridge, CsmsOptions.defaults().withTransactionIds(TransactionIdGenerator.startingAt(1000))))
                .build()
                .start();
        closeLater.add(csms);
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = closeLater.size() - 1; i >= 0; i--) {
            closeLater.get(i).close();
        }
        scheduler.shutdownNow();
    }

    private StationSimulator station(String identity, OcppVersion version) {
        StationSimulator sim = StationSimulator.builder()
                .url(URI.create("ws://127.0.0.1:" + csms.port() + "/ocpp/" + identity))
                .version(version)
                .serialNumber("SN-" + identity)
                .pace(Duration.ofMillis(100))
                .timeScale(60)
                .build();
        closeLater.add(sim);
        return sim;
    }

    private static String evseOf(String identity) {
        return identity.equals(DemoNetwork.STATION_16) ? DemoNetwork.EVSE_16 : DemoNetwork.EVSE_201;
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V16", "V201"})
    void remoteStartChargeStop_givesSessionAndOnePricedCdr(OcppVersion version) throws Exception {
        String identity = version == OcppVersion.V16 ? DemoNetwork.STATION_16 : DemoNetwork.STATION_201;
        String evseUid = evseOf(identity);
        StationSimulator sim = station(identity, version);
        sim.start().get(10, TimeUnit.SECONDS);

        // boot publishes the location, with the serial number as the EVSE's physical reference
        Location loc = (Location)
                emsp.await(p -> p.kind().equals("PUT location"), WAIT).body();
        assertThat(loc.evses())
                .filteredOn(e -> e.uid().equals(evseUid))
                .singleElement()
                .satisfies(e -> assertThat(e.physicalReference()).isEqualTo("SN-" + identity));
        // status Available becomes an EVSE PATCH
        emsp.await(
                p -> p.kind().equals("PATCH evse")
                        && p.target().endsWith(evseUid)
                        && ((EvsePatch) p.body()).status().value() == Status.AVAILABLE,
                WAIT);

        CommandResponse response = bridge.startSession(StartSession.builder()
                        .responseUrl("https://emsp.example/results/start-1")
                        .token(DemoNetwork.token())
                        .locationId(DemoNetwork.LOCATION_ID)
                        .evseUid(evseUid)
                        .authorizationReference("AUTH-REF-1")
                        .build())
                .get(10, TimeUnit.SECONDS);
        assertThat(response.result()).isEqualTo(CommandResponseType.ACCEPTED);

        CommandResult started = (CommandResult) emsp.await(
                        p -> p.kind().equals("POST command result")
                                && p.target().endsWith("start-1"),
                        WAIT)
                .body();
        assertThat(started.result()).isEqualTo(CommandResultType.ACCEPTED);
        Session session =
                (Session) emsp.await(p -> p.kind().equals("PUT session"), WAIT).body();
        assertThat(session.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(session.authMethodAsString()).isEqualTo("COMMAND");
        assertThat(session.authorizationReference()).isEqualTo("AUTH-REF-1");
        assertThat(session.cdrToken().uid()).isEqualTo("TOKEN-1");
        assertThat(session.cdrToken().contractId()).isEqualTo("NL-EMS-C12345678-X");
        assertThat(session.evseUid()).isEqualTo(evseUid);
        emsp.await(
                p -> p.kind().equals("PATCH evse")
                        && p.target().endsWith(evseUid)
                        && ((EvsePatch) p.body()).status().value() == Status.CHARGING,
                WAIT);
        emsp.await(
                p -> p.kind().equals("PATCH session")
                        && ((SessionPatch) p.body()).kwh().value() != null
                        && ((SessionPatch) p.body()).kwh().value().signum() > 0,
                WAIT);

        CommandResponse stop = bridge.stopSession(new StopSession("https://emsp.example/results/stop-1", session.id()))
                .get(10, TimeUnit.SECONDS);
        assertThat(stop.result()).isEqualTo(CommandResponseType.ACCEPTED);
        Cdr cdr = (Cdr) emsp.await(p -> p.kind().equals("POST cdr"), WAIT).body();
        CommandResult stopped = (CommandResult) emsp.await(
                        p -> p.kind().equals("POST command result")
                                && p.target().endsWith("stop-1"),
                        WAIT)
                .body();
        assertThat(stopped.result()).isEqualTo(CommandResultType.ACCEPTED);
        SessionPatch completed = (SessionPatch) emsp.await(
                        p -> p.kind().equals("PATCH session")
                                && ((SessionPatch) p.body()).status().value() == SessionStatus.COMPLETED,
                        WAIT)
                .body();

        // the CDR: same session, the location's details, energy from the station's meter, the pricer's costs
        assertThat(cdr.sessionId()).isEqualTo(session.id());
        assertThat(cdr.cdrLocation().evseUid()).isEqualTo(evseUid);
        assertThat(cdr.cdrLocation().city()).isEqualTo("Berlin");
        assertThat(cdr.tariffs()).extracting(t -> t.id()).containsExactly("STD");
        assertThat(pricedTimelines).hasSize(1);
        List<MeterPoint> timeline = pricedTimelines.get(0);
        BigDecimal kwh = timeline.get(timeline.size() - 1)
                .energyWh()
                .subtract(timeline.get(0).energyWh())
                .divide(BigDecimal.valueOf(1000));
        assertThat(cdr.totalEnergy()).isEqualByComparingTo(kwh).isPositive();
        assertThat(completed.kwh().value()).isEqualByComparingTo(kwh);
        assertThat(cdr.totalCost().inclVat()).isEqualByComparingTo("1.19");
        assertThat(completed.totalCost().value().inclVat()).isEqualByComparingTo("1.19");
        assertThat(dev.ocpkit.ocpi.model.OcpiValidator.errors(cdr)).isEmpty();
        assertThat(bridge.session(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);

        // a second stop is for a finished session; there is still exactly one CDR
        assertThat(bridge.stopSession(new StopSession("https://emsp.example/results/stop-2", session.id()))
                        .get(10, TimeUnit.SECONDS)
                        .result())
                .isEqualTo(CommandResponseType.REJECTED);
        Thread.sleep(300);
        assertThat(emsp.pushes("POST cdr")).hasSize(1);
        assertThat(bridge.cdrs()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V16", "V201"})
    void faultAndUnlock_reachTheEmsp(OcppVersion version) throws Exception {
        String identity = version == OcppVersion.V16 ? DemoNetwork.STATION_16 : DemoNetwork.STATION_201;
        String evseUid = evseOf(identity);
        StationSimulator sim = station(identity, version);
        sim.start().get(10, TimeUnit.SECONDS);
        emsp.await(p -> p.kind().equals("PATCH evse") && p.target().endsWith(evseUid), WAIT);

        sim.reportFault(1, version == OcppVersion.V16 ? "GroundFailure" : "Faulted")
                .get(10, TimeUnit.SECONDS);
        emsp.await(
                p -> p.kind().equals("PATCH evse")
                        && ((EvsePatch) p.body()).status().value() == Status.OUTOFORDER,
                WAIT);
        assertThat(bridge.location(DemoNetwork.LOCATION_ID).orElseThrow().evses())
                .filteredOn(e -> e.uid().equals(evseUid))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(Status.OUTOFORDER));

        assertThat(bridge.unlockConnector(new UnlockConnector(
                                "https://emsp.example/results/unlock-1", DemoNetwork.LOCATION_ID, evseUid, "1"))
                        .get(10, TimeUnit.SECONDS)
                        .result())
                .isEqualTo(CommandResponseType.ACCEPTED);
        CommandResult unlocked = (CommandResult) emsp.await(
                        p -> p.kind().equals("POST command result")
                                && p.target().endsWith("unlock-1"),
                        WAIT)
                .body();
        assertThat(unlocked.result()).isEqualTo(CommandResultType.ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V16"})
    void badCommands_getTheSpecsAnswers(OcppVersion version) throws Exception {
        StartSession.Builder start = StartSession.builder()
                .responseUrl("https://emsp.example/results/x")
                .token(DemoNetwork.token())
                .locationId("NO-SUCH-LOCATION");
        assertThat(bridge.startSession(start.build()).get().result()).isEqualTo(CommandResponseType.REJECTED);
        assertThat(bridge.startSession(start.locationId(DemoNetwork.LOCATION_ID)
                                .evseUid("NOPE")
                                .build())
                        .get()
                        .result())
                .isEqualTo(CommandResponseType.REJECTED);
        assertThat(bridge.startSession(start.evseUid(DemoNetwork.EVSE_16).build())
                        .get()
                        .message())
                .as("the station has never connected: offline")
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("offline"));
        assertThat(bridge.stopSession(new StopSession(
                                "https://emsp.example/results/y", "00000000-0000-0000-0000-000000000000"))
                        .get()
                        .result())
                .isEqualTo(CommandResponseType.UNKNOWN_SESSION);
        assertThat(emsp.pushes("POST command result")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V16", "V201"})
    void localRfidTransaction_isAuthorizedFromTheTokenList(OcppVersion version) throws Exception {
        String identity = version == OcppVersion.V16 ? DemoNetwork.STATION_16 : DemoNetwork.STATION_201;
        StationSimulator sim = station(identity, version);
        sim.start().get(10, TimeUnit.SECONDS);
        sim.runTransaction(1, dev.ocpkit.ocpp.neutral.IdToken.of("04A1B2C3D4", "ISO14443"), 2)
                .get(20, TimeUnit.SECONDS);
        Session s =
                (Session) emsp.await(p -> p.kind().equals("PUT session"), WAIT).body();
        assertThat(s.authMethodAsString()).isEqualTo("WHITELIST");
        assertThat(s.cdrToken().contractId()).isEqualTo("NL-EMS-C87654321-X");
        Cdr cdr = (Cdr) emsp.await(p -> p.kind().equals("POST cdr"), WAIT).body();
        assertThat(cdr.cdrToken().uid()).isEqualTo("04A1B2C3D4");

        // an unknown card is refused: no session
        int sessions = emsp.pushes("PUT session").size();
        assertThat(sim.runTransaction(1, dev.ocpkit.ocpp.neutral.IdToken.of("UNKNOWN-CARD", "ISO14443"), 1))
                .failsWithin(Duration.ofSeconds(20))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withMessageContaining("Invalid");
        assertThat(emsp.pushes("PUT session")).hasSize(sessions);
    }

    private static SetChargingProfile profile(String responseUrl, String unit, int firstStart, String... limits) {
        List<ChargingProfilePeriod> periods = new ArrayList<>();
        for (int i = 0; i < limits.length; i++) {
            periods.add(new ChargingProfilePeriod(firstStart + 3600 * i, new BigDecimal(limits[i])));
        }
        return new SetChargingProfile(
                ChargingProfile.builder()
                        .chargingRateUnitAsString(unit)
                        .chargingProfilePeriod(periods)
                        .build(),
                responseUrl);
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V16", "V201"})
    void chargingProfiles_setGetClear_reachTheStationAndTheirResultsTheResponseUrl(OcppVersion version)
            throws Exception {
        String identity = version == OcppVersion.V16 ? DemoNetwork.STATION_16 : DemoNetwork.STATION_201;
        String evseUid = evseOf(identity);
        StationSimulator sim = station(identity, version);
        sim.start().get(10, TimeUnit.SECONDS);
        emsp.await(p -> p.kind().equals("PATCH evse") && p.target().endsWith(evseUid), WAIT);
        assertThat(bridge.startSession(StartSession.builder()
                                .responseUrl("https://emsp.example/results/start-1")
                                .token(DemoNetwork.token())
                                .locationId(DemoNetwork.LOCATION_ID)
                                .evseUid(evseUid)
                                .build())
                        .get(10, TimeUnit.SECONDS)
                        .result())
                .isEqualTo(CommandResponseType.ACCEPTED);
        String sessionId =
                ((Session) emsp.await(p -> p.kind().equals("PUT session"), WAIT).body()).id();
        assertThat(sim.powerW(1)).isEqualByComparingTo("11000");

        // PUT: 10 A on 3 phases (6900 W) now, 12 A (8280 W, below the station's 11 kW) an hour after the start of
        // charging; the station applies the first
        // period
        ChargingProfileResponse set = bridge.setChargingProfile(
                        sessionId, profile("https://emsp.example/results/set-1", "A", 0, "10", "12"))
                .get(10, TimeUnit.SECONDS);
        assertThat(set.result()).isEqualTo(ChargingProfileResponseType.ACCEPTED);
        assertThat(set.timeout()).isEqualTo(5);
        ChargingProfileResult setResult = (ChargingProfileResult)
                emsp.await(p -> p.target().endsWith("set-1"), WAIT).body();
        assertThat(setResult.result()).isEqualTo(ChargingProfileResultType.ACCEPTED);
        assertThat(sim.powerW(1)).isEqualByComparingTo("6900");

        // GET: the station's composite schedule for the next 2 hours, with the eMSP's limits (the simulator's clock
        // runs 60 times faster, so a few minutes of the first hour have passed)
        assertThat(bridge.getActiveChargingProfile(sessionId, 7200, "https://emsp.example/results/get-1")
                        .get(10, TimeUnit.SECONDS)
                        .result())
                .isEqualTo(ChargingProfileResponseType.ACCEPTED);
        ActiveChargingProfileResult active = (ActiveChargingProfileResult) emsp.await(
                        p -> p.kind().equals("POST active profile result")
                                && p.target().endsWith("get-1"),
                        WAIT)
                .body();
        assertThat(active.result()).isEqualTo(ChargingProfileResultType.ACCEPTED);
        ChargingProfile schedule = active.profile().chargingProfile();
        BigDecimal perAmp = schedule.chargingRateUnitAsString().equals("A") ? BigDecimal.ONE : new BigDecimal("690");
        assertThat(schedule.chargingProfilePeriod())
                .extracting(ChargingProfilePeriod::limit)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.TEN.multiply(perAmp), new BigDecimal("12").multiply(perAmp));
        assertThat(schedule.chargingProfilePeriod().get(1).startPeriod()).isBetween(3000, 3600);

        // DELETE: the profile goes, the station charges at its maximum again; a second DELETE finds nothing
        assertThat(bridge.clearChargingProfile(sessionId, "https://emsp.example/results/clear-1")
                        .get(10, TimeUnit.SECONDS)
                        .result())
                .isEqualTo(ChargingProfileResponseType.ACCEPTED);
        ClearProfileResult cleared = (ClearProfileResult)
                emsp.await(p -> p.target().endsWith("clear-1"), WAIT).body();
        assertThat(cleared.result()).isEqualTo(ChargingProfileResultType.ACCEPTED);
        assertThat(sim.powerW(1)).isEqualByComparingTo("11000");
        bridge.clearChargingProfile(sessionId, "https://emsp.example/results/clear-2")
                .get(10, TimeUnit.SECONDS);
        ClearProfileResult again = (ClearProfileResult)
                emsp.await(p -> p.target().endsWith("clear-2"), WAIT).body();
        assertThat(again.result()).isEqualTo(ChargingProfileResultType.UNKNOWN);

        // bad input: a profile OCPP cannot carry, an unknown session, then a station that went offline
        assertThat(bridge.setChargingProfile(sessionId, profile("https://emsp.example/results/set-2", "A", 60, "10"))
                        .get()
                        .result())
                .as("the first period must start at 0")
                .isEqualTo(ChargingProfileResponseType.REJECTED);
        assertThat(bridge.setChargingProfile(sessionId, profile("https://emsp.example/results/set-3", "kW", 0, "10"))
                        .get()
                        .result())
                .isEqualTo(ChargingProfileResponseType.REJECTED);
        assertThat(bridge.getActiveChargingProfile(
                                "00000000-0000-0000-0000-000000000000", 900, "https://emsp.example/results/get-2")
                        .get()
                        .result())
                .isEqualTo(ChargingProfileResponseType.UNKNOWN_SESSION);
        sim.close();
        Thread.sleep(300);
        assertThat(bridge.setChargingProfile(sessionId, profile("https://emsp.example/results/set-4", "A", 0, "8"))
                        .get()
                        .result())
                .isEqualTo(ChargingProfileResponseType.REJECTED);
        assertThat(emsp.pushes())
                .extracting(RecordingEmspPublisher.Push::target)
                .noneMatch(
                        t -> t.endsWith("set-2") || t.endsWith("set-3") || t.endsWith("get-2") || t.endsWith("set-4"));
    }
}
