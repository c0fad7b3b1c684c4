package dev.ocpkit.ocpp.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-made vectors for every rule of {@link CompositeScheduleCalculator} (the rule numbers are those of its class
 * documentation). Each vector's expected periods are worked out in the comment above the assertion; a period is
 * written {@code start:limit@phases}, start in seconds from the window start.
 */
class CompositeScheduleCalculatorTest {
    /** Monday 2 March 2026, 00:00 UTC. */
    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    static final CompositeScheduleCalculator CALC = CompositeScheduleCalculator.create();

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    static ChargingSchedulePeriod p(int start, String limit) {
        return ChargingSchedulePeriod.of(start, new BigDecimal(limit), null);
    }

    static ChargingSchedulePeriod p(int start, String limit, int phases) {
        return ChargingSchedulePeriod.of(start, new BigDecimal(limit), phases);
    }

    static ChargingSchedule.Builder schedule(ChargingRateUnit unit, ChargingSchedulePeriod... periods) {
        return ChargingSchedule.builder().chargingRateUnit(unit).chargingSchedulePeriod(Arrays.asList(periods));
    }

    static ChargingProfile.Builder profile(
            int id, int stackLevel, ChargingProfilePurpose purpose, ChargingProfileKind kind, ChargingSchedule s) {
        return ChargingProfile.builder()
                .id(id)
                .stackLevel(stackLevel)
                .chargingProfilePurpose(purpose)
                .chargingProfileKind(kind)
                .chargingSchedule(List.of(s));
    }

    /** An absolute profile whose schedule starts at {@code start} seconds after T0. */
    static ChargingProfile.Builder absolute(
            int id, int stackLevel, ChargingProfilePurpose purpose, long start, ChargingSchedule.Builder s) {
        return profile(
                id,
                stackLevel,
                purpose,
                ChargingProfileKind.ABSOLUTE,
                s.startSchedule(at(start)).build());
    }

    static InstalledChargingProfile on(int evseId, ChargingProfile.Builder p) {
        return new InstalledChargingProfile(evseId, p.build());
    }

    static CompositeScheduleRequest.Builder request(int evseId, int duration, InstalledChargingProfile... profiles) {
        return CompositeScheduleRequest.builder()
                .evseId(evseId)
                .scheduleStart(T0)
                .duration(duration)
                .profiles(Arrays.asList(profiles));
    }

    static List<String> periods(CompositeSchedule s) {
        List<String> out = new ArrayList<>();
        for (ChargingSchedulePeriod p : s.chargingSchedulePeriod()) {
            out.add(p.startPeriod() + ":" + p.limit().toPlainString() + "@" + p.numberPhases());
        }
        return out;
    }

    static List<String> calc(CompositeScheduleRequest.Builder r) {
        return periods(CALC.calculate(r.build()));
    }

    static final ChargingProfilePurpose MAX = ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE;
    static final ChargingProfilePurpose DEF = ChargingProfilePurpose.TX_DEFAULT_PROFILE;
    static final ChargingProfilePurpose TX = ChargingProfilePurpose.TX_PROFILE;
    static final ChargingProfilePurpose EXT = ChargingProfilePurpose.CHARGING_STATION_EXTERNAL_CONSTRAINTS;
    static final ChargingRateUnit A = ChargingRateUnit.A;
    static final ChargingRateUnit W = ChargingRateUnit.W;

    // ---------------------------------------------------------------- rule 11: the window, defaults

    @Test
    void noProfiles_givesTheEvseMaximumOverTheWholeWindow() {
        // Nothing installed: the EVSE maximum 32 A (3 phases) for the whole hour; in W 32 x 230 x 3 = 22080 W.
        CompositeSchedule s = CALC.calculate(request(1, 3600).build());
        assertThat(periods(s)).containsExactly("0:32.0@3");
        assertThat(s.evseId()).isEqualTo(1);
        assertThat(s.scheduleStart()).isEqualTo(T0);
        assertThat(s.duration()).isEqualTo(3600);
        assertThat(s.chargingRateUnit()).isEqualTo(A);
        assertThat(calc(request(1, 3600).chargingRateUnit(W))).containsExactly("0:22080.0@3");
    }

