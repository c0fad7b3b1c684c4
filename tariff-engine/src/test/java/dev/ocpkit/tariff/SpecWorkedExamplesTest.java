package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the OCPI 2.2.1 Tariffs module (branch {@code release-2.2.1-bugfixes}), priced with the
 * official example tariffs. Totals are the spec text's, except where the text is wrong (each such case says why).
 */
class SpecWorkedExamplesTest {
    private final TariffEngine engine = TariffEngine.create();

    static void assertCost(Cost c, String excl, String incl) {
        assertThat(c.exclVat()).as("excl. VAT").isEqualByComparingTo(excl);
        assertThat(c.inclVat()).as("incl. VAT").isNotNull();
        assertThat(c.inclVat()).as("incl. VAT").isEqualByComparingTo(incl);
    }

    private static Duration min(long m) {
        return Duration.ofMinutes(m);
    }

    @Test
    void simple025PerKwh_20kWh_costs5excl_550incl() {
        Tariff t = SpecExamples.tariff221("tariff_8_simple_025kwh.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .tariffId("16")
                .charging(min(60), "20")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalCost(), "5.00", "5.50");
        assertCost(s.totalEnergyCost(), "5.00", "5.50");
        assertCost(s.totalFixedCost(), "0", "0");
    }

    @Test
    void startFee_20kWh_costs550excl_610incl() {
        Tariff t = SpecExamples.tariff221("tariff_9_025kwh_start.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .tariffId("17")
                .charging(min(60), "20")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalCost(), "5.50", "6.10");
        assertCost(s.totalFixedCost(), "0.50", "0.60");
        assertCost(s.totalEnergyCost(), "5.00", "5.50");
    }

