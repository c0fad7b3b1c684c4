package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.CommandStatus;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import dev.ocpkit.ocpp.neutral.RemoteStart;
import dev.ocpkit.ocpp.neutral.StationCommands;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileKind;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedule;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedulePeriod;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The station simulator against a CSMS on the neutral API, for every OCPP version. */
class StationSimulatorIT {
    /** Records what the CSMS sees, as short lines. */
    static final class Recorder implements CsmsHandler {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<TransactionEnded> ended = new CopyOnWriteArrayList<>();
        final List<BigDecimal> startWh = new CopyOnWriteArrayList<>();
        volatile @Nullable String lastTransactionId;

        @Override
        public CompletionStage<BootDecision> boot(OcppSession session, BootInfo boot) {
            events.add("boot " + boot.vendor());
            return CompletableFuture.completedFuture(BootDecision.accepted(Duration.ofSeconds(300)));
        }

        @Override
        public CompletionStage<Authorization> authorize(OcppSession session, IdToken idToken) {
            events.add("authorize " + idToken.value());
            return CompletableFuture.completedFuture(Authorization.accepted());
        }

        @Override
        public CompletionStage<Void> status(OcppSession session, StatusEvent event) {
            events.add("status " + event.evseId() + " " + event.status().value()
                    + (event.errorCode() == null || event.errorCode().equals("NoError")
                            ? ""
                            : " " + event.errorCode()));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Authorization> transactionStarted(OcppSession session, TransactionStarted event) {
            lastTransactionId = event.transactionId();
            startWh.add(event.meterStartWh());
            events.add("started");
            return CompletableFuture.completedFuture(Authorization.accepted());
        }

        @Override
        public CompletionStage<@Nullable Authorization> transactionUpdated(
                OcppSession session, TransactionUpdated event) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<@Nullable Authorization> transactionEnded(OcppSession session, TransactionEnded event) {
            ended.add(event);
            events.add("ended " + event.stoppedReason().value());
            return CompletableFuture.completedFuture(null);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier cond) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!cond.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(cond.getAsBoolean()).as("condition reached in time").isTrue();
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void localAndRemoteTransactions_chargingProfile_andFault(OcppVersion version) throws Exception {
        Recorder csms = new Recorder();
        try (CsmsServer server = CsmsServer.builder()
                        .host("127.0.0.1")
                        .versions(version)
                        .handlers(NeutralCsms.handlers(csms))
                        .build()
                        .start();
                StationSimulator sim = StationSimulator.builder()
                        .url(URI.create("ws://127.0.0.1:" + server.port() + "/ocpp/SIM-" + version.label()))
                        .version(version)
                        .pace(Duration.ofMillis(20))
                        .timeScale(60)
                        .build()) {
            sim.start().get(10, TimeUnit.SECONDS);
            sim.runTransactions(2, 3).get(15, TimeUnit.SECONDS);
            assertThat(sim.awaitQueueEmpty(Duration.ofSeconds(10))).isTrue();
            waitFor(() -> csms.ended.size() == 2);
            assertThat(csms.events).startsWith("boot ocpkit", "status 1 Available", "authorize SIM-0001");
            for (TransactionEnded e : csms.ended) {
                assertThat(e.meterStopWh()).isNotNull();
            }
            // energy grows monotonically from one transaction to the next
            assertThat(csms.startWh.get(1)).isGreaterThan(csms.startWh.get(0));

            OcppSession session = server.station(sim.identity()).orElseThrow();
            StationCommands cmd = StationCommands.of(session);
            assertThat(cmd.remoteStart(RemoteStart.builder()
                                    .evseId(1)
                                    .idToken(IdToken.of("REMOTE", IdToken.TYPE_CENTRAL))
                                    .remoteStartId(1)
                                    .build())
                            .get(5, TimeUnit.SECONDS)
                            .result()
                            .status())
                    .isEqualTo(CommandStatus.ACCEPTED);
            waitFor(() -> csms.startWh.size() == 3
                    && csms.lastTransactionId != null
                    && sim.transaction(1) != null
                    && csms.lastTransactionId.equals(sim.transaction(1).transactionIdNow()));

            ChargingProfile cap = ChargingProfile.builder()
                    .id(9)
                    .stackLevel(1)
                    .chargingProfilePurpose(ChargingProfilePurpose.TX_DEFAULT_PROFILE)
                    .chargingProfileKind(ChargingProfileKind.ABSOLUTE)
                    .chargingSchedule(List.of(ChargingSchedule.builder()
                            .id(version == OcppVersion.V16 ? null : 1)
                            .startSchedule(Instant.now())
                            .chargingRateUnit(ChargingRateUnit.W)
                            .chargingSchedulePeriod(List.of(ChargingSchedulePeriod.builder()
                                    .startPeriod(0)
                                    .limit(new BigDecimal("3700"))
                                    .build()))
                            .build()))
                    .build();
            assertThat(cmd.setChargingProfile(1, cap).get(5, TimeUnit.SECONDS).status())
                    .isEqualTo(CommandStatus.ACCEPTED);
            assertThat(sim.powerW(1)).isEqualByComparingTo("3700");

            assertThat(cmd.remoteStop(csms.lastTransactionId)
                            .get(5, TimeUnit.SECONDS)
                            .status())
                    .isEqualTo(CommandStatus.ACCEPTED);
            waitFor(() -> csms.ended.size() == 3);
            assertThat(csms.events).contains("ended Remote");

            sim.reportFault(1, "GroundFailure").get(5, TimeUnit.SECONDS);
            waitFor(() -> csms.events.stream().anyMatch(l -> l.startsWith("status 1 Faulted")));
            if (version == OcppVersion.V16) {
                assertThat(csms.events).contains("status 1 Faulted GroundFailure");
            }
        }
    }
}