    @Test
    void windowStart_isTruncatedToTheSecond_andEqualNeighboursAreMerged() {
        // Start 00:00:00.750 -> 00:00:00. Stack 0 gives 10 A from 0, stack 1 gives 10 A from 600 s: the two
        // stretches have the same limit, so one period 0:10.0 remains.
        List<String> out = periods(CALC.calculate(request(
                        1,
                        1200,
                        on(1, absolute(1, 0, DEF, 0, schedule(A, p(0, "10")))),
                        on(1, absolute(2, 1, DEF, 600, schedule(A, p(0, "10")))))
                .scheduleStart(T0.plusMillis(750))
                .build()));
        assertThat(out).containsExactly("0:10.0@3");
    }

    // ---------------------------------------------------------------- rules 2 and 3: absolute, periods, duration

    @Test
    void absoluteProfile_periodsFollowStartSchedule_andEndWithTheDuration() {
        // TxDefault starting at 600 s: 16 A from +0, 10 A from +1200, duration 2400 (ends at 600 + 2400 = 3000).
        //   [0, 600)     no profile yet         -> 32 (EVSE maximum)
        //   [600, 1800)  first period            -> 16
        //   [1800, 3000) second period           -> 10
        //   [3000, 3600) duration over           -> 32
        assertThat(calc(request(
                        1,
                        3600,
                        on(
                                1,
                                absolute(
                                        1,
                                        0,
                                        DEF,
                                        600,
                                        schedule(A, p(0, "16"), p(1200, "10")).duration(2400))))))
                .containsExactly("0:32.0@3", "600:16.0@3", "1800:10.0@3", "3000:32.0@3");
    }

    @Test
    void beforeTheFirstStartPeriod_theProfileSetsNoLimit() {
        // Schedule at T0 whose only period starts at 600 s: [0,600) -> 32 (maximum), then 10.
        assertThat(calc(request(1, 1200, on(1, absolute(1, 0, DEF, 0, schedule(A, p(600, "10")))))))
                .containsExactly("0:32.0@3", "600:10.0@3");
    }

    @Test
    void absoluteWithoutStartSchedule_startsWithTheTransaction_asOcpp16Says() {
        // OCPP 1.6: an absolute schedule without startSchedule is relative to the start of charging. Transaction
        // started at -300 s; periods 6 A at +0, 16 A at +600 -> 16 A from -300 + 600 = 300 s.
        //   [0, 300) 6; [300, 900) 16
        ChargingProfile.Builder p = profile(
                1,
                0,
                DEF,
                ChargingProfileKind.ABSOLUTE,
                schedule(A, p(0, "6"), p(600, "16")).build());
        assertThat(calc(request(1, 900, on(1, p)).transactions(List.of(new ActiveTransaction(1, "7", at(-300))))))
                .containsExactly("0:6.0@3", "300:16.0@3");
    }

    // ---------------------------------------------------------------- rule 1: validity

    @Test
    void validFromAndValidTo_boundWhereTheProfileApplies() {
        // 10 A from T0, valid [900, 2700): [0,900) 32; [900,2700) 10; [2700,3600) 32 (validTo is exclusive).
        assertThat(calc(request(
                        1,
                        3600,
                        on(
                                1,
                                absolute(1, 0, DEF, 0, schedule(A, p(0, "10")))
                                        .validFrom(at(900))
                                        .validTo(at(2700))))))
                .containsExactly("0:32.0@3", "900:10.0@3", "2700:32.0@3");
    }

    // ---------------------------------------------------------------- rule 4: stack levels

    @Test
    void higherStackLevelWins_andTheLowerAppliesWhereTheHigherSetsNoLimit() {
        // stack 0: 20 A from T0, forever.
        // stack 1: 8 A from 1200 s, duration 1200 -> [1200, 2400).
        // stack 2: 6 A from T0 but valid only from 3000 s -> [3000, 3600).
        // Result: [0,1200) 20 (only stack 0); [1200,2400) 8 (stack 1 > 0); [2400,3000) 20 (stack 1's duration
        // ended); [3000,3600) 6 (stack 2 valid now). The highest stack wins even with a higher limit: see below.
        assertThat(calc(request(
                        1,
                        3600,
                        on(1, absolute(1, 0, DEF, 0, schedule(A, p(0, "20")))),
                        on(1, absolute(2, 1, DEF, 1200, schedule(A, p(0, "8")).duration(1200))),
                        on(1, absolute(3, 2, DEF, 0, schedule(A, p(0, "6"))).validFrom(at(3000))))))
                .containsExactly("0:20.0@3", "1200:8.0@3", "2400:20.0@3", "3000:6.0@3");
    }