    @Test
    void minPrice_20kWh_isNotAffected_andUnder2kWh_costsTheMinimum() {
        Tariff t = SpecExamples.tariff221("tariff_12_025kwh_min_price.json");
        PricedSession big = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(60), "20").cdr(),
                BERLIN);
        assertCost(big.totalCost(), "5.00", "5.50");
        assertThat(big.priceLimitAdjustments()).isEmpty();

        PricedSession small = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(10), "1.5").cdr(),
                BERLIN);
        assertCost(small.costBeforeLimits(), "0.375", "0.4125");
        assertCost(small.totalCost(), "0.50", "0.55");
        assertThat(small.priceLimitAdjustments())
                .extracting(PriceLimitAdjustment::limit)
                .containsOnly(PriceLimitAdjustment.Limit.MIN_PRICE);
        // TOTAL_ONLY (default): the energy sub-total keeps the cost of the energy used
        assertCost(small.totalEnergyCost(), "0.375", "0.4125");
    }

    @Test
    void parkingAndStartFee_20kWhAnd40MinutesParking_costs7excl_790incl() {
        Tariff t = SpecExamples.tariff221("tariff_10_025kwh_parking_start.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(90), "20")
                .parking(min(40))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalCost(), "7.00", "7.90");
        assertCost(s.totalParkingCost(), "1.50", "1.80");
        PricedLine parking = s.lines().stream()
                .filter(l -> l.dimension() == PricedDimension.PARKING_TIME)
                .findFirst()
                .orElseThrow();
        assertThat(parking.quantity()).isEqualByComparingTo("2400");
        assertThat(parking.billedQuantity()).isEqualByComparingTo("2700"); // 45 minutes: step 900 s
    }

    @Test
    void maxPrice_50kWh_isCappedAt10excl_11incl_and30kWh_costs8excl_885incl() {
        Tariff t = SpecExamples.tariff221("tariff_6_025kwh_start_max_price.json");
        PricedSession capped = engine.price(
                t,
                Sessions.at("2019-06-01T10:00", BERLIN).charging(min(120), "50").cdr(),
                BERLIN);
        assertCost(capped.costBeforeLimits(), "13.00", "14.35");
        assertCost(capped.totalCost(), "10.00", "11.00");
        PricedSession under = engine.price(
                t,
                Sessions.at("2019-06-01T10:00", BERLIN).charging(min(90), "30").cdr(),
                BERLIN);
        assertCost(under.totalCost(), "8.00", "8.85");
    }

    @Test
    void maxPriceTariff_endDate30June2019_refusesASessionStartingInJuly() {
        Tariff t = SpecExamples.tariff221("tariff_6_025kwh_start_max_price.json");
        Cdr july =
                Sessions.at("2019-07-01T10:00", BERLIN).charging(min(60), "10").cdr();
        assertThatThrownBy(() -> engine.price(t, july, BERLIN))
                .isInstanceOf(TariffException.class)
                .extracting(e -> ((TariffException) e).kind())
                .isEqualTo(TariffException.Kind.TARIFF_NOT_VALID);
    }

    @Test
    void twoEuroPerHour_2point5Hours_costs5excl_550incl() {
        Tariff t = SpecExamples.tariff221("tariff_1_simple_2hour.json");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(150), "30").cdr(),
                BERLIN);
        assertCost(s.totalCost(), "5.00", "5.50");
        assertCost(s.totalTimeCost(), "5.00", "5.50");
    }

    @Test
    void threePerHourFiveParking_150MinutesAnd42Parking_costs1125excl_1275incl() {
        Tariff t = SpecExamples.tariff221("tariff_13_simple_3hour_5parking.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(150), "30")
                .parking(min(42))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalCost(), "11.25", "12.75");
        assertCost(s.totalTimeCost(), "7.50", "8.25");
        assertCost(s.totalParkingCost(), "3.75", "4.50");
    }

    @Test
    void adHocAltText_2point5Hours_costs475excl_andIncl4997_whichRoundsTo500() {
        Tariff t = SpecExamples.tariff221("tariff_2_alt_text.json");
        Cdr cdr =
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(150), "20").cdr();
        PricedSession exact = engine.price(t, cdr, BERLIN);
        assertCost(exact.totalCost(), "4.75", "4.997");
        PricedSession rounded = TariffEngine.create(PricingOptions.builder()
                        .rounding(new RoundingPolicy(2, RoundingMode.HALF_UP, RoundingPolicy.Stage.TOTALS))
                        .build())
                .price(t, cdr, BERLIN);
        assertCost(rounded.totalCost(), "4.75", "5.00");
    }

    /**
     * 20.45 kWh billed per 100 Wh is 20.5 kWh: 5.125 excl. (5.13 rounded), as the 2.2.1-bugfixes text says. (The
     * 2.3.0 text's table shows 5.11, the unrounded quantity, contradicting its own prose.)
     */
    @Test
    void altUrl_20point45kWhPer100Wh_bills20point5kWh_roundedPerLineTo563excl_624incl() {
        Tariff t = SpecExamples.tariff221("tariff_3_alt_url.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(60), "20.45")
                .cdr();
        PricedSession exact = engine.price(t, cdr, BERLIN);
        assertCost(exact.totalEnergyCost(), "5.125", "5.6375");
        assertCost(exact.totalCost(), "5.625", "6.2375");
        PricedSession perLine = TariffEngine.create(PricingOptions.builder()
                        .rounding(
                                RoundingPolicy.forCurrency("EUR", RoundingMode.HALF_UP, RoundingPolicy.Stage.PER_LINE))
                        .build())
                .price(t, cdr, BERLIN);
        assertCost(perLine.totalEnergyCost(), "5.13", "5.64");
        assertCost(perLine.totalFixedCost(), "0.50", "0.60");
        assertCost(perLine.totalCost(), "5.63", "6.24");
    }

    @Test
    void complexTariff_mondayMorning165MinutesAt16AAnd42Parking_costs9excl_1030incl() {
        Tariff t = SpecExamples.tariff221("tariff_4_complex.json");
        Cdr cdr = Sessions.at("2024-03-04T09:30", BERLIN) // a Monday
                .charging(min(165), "20", "MIN_CURRENT", "6", "MAX_CURRENT", "16")
                .parking(min(42))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalFixedCost(), "2.50", "2.875");
        assertCost(s.totalTimeCost(), "2.75", "3.30");
        assertCost(s.totalParkingCost(), "3.75", "4.125");
        assertCost(s.totalCost(), "9.00", "10.30");
    }

    /**
     * The spec's Saturday table (12.28 / 13.861) computes the charging time at 1.20 per hour, a price that is not in the
     * tariff: the example JSON and the prose say 1.25 (ocpi/ocpi#579). 114 minutes at 1.25 is 2.375, so the session
     * costs 12.375 excl. and 13.975 incl. VAT (the figures ocpi/ocpi#396 quotes from an earlier text).
     */
    @Test
    void complexTariff_saturdayAfternoon114MinutesAt43AAnd71Parking_costs12375excl_13975incl_issue579() {
        Tariff t = SpecExamples.tariff221("tariff_4_complex.json");
        Cdr cdr = Sessions.at("2024-03-09T13:30", BERLIN) // a Saturday
                .charging(min(114), "40", "MIN_CURRENT", "43", "MAX_CURRENT", "48")
                .parking(min(71))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalTimeCost(), "2.375", "2.85");
        assertCost(s.totalParkingCost(), "7.50", "8.25");
        assertCost(s.totalCost(), "12.375", "13.975");
        assertThat(s.totalCost().exclVat()).isNotEqualByComparingTo("12.28");
    }

    @Test
    void stepSizeExample1_1655Charging10MinutesParking2_costs055() {
        Tariff t = SpecExamples.tariff221("tariff_14_step_size.json");
        Cdr cdr = Sessions.at("2024-03-04T16:55", BERLIN)
                .charging(min(5), "1")
                .charging(min(5), "1")
                .parking(min(2))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("0.55");
        assertThat(s.totalTimeCost().exclVat()).isEqualByComparingTo("0.30");
        assertThat(s.totalParkingCost().exclVat()).isEqualByComparingTo("0.25");
    }

    @Test
    void stepSizeExample2_1635Charging35Minutes_roundsTo45_billing20MinutesAfter1700_costs130() {
        Tariff t = SpecExamples.tariff221("tariff_14_step_size.json");
        Cdr cdr = Sessions.at("2024-03-04T16:35", BERLIN)
                .charging(min(25), "3")
                .charging(min(10), "1")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines()).hasSize(2);
        assertThat(s.lines().get(0).cost().exclVat()).isEqualByComparingTo("0.50");
        assertThat(s.lines().get(1).billedQuantity()).isEqualByComparingTo("1200");
        assertThat(s.lines().get(1).cost().exclVat()).isEqualByComparingTo("0.80");
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("1.30");
    }

    /** The text corrected on the bugfix branch after ocpi/ocpi#546: 0.73, not 0.80. */
    @Test
    void stepSizeFreeParkingAfter2000_1940Charging12Parking20_billsParking15Minutes_costs073_issue546() {
        Tariff t = SpecExamples.tariff221("tariff_14_step_size.json");
        Cdr cdr = Sessions.at("2024-03-04T19:40", BERLIN)
                .charging(min(12), "2")
                .parking(min(8))
                .parking(min(12))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.totalTimeCost().exclVat()).isEqualByComparingTo("0.48");
        assertThat(s.totalParkingCost().exclVat()).isEqualByComparingTo("0.25");
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("0.73");
        PricedLine parking = s.lines().stream()
                .filter(l -> l.dimension() == PricedDimension.PARKING_TIME)
                .findFirst()
                .orElseThrow();
        assertThat(parking.period()).isEqualTo(1); // 19:52-20:00, the last period with a parking component
        assertThat(parking.billedQuantity()).isEqualByComparingTo("900");
        assertThat(s.periods().get(2).lines()).isEmpty(); // after 20:00 parking is free
    }

    @Test
    void maxPowerExample_1kWhAt6kW_40kWhAt48kW_halfKwhAt4kW_costs2030() {
        Tariff t = SpecExamples.tariff221("tariffrestriction_example_max_power.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(10), "1", "MIN_POWER", "6", "MAX_POWER", "6")
                .charging(min(50), "40", "MIN_POWER", "48", "MAX_POWER", "48")
                .charging(min(8), "0.5", "MIN_POWER", "4", "MAX_POWER", "4")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.lines())
                .extracting(l -> l.cost().exclVat().stripTrailingZeros().toPlainString())
                .containsExactly("0.2", "20", "0.1");
        assertCost(s.totalCost(), "20.30", "24.36");
    }

    @Test
    void maxDurationExample_5kWhFree_then1point2kWhAt025_costs030() {
        Tariff t = SpecExamples.tariff221("tariffrestriction_example_max_duration.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(30), "5")
                .charging(min(10), "1.2")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("0.30");
        assertThat(s.lines().get(0).cost().exclVat()).isEqualByComparingTo("0");
    }

    @Test
    void reservation5PerHour_15MinutesThen20kWh_costs675excl_760incl() {
        Tariff t = SpecExamples.tariff221("tariff_15_reservation_5_euro_per_hour.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .reservation(min(15))
                .charging(min(60), "20")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalReservationCost(), "1.25", "1.50");
        assertCost(s.totalFixedCost(), "0.50", "0.60");
        assertCost(s.totalEnergyCost(), "5.00", "5.50");
        assertCost(s.totalCost(), "6.75", "7.60");
    }

    @Test
    void reservationFeeAnd5PerHour_13MinutesRoundedTo15_costs875excl_10incl() {
        Tariff t = SpecExamples.tariff221("tariff_16_reservation_2_euro_fee_5_euro_per_hour.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .reservation(min(13))
                .charging(min(60), "20")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalReservationCost(), "3.25", "3.90");
        assertCost(s.totalFixedCost(), "0.50", "0.60");
        assertCost(s.totalCost(), "8.75", "10.00");
    }

    @Test
    void reservationWithExpireFee_used22Minutes_costs650excl_730incl() {
        Tariff t = SpecExamples.tariff221("tariff_17_reservation_with_expire_fee.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .reservation(min(22))
                .charging(min(60), "20")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalReservationCost(), "1.00", "1.20");
        assertCost(s.totalCost(), "6.50", "7.30");
    }

    @Test
    void reservationWithExpireFee_expiredAfterAnHour_costs6excl_720incl() {
        Tariff t = SpecExamples.tariff221("tariff_17_reservation_with_expire_fee.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN).reservation(min(60)).cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalReservationCost(), "6.00", "7.20");
        assertCost(s.totalFixedCost(), "0", "0");
        assertCost(s.totalCost(), "6.00", "7.20");
    }

    @Test
    void reservationWithExpireTime_used22Minutes_costs7excl_790incl() {
        Tariff t = SpecExamples.tariff221("tariff_18_reservation_with_expire_time.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .reservation(min(22))
                .charging(min(60), "20")
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalCost(), "7.00", "7.90");
    }

    @Test
    void reservationWithExpireTime_expiredAfter90Minutes_usesTheExpiresPrice_costs9excl_1080incl() {
        Tariff t = SpecExamples.tariff221("tariff_18_reservation_with_expire_time.json");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN).reservation(min(90)).cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertCost(s.totalCost(), "9.00", "10.80");
        assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.element())
                .isEqualTo(0));
    }

    @Test
    void freeOfCharge_costsNothing() {
        Tariff t = SpecExamples.tariff221("tariff_5_free_of_charge.json");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(60), "20").cdr(),
                BERLIN);
        assertCost(s.totalCost(), "0", "0");
        assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.dimension())
                .isEqualTo(PricedDimension.FLAT));
    }

    @Test
    void officialCdrExample_1point973HoursAt2PerHourPer5Minutes_costs4excl_440incl() {
        Cdr cdr = SpecExamples.cdr221("cdr_example.json");
        PricedSession s = engine.price(cdr.tariffs(), cdr, BERLIN);
        assertCost(
                s.totalCost(),
                cdr.totalCost().exclVat().toPlainString(),
                cdr.totalCost().inclVat().toPlainString());
        assertCost(s.totalTimeCost(), "4.00", "4.40");
        // 21:39:09 to 23:37:32 is 7103 s; 1.973 h is that length written to 3 decimals
        assertThat(s.periods().get(0).chargingSeconds()).isEqualByComparingTo("7103");
        assertThat(s.lines().get(0).billedQuantity()).isEqualByComparingTo(BigDecimal.valueOf(7200));
    }
}
