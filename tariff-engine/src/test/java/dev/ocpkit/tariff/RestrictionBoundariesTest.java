package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static dev.ocpkit.tariff.Sessions.UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every restriction of OCPI 2.2.1 TariffRestrictions at its boundaries: starts and minimums inclusive, ends and
 * maximums exclusive, times of day in the given zone (wrapping past midnight, an end of 00:00, daylight-saving days).
 * The restricted element prices energy at 0.50, the fallback at 0.10.
 */
class RestrictionBoundariesTest {
    private final TariffEngine engine = TariffEngine.create();
    private static final String FALLBACK =
            "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.10,\"step_size\":1}]}";

    private static Tariff restricted(String restrictions) {
        return Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.50,\"step_size\":1}],"
                + "\"restrictions\":" + restrictions + "}," + FALLBACK);
    }

    /** The unit price of each period's ENERGY line. */
    private List<String> energyPrices(TariffEngine e, Tariff t, Cdr cdr, ZoneId zone) {
        PricedSession s = e.price(t, cdr, zone);
        return s.periods().stream()
                .map(p -> p.lines().stream()
                        .filter(l -> l.dimension() == PricedDimension.ENERGY)
                        .map(l -> l.unitPrice().toPlainString())
                        .findFirst()
                        .orElse("free"))
                .toList();
    }

    private String priceAt(String restrictions, String localStart, ZoneId zone) {
        Cdr cdr = Sessions.at(localStart, zone)
                .charging(Duration.ofMinutes(1), "1")
                .cdr();
        return energyPrices(engine, restricted(restrictions), cdr, zone).get(0);
    }

    @Test
    void startTime_isInclusive() {
        assertThat(priceAt("{\"start_time\":\"17:00\"}", "2024-03-04T17:00", BERLIN))
                .isEqualTo("0.50");
        assertThat(priceAt("{\"start_time\":\"17:00\"}", "2024-03-04T16:59:59", BERLIN))
                .isEqualTo("0.10");
    }

    @Test
    void endTime_isExclusive() {
        assertThat(priceAt("{\"end_time\":\"17:00\"}", "2024-03-04T16:59:59", BERLIN))
                .isEqualTo("0.50");
        assertThat(priceAt("{\"end_time\":\"17:00\"}", "2024-03-04T17:00", BERLIN))
                .isEqualTo("0.10");
    }

    @Test
    void timeWindow_endBeforeStart_wrapsPastMidnight() {
        String night = "{\"start_time\":\"22:00\",\"end_time\":\"06:00\"}";
        assertThat(priceAt(night, "2024-03-04T22:00", BERLIN)).isEqualTo("0.50");
        assertThat(priceAt(night, "2024-03-04T23:30", BERLIN)).isEqualTo("0.50");
        assertThat(priceAt(night, "2024-03-05T05:59:59", BERLIN)).isEqualTo("0.50");
        assertThat(priceAt(night, "2024-03-05T06:00", BERLIN)).isEqualTo("0.10");
        assertThat(priceAt(night, "2024-03-04T21:59:59", BERLIN)).isEqualTo("0.10");
    }

    @Test
    void endTime0000_meansTheEndOfTheDay() {
        String evening = "{\"start_time\":\"18:00\",\"end_time\":\"00:00\"}";
        assertThat(priceAt(evening, "2024-03-04T23:59:59", BERLIN)).isEqualTo("0.50");
        assertThat(priceAt(evening, "2024-03-05T00:00", BERLIN)).isEqualTo("0.10");
        assertThat(priceAt(evening, "2024-03-04T17:59:59", BERLIN)).isEqualTo("0.10");
        assertThat(priceAt("{\"end_time\":\"00:00\"}", "2024-03-04T00:00", BERLIN))
                .isEqualTo("0.50");
    }

    @Test
    void timeOfDay_isTheLocationsLocalTime_notUtc() {
        Instant at = Instant.parse("2024-03-04T17:30:00Z"); // 18:30 in Berlin (CET)
        Cdr cdr = Sessions.atInstant(at).charging(Duration.ofMinutes(1), "1").cdr();
        Tariff t = restricted("{\"start_time\":\"18:00\"}");
        assertThat(energyPrices(engine, t, cdr, BERLIN)).containsExactly("0.50");
        assertThat(energyPrices(engine, t, cdr, UTC)).containsExactly("0.10");
    }

    @Test
    void startDate_isInclusive_endDate_isExclusive() {
        String march = "{\"start_date\":\"2024-03-01\",\"end_date\":\"2024-03-05\"}";
        assertThat(priceAt(march, "2024-03-01T00:00", BERLIN)).isEqualTo("0.50");
        assertThat(priceAt(march, "2024-03-04T23:59:59", BERLIN)).isEqualTo("0.50");
        assertThat(priceAt(march, "2024-03-05T00:00", BERLIN)).isEqualTo("0.10");
        assertThat(priceAt(march, "2024-02-29T23:59:59", BERLIN)).isEqualTo("0.10");
    }

    @Test
    void dates_areLocalDates() {
        Instant at = Instant.parse("2024-03-04T23:30:00Z"); // 2024-03-05 00:30 in Berlin
        Cdr cdr = Sessions.atInstant(at).charging(Duration.ofMinutes(1), "1").cdr();
        Tariff t = restricted("{\"end_date\":\"2024-03-05\"}");
        assertThat(energyPrices(engine, t, cdr, BERLIN)).containsExactly("0.10");
        assertThat(energyPrices(engine, t, cdr, UTC)).containsExactly("0.50");
    }

    @Test
    void dayOfWeek_isTheLocalDay() {
        Instant at = Instant.parse("2024-03-03T23:30:00Z"); // Sunday in UTC, Monday 00:30 in Berlin
        Cdr cdr = Sessions.atInstant(at).charging(Duration.ofMinutes(1), "1").cdr();
        Tariff t = restricted("{\"day_of_week\":[\"MONDAY\",\"TUESDAY\"]}");
        assertThat(energyPrices(engine, t, cdr, BERLIN)).containsExactly("0.50");
        assertThat(energyPrices(engine, t, cdr, UTC)).containsExactly("0.10");
    }

    @Test
    void minKwh_isInclusive_maxKwh_isExclusive_onTheEnergyChargedBeforeThePeriod() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(20), "10")
                .charging(Duration.ofMinutes(20), "10")
                .charging(Duration.ofMinutes(20), "10")
                .cdr();
        Tariff t = restricted("{\"min_kwh\":10,\"max_kwh\":20}");
        assertThat(energyPrices(engine, t, cdr, BERLIN)).containsExactly("0.10", "0.50", "0.10");
    }

    @Test
    void minDuration_isInclusive_maxDuration_isExclusive_fromTheSessionStart() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(30), "5")
                .charging(Duration.ofMinutes(30), "5")
                .charging(Duration.ofMinutes(30), "5")
                .cdr();
        Tariff t = restricted("{\"min_duration\":1800,\"max_duration\":3600}");
        assertThat(energyPrices(engine, t, cdr, BERLIN)).containsExactly("0.10", "0.50", "0.10");
    }

    @Test
    void minPower_isInclusive_maxPower_isExclusive() {
        assertThat(powerPrice("{\"min_power\":11}", "11", "11")).isEqualTo("0.50");
        assertThat(powerPrice("{\"min_power\":11}", "10.99", "11")).isEqualTo("0.10");
        assertThat(powerPrice("{\"max_power\":22}", "20", "22")).isEqualTo("0.10");
        assertThat(powerPrice("{\"max_power\":22}", "20", "21.99")).isEqualTo("0.50");
    }

    private String powerPrice(String restriction, String minPower, String maxPower) {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(60), "15", "MIN_POWER", minPower, "MAX_POWER", maxPower)
                .cdr();
        return energyPrices(engine, restricted(restriction), cdr, BERLIN).get(0);
    }

    @Test
    void powerBand_comparesExtremesByDefault_averageOrMaximumByOption() {
        // 15 kWh in an hour: average 15 kW, but the power went from 5 to 30 kW
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(60), "15", "MIN_POWER", "5", "MAX_POWER", "30")
                .cdr();
        Tariff upTo22 = restricted("{\"max_power\":22}");
        Tariff from10 = restricted("{\"min_power\":10}");
        assertThat(energyPrices(engine, upTo22, cdr, BERLIN)).containsExactly("0.10");
        assertThat(energyPrices(engine, from10, cdr, BERLIN)).containsExactly("0.10");
        TariffEngine average = TariffEngine.create(PricingOptions.builder()
                .powerMeasure(PricingOptions.Measure.AVERAGE)
                .build());
        assertThat(energyPrices(average, upTo22, cdr, BERLIN)).containsExactly("0.50");
        assertThat(energyPrices(average, from10, cdr, BERLIN)).containsExactly("0.50");
        TariffEngine maximum = TariffEngine.create(PricingOptions.builder()
                .powerMeasure(PricingOptions.Measure.MAXIMUM)
                .build());
        assertThat(energyPrices(maximum, upTo22, cdr, BERLIN)).containsExactly("0.10");
        assertThat(energyPrices(maximum, from10, cdr, BERLIN)).containsExactly("0.50");
    }

    @Test
    void power_withoutPowerDimensions_isTheAverageOfEnergyOverChargingTime() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(30), "5.5") // 11 kW
                .cdr();
        assertThat(energyPrices(engine, restricted("{\"min_power\":11}"), cdr, BERLIN))
                .containsExactly("0.50");
        assertThat(energyPrices(engine, restricted("{\"max_power\":11}"), cdr, BERLIN))
                .containsExactly("0.10");
    }

    @Test
    void minCurrent_isInclusive_maxCurrent_isExclusive() {
        assertThat(currentPrice("{\"min_current\":16}", "16", "20")).isEqualTo("0.50");
        assertThat(currentPrice("{\"min_current\":16}", "15.9", "20")).isEqualTo("0.10");
        assertThat(currentPrice("{\"max_current\":32}", "10", "32")).isEqualTo("0.10");
        assertThat(currentPrice("{\"max_current\":32}", "10", "31.9")).isEqualTo("0.50");
    }

    private String currentPrice(String restriction, String minCurrent, String maxCurrent) {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(60), "15", "MIN_CURRENT", minCurrent, "MAX_CURRENT", maxCurrent)
                .cdr();
        return energyPrices(engine, restricted(restriction), cdr, BERLIN).get(0);
    }

    @Test
    void currentRestriction_onAChargingPeriodWithoutCurrent_isRefused() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(60), "15")
                .cdr();
        assertThatThrownBy(() -> engine.price(restricted("{\"max_current\":32}"), cdr, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TariffException.Kind.MISSING_MEASUREMENT);
                    assertThat(e.getMessage()).contains("element 1").contains("charging period 1");
                });
    }

    @Test
    void currentRestriction_onAParkingPeriod_seesNoCurrent() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"PARKING_TIME\",\"price\":6,\"step_size\":1}],"
                + "\"restrictions\":{\"max_current\":1}},"
                + "{\"price_components\":[{\"type\":\"PARKING_TIME\",\"price\":1,\"step_size\":1}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .parking(Duration.ofMinutes(30))
                .cdr();
        assertThat(engine.price(t, cdr, BERLIN).lines()).singleElement().satisfies(l -> assertThat(l.unitPrice())
                .isEqualByComparingTo("6"));
    }

    @Test
    void springForward_localTimeJumpsFrom0200To0300() {
        // 2024-03-31 in Berlin: 02:00 CET becomes 03:00 CEST; 01:00Z is 03:00 local
        Cdr at0300 = Sessions.atInstant(Instant.parse("2024-03-31T01:00:00Z"))
                .charging(Duration.ofMinutes(1), "1")
                .cdr();
        assertThat(energyPrices(
                        engine, restricted("{\"start_time\":\"03:00\",\"end_time\":\"04:00\"}"), at0300, BERLIN))
                .containsExactly("0.50");
        assertThat(energyPrices(
                        engine, restricted("{\"start_time\":\"02:00\",\"end_time\":\"03:00\"}"), at0300, BERLIN))
                .containsExactly("0.10");
        Cdr at0159 = Sessions.atInstant(Instant.parse("2024-03-31T00:59:59Z"))
                .charging(Duration.ofMinutes(1), "1")
                .cdr();
        assertThat(energyPrices(
                        engine, restricted("{\"start_time\":\"01:00\",\"end_time\":\"02:00\"}"), at0159, BERLIN))
                .containsExactly("0.50");
    }

    @Test
    void fallBack_theHourFrom0200To0300HappensTwice() {
        // 2024-10-27 in Berlin: 03:00 CEST becomes 02:00 CET; 00:30Z and 01:30Z are both 02:30 local
        Tariff t = restricted("{\"start_time\":\"02:00\",\"end_time\":\"03:00\"}");
        Cdr cdr = Sessions.atInstant(Instant.parse("2024-10-27T00:30:00Z"))
                .charging(Duration.ofMinutes(60), "1")
                .charging(Duration.ofMinutes(30), "1")
                .charging(Duration.ofMinutes(30), "1")
                .cdr();
        // periods start at 02:30 CEST, 02:30 CET, 03:00 CET
        assertThat(energyPrices(engine, t, cdr, BERLIN)).containsExactly("0.50", "0.50", "0.10");
    }

    @Test
    void allRestrictionsOfAnElement_mustHold() {
        Tariff t = restricted("{\"start_time\":\"08:00\",\"end_time\":\"18:00\",\"day_of_week\":[\"SATURDAY\"]}");
        assertThat(energyPrices(
                        engine,
                        t,
                        Sessions.at("2024-03-09T10:00", BERLIN) // Saturday
                                .charging(Duration.ofMinutes(1), "1")
                                .cdr(),
                        BERLIN))
                .containsExactly("0.50");
        assertThat(energyPrices(
                        engine,
                        t,
                        Sessions.at("2024-03-08T10:00", BERLIN) // Friday
                                .charging(Duration.ofMinutes(1), "1")
                                .cdr(),
                        BERLIN))
                .containsExactly("0.10");
        assertThat(energyPrices(
                        engine,
                        t,
                        Sessions.at("2024-03-09T19:00", BERLIN)
                                .charging(Duration.ofMinutes(1), "1")
                                .cdr(),
                        BERLIN))
                .containsExactly("0.10");
    }

    @Test
    void theFirstMatchingElementInListOrderWins() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}],"
                + "\"restrictions\":{\"max_kwh\":100}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.50,\"step_size\":1}],"
                + "\"restrictions\":{\"max_kwh\":50}}," + FALLBACK);
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(60), "10")
                .cdr();
        assertThat(energyPrices(engine, t, cdr, BERLIN)).containsExactly("0.30");
    }

    @Test
    void elementsAreLookedUpPerDimension_anEarlierElementWithoutThatDimensionDoesNotBlock() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":2,\"step_size\":1}]},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(30), "10")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.totalTimeCost().exclVat()).isEqualByComparingTo("1");
        assertThat(s.totalEnergyCost().exclVat()).isEqualByComparingTo("2.5");
        assertThat(s.lines()).extracting(PricedLine::element).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void noMatchingElementForADimension_makesThatDimensionFree() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.50,\"step_size\":1}],"
                + "\"restrictions\":{\"start_time\":\"08:00\",\"end_time\":\"18:00\"}}");
        Cdr cdr = Sessions.at("2024-03-04T20:00", BERLIN)
                .charging(Duration.ofMinutes(30), "10")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines()).isEmpty();
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("0");
    }

    @Test
    void reservationElements_priceOnlyReservationPeriods_andExpiredPrefersReservationExpires() {
        // RESERVATION_EXPIRES listed after RESERVATION: an expired reservation still uses it
        // (ReservationRestrictionType note)
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":3,\"step_size\":1}],"
                + "\"restrictions\":{\"reservation\":\"RESERVATION\"}},"
                + "{\"price_components\":[{\"type\":\"TIME\",\"price\":6,\"step_size\":1}],"
                + "\"restrictions\":{\"reservation\":\"RESERVATION_EXPIRES\"}},"
                + "{\"price_components\":[{\"type\":\"TIME\",\"price\":1,\"step_size\":1}]}");
        PricedSession expired = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN)
                        .reservation(Duration.ofMinutes(60))
                        .cdr(),
                BERLIN);
        assertThat(expired.totalReservationCost().exclVat()).isEqualByComparingTo("6");
        PricedSession used = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN)
                        .reservation(Duration.ofMinutes(60))
                        .charging(Duration.ofMinutes(60), "10")
                        .cdr(),
                BERLIN);
        assertThat(used.totalReservationCost().exclVat()).isEqualByComparingTo("3");
        assertThat(used.totalTimeCost().exclVat()).isEqualByComparingTo("1");
    }
}