    @Test
    void higherStackLevelWins_evenWithAHigherLimit() {
        // stack 0: 10 A; stack 3: 25 A. Within one purpose the stack level decides, not the lower limit: 25.
        assertThat(calc(request(
                        1,
                        600,
                        on(1, absolute(1, 0, DEF, 0, schedule(A, p(0, "10")))),
                        on(1, absolute(2, 3, DEF, 0, schedule(A, p(0, "25")))))))
                .containsExactly("0:25.0@3");
    }

    // ---------------------------------------------------------------- rule 5: TxProfile over TxDefaultProfile

    @Test
    void txProfile_overridesTxDefault_whateverTheStackLevels_untilItsScheduleEnds() {
        // TxDefault stack 5: 10 A. TxProfile stack 0, relative, 25 A for 1800 s from the transaction start (-600 s),
        // so it covers [-600, 1200). Transaction "42" on EVSE 1.
        //   [0,1200) 25 (TxProfile overrides the TxDefault although its stack level is lower)
        //   [1200,3600) 10 (TxProfile ended: the TxDefault applies)
        InstalledChargingProfile def = on(1, absolute(1, 5, DEF, 0, schedule(A, p(0, "10"))));
        InstalledChargingProfile tx = on(
                1,
                profile(
                                2,
                                0,
                                TX,
                                ChargingProfileKind.RELATIVE,
                                schedule(A, p(0, "25")).duration(1800).build())
                        .transactionId("42"));
        List<ActiveTransaction> running = List.of(new ActiveTransaction(1, "42", at(-600)));
        assertThat(calc(request(1, 3600, def, tx).transactions(running))).containsExactly("0:25.0@3", "1200:10.0@3");
    }

    @Test
    void txProfile_appliesOnlyToItsTransactionAndEvse() {
        // TxDefault 10 A. TxProfiles: 5 A for transaction "41" (not running), 20 A on EVSE 2, and 18 A without
        // transaction id (OCPP 1.6 allows it: the running transaction). With "42" on EVSE 1: 18.
        // Without any transaction the TxProfiles do not apply at all: 10.
        InstalledChargingProfile def = on(0, absolute(1, 0, DEF, 0, schedule(A, p(0, "10"))));
        InstalledChargingProfile other =
                on(1, absolute(2, 1, TX, 0, schedule(A, p(0, "5"))).transactionId("41"));
        InstalledChargingProfile evse2 =
                on(2, absolute(3, 2, TX, 0, schedule(A, p(0, "20"))).transactionId("42"));
        InstalledChargingProfile anyTx = on(1, absolute(4, 0, TX, 0, schedule(A, p(0, "18"))));
        List<ActiveTransaction> running = List.of(new ActiveTransaction(1, "42", at(-60)));
        assertThat(calc(request(1, 600, def, other, evse2, anyTx).transactions(running)))
                .containsExactly("0:18.0@3");
        assertThat(calc(request(1, 600, def, other, evse2, anyTx))).containsExactly("0:10.0@3");
        assertThat(calc(request(1, 600, def, other, evse2).transactions(running)))
                .as("only TxProfiles of other transactions or EVSEs: the TxDefault")
                .containsExactly("0:10.0@3");
    }

    // ---------------------------------------------------------------- rule 2: relative

    @Test
    void relativeProfile_startsWithTheTransaction_orWithTheWindowWithoutOne() {
        // Relative TxDefault: 6 A from +0, 16 A from +600.
        // With a transaction started at -300 s: 16 A from -300 + 600 = 300 s -> 0:6, 300:16.
        // Without a transaction it starts with the window -> 0:6, 600:16.
        InstalledChargingProfile rel = on(
                1,
                profile(
                        1,
                        0,
                        DEF,
                        ChargingProfileKind.RELATIVE,
                        schedule(A, p(0, "6"), p(600, "16")).build()));
        assertThat(calc(request(1, 1200, rel).transactions(List.of(new ActiveTransaction(1, "9", at(-300))))))
                .containsExactly("0:6.0@3", "300:16.0@3");
        assertThat(calc(request(1, 1200, rel))).containsExactly("0:6.0@3", "600:16.0@3");
    }

