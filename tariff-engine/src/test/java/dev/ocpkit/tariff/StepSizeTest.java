package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** step_size as the CDRs module defines it (release-2.2.1-bugfixes, mod_cdrs.asciidoc, "step_size"). */
class StepSizeTest {
    private final TariffEngine engine = TariffEngine.create();

    private static Duration min(long m) {
        return Duration.ofMinutes(m);
    }

    @Test
    void energy_isRoundedOnceOnTheSessionTotal_notPerPeriod() {
        // 0.20 per kWh before 17:00, 0.27 after, both per 500 Wh: 4.3 + 1.1 = 5.4 kWh, billed 5.5 kWh
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":500}],"
                + "\"restrictions\":{\"end_time\":\"17:00\"}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.27,\"step_size\":500}]}");
        Cdr cdr = Sessions.at("2024-03-04T16:00", BERLIN)
                .charging(min(60), "4.3")
                .charging(min(20), "1.1")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines())
                .extracting(l -> l.billedQuantity().stripTrailingZeros().toPlainString())
                .containsExactly("4300", "1200");
        assertThat(s.totalEnergyCost().exclVat()).isEqualByComparingTo("1.184"); // 0.86 + 0.324
    }

    @Test
    void time_isRoundedOnceOnTheSessionTotal_theExtraBilledAtTheLastPrice() {
        // 5 per hour before 17:00, 7 after, both per 10 minutes: 6 + 22 = 28 minutes, billed 30: 24 after 17:00
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":5,\"step_size\":600}],"
                + "\"restrictions\":{\"end_time\":\"17:00\"}},"
                + "{\"price_components\":[{\"type\":\"TIME\",\"price\":7,\"step_size\":600}]}");
        Cdr cdr = Sessions.at("2024-03-04T16:54", BERLIN)
                .charging(min(6), "1")
                .charging(min(22), "3")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines().get(1).billedQuantity()).isEqualByComparingTo("1440");
        assertThat(s.totalTimeCost().exclVat()).isEqualByComparingTo("3.30"); // 0.50 + 2.80
    }

    @Test
    void timeAndParking_bothBilled_onlyParkingIsRounded() {
        // CDRs module: both per 5 minutes; 21 minutes charging, 7 parking: charging 21, parking 10
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":1,\"step_size\":300},"
                + "{\"type\":\"PARKING_TIME\",\"price\":2,\"step_size\":300}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(21), "5")
                .parking(min(7))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines())
                .extracting(l -> l.billedQuantity().intValueExact())
                .containsExactly(1260, 600);
        assertThat(s.totalTimeCost().exclVat()).isEqualByComparingTo("0.35");
        assertThat(s.totalParkingCost().exclVat()).isEqualByComparingTo("0.3333333333333333333333333333333333");
        assertThat(s.exact()).isFalse();
    }

    @Test
    void timeAndParking_per10Minutes_21ChargingAnd16Parking_billsParkingAs20_total41Minutes() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":1,\"step_size\":600},"
                + "{\"type\":\"PARKING_TIME\",\"price\":2,\"step_size\":600}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(21), "5")
                .parking(min(16))
                .cdr();
        PricedSession s = TariffEngine.create(PricingOptions.builder()
                        .rounding(RoundingPolicy.forCurrency("EUR", RoundingMode.HALF_UP, RoundingPolicy.Stage.TOTALS))
                        .build())
                .price(t, cdr, BERLIN);
        assertThat(s.lines())
                .extracting(l -> l.billedQuantity().intValueExact())
                .containsExactly(1260, 1200);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("1.02"); // 0.35 + 0.6667
    }

    @Test
    void parkingNotBilled_chargingTimeIsRoundedEvenWhenTheCarParked() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":6,\"step_size\":900}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(20), "5")
                .parking(min(30))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.billedQuantity())
                .isEqualByComparingTo("1800"));
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("3");
    }

    @Test
    void theStepOfTheLastBillablePeriodsComponentIsUsed_notAnEarlierOne() {
        // 1800 s step before 17:00, 900 s after: 40 minutes -> 45, not 60
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":6,\"step_size\":1800}],"
                + "\"restrictions\":{\"end_time\":\"17:00\"}},"
                + "{\"price_components\":[{\"type\":\"TIME\",\"price\":6,\"step_size\":900}]}");
        Cdr cdr = Sessions.at("2024-03-04T16:40", BERLIN)
                .charging(min(20), "5")
                .charging(min(20), "5")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines().get(0).stepRounding()).isEqualByComparingTo("0");
        assertThat(s.lines().get(1).stepRounding()).isEqualByComparingTo("300");
    }

    @Test
    void energyStepExamplesOfThePriceComponentNote_115point2Wh() {
        // step 1: 116 Wh -> 0.029; step 25: 125 Wh -> 0.03125 (the text rounds to 0.031); step 500: 500 Wh -> 0.125
        for (String[] c : new String[][] {{"1", "116", "0.029"}, {"25", "125", "0.03125"}, {"500", "500", "0.125"}}) {
            Tariff t = Sessions.elements(
                    "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":" + c[0] + "}]}");
            PricedSession s = engine.price(
                    t,
                    Sessions.at("2024-03-04T10:00", BERLIN)
                            .charging(min(1), "0.1152")
                            .cdr(),
                    BERLIN);
            assertThat(s.lines().get(0).billedQuantity()).as("step %s", c[0]).isEqualByComparingTo(c[1]);
            assertThat(s.totalCost().exclVat()).as("step %s", c[0]).isEqualByComparingTo(c[2]);
        }
    }

    @Test
    void onlyBillableQuantityIsRounded_freeParkingDoesNotCount() {
        // parking costs 1 per hour until 12:00 then nothing: 8 billable minutes -> 15
        Tariff t =
                Sessions.elements("{\"price_components\":[{\"type\":\"PARKING_TIME\",\"price\":1,\"step_size\":900}],"
                        + "\"restrictions\":{\"end_time\":\"12:00\"}}");
        Cdr cdr = Sessions.at("2024-03-04T11:52", BERLIN)
                .parking(min(8))
                .parking(min(30))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.billedQuantity())
                .isEqualByComparingTo("900"));
        assertThat(s.totalParkingCost().exclVat()).isEqualByComparingTo("0.25");
    }

    @Test
    void stepSizeZero_meansNoRounding() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.3,\"step_size\":0}]}");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN)
                        .charging(min(60), "10.0004")
                        .cdr(),
                BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("3.00012");
    }

    @Test
    void missingStepSize_isOne_withANote() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":1}]}");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN)
                        .charging(min(60), "10.0004")
                        .cdr(),
                BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("10.001");
        assertThat(s.notes()).anyMatch(n -> n.contains("no step_size"));
    }

    @Test
    void reservationTime_isRoundedOnItsOwn() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":6,\"step_size\":600}],"
                + "\"restrictions\":{\"reservation\":\"RESERVATION\"}},"
                + "{\"price_components\":[{\"type\":\"TIME\",\"price\":6,\"step_size\":900}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .reservation(min(12))
                .charging(min(20), "5")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines())
                .extracting(l -> l.billedQuantity().intValueExact())
                .containsExactly(1200, 1800);
    }

    @Test
    void timeVolumes_comeFromTheTimestampsWhenTheHoursAreTheRoundedPeriodLength_orAsGivenByOption() {
        // 7 minutes written as 0.117 h (421.2 s): the period is 420 s long
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":3.6,\"step_size\":1}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .period(min(7), "ENERGY", "1", "TIME", "0.117")
                .cdr();
        PricedSession fromTimestamps = engine.price(t, cdr, BERLIN);
        assertThat(fromTimestamps.lines().get(0).billedQuantity()).isEqualByComparingTo("420");
        assertThat(fromTimestamps.totalCost().exclVat()).isEqualByComparingTo("0.42");
        assertThat(fromTimestamps.notes()).anyMatch(n -> n.contains("exact length 420 s"));
        PricedSession asGiven = TariffEngine.create(PricingOptions.builder()
                        .timeVolumes(PricingOptions.TimeVolumes.AS_GIVEN)
                        .build())
                .price(t, cdr, BERLIN);
        assertThat(asGiven.lines().get(0).billedQuantity()).isEqualByComparingTo("422");
        assertThat(asGiven.totalCost().exclVat()).isEqualByComparingTo("0.422");
    }

    @Test
    void timeVolumes_thatDoNotMatchThePeriodLength_areUsedAsGiven() {
        // 10 minutes long, but only 0.1 h (6 minutes) of charging: the volume is the truth
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":3.6,\"step_size\":1}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .period(min(10), "ENERGY", "1", "TIME", "0.1")
                .cdr();
        assertThat(engine.price(t, cdr, BERLIN).lines().get(0).billedQuantity()).isEqualByComparingTo("360");
    }
}
