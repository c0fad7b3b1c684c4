package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charging periods cut by the engine from meter samples, at every restriction boundary. */
class TimelineTest {
    private final TariffEngine engine = TariffEngine.create();

    private static Instant local(String ldt) {
        return LocalDateTime.parse(ldt).atZone(BERLIN).toInstant();
    }

    private static MeterSample sample(Instant at, String kwh, String kw, boolean parking) {
        return new MeterSample(at, new BigDecimal(kwh), kw == null ? null : new BigDecimal(kw), null, parking);
    }

    private static final Tariff BEFORE_AND_AFTER_17 = Sessions.elements(
            "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":1}],\"restrictions\":{\"end_time\":\"17:00\"}},"
                    + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}]}");

    @Test
    void timeOfDayBoundary_cutsAPeriodAt1700Local() {
        Instant t0 = local("2024-03-04T16:30");
        SessionTimeline tl = SessionTimeline.of(
                List.of(sample(t0, "100", "11", false), sample(t0.plus(Duration.ofHours(1)), "111", null, false)));
        PricedSession s = engine.price(BEFORE_AND_AFTER_17, tl, BERLIN);
        assertThat(s.periods()).hasSize(2);
        assertThat(s.periods().get(1).start()).isEqualTo(local("2024-03-04T17:00"));
        assertThat(s.periods())
                .extracting(p -> p.energyKwh().stripTrailingZeros().toPlainString())
                .containsExactly("5.5", "5.5");
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("2.75"); // 1.10 + 1.65
    }

    @Test
    void kwhThreshold_cutsWhereTheEnergyChargedReachesIt_withExactlyThatEnergyBefore() {
        Tariff t = Sessions.elements(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}],\"restrictions\":{\"max_kwh\":10}},"
                        + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":1}]}");
        Instant t0 = local("2024-03-04T10:00");
        SessionTimeline tl = SessionTimeline.of(
                List.of(sample(t0, "2", null, false), sample(t0.plus(Duration.ofMinutes(90)), "32", null, false)));
        PricedSession s = engine.price(t, tl, BERLIN);
        assertThat(s.periods()).hasSize(2);
        assertThat(s.periods().get(0).energyKwh()).isEqualByComparingTo("10");
        assertThat(s.periods().get(1).start()).isEqualTo(t0.plus(Duration.ofMinutes(30)));
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("7"); // 10 * 0.30 + 20 * 0.20
    }

    @Test
    void durationThreshold_cutsAtTheSessionStartPlusTheDuration() {
        Tariff t = SpecTariffs.maxDuration();
        Instant t0 = local("2024-03-04T10:00");
        // 10 kW for 40 minutes: 5 kWh in the first 30, 1.666667 in the last 10
        SessionTimeline tl = SessionTimeline.of(List.of(
                sample(t0, "0", null, false),
                sample(t0.plus(Duration.ofMinutes(30)), "5", null, false),
                sample(t0.plus(Duration.ofMinutes(40)), "6.2", null, false)));
        PricedSession s = engine.price(t, tl, BERLIN);
        assertThat(s.periods()).extracting(PricedPeriod::start).containsExactly(t0, t0.plus(Duration.ofMinutes(30)));
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("0.30");
    }

    @Test
    void powerBands_fromSamples_priceTheSpecsMaxPowerExample() {
        Tariff t = SpecTariffs.maxPower();
        Instant t0 = local("2024-03-04T10:00");
        SessionTimeline tl = SessionTimeline.of(List.of(
                sample(t0, "0", "6", false),
                sample(t0.plus(Duration.ofMinutes(10)), "1", "48", false),
                sample(t0.plus(Duration.ofMinutes(60)), "41", "4", false),
                sample(t0.plus(Duration.ofSeconds(4050)), "41.5", null, false)));
        PricedSession s = engine.price(t, tl, BERLIN);
        assertThat(s.periods()).hasSize(3);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("20.30");
    }

    @Test
    void samplesThatPriceAlike_areMergedIntoOnePeriod_withTheirPowerRange() {
        Instant t0 = local("2024-03-04T10:00");
        List<MeterSample> samples = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            samples.add(sample(t0.plus(Duration.ofMinutes(5L * i)), String.valueOf(i), String.valueOf(10 + i), false));
        }
        PricedSession s = engine.price(BEFORE_AND_AFTER_17, SessionTimeline.of(samples), BERLIN);
        assertThat(s.periods()).singleElement().satisfies(p -> {
            assertThat(p.energyKwh()).isEqualByComparingTo("12");
            assertThat(p.chargingSeconds()).isEqualByComparingTo("3600");
            assertThat(p.minPower()).isEqualByComparingTo("10");
            assertThat(p.maxPower()).isEqualByComparingTo("21");
        });
    }

    @Test
    void parkingSamples_becomeParkingTime_andPriceTheSpecsThreeAndFiveExample() {
        Tariff t = SpecTariffs.threeAndFiveParking();
        Instant t0 = local("2024-03-04T10:00");
        SessionTimeline tl = SessionTimeline.of(List.of(
                sample(t0, "0", null, false),
                MeterSample.parking(t0.plus(Duration.ofMinutes(150)), new BigDecimal("30")),
                sample(t0.plus(Duration.ofMinutes(192)), "30", null, true)));
        PricedSession s = engine.price(t, tl, BERLIN);
        assertThat(s.periods()).extracting(p -> p.parkingSeconds().intValue()).containsExactly(0, 2520);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("11.25");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("12.75");
    }

    @Test
    void midnight_isACut_whenADayOfWeekRestrictionExists() {
        Tariff t = Sessions.elements(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.40,\"step_size\":1}],\"restrictions\":{\"day_of_week\":[\"SUNDAY\"]}},"
                        + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":1}]}");
        Instant t0 = local("2024-03-03T23:00"); // Sunday
        SessionTimeline tl = SessionTimeline.of(
                List.of(sample(t0, "0", null, false), sample(t0.plus(Duration.ofHours(2)), "20", null, false)));
        PricedSession s = engine.price(t, tl, BERLIN);
        assertThat(s.periods()).extracting(PricedPeriod::start).containsExactly(t0, local("2024-03-04T00:00"));
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("6"); // 10 * 0.40 + 10 * 0.20
    }

    @Test
    void fallBackDay_cutsAtBothOccurrencesOfTheBoundary() {
        // 2024-10-27 in Berlin: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET)
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.40,\"step_size\":1}],"
                + "\"restrictions\":{\"start_time\":\"02:30\",\"end_time\":\"04:00\"}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":1}]}");
        Instant t0 = Instant.parse("2024-10-27T00:00:00Z"); // 02:00 CEST
        SessionTimeline tl = SessionTimeline.of(
                List.of(sample(t0, "0", null, false), sample(t0.plus(Duration.ofHours(2)), "8", null, false)));
        PricedSession s = engine.price(t, tl, BERLIN);
        // 02:00-02:30 CEST cheap, 02:30 CEST-02:00 CET (wall clock goes back) expensive... until it leaves the window
        // at 02:00 CET (01:00Z), cheap again until 02:30 CET (01:30Z), then expensive
        assertThat(s.periods())
                .extracting(PricedPeriod::start)
                .containsExactly(
                        t0,
                        Instant.parse("2024-10-27T00:30:00Z"),
                        Instant.parse("2024-10-27T01:00:00Z"),
                        Instant.parse("2024-10-27T01:30:00Z"));
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("2.40"); // 2 kWh per half hour: .4+.8+.4+.8
    }

    @Test
    void timelinePrice_equalsThePriceOfTheCdrItWrites() {
        Tariff t = SpecTariffs.complex();
        Instant t0 = local("2024-03-09T13:30"); // Saturday
        SessionTimeline tl = SessionTimeline.of(List.of(
                new MeterSample(t0, new BigDecimal("0"), new BigDecimal("30"), new BigDecimal("43"), false),
                new MeterSample(
                        t0.plus(Duration.ofMinutes(114)), new BigDecimal("57"), BigDecimal.ZERO, BigDecimal.ZERO, true),
                new MeterSample(t0.plus(Duration.ofMinutes(185)), new BigDecimal("57"), null, null, true)));
        PricedSession fromTimeline = engine.price(t, tl, BERLIN);
        assertThat(fromTimeline.totalCost().exclVat()).isEqualByComparingTo("12.375");
        Cdr cdr = fromTimeline.toCdr(Sessions.at("2024-03-09T13:30", BERLIN).cdr());
        assertThat(cdr.totalEnergy()).isEqualByComparingTo("57");
        assertThat(cdr.totalTime()).isEqualByComparingTo("3.083333333");
        assertThat(cdr.totalParkingTime()).isEqualByComparingTo("1.183333333");
        PricedSession fromCdr = engine.price(t, cdr, BERLIN);
        assertThat(fromCdr.totalCost().sameAmountAs(fromTimeline.totalCost())).isTrue();
        assertThat(cdr.totalCost().exclVat()).isEqualByComparingTo("12.375");
        List<ChargingPeriod> periods = cdr.chargingPeriods();
        assertThat(periods.get(0).dimensions())
                .extracting(d -> d.typeAsString())
                .contains("ENERGY", "TIME", "MIN_CURRENT", "MAX_CURRENT", "MIN_POWER", "MAX_POWER");
    }

    @Test
    void reservationBeforeTheSession_andAnExpiredReservation() {
        Tariff t = SpecTariffs.reservationWithExpireFee();
        Instant r0 = local("2024-03-04T10:00");
        Instant t0 = r0.plus(Duration.ofMinutes(22));
        PricedSession used = engine.price(
                t,
                SessionTimeline.withReservation(
                        r0,
                        List.of(sample(t0, "0", null, false), sample(t0.plus(Duration.ofHours(1)), "20", null, false))),
                BERLIN);
        assertThat(used.totalCost().exclVat()).isEqualByComparingTo("6.50");
        assertThat(used.periods().get(0).reservation()).isTrue();
        PricedSession expired =
                engine.price(t, SessionTimeline.expiredReservation(r0, r0.plus(Duration.ofHours(1))), BERLIN);
        assertThat(expired.totalCost().exclVat()).isEqualByComparingTo("6.00");
        assertThat(expired.totalReservationCost().inclVat()).isEqualByComparingTo("7.20");
    }

    @Test
    void badTimelines_areRefused() {
        Instant t0 = local("2024-03-04T10:00");
        assertThatThrownBy(() -> engine.price(
                        BEFORE_AND_AFTER_17,
                        SessionTimeline.of(
                                List.of(sample(t0, "5", null, false), sample(t0.plusSeconds(60), "4", null, false))),
                        BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.NEGATIVE_VOLUME));
        assertThatThrownBy(() -> engine.price(
                        BEFORE_AND_AFTER_17,
                        SessionTimeline.of(List.of(sample(t0, "5", null, false), sample(t0, "6", null, false))),
                        BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.PERIODS_OUT_OF_ORDER));
        assertThatThrownBy(() -> engine.price(
                        BEFORE_AND_AFTER_17, SessionTimeline.of(List.of(sample(t0, "5", null, false))), BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.INVALID_SESSION));
    }
}