    // ---------------------------------------------------------------- rule 2: recurring

    @Test
    void dailyRecurringProfile_repeatsFromStartSchedule_eachRecurrenceEndingAtTheNext() {
        // Daily from 08:00 the day before T0 (-57600 s): 10 A from +0 (08:00), 16 A from +36000 (18:00).
        // Window: T0 00:00, 24 h.
        //   00:00 is 16 h into yesterday's recurrence (>= 10 h)      -> 16
        //   08:00 (28800) today's recurrence begins                    -> 10
        //   18:00 (64800) its second period                            -> 16
        InstalledChargingProfile daily = on(
                1,
                profile(
                                1,
                                0,
                                DEF,
                                ChargingProfileKind.RECURRING,
                                schedule(A, p(0, "10"), p(36000, "16"))
                                        .startSchedule(at(-57600))
                                        .build())
                        .recurrencyKind(RecurrencyKind.DAILY));
        assertThat(calc(request(1, 86400, daily))).containsExactly("0:16.0@3", "28800:10.0@3", "64800:16.0@3");
    }

    @Test
    void recurringProfile_doesNotApplyBeforeItsFirstStartSchedule() {
        // Same daily profile but starting today 08:00 (28800): nothing before it (EVSE maximum 32), then as above.
        InstalledChargingProfile daily = on(
                1,
                profile(
                                1,
                                0,
                                DEF,
                                ChargingProfileKind.RECURRING,
                                schedule(A, p(0, "10"), p(36000, "16"))
                                        .startSchedule(at(28800))
                                        .build())
                        .recurrencyKind(RecurrencyKind.DAILY));
        assertThat(calc(request(1, 86400, daily))).containsExactly("0:32.0@3", "28800:10.0@3", "64800:16.0@3");
    }

    @Test
    void weeklyRecurringProfile_withDuration_limitsOneHourEveryWeek() {
        // Weekly from Monday 07:00 (25200 s): 8 A for an hour (duration 3600). Window: two weeks (1209600 s).
        //   [0, 25200) 32; [25200, 28800) 8; [28800, 630000) 32;
        //   next Monday 07:00 = 604800 + 25200 = 630000 -> 8 until 633600; then 32.
        InstalledChargingProfile weekly = on(
                0,
                profile(
                                1,
                                0,
                                DEF,
                                ChargingProfileKind.RECURRING,
                                schedule(A, p(0, "8"))
                                        .startSchedule(at(25200))
                                        .duration(3600)
                                        .build())
                        .recurrencyKind(RecurrencyKind.WEEKLY));
        assertThat(calc(request(1, 1209600, weekly)))
                .containsExactly("0:32.0@3", "25200:8.0@3", "28800:32.0@3", "630000:8.0@3", "633600:32.0@3");
    }

    @Test
    void recurringPeriodsLongerThanTheRecurrence_areCutByTheNextRecurrence() {
        // Daily from T0: 12 A from +0, 20 A from +90000 (25 h, never reached: the next recurrence starts at 24 h).
        // Window 2 days: 12 throughout -> one period.
        InstalledChargingProfile daily = on(
                1,
                profile(
                                1,
                                0,
                                DEF,
                                ChargingProfileKind.RECURRING,
                                schedule(A, p(0, "12"), p(90000, "20"))
                                        .startSchedule(T0)
                                        .build())
                        .recurrencyKind(RecurrencyKind.DAILY));
        assertThat(calc(request(1, 172800, daily))).containsExactly("0:12.0@3");
    }

    // ---------------------------------------------------------------- rules 6 and 7: caps, EVSE 0 vs EVSE

