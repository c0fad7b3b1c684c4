package dev.ocpkit.ocpp.neutral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.ReconnectPolicy;
import dev.ocpkit.ocpp.StationClient;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileKind;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedule;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedulePeriod;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stations using {@link StationCalls} and {@link NeutralStation} against one CSMS using {@link NeutralCsms} and
 * {@link StationCommands}, over loopback WebSockets, in OCPP 1.6, 2.0.1 and 2.1. Both sides validate every payload
 * against the OCA schemas.
 */
class NeutralApiIT {
    static final Instant T0 = Instant.parse("2026-07-01T08:00:00Z");
    static final IdToken TAG = IdToken.of("TAG1234", IdToken.TYPE_ISO14443);

    final RecordingCsmsHandler csmsHandler = new RecordingCsmsHandler();
    final List<AutoCloseable> closeLater = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeLater.size() - 1; i >= 0; i--) {
            closeLater.get(i).close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    CsmsServer csms(int port) {
        CsmsServer server = CsmsServer.builder()
                .host("127.0.0.1")
                .port(port)
                .versions(OcppVersion.V21, OcppVersion.V201, OcppVersion.V16)
                .handlers(NeutralCsms.handlers(
                        csmsHandler, CsmsOptions.defaults().withTransactionIds(TransactionIdGenerator.startingAt(100))))
                .build()
                .start();
        closeLater.add(server);
        return server;
    }

    StationClient station(int port, String identity, OcppVersion v, StationCommandHandler commands) {
        StationClient client = StationClient.builder()
                .url(URI.create("ws://127.0.0.1:" + port + "/ocpp/" + identity))
                .versions(v)
                .handlers(NeutralStation.handlers(commands))
                .reconnect(new ReconnectPolicy(true, Duration.ofMillis(50), Duration.ofMillis(200), 2, 0.1))
                .transactionMessageRetryInterval(Duration.ofMillis(50))
                .build();
        closeLater.add(client);
        return client;
    }

    static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    static MeterSample sample(Instant at, String measurand, String phase, String value, String unit) {
        return new MeterSample(at, measurand, phase, new BigDecimal(value), unit, "Sample.Periodic", "Outlet");
    }

    // ---------------------------------------------------------------- one handler, three versions

    /** The station side of the scenario; returns the handle of its transaction. */
    static TransactionHandle runScenario(StationCalls calls) throws Exception {
        BootDecision boot = await(calls.boot(BootInfo.builder()
                .vendor("ACME")
                .model("AC22")
                .serialNumber("S-1")
                .firmwareVersion("1.0.3")
                .reason(BootReason.POWER_UP)
                .iccid("8944")
                .imsi("2620")
                .build()));
        assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(boot.interval()).isEqualTo(Duration.ofSeconds(300));
        await(calls.status(StatusEvent.builder()
                .evseId(1)
                .connectorId(1)
                .status(ConnectorStatus.AVAILABLE)
                .timestamp(T0)
                .build()));
        assertThat(await(calls.authorize(TAG)).status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        TransactionHandle tx = calls.startTransaction(TransactionStart.builder()
                .evseId(1)
                .connectorId(1)
                .idToken(TAG)
                .timestamp(T0.plusSeconds(60))
                .meterStartWh(new BigDecimal("1000"))
                .build());
        assertThat(await(tx.started()).status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        Instant t1 = T0.plusSeconds(960);
        await(calls.updateTransaction(
                tx,
                TransactionUpdate.builder()
                        .timestamp(t1)
                        .samples(List.of(
                                sample(t1, "Energy.Active.Import.Register", null, "2500", "Wh"),
                                sample(t1, "Power.Active.Import", null, "7400.5", "W"),
                                sample(t1, "Current.Import", "L1", "16", "A")))
                        .build()));
        await(calls.endTransaction(
                tx,
                TransactionStop.builder()
                        .timestamp(T0.plusSeconds(1860))
                        .idToken(TAG)
                        .meterStopWh(new BigDecimal("4000"))
                        .stoppedReason(StoppedReason.EV_DISCONNECTED)
                        .build()));
        await(calls.meterValues(0, List.of(sample(t1, "Voltage", "L1-N", "230.4", "V"))));
        assertThat(await(calls.dataTransfer(new DataTransfer("dev.ocpkit", "ping", "hello"))))
                .isEqualTo(new DataTransferResult(DataTransferStatus.ACCEPTED, "pong"));
        await(calls.firmwareStatus(new FirmwareStatusEvent(FirmwareStatus.INSTALLED, null)));
        assertThat(await(calls.heartbeat())).isNotNull();
        return tx;
    }

    /** The events with what legitimately differs between versions blanked out. */
    static List<Object> comparable(List<Object> events) {
        List<Object> out = new ArrayList<>();
        for (Object e : events) {
            if (e instanceof BootInfo b) {
                out.add(b.toBuilder().reason(null).build());
            } else if (e instanceof IdToken t) {
                out.add("authorize " + t.value());
            } else if (e instanceof TransactionStarted s) {
                out.add(s.toBuilder()
                        .transactionId("*")
                        .messageId("*")
                        .seqNo(null)
                        .triggerReason(null)
                        .idToken(IdToken.of(s.idToken().value()))
                        .build());
            } else if (e instanceof TransactionUpdated u) {
                out.add(u.toBuilder()
                        .transactionId("*")
                        .messageId("*")
                        .seqNo(null)
                        .triggerReason(null)
                        .build());
            } else if (e instanceof TransactionEnded x) {
                out.add(x.toBuilder()
                        .transactionId("*")
                        .messageId("*")
                        .seqNo(null)
                        .triggerReason(null)
                        .idToken(IdToken.of(x.idToken().value()))
                        .build());
            } else if (e instanceof MeterValuesEvent m) {
                out.add(new MeterValuesEvent(m.evseId(), m.samples(), "*"));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void oneCsmsHandler_recordsTheSameNeutralEvents_fromA16A201AndA21Station() throws Exception {
        CsmsServer server = csms(0);
        Map<OcppVersion, TransactionHandle> handles = new TreeMap<>();
        for (OcppVersion v : OcppVersion.values()) {
            StationClient client = station(server.port(), "CP-" + v.name(), v, new StationCommandHandler() {});
            await(client.connect());
            handles.put(v, runScenario(StationCalls.of(client, v)));
        }
        List<Object> v16 = csmsHandler.of("CP-V16");
        List<Object> v201 = csmsHandler.of("CP-V201");
        List<Object> v21 = csmsHandler.of("CP-V21");
        assertThat(v16).hasSize(10);
        assertThat(comparable(v201)).isEqualTo(comparable(v16));
        assertThat(comparable(v21)).isEqualTo(comparable(v16));

        // what the neutral events say, in every version
        TransactionStarted started =
                csmsHandler.of("CP-V16", TransactionStarted.class).get(0);
        assertThat(started.meterStartWh()).isEqualByComparingTo("1000");
        assertThat(started.samples())
                .containsExactly(new MeterSample(
                        T0.plusSeconds(60),
                        "Energy.Active.Import.Register",
                        null,
                        new BigDecimal("1000"),
                        "Wh",
                        "Transaction.Begin",
                        null));
        TransactionEnded ended =
                csmsHandler.of("CP-V21", TransactionEnded.class).get(0);
        assertThat(ended.meterStopWh()).isEqualByComparingTo("4000");
        assertThat(ended.stoppedReason()).isEqualTo(StoppedReason.EV_DISCONNECTED);
        assertThat(csmsHandler.of("CP-V201", TransactionUpdated.class).get(0).samples())
                .extracting(MeterSample::unit)
                .containsExactly("Wh", "W", "A");

        // what differs: 1.6 ids are assigned by the CSMS, 2.x ids by the station, which numbers its events
        String id16 = await(handles.get(OcppVersion.V16).transactionId());
        assertThat(id16).isEqualTo("100");
        assertThat(csmsHandler.of("CP-V16", TransactionUpdated.class).get(0).transactionId())
                .isEqualTo(id16);
        assertThat(csmsHandler.of("CP-V16", TransactionEnded.class).get(0).transactionId())
                .isEqualTo(id16);
        assertThat(started.seqNo()).isNull();
        assertThat(csmsHandler.of("CP-V16", BootInfo.class).get(0).reason()).isNull();
        for (OcppVersion v : List.of(OcppVersion.V201, OcppVersion.V21)) {
            String id = "CP-" + v.name();
            String txId = handles.get(v).transactionIdNow();
            assertThat(txId).hasSize(36).isEqualTo(handles.get(v).ref());
            assertThat(csmsHandler.of(id, TransactionStarted.class).get(0).seqNo())
                    .isZero();
            assertThat(csmsHandler.of(id, TransactionUpdated.class).get(0).seqNo())
                    .isEqualTo(1);
            TransactionEnded e = csmsHandler.of(id, TransactionEnded.class).get(0);
            assertThat(e.seqNo()).isEqualTo(2);
            assertThat(e.transactionId()).isEqualTo(txId);
            assertThat(e.offline()).isFalse();
            assertThat(csmsHandler.of(id, TransactionStarted.class).get(0).triggerReason())
                    .isEqualTo(TriggerReason.AUTHORIZED);
            assertThat(csmsHandler.of(id, BootInfo.class).get(0).reason()).isEqualTo(BootReason.POWER_UP);
            assertThat(handles.get(v).nextSeqNo()).isEqualTo(3);
        }
    }

    // ---------------------------------------------------------------- every command round-trips

    static ChargingProfile profile(ChargingProfilePurpose purpose, Integer scheduleId) {
        return ChargingProfile.builder()
                .id(5)
                .stackLevel(1)
                .chargingProfilePurpose(purpose)
                .chargingProfileKind(ChargingProfileKind.ABSOLUTE)
                .validFrom(T0)
                .chargingSchedule(List.of(ChargingSchedule.builder()
                        .id(scheduleId)
                        .startSchedule(T0)
                        .duration(7200)
                        .chargingRateUnit(ChargingRateUnit.A)
                        .chargingSchedulePeriod(List.of(
                                ChargingSchedulePeriod.of(0, new BigDecimal("32"), 3),
                                ChargingSchedulePeriod.of(3600, new BigDecimal("10.5"), 1)))
                        .build()))
                .build();
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void everyCommand_roundTripsBetweenStationCommandsAndNeutralStation(OcppVersion v) throws Exception {
        CsmsServer server = csms(0);
        RecordingStationHandler station = new RecordingStationHandler();
        StationClient client = station(server.port(), "CP-CMD", v, station);
        await(client.connect());
        await(StationCalls.of(client, v).heartbeat()); // the CSMS knows the connection once it answered
        OcppSession session = server.station("CP-CMD").orElseThrow();
        assertThat(session.version()).isEqualTo(v);
        StationCommands cmd = StationCommands.of(session);
        boolean v16 = v == OcppVersion.V16;
        // the schedule id 1.6 cannot carry arrives as null; 2.x keeps it
        Integer scheduleId = v16 ? null : 5;

        RemoteStartResult start = await(cmd.remoteStart(RemoteStart.builder()
                .evseId(1)
                .idToken(TAG)
                .remoteStartId(7)
                .chargingProfile(profile(ChargingProfilePurpose.TX_PROFILE, 5))
                .build()));
        assertThat(start.result()).isEqualTo(CommandResult.of(CommandStatus.ACCEPTED));
        assertThat(start.remoteStartId()).isEqualTo(v16 ? null : 7);
        assertThat(start.transactionId()).isEqualTo(v16 ? null : "already-running");
        assertThat(station.last().get(1))
                .isEqualTo(RemoteStart.builder()
                        .evseId(1)
                        .idToken(v16 ? IdToken.of(TAG.value()) : TAG)
                        .remoteStartId(v16 ? null : 7)
                        .chargingProfile(profile(ChargingProfilePurpose.TX_PROFILE, scheduleId))
                        .build());

        Reservation reservation = Reservation.builder()
                .id(31)
                .evseId(1)
                .idToken(TAG)
                .expiryDateTime(T0.plusSeconds(900))
                .build();
        assertThat(await(cmd.reserveNow(reservation)))
                .isEqualTo(new CommandResult(CommandStatus.REJECTED, "Occupied", null, null));
        assertThat(station.last())
                .isEqualTo(List.of(
                        "reserveNow",
                        v16
                                ? reservation.toBuilder()
                                        .idToken(IdToken.of(TAG.value()))
                                        .build()
                                : reservation));
        assertThat(await(cmd.cancelReservation(31)).status()).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(station.last()).isEqualTo(List.of("cancelReservation", 31));

        String txId = v16 ? "123" : "tx-123";
        assertThat(await(cmd.remoteStop(txId)).status()).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(station.last()).isEqualTo(List.of("remoteStop", txId));

        CommandResult reset = await(cmd.reset(ResetType.SOFT));
        assertThat(reset.status()).isEqualTo(v16 ? CommandStatus.ACCEPTED : CommandStatus.SCHEDULED);
        assertThat(station.last()).isEqualTo(List.of("reset", ResetType.SOFT, "null"));

        assertThat(await(cmd.unlock(1, 1)))
                .isEqualTo(new CommandResult(CommandStatus.ACCEPTED, "Unlocked", null, null));
        assertThat(station.last()).isEqualTo(List.of("unlock", 1, 1));

        assertThat(await(cmd.changeAvailability(1, null, Availability.INOPERATIVE))
                        .status())
                .isEqualTo(CommandStatus.ACCEPTED);
        assertThat(station.last()).isEqualTo(List.of("changeAvailability", "1", "null", Availability.INOPERATIVE));

        ChargingProfile max = profile(ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE, 5);
        assertThat(await(cmd.setChargingProfile(0, max)).status()).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(station.last())
                .isEqualTo(List.of(
                        "setChargingProfile",
                        0,
                        profile(ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE, scheduleId)));

        assertThat(await(cmd.clearChargingProfile(ChargingProfileCriteria.byId(5))))
                .isEqualTo(new CommandResult(CommandStatus.REJECTED, "Unknown", null, null));
        assertThat(station.last()).isEqualTo(List.of("clearChargingProfile", ChargingProfileCriteria.byId(5)));

        CompositeScheduleResult composite = await(cmd.getCompositeSchedule(1, Duration.ofHours(1), ChargingRateUnit.W));
        assertThat(composite.result().status()).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(composite.schedule()).isEqualTo(RecordingStationHandler.schedule(1));
        assertThat(station.last()).isEqualTo(List.of("getCompositeSchedule", 1, Duration.ofHours(1), "W"));

        FirmwareUpdate update = FirmwareUpdate.builder()
                .requestId(3)
                .location("https://firmware.example/ac22-1.0.4.bin")
                .retrieveDateTime(T0)
                .retries(2)
                .retryInterval(60)
                .build();
        CommandResult fw = await(cmd.updateFirmware(update));
        assertThat(fw.status()).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(fw.rawStatus()).isEqualTo(v16 ? "" : "Accepted");
        assertThat(station.last().get(1))
                .isEqualTo(v16 ? update.toBuilder().requestId(0).build() : update);

        assertThat(await(cmd.dataTransfer(new DataTransfer("dev.ocpkit", "ping", "hello"))))
                .isEqualTo(new DataTransferResult(DataTransferStatus.ACCEPTED, "pong"));
        assertThat(station.last()).isEqualTo(List.of("dataTransfer", new DataTransfer("dev.ocpkit", "ping", "hello")));

        assertThat(await(cmd.triggerMessage(MessageTrigger.STATUS_NOTIFICATION, 1)))
                .isEqualTo(new CommandResult(CommandStatus.NOT_SUPPORTED, "NotImplemented", null, null));
        assertThat(station.last()).isEqualTo(List.of("triggerMessage", MessageTrigger.STATUS_NOTIFICATION, "1"));
        assertThat(station.calls).hasSize(13);
    }

    // ---------------------------------------------------------------- the offline queue

    @Test
    void ocpp16_messagesQueuedBeforeStartTransactionWasAnswered_carryTheAssignedTransactionId() throws Exception {
        int port = freePort();
        StationClient client = station(port, "CP-OFF16", OcppVersion.V16, new StationCommandHandler() {});
        client.connect(); // nobody listens yet: the client keeps trying
        StationCalls calls = StationCalls.of(client, OcppVersion.V16);
        TransactionHandle tx = calls.startTransaction(TransactionStart.builder()
                .evseId(2)
                .idToken(TAG)
                .timestamp(T0)
                .meterStartWh(new BigDecimal("500"))
                .build());
        CompletableFuture<?> update = calls.updateTransaction(
                tx,
                TransactionUpdate.builder()
                        .timestamp(T0.plusSeconds(60))
                        .samples(
                                List.of(sample(T0.plusSeconds(60), "Energy.Active.Import.Register", null, "700", "Wh")))
                        .build());
        CompletableFuture<?> end = calls.endTransaction(
                tx,
                TransactionStop.builder()
                        .timestamp(T0.plusSeconds(120))
                        .meterStopWh(new BigDecimal("900"))
                        .build());
        assertThat(tx.transactionIdNow()).isNull();
        assertThat(client.messageQueue().size()).isEqualTo(3);

        csms(port);
        await(end);
        assertThat(update).isCompleted();
        String id = await(tx.transactionId());
        assertThat(id).isEqualTo("100");
        List<Object> events = csmsHandler.of("CP-OFF16");
        assertThat(events).hasSize(3);
        assertThat(((TransactionStarted) events.get(0)).transactionId()).isEqualTo(id);
        assertThat(((TransactionUpdated) events.get(1)).transactionId()).isEqualTo(id);
        assertThat(((TransactionUpdated) events.get(1)).evseId()).isEqualTo(2);
        assertThat(((TransactionEnded) events.get(2)).transactionId()).isEqualTo(id);
        assertThat(((TransactionEnded) events.get(2)).meterStopWh()).isEqualByComparingTo("900");
        assertThat(client.messageQueue().size()).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void ocpp2x_eventsCreatedWhileOffline_areMarkedOffline_andNumberedFromZero(OcppVersion v) throws Exception {
        int port = freePort();
        String identity = "CP-OFF" + v.name();
        StationClient client = station(port, identity, v, new StationCommandHandler() {});
        CompletableFuture<OcppSession> connected = client.connect();
        StationCalls calls = StationCalls.of(client, v);
        TransactionHandle tx = calls.startTransaction(TransactionStart.builder()
                .evseId(1)
                .timestamp(T0)
                .meterStartWh(new BigDecimal("500"))
                .build());
        assertThat(tx.transactionIdNow()).hasSize(36);
        CompletableFuture<?> update = calls.updateTransaction(
                tx,
                TransactionUpdate.builder()
                        .timestamp(T0.plusSeconds(60))
                        .chargingState(ChargingState.CHARGING)
                        .samples(
                                List.of(sample(T0.plusSeconds(60), "Energy.Active.Import.Register", null, "700", "Wh")))
                        .build());
        assertThat(client.messageQueue().size()).isEqualTo(2);

        csms(port);
        await(connected);
        await(update);
        await(calls.endTransaction(
                tx,
                TransactionStop.builder()
                        .timestamp(T0.plusSeconds(120))
                        .meterStopWh(new BigDecimal("900"))
                        .build()));
        List<Object> events = csmsHandler.of(identity);
        assertThat(events).hasSize(3);
        TransactionStarted s = (TransactionStarted) events.get(0);
        TransactionUpdated u = (TransactionUpdated) events.get(1);
        TransactionEnded e = (TransactionEnded) events.get(2);
        assertThat(List.of(s.seqNo(), u.seqNo(), e.seqNo())).containsExactly(0, 1, 2);
        assertThat(List.of(s.offline(), u.offline(), e.offline())).containsExactly(true, true, false);
        assertThat(List.of(s.transactionId(), u.transactionId(), e.transactionId()))
                .containsOnly(tx.transactionIdNow());
        assertThat(s.idToken()).isNull();
        assertThat(s.triggerReason()).isEqualTo(TriggerReason.CABLE_PLUGGED_IN);
        assertThat(u.chargingState()).isEqualTo(ChargingState.CHARGING);
        assertThat(e.triggerReason()).isEqualTo(TriggerReason.EV_COMMUNICATION_LOST);
        assertThat(e.meterStopWh()).isEqualByComparingTo("900");
    }
}
