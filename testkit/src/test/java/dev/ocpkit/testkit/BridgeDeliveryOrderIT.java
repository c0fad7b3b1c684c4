package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.bridge.CpoBridge;
import dev.ocpkit.bridge.EmspPublisher;
import dev.ocpkit.bridge.TokenCache;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import dev.ocpkit.ocpi.model.v221.Status;
import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two EVSE status changes in quick succession reach the eMSP in the order they happened: the bridge sends the second
 * PATCH only once the first has been answered (two requests in flight at once could arrive swapped and leave the
 * eMSP with the older status).
 */
class BridgeDeliveryOrderIT {
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Records like {@link RecordingEmspPublisher}; while {@code hold} is set, EVSE PATCHes stay unanswered. */
    private static final class HoldingPublisher implements EmspPublisher {
        final RecordingEmspPublisher record = new RecordingEmspPublisher();
        final List<CompletableFuture<Void>> held = new CopyOnWriteArrayList<>();
        volatile boolean hold;

        @Override
        public CompletableFuture<Void> putLocation(Location location) {
            return record.putLocation(location);
        }

        @Override
        public CompletableFuture<Void> patchEvse(
                String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
            record.patchEvse(countryCode, partyId, locationId, evseUid, patch);
            if (!hold) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> answer = new CompletableFuture<>();
            held.add(answer);
            return answer;
        }

        @Override
        public CompletableFuture<Void> putSession(Session session) {
            return record.putSession(session);
        }

        @Override
        public CompletableFuture<Void> patchSession(
                String countryCode, String partyId, String sessionId, SessionPatch patch) {
            return record.patchSession(countryCode, partyId, sessionId, patch);
        }

        @Override
        public CompletableFuture<Void> postCdr(Cdr cdr) {
            return record.postCdr(cdr);
        }

        @Override
        public CompletableFuture<Void> postCommandResult(String responseUrl, CommandResult result) {
            return record.postCommandResult(responseUrl, result);
        }

        @Override
        public CompletableFuture<Void> postChargingProfileResult(String responseUrl, ChargingProfileResult result) {
            return record.postChargingProfileResult(responseUrl, result);
        }

        @Override
        public CompletableFuture<Void> postActiveChargingProfileResult(
                String responseUrl, ActiveChargingProfileResult result) {
            return record.postActiveChargingProfileResult(responseUrl, result);
        }

        @Override
        public CompletableFuture<Void> postClearProfileResult(String responseUrl, ClearProfileResult result) {
            return record.postClearProfileResult(responseUrl, result);
        }
    }

    @Test
    void secondStatusPatchWaitsForTheAnswerToTheFirst() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        HoldingPublisher emsp = new HoldingPublisher();
        CpoBridge bridge = new CpoBridge(
                DemoNetwork.bridgeConfig(Duration.ofSeconds(5)),
                emsp,
                new TokenCache(null),
                (cdr, tariff, timeline, zone) -> cdr,
                Clock.systemUTC(),
                scheduler);
        try (CsmsServer csms = CsmsServer.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .versions(OcppVersion.V16)
                        .handlers(NeutralCsms.handlers(bridge))
                        .build()
                        .start();
                StationSimulator sim = StationSimulator.builder()
                        .url(URI.create("ws://127.0.0.1:" + csms.port() + "/ocpp/" + DemoNetwork.STATION_16))
                        .version(OcppVersion.V16)
                        .pace(Duration.ofMillis(50))
                        .build()) {
            sim.start().get(10, TimeUnit.SECONDS);
            emsp.record.await(
                    p -> p.kind().equals("PATCH evse")
                            && ((EvsePatch) p.body()).status().value() == Status.AVAILABLE,
                    WAIT);
            int before = emsp.record.pushes("PATCH evse").size();

            emsp.hold = true;
            sim.reportFault(1, "GroundFailure").get(10, TimeUnit.SECONDS);
            emsp.record.await(
                    p -> p.kind().equals("PATCH evse")
                            && ((EvsePatch) p.body()).status().value() == Status.OUTOFORDER,
                    WAIT);
            sim.clearFault(1).get(10, TimeUnit.SECONDS);
            // the bridge has taken in the repair: its own view is AVAILABLE again ...
            awaitTrue(() -> statusAtBridge(bridge) == Status.AVAILABLE);
            // ... but the eMSP has not yet answered the OUTOFORDER PATCH, so the AVAILABLE one is not sent
            assertThat(emsp.record.pushes("PATCH evse")).hasSize(before + 1);
            assertThat(emsp.held).hasSize(1);

            emsp.hold = false;
            emsp.held.get(0).complete(null);
            emsp.record.await(
                    p -> p.kind().equals("PATCH evse")
                            && ((EvsePatch) p.body()).status().value() == Status.AVAILABLE
                            && emsp.record.pushes("PATCH evse").size() == before + 2,
                    WAIT);
            assertThat(emsp.record.pushes("PATCH evse").subList(before, before + 2))
                    .extracting(p -> ((EvsePatch) p.body()).status().value())
                    .containsExactly(Status.OUTOFORDER, Status.AVAILABLE);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static Status statusAtBridge(CpoBridge bridge) {
        return bridge.location(DemoNetwork.LOCATION_ID).orElseThrow().evses().stream()
                .filter(e -> e.uid().equals(DemoNetwork.EVSE_16))
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(10);
        }
    }
}