    @Test
    void stationMaxProfile_capsTheTransactionLimit() {
        // ChargingStationMaxProfile on EVSE 0: 16 A from 0, 40 A from 1800. TxDefault 20 A.
        //   [0,1800) min(32, 16, 20) = 16; [1800,3600) min(32, 40, 20) = 20.
        // A max profile installed on EVSE 1 (5 A) is not a station limit and is ignored.
        assertThat(calc(request(
                        1,
                        3600,
                        on(0, absolute(1, 0, MAX, 0, schedule(A, p(0, "16"), p(1800, "40")))),
                        on(1, absolute(2, 0, MAX, 0, schedule(A, p(0, "5")))),
                        on(1, absolute(3, 0, DEF, 0, schedule(A, p(0, "20")))))))
                .containsExactly("0:16.0@3", "1800:20.0@3");
    }

    @Test
    void stationMaxProfile_alsoCapsATxProfile() {
        // TxProfile 30 A for the running transaction, max profile 11 A: 11.
        assertThat(calc(request(
                                1,
                                600,
                                on(0, absolute(1, 0, MAX, 0, schedule(A, p(0, "11")))),
                                on(
                                        1,
                                        absolute(2, 0, TX, 0, schedule(A, p(0, "30")))
                                                .transactionId("1")))
                        .transactions(List.of(new ActiveTransaction(1, "1", T0)))))
                .containsExactly("0:11.0@3");
    }

    @Test
    void externalConstraints_ofStationAndEvse_capTheEvse() {
        // External constraints: 12 A on EVSE 0 from 0; 8 A on EVSE 1 from 600; 2 A on EVSE 2 (other EVSE).
        // TxDefault 20 A. [0,600) min(20, 12) = 12; [600,1200) min(20, 12, 8) = 8.
        assertThat(calc(request(
                        1,
                        1200,
                        on(0, absolute(1, 0, EXT, 0, schedule(A, p(0, "12")))),
                        on(1, absolute(2, 0, EXT, 600, schedule(A, p(0, "8")))),
                        on(2, absolute(3, 0, EXT, 0, schedule(A, p(0, "2")))),
                        on(0, absolute(4, 0, DEF, 0, schedule(A, p(0, "20")))))))
                .containsExactly("0:12.0@3", "600:8.0@3");
    }

    @Test
    void txDefaultOfTheEvse_winsOverTheStationsAtEqualStackLevel_butNotOverAHigherOne() {
        // Same stack level 0: EVSE 0 says 10 A, EVSE 1 says 14 A -> the EVSE's own: 14.
        // EVSE 0 at stack 1 (12 A) over EVSE 1 at stack 0 (14 A) -> 12.
        assertThat(calc(request(
                        1,
                        600,
                        on(0, absolute(1, 0, DEF, 0, schedule(A, p(0, "10")))),
                        on(1, absolute(2, 0, DEF, 0, schedule(A, p(0, "14")))))))
                .containsExactly("0:14.0@3");
        assertThat(calc(request(
                        1,
                        600,
                        on(0, absolute(1, 1, DEF, 0, schedule(A, p(0, "12")))),
                        on(1, absolute(2, 0, DEF, 0, schedule(A, p(0, "14")))))))
                .containsExactly("0:12.0@3");
    }

    @Test
    void evseZero_sumsTheEvses_cappedByTheStationLimit() {
        // Two EVSEs (EVSE 2 runs transaction "5"). TxDefault on 0: 16 A; TxProfile on EVSE 2: 10 A; station max
        // 40 A from 0, 20 A from 1800.
        //   A:  [0,1800)    EVSE 1 min(32,40,16)=16 + EVSE 2 min(32,40,10)=10 = 26, min(26, 40) = 26
        //       [1800,3600) EVSE 1 min(32,20,16)=16 + EVSE 2 min(32,20,10)=10 = 26, min(26, 20) = 20
        //   W:  EVSE 1 16 x 690 = 11040, EVSE 2 10 x 690 = 6900 -> 17940; then min(17940, 20 x 690 = 13800) = 13800
        CompositeScheduleRequest.Builder r = request(
                        0,
                        3600,
                        on(0, absolute(1, 0, DEF, 0, schedule(A, p(0, "16")))),
                        on(2, absolute(2, 0, TX, 0, schedule(A, p(0, "10"))).transactionId("5")),
                        on(0, absolute(3, 0, MAX, 0, schedule(A, p(0, "40"), p(1800, "20")))))
                .transactions(List.of(new ActiveTransaction(2, "5", T0)));
        assertThat(calc(r)).containsExactly("0:26.0@3", "1800:20.0@3");
        assertThat(calc(r.chargingRateUnit(W))).containsExactly("0:17940.0@3", "1800:13800.0@3");
        assertThat(CALC.calculate(r.build()).evseId()).isZero();
    }

