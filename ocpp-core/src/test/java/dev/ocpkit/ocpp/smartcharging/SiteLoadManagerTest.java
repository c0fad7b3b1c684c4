package dev.ocpkit.ocpp.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.NoResponse;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.CommandResult;
import dev.ocpkit.ocpp.neutral.CommandStatus;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The load manager with a recording sender. A sent profile is logged as {@code station#evse limit+unit}; the
 * expected limits are worked out in the comments (230 V; 3 phases: 1 A = 690 W; 1 phase: 1 A = 230 W).
 */
class SiteLoadManagerTest {
    /** Records every profile sent and answers as scripted (at once, or held until released). */
    static final class Recorder implements ChargingProfileSender {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<ChargingProfile> profiles = new CopyOnWriteArrayList<>();
        final Queue<CompletableFuture<CommandResult>> held = new ConcurrentLinkedQueue<>();
        volatile boolean hold;
        volatile CommandStatus answer = CommandStatus.ACCEPTED;

        @Override
        public CompletionStage<CommandResult> send(String stationId, int evseId, ChargingProfile profile) {
            ChargingSchedule s = profile.schedule();
            sent.add(stationId + "#" + evseId + " "
                    + s.chargingSchedulePeriod().get(0).limit().toPlainString()
                    + s.chargingRateUnit().value());
            profiles.add(profile);
            if (hold) {
                CompletableFuture<CommandResult> f = new CompletableFuture<>();
                held.add(f);
                return f;
            }
            return CompletableFuture.completedFuture(CommandResult.of(answer));
        }

        List<String> drain() {
            List<String> out = new ArrayList<>(sent);
            sent.clear();
            return out;
        }

        void releaseOne(CommandStatus status) {
            held.remove().complete(CommandResult.of(status));
        }
    }

    final Recorder rec = new Recorder();

    SiteLoadManager.Builder site(String limit) {
        return SiteLoadManager.builder().siteLimit(ChargingRate.amps(limit)).sender(rec);
    }

    static LoadSession session(String station, String tx) {
        return LoadSession.builder().stationId(station).transactionId(tx).build();
    }

    static void await(CompletableFuture<Void> f) throws Exception {
        f.get(5, TimeUnit.SECONDS);
    }

    // ---------------------------------------------------------------- fair share

    @Test
    void fairShare_splitsTheLimitEqually_asSessionsStart() throws Exception {
        SiteLoadManager m = site("32").build();
        // One session: 32 A (its maximum, and the site's).
        await(m.sessionStarted(session("CP1", "1")));
        assertThat(rec.drain()).containsExactly("CP1#1 32.0A");
        // Two: 22080 W / 2 = 11040 W = 16 A each; the decrease of CP1 and the first profile of CP2.
        await(m.sessionStarted(session("CP2", "2")));
        assertThat(rec.drain()).containsExactly("CP1#1 16.0A", "CP2#1 16.0A");
        // Three: 22080 / 3 = 7360 W = 10.66 A -> 10.6 A each (rounded down).
        await(m.sessionStarted(session("CP3", "3")));
        assertThat(rec.drain()).containsExactly("CP1#1 10.6A", "CP2#1 10.6A", "CP3#1 10.6A");
        assertThat(m.allocations()).extracting(a -> a.allocatedW().intValue()).containsExactly(7360, 7360, 7360);
    }

    @Test
    void fairShare_aSessionThatNeedsLess_leavesTheRestToTheOthers() throws Exception {
        // Site 40 A = 27600 W. A can take 10 A (6900 W), B 32 A (22080 W): A gets its 10 A, B the rest,
        // 27600 - 6900 = 20700 W = 30 A.
        SiteLoadManager m = site("40").build();
        m.sessionStarted(
                session("A", "1").toBuilder().maxRate(ChargingRate.amps("10")).build());
        await(m.sessionStarted(session("B", "2")));
        assertThat(m.allocations()).extracting(a -> a.allocatedW().intValue()).containsExactly(6900, 20700);
        assertThat(rec.sent).endsWith("A#1 10.0A", "B#1 30.0A");
    }

    @Test
    void txProfile_isARelativeTxProfileForTheTransaction_withTheSessionsPhases() throws Exception {
        SiteLoadManager m = site("32").stackLevel(3).profileIdBase(5000).build();
        await(m.sessionStarted(
                session("CP1", "77").toBuilder().evseId(2).phases(1).build()));
        ChargingProfile p = rec.profiles.get(0);
        assertThat(p.id()).isEqualTo(5002);
        assertThat(p.stackLevel()).isEqualTo(3);
        assertThat(p.chargingProfilePurpose()).isEqualTo(ChargingProfilePurpose.TX_PROFILE);
        assertThat(p.chargingProfileKind()).isEqualTo(ChargingProfileKind.RELATIVE);
        assertThat(p.transactionId()).isEqualTo("77");
        assertThat(p.schedule().startSchedule()).isNull();
        assertThat(p.schedule().chargingSchedulePeriod().get(0).numberPhases()).isEqualTo(1);
        // a one-phase 32 A session on a 32 A three-phase site: 32 A (7360 W fits in 22080 W)
        assertThat(rec.sent).containsExactly("CP1#2 32.0A");
        // and it can be converted for OCPP 1.6 and 2.0.1
        assertThat(ChargingProfiles.toV16(p).transactionId()).isEqualTo(77);
        assertThat(ChargingProfiles.toV201(p).transactionId()).isEqualTo("77");
    }

    // ---------------------------------------------------------------- priority

    @Test
    void priority_givesTheHigherPriorityAllItCanUse_afterEveryoneGotTheirMinimum() throws Exception {
        // Site 32 A. A (priority 0) first: 32 A. B (priority 5): minimums 6 + 6 A reserved, the 20 A left go to B
        // first -> B 26 A, A 6 A.
        SiteLoadManager m = site("32").policy(AllocationPolicy.PRIORITY).build();
        await(m.sessionStarted(session("A", "1")));
        await(m.sessionStarted(session("B", "2").toBuilder().priority(5).build()));
        assertThat(rec.drain()).containsExactly("A#1 32.0A", "A#1 6.0A", "B#1 26.0A");
    }

    @Test
    void priority_equalPrioritiesShareFairly() throws Exception {
        // Site 40 A. B and C priority 1, A priority 0. Minimums 3 x 6 = 18 A; 22 A extra go to priority 1:
        // B and C share 6 + 6 + 22 = 34 A -> 17 A each; A keeps 6 A.
        SiteLoadManager m = site("40").policy(AllocationPolicy.PRIORITY).build();
        m.sessionStarted(session("A", "1"));
        m.sessionStarted(session("B", "2").toBuilder().priority(1).build());
        await(m.sessionStarted(session("C", "3").toBuilder().priority(1).build()));
        assertThat(m.allocations())
                .extracting(a -> a.sentLimit().toPlainString())
                .containsExactly("6.0", "17.0", "17.0");
    }

    // ---------------------------------------------------------------- minimum rates

    @Test
    void minimumRates_pauseTheLatestSession_andResumeItWhenRoomReturns() throws Exception {
        // Site 16 A = 11040 W, minimum 6 A = 4140 W each. Three sessions: 4140 x 3 = 12420 > 11040, so the latest
        // (C) is paused (0 A) and A and B share 11040 W: 5520 W = 8 A each.
        SiteLoadManager m = site("16").build();
        m.sessionStarted(session("A", "1"));
        m.sessionStarted(session("B", "2"));
        await(m.sessionStarted(session("C", "3")));
        assertThat(m.allocations())
                .extracting(a -> a.sentLimit().toPlainString())
                .containsExactly("8.0", "8.0", "0.0");
        rec.drain();
        // A stops: B and C share 11040 W -> 8 A each; B is unchanged (nothing sent), C resumes.
        await(m.sessionStopped("A", "1"));
        assertThat(rec.drain()).containsExactly("C#1 8.0A");
    }

    @Test
    void minimumRates_underPriority_pauseTheLowestPriority() throws Exception {
        // Site 16 A, three sessions of priority 2 (started last), 1 and 0: the priority-0 one is paused;
        // 11040 - 2 x 4140 = 2760 W extra go to priority 2: 4140 + 2760 = 6900 W = 10 A; priority 1 keeps 6 A.
        SiteLoadManager m = site("16").policy(AllocationPolicy.PRIORITY).build();
        m.sessionStarted(session("A", "1"));
        m.sessionStarted(session("B", "2").toBuilder().priority(1).build());
        await(m.sessionStarted(session("C", "3").toBuilder().priority(2).build()));
        assertThat(m.allocations())
                .extracting(a -> a.session().stationId() + " " + a.sentLimit().toPlainString())
                .containsExactly("A 0.0", "B 6.0", "C 10.0");
    }

    // ---------------------------------------------------------------- starting, stopping, ordering

    @Test
    void sessionStopping_givesItsShareBack() throws Exception {
        SiteLoadManager m = site("32").build();
        m.sessionStarted(session("A", "1"));
        await(m.sessionStarted(session("B", "2")));
        rec.drain();
        // B stops: A back to 32 A (an increase of 16 A, above the 1 A hysteresis).
        await(m.sessionStopped("B", "2"));
        assertThat(rec.drain()).containsExactly("A#1 32.0A");
        assertThat(m.allocations()).hasSize(1);
        // an unknown session changes nothing
        await(m.sessionStopped("B", "2"));
        assertThat(rec.drain()).isEmpty();
    }

    @Test
    void increases_waitUntilTheDecreasesAreAccepted() throws Exception {
        // A 16 A and B 16 A on 32 A; B's meter shows 2000 W (less than 11040 - 1380): B's demand becomes
        // 2000 + 1380 = 3380 W, raised to its 6 A minimum (4140 W) -> 6 A; A gets 22080 - 4140 = 17940 W -> 26 A.
        SiteLoadManager m = site("32").build();
        m.sessionStarted(session("A", "1"));
        await(m.sessionStarted(session("B", "2")));
        rec.drain();
        rec.hold = true;
        CompletableFuture<Void> round = m.meterValue("B", "2", new BigDecimal("2000"));
        assertThat(rec.sent).containsExactly("B#1 6.0A");
        rec.releaseOne(CommandStatus.ACCEPTED);
        assertThat(rec.sent).containsExactly("B#1 6.0A", "A#1 26.0A");
        rec.releaseOne(CommandStatus.ACCEPTED);
        await(round);
    }

    @Test
    void aRefusedDecrease_withholdsTheIncreases_andIsRetriedNextTime() throws Exception {
        SiteLoadManager m = site("32").build();
        await(m.sessionStarted(session("A", "1")));
        assertThat(rec.drain()).containsExactly("A#1 32.0A");
        rec.answer = CommandStatus.REJECTED;
        await(m.sessionStarted(session("B", "2")));
        // both refused: A is known to have its old 32 A, B nothing
        assertThat(rec.drain()).containsExactly("A#1 16.0A", "B#1 16.0A");
        assertThat(m.allocations())
                .extracting(a -> a.sentLimit() == null ? null : a.sentLimit().toPlainString())
                .containsExactly("32.0", null);
        rec.answer = CommandStatus.ACCEPTED;
        await(m.recompute());
        assertThat(rec.drain()).containsExactly("A#1 16.0A", "B#1 16.0A");
        assertThat(m.allocations())
                .extracting(a -> a.sentLimit().toPlainString())
                .containsExactly("16.0", "16.0");

        // now B's decrease (meter shows it uses little) is refused: A's increase is withheld
        rec.answer = CommandStatus.REJECTED;
        await(m.meterValue("B", "2", new BigDecimal("2000")));
        assertThat(rec.drain()).containsExactly("B#1 6.0A");
        assertThat(m.allocations().get(0).sentLimit()).isEqualByComparingTo("16");
    }

    @Test
    void aSenderThatThrows_countsAsNotInstalled() throws Exception {
        SiteLoadManager m = SiteLoadManager.builder()
                .siteLimit(ChargingRate.amps("32"))
                .sender((station, evse, profile) -> {
                    throw new IllegalStateException("offline");
                })
                .build();
        await(m.sessionStarted(session("A", "1")));
        assertThat(m.allocations().get(0).sentLimit()).isNull();
        assertThat(m.allocations().get(0).allocatedW()).isEqualByComparingTo("22080");
    }

    @Test
    void aSenderThatNeverAnswers_timesOut_andDoesNotStallLaterRounds() throws Exception {
        rec.hold = true;
        SiteLoadManager m = site("32").sendTimeout(Duration.ofMillis(100)).build();
        await(m.sessionStarted(session("A", "1")));
        assertThat(m.allocations().get(0).sentLimit()).isNull();
        rec.hold = false;
        rec.drain();
        // The next round resends the profile that was never answered.
        await(m.sessionStarted(session("B", "2")));
        assertThat(rec.drain()).containsExactlyInAnyOrder("A#1 16.0A", "B#1 16.0A");
        assertThat(m.allocations())
                .extracting(a -> a.sentLimit().toPlainString())
                .containsExactly("16.0", "16.0");
    }

    // ---------------------------------------------------------------- units

    @Test
    void unitConversion_siteInWatts_sessionsWithTheirOwnPhasesAndUnits() throws Exception {
        // Site 11 kW. A: one phase, up to 32 A (7360 W); B: three phases, up to 32 A, profiles in W.
        // Fair share 5500 W each: A 5500 / 230 = 23.91 -> 23.9 A; B 5500 W.
        SiteLoadManager m = SiteLoadManager.builder()
                .siteLimit(ChargingRate.watts("11000"))
                .sender(rec)
                .build();
        m.sessionStarted(session("A", "1").toBuilder().phases(1).build());
        await(m.sessionStarted(
                session("B", "2").toBuilder().profileUnit(ChargingRateUnit.W).build()));
        assertThat(rec.sent).endsWith("A#1 23.9A", "B#1 5500W");
    }

    @Test
    void unitConversion_siteInAmpsOnOnePhase_andAnotherVoltage() throws Exception {
        // Single-phase site of 40 A at 120 V = 4800 W; a one-phase session up to 48 A (5760 W) gets 4800 W = 40 A;
        // the manager's unit W: 4800 W.
        SiteLoadManager m = site("40")
                .sitePhases(1)
                .nominalVoltage(new BigDecimal("120"))
                .profileUnit(ChargingRateUnit.W)
                .build();
        await(m.sessionStarted(session("A", "1").toBuilder()
                .phases(1)
                .maxRate(ChargingRate.amps("48"))
                .build()));
        assertThat(rec.sent).containsExactly("A#1 4800W");
    }

    // ---------------------------------------------------------------- hysteresis

    @Test
    void unchangedLimits_areNotResent_andSmallIncreasesWait() throws Exception {
        SiteLoadManager m = site("20").build();
        m.sessionStarted(session("A", "1"));
        await(m.sessionStarted(session("B", "2")));
        assertThat(rec.drain()).endsWith("A#1 10.0A", "B#1 10.0A");
        // recomputing without a change sends nothing
        await(m.recompute());
        assertThat(rec.drain()).isEmpty();
        // 21 A: 10.5 A each, an increase of 0.5 A (< 1 A): not sent
        await(m.siteLimit(ChargingRate.amps("21")));
        assertThat(rec.drain()).isEmpty();
        // 22 A: 11 A each, +1 A: sent
        await(m.siteLimit(ChargingRate.amps("22")));
        assertThat(rec.drain()).containsExactly("A#1 11.0A", "B#1 11.0A");
        // 21.5 A: 10.75 -> 10.7 A each, a decrease: always sent however small
        await(m.siteLimit(ChargingRate.amps("21.5")));
        assertThat(rec.drain()).containsExactly("A#1 10.7A", "B#1 10.7A");
    }

    @Test
    void meterValues_shiftUnusedPowerToOthers_andBackWhenTheSessionDrawsItsLimitAgain() throws Exception {
        SiteLoadManager m = site("32").build();
        m.sessionStarted(session("A", "1"));
        await(m.sessionStarted(session("B", "2")));
        rec.drain();
        // A draws 11000 W of its 11040 W: not less than 11040 - 1380, nothing changes.
        await(m.meterValue("A", "1", new BigDecimal("11000")));
        assertThat(rec.drain()).isEmpty();
        // A draws 2000 W: demand 2000 + 1380 = 3380 W, raised to the 6 A minimum (4140 W) -> 6 A; B gets
        // 22080 - 4140 = 17940 W -> 26 A (the decrease first).
        await(m.meterValue("A", "1", new BigDecimal("2000")));
        assertThat(rec.drain()).containsExactly("A#1 6.0A", "B#1 26.0A");
        assertThat(m.allocations().get(0).demandW()).isEqualByComparingTo("4140");
        // A draws 2100 W: demand still 4140 W (the change is below the 690 W hysteresis): no recomputation.
        await(m.meterValue("A", "1", new BigDecimal("2100")));
        assertThat(rec.drain()).isEmpty();
        // A draws 3300 W, not less than its limit (6 A = 4140 W) minus the headroom (1380 W): its demand is back
        // to its maximum -> 16 A each again (B's decrease first).
        await(m.meterValue("A", "1", new BigDecimal("3300")));
        assertThat(rec.drain()).containsExactly("B#1 16.0A", "A#1 16.0A");
        assertThat(m.allocations().get(0).measuredW()).isEqualByComparingTo("3300");
    }

    @Test
    void meterValues_areIgnored_whenNotFollowed() throws Exception {
        SiteLoadManager m = site("32").followMeterValues(false).build();
        m.sessionStarted(session("A", "1"));
        await(m.sessionStarted(session("B", "2")));
        rec.drain();
        await(m.meterValue("A", "1", new BigDecimal("500")));
        assertThat(rec.drain()).isEmpty();
        await(m.meterValue("X", "9", new BigDecimal("500")));
        assertThat(m.allocations()).hasSize(2);
    }

    @Test
    void otherLoad_isSubtractedFromTheSiteLimit_withHysteresis() throws Exception {
        // Site 32 A = 22080 W, building 11040 W: 11040 W left, 5520 W = 8 A per session.
        SiteLoadManager m = site("32").build();
        m.sessionStarted(session("A", "1"));
        await(m.sessionStarted(session("B", "2")));
        rec.drain();
        await(m.otherLoad(new BigDecimal("11040")));
        assertThat(rec.drain()).containsExactly("A#1 8.0A", "B#1 8.0A");
        // +60 W (< 690 W): no recomputation
        await(m.otherLoad(new BigDecimal("11100")));
        assertThat(rec.drain()).isEmpty();
    }

    // ---------------------------------------------------------------- threads

    @Test
    void concurrentEvents_endWithEverySessionAtItsAllocation_withinTheLimit() throws Exception {
        // 40 sessions from 8 threads on a 200 A site, then 20 of them stop.
        SiteLoadManager m = site("200").build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = Integer.toString(i);
                all.add(CompletableFuture.supplyAsync(() -> m.sessionStarted(session("CP" + id, id)), pool)
                        .thenCompose(f -> f));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            all.clear();
            for (int i = 0; i < 40; i += 2) {
                String id = Integer.toString(i);
                all.add(CompletableFuture.supplyAsync(() -> m.sessionStopped("CP" + id, id), pool)
                        .thenCompose(f -> f));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        await(m.recompute());
        // 20 sessions left: 200 A x 690 / 20 = 6900 W = 10 A each. What the stations accepted is within the
        // hysteresis (1 A) below that (a smaller increase is not sent), and never adds up to more than the site.
        List<SessionAllocation> left = m.allocations();
        assertThat(left).hasSize(20).allSatisfy(a -> {
            assertThat(a.allocatedW()).isEqualByComparingTo("6900");
            assertThat(a.sentLimit()).isBetween(new BigDecimal("9.0"), new BigDecimal("10.0"));
        });
        BigDecimal sentW = left.stream()
                .map(a -> a.sentLimit().multiply(new BigDecimal("690")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sentW).isLessThanOrEqualTo(new BigDecimal("138000"));
    }

    // ---------------------------------------------------------------- feeding from a CSMS handler

    /** A connection that only has an identity. */
    record Station(String identity) implements OcppSession {
        @Override
        public OcppVersion version() {
            return OcppVersion.V16;
        }

        @Override
        public OcppRole role() {
            return OcppRole.CSMS;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request, Duration timeout) {
            return call(request);
        }

        @Override
        public CompletableFuture<Void> send(OcppRequest<NoResponse> message) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public int pendingCalls() {
            return 0;
        }

        @Override
        public void close() {}
    }

    static TransactionStarted started(String tx, int evse) {
        return TransactionStarted.builder()
                .transactionId(tx)
                .evseId(evse)
                .idToken(IdToken.of("TAG"))
                .timestamp(Instant.now())
                .messageId("m" + tx)
                .build();
    }

    @Test
    void feeding_turnsTransactionEventsIntoSessions_andPassesEveryEventOn() throws Exception {
        Queue<Runnable> delayed = new ConcurrentLinkedQueue<>();
        List<String> seen = new CopyOnWriteArrayList<>();
        CsmsHandler host = new CsmsHandler() {
            @Override
            public CompletionStage<Authorization> authorize(OcppSession session, IdToken idToken) {
                seen.add("authorize " + idToken.value());
                return CompletableFuture.completedFuture(
                        idToken.value().equals("TAG")
                                ? Authorization.accepted()
                                : Authorization.of(dev.ocpkit.ocpp.neutral.AuthorizationStatus.BLOCKED));
            }
        };
        SiteLoadManager m =
                site("32").startDelay(Duration.ZERO).executor(delayed::add).build();
        CsmsHandler h = m.feeding(host);
        Station cp = new Station("CP1");

        assertThat(h.transactionStarted(cp, started("1", 1))
                        .toCompletableFuture()
                        .join()
                        .status())
                .isEqualTo(dev.ocpkit.ocpp.neutral.AuthorizationStatus.ACCEPTED);
        assertThat(seen).containsExactly("authorize TAG");
        awaitQueued(delayed, 1);
        assertThat(m.allocations()).isEmpty(); // not before the start delay ran
        delayed.remove().run();
        assertThat(m.allocations()).extracting(a -> a.session().transactionId()).containsExactly("1");

        // Power.Active.Import 2 kW (total) becomes a meter value of 2000 W; a per-phase sample is ignored
        Instant now = Instant.now();
        h.transactionUpdated(
                        cp,
                        TransactionUpdated.builder()
                                .transactionId("1")
                                .timestamp(now)
                                .samples(List.of(
                                        new MeterSample(
                                                now,
                                                MeterSample.POWER_ACTIVE_IMPORT,
                                                null,
                                                new BigDecimal("2"),
                                                "kW",
                                                null,
                                                null),
                                        new MeterSample(
                                                now,
                                                MeterSample.POWER_ACTIVE_IMPORT,
                                                "L1",
                                                new BigDecimal("9"),
                                                "kW",
                                                null,
                                                null)))
                                .messageId("u1")
                                .build())
                .toCompletableFuture()
                .join();
        assertThat(m.allocations().get(0).measuredW()).isEqualByComparingTo("2000");

        // a blocked identifier does not become a session
        h.transactionStarted(
                        cp,
                        started("2", 2).toBuilder().idToken(IdToken.of("BAD")).build())
                .toCompletableFuture()
                .join();
        // a transaction that ends before the delay never becomes one
        h.transactionStarted(cp, started("3", 3)).toCompletableFuture().join();
        h.transactionEnded(cp, ended("3")).toCompletableFuture().join();
        awaitQueued(delayed, 1);
        delayed.remove().run();
        assertThat(m.allocations()).extracting(a -> a.session().transactionId()).containsExactly("1");

        h.transactionEnded(cp, ended("1")).toCompletableFuture().join();
        assertThat(m.allocations()).isEmpty();
    }

    static TransactionEnded ended(String tx) {
        return TransactionEnded.builder()
                .transactionId(tx)
                .timestamp(Instant.now())
                .messageId("e" + tx)
                .build();
    }

    static void awaitQueued(Queue<Runnable> q, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (q.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(q).hasSize(n);
    }
}