    @Test
    void evseZero_withAGivenEvseCount_sumsEveryEvseMaximum() {
        // Three EVSEs and no profile: 3 x 32 = 96 A.
        assertThat(calc(request(0, 600).evseCount(3))).containsExactly("0:96.0@3");
    }

    // ---------------------------------------------------------------- rule 8: units and phases

    @Test
    void wattLimits_convertToAmps_withThePhasesAndRoundDown() {
        // TxDefault 11000 W, phases absent (3): 11000 / (230 x 3) = 15.942 -> 15.9 A.
        assertThat(calc(request(1, 600, on(1, absolute(1, 0, DEF, 0, schedule(W, p(0, "11000")))))))
                .containsExactly("0:15.9@3");
    }

    @Test
    void ampLimits_convertToWatts_withThePhasesInUse() {
        // Max profile 11000 W (3 phases by default), TxProfile 16 A on one phase. Phases in use: min(3, 3, 1) = 1.
        //   W: min(32 x 230 x 1 = 7360, 11000, 16 x 230 x 1 = 3680) = 3680 W on 1 phase
        //   A: min(32, 11000 / 230 = 47.8, 16) = 16 A on 1 phase
        CompositeScheduleRequest.Builder r = request(
                        1,
                        600,
                        on(0, absolute(1, 0, MAX, 0, schedule(W, p(0, "11000")))),
                        on(1, absolute(2, 0, TX, 0, schedule(A, p(0, "16", 1))).transactionId("3")))
                .transactions(List.of(new ActiveTransaction(1, "3", T0)));
        assertThat(calc(r.chargingRateUnit(W))).containsExactly("0:3680.0@1");
        assertThat(calc(r.chargingRateUnit(A))).containsExactly("0:16.0@1");
    }

    @Test
    void nominalVoltageAndDefaultPhases_areConfigurable() {
        // 120 V, single-phase station: 16 A -> 16 x 120 x 1 = 1920 W; the 32 A maximum -> 3840 W.
        CompositeScheduleCalculator us = CompositeScheduleCalculator.builder()
                .nominalVoltage(new BigDecimal("120"))
                .defaultNumberPhases(1)
                .build();
        assertThat(periods(us.calculate(request(1, 600, on(1, absolute(1, 0, DEF, 0, schedule(A, p(0, "16")))))
                        .chargingRateUnit(W)
                        .build())))
                .containsExactly("0:1920.0@1");
        assertThat(periods(us.calculate(request(2, 600).chargingRateUnit(W).build())))
                .containsExactly("0:3840.0@1");
    }

    @Test
    void evseMaximumInWatts_andDefaultUnit_areConfigurable() {
        // DC EVSE of 50 kW, results in W by default: no profile -> 50000; TxDefault 100 A (3 phases) -> 69000 W,
        // capped at 50000; a TxDefault of 40000 W -> 40000.
        CompositeScheduleCalculator dc = CompositeScheduleCalculator.builder()
                .evseMaxRate(ChargingRate.watts("50000"))
                .defaultUnit(W)
                .build();
        assertThat(periods(dc.calculate(request(1, 600).build()))).containsExactly("0:50000.0@3");
        assertThat(periods(dc.calculate(request(1, 600, on(1, absolute(1, 0, DEF, 0, schedule(A, p(0, "100")))))
                        .build())))
                .containsExactly("0:50000.0@3");
        assertThat(periods(dc.calculate(request(1, 600, on(1, absolute(1, 0, DEF, 0, schedule(W, p(0, "40000")))))
                        .build())))
                .containsExactly("0:40000.0@3");
    }

    // ---------------------------------------------------------------- rule 9: minChargingRate

    @Test
    void limitBelowMinChargingRate_becomesZero_unlessSwitchedOff() {
        // TxDefault 20 A with minChargingRate 6 A; max profile 10 A, then 4 A from 1200, then 6 A from 2400.
        //   [0,1200) 10; [1200,2400) 4 < 6 -> 0; [2400,3600) 6 (not below 6) -> 6.
        // With the rule off: 10, 4, 6.
        CompositeScheduleRequest r = request(
                        1,
                        3600,
                        on(0, absolute(1, 0, MAX, 0, schedule(A, p(0, "10"), p(1200, "4"), p(2400, "6")))),
                        on(1, absolute(2, 0, DEF, 0, schedule(A, p(0, "20")).minChargingRate(new BigDecimal("6")))))
                .build();
        assertThat(periods(CALC.calculate(r))).containsExactly("0:10.0@3", "1200:0.0@3", "2400:6.0@3");
        CompositeScheduleCalculator off = CompositeScheduleCalculator.builder()
                .pauseBelowMinChargingRate(false)
                .build();
        assertThat(periods(off.calculate(r))).containsExactly("0:10.0@3", "1200:4.0@3", "2400:6.0@3");
    }

    @Test
    void minChargingRate_isComparedInTheUnitAskedFor() {
        // TxDefault in W, minChargingRate 4140 W (= 6 A x 230 x 3); max profile 5 A: 5 A < 6 A -> 0, also in W.
        CompositeScheduleRequest.Builder r = request(
                1,
                600,
                on(0, absolute(1, 0, MAX, 0, schedule(A, p(0, "5")))),
                on(1, absolute(2, 0, DEF, 0, schedule(W, p(0, "22000")).minChargingRate(new BigDecimal("4140")))));
        assertThat(calc(r)).containsExactly("0:0.0@3");
        assertThat(calc(r.chargingRateUnit(W))).containsExactly("0:0.0@3");
    }

    // ---------------------------------------------------------------- rule 3: 2.1 periods without limit

    @Test
    void ocpp21PeriodWithoutLimit_setsNoLimit_soTheLowerStackApplies() {
        // Stack 1 has a setpoint-only period (no limit); stack 0 says 12 A -> 12.
        ChargingSchedulePeriod setpointOnly = ChargingSchedulePeriod.builder()
                .startPeriod(0)
                .setpoint(new BigDecimal("5"))
                .operationMode(OperationMode.CENTRAL_SETPOINT)
                .build();
        assertThat(calc(request(
                        1,
                        600,
                        on(1, absolute(1, 0, DEF, 0, schedule(A, p(0, "12")))),
                        on(1, absolute(2, 1, DEF, 0, schedule(A, setpointOnly))))))
                .containsExactly("0:12.0@3");
    }

    // ---------------------------------------------------------------- a combined vector

    @Test
    void everythingTogether_overAnHour() {
        // EVSE 1, transaction "77" started at -1800 s.
        //   max profile (EVSE 0): 11000 W, then 4600 W from 2400 s
        //   TxDefault (EVSE 0), stack 0: 16 A
        //   TxProfile, relative, stack 0: 10 A for the first 2700 s of the transaction -> until 900 s, then 24 A
        //       from +2700 with a schedule duration of 3600 -> until 1800 s
        // A, 3 phases: max = 11000/690 = 15.9 A, later 4600/690 = 6.6 A
        //   [0,900)     TxProfile 10   -> min(32, 15.9, 10) = 10
        //   [900,1800)  TxProfile 24   -> min(32, 15.9, 24) = 15.9
        //   [1800,2400) TxDefault 16   -> min(32, 15.9, 16) = 15.9 (same as before: merged)
        //   [2400,3600) TxDefault 16   -> min(32, 6.6, 16)  = 6.6
        InstalledChargingProfile max = on(0, absolute(1, 0, MAX, 0, schedule(W, p(0, "11000"), p(2400, "4600"))));
        InstalledChargingProfile def = on(0, absolute(2, 0, DEF, -86400, schedule(A, p(0, "16"))));
        InstalledChargingProfile tx = on(
                1,
                profile(
                                3,
                                0,
                                TX,
                                ChargingProfileKind.RELATIVE,
                                schedule(A, p(0, "10"), p(2700, "24"))
                                        .duration(3600)
                                        .build())
                        .transactionId("77"));
        assertThat(calc(request(1, 3600, max, def, tx)
                        .transactions(List.of(new ActiveTransaction(1, "77", at(-1800))))))
                .containsExactly("0:10.0@3", "900:15.9@3", "2400:6.6@3");
    }
}
