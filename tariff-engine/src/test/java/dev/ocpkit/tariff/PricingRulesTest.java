package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Price;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FLAT fees, VAT, price limits and their allocation, rounding, validity, tariff selection and writing into a CDR. */
class PricingRulesTest {
    private final TariffEngine engine = TariffEngine.create();

    private static Duration min(long m) {
        return Duration.ofMinutes(m);
    }

    /** FLAT 1 in the first hour, FLAT 3 after (ocpi/ocpi#176 example A), time free. */
    private static final Tariff TWO_FLATS = Sessions.elements(
            "{\"price_components\":[{\"type\":\"FLAT\",\"price\":1,\"step_size\":1}],\"restrictions\":{\"max_duration\":3600}},"
                    + "{\"price_components\":[{\"type\":\"FLAT\",\"price\":3,\"step_size\":1}],\"restrictions\":{\"min_duration\":3600}}");

    @Test
    void flat_isChargedOncePerSession_byDefault_fromTheFirstPeriodWithAFlatComponent() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(60), "10")
                .charging(min(60), "10")
                .cdr();
        PricedSession s = engine.price(TWO_FLATS, cdr, BERLIN);
        assertThat(s.totalFixedCost().exclVat()).isEqualByComparingTo("1");
        assertThat(s.lines()).singleElement().satisfies(l -> assertThat(l.period())
                .isZero());
    }

    @Test
    void flat_perActivation_chargesEachFlatComponentThatBecomesActive() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(30), "5")
                .charging(min(30), "5")
                .charging(min(60), "10")
                .cdr();
        TariffEngine perActivation = TariffEngine.create(PricingOptions.builder()
                .flatFee(PricingOptions.FlatFee.PER_ACTIVATION)
                .build());
        PricedSession s = perActivation.price(TWO_FLATS, cdr, BERLIN);
        assertThat(s.totalFixedCost().exclVat()).isEqualByComparingTo("4"); // 1 once (periods 1-2), then 3
        assertThat(s.lines()).extracting(PricedLine::period).containsExactly(0, 2);
    }

    @Test
    void flat_firstChargedInAParkingOnlyPeriod_isAParkingCost() {
        Tariff t = Sessions.elements(
                "{\"price_components\":[{\"type\":\"FLAT\",\"price\":5,\"step_size\":1}],\"restrictions\":{\"min_duration\":7200}}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(60), "10")
                .parking(min(60))
                .parking(min(60))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.totalParkingCost().exclVat()).isEqualByComparingTo("5");
        assertThat(s.totalFixedCost().exclVat()).isEqualByComparingTo("0");
    }

    @Test
    void vat_isPerComponent() {
        Tariff t =
                Sessions.elements("{\"price_components\":[{\"type\":\"FLAT\",\"price\":1,\"vat\":20,\"step_size\":1},"
                        + "{\"type\":\"ENERGY\",\"price\":0.5,\"vat\":7,\"step_size\":1},"
                        + "{\"type\":\"TIME\",\"price\":1.2,\"vat\":5.2,\"step_size\":1}]}");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(30), "10").cdr(),
                BERLIN);
        assertThat(s.totalFixedCost().inclVat()).isEqualByComparingTo("1.20");
        assertThat(s.totalEnergyCost().inclVat()).isEqualByComparingTo("5.35");
        assertThat(s.totalTimeCost().inclVat()).isEqualByComparingTo("0.6312");
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("6.60");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("7.1812");
    }

    @Test
    void omittedVat_addsNoVat_byDefault_butIsNotShownAsZeroPercent() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.5,\"step_size\":1}]}");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(30), "10").cdr(),
                BERLIN);
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("5");
        assertThat(s.lines().get(0).vat()).isNull();
        assertThat(s.explanation()).contains("no VAT");
    }

    @Test
    void omittedVat_unknown_leavesTheInclVatTotalsThatContainSuchALineUnknown() {
        Tariff t =
                Sessions.elements("{\"price_components\":[{\"type\":\"FLAT\",\"price\":1,\"vat\":20,\"step_size\":1},"
                        + "{\"type\":\"ENERGY\",\"price\":0.5,\"step_size\":1}]}");
        TariffEngine unknown = TariffEngine.create(PricingOptions.builder()
                .omittedVat(PricingOptions.OmittedVat.UNKNOWN)
                .build());
        PricedSession s = unknown.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(30), "10").cdr(),
                BERLIN);
        assertThat(s.totalFixedCost().inclVat()).isEqualByComparingTo("1.2");
        assertThat(s.totalEnergyCost().inclVat()).isNull();
        assertThat(s.totalCost().inclVat()).isNull();
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("6");
    }

    private static Tariff withLimits(String min, String max) {
        return Sessions.tariff("{\"country_code\":\"DE\",\"party_id\":\"ABC\",\"id\":\"L\",\"currency\":\"EUR\","
                + (min == null ? "" : "\"min_price\":" + min + ",")
                + (max == null ? "" : "\"max_price\":" + max + ",")
                + "\"elements\":[{\"price_components\":[{\"type\":\"FLAT\",\"price\":1,\"vat\":20,\"step_size\":1},"
                + "{\"type\":\"ENERGY\",\"price\":0.5,\"vat\":10,\"step_size\":1}]}],"
                + "\"last_updated\":\"2024-01-01T00:00:00Z\"}");
    }

    @Test
    void maxPrice_exclAndIncl_applyIndependently() {
        // 1 + 20 * 0.5 = 11 excl; 1.2 + 11 = 12.2 incl; max 10 excl / 12.5 incl: only excl is capped
        Tariff t = withLimits(null, "{\"excl_vat\":10,\"incl_vat\":12.5}");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(60), "20").cdr(),
                BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("10");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("12.2");
        assertThat(s.priceLimitAdjustments()).singleElement().satisfies(a -> {
            assertThat(a.limit()).isEqualTo(PriceLimitAdjustment.Limit.MAX_PRICE);
            assertThat(a.inclVat()).isFalse();
            assertThat(a.difference()).isEqualByComparingTo("-1");
        });
    }

    @Test
    void minPrice_withoutInclVat_movesTheInclVatTotalInProportion() {
        // 1 + 2 * 0.5 = 2 excl, 2.3 incl; min 4 excl: incl becomes 4.6
        Tariff t = withLimits("{\"excl_vat\":4}", null);
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(10), "2").cdr(),
                BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("4");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("4.6");
    }

    @Test
    void priceLimitAllocation_totalOnly_fixedCost_proportional() {
        Tariff t = withLimits(null, "{\"excl_vat\":5.5,\"incl_vat\":6.1}"); // before: 11 / 12.2
        Cdr cdr =
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(60), "20").cdr();

        PricedSession totalOnly = engine.price(t, cdr, BERLIN);
        assertThat(totalOnly.totalEnergyCost().exclVat()).isEqualByComparingTo("10");
        assertThat(totalOnly.totalFixedCost().exclVat()).isEqualByComparingTo("1");

        PricedSession fixed = TariffEngine.create(PricingOptions.builder()
                        .priceLimitAllocation(PricingOptions.PriceLimitAllocation.FIXED_COST)
                        .build())
                .price(t, cdr, BERLIN);
        assertThat(fixed.totalFixedCost().exclVat()).isEqualByComparingTo("-4.5");
        assertThat(fixed.totalFixedCost().inclVat()).isEqualByComparingTo("-4.9");
        assertThat(fixed.totalEnergyCost().exclVat()).isEqualByComparingTo("10");
        assertThat(sumOfSubTotals(fixed, false))
                .isEqualByComparingTo(fixed.totalCost().exclVat());
        assertThat(sumOfSubTotals(fixed, true))
                .isEqualByComparingTo(fixed.totalCost().inclVat());

        PricedSession proportional = TariffEngine.create(PricingOptions.builder()
                        .priceLimitAllocation(PricingOptions.PriceLimitAllocation.PROPORTIONAL)
                        .build())
                .price(t, cdr, BERLIN);
        assertThat(proportional.totalFixedCost().exclVat()).isEqualByComparingTo("0.5");
        assertThat(proportional.totalEnergyCost().exclVat()).isEqualByComparingTo("5");
        assertThat(proportional.totalFixedCost().inclVat()).isEqualByComparingTo("0.6");
        assertThat(proportional.totalEnergyCost().inclVat()).isEqualByComparingTo("5.5");
        assertThat(sumOfSubTotals(proportional, false)).isEqualByComparingTo("5.5");
    }

    private static BigDecimal sumOfSubTotals(PricedSession s, boolean incl) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostCategory c : CostCategory.values()) {
            sum = sum.add(incl ? s.cost(c).inclVat() : s.cost(c).exclVat());
        }
        return sum;
    }

    @Test
    void minPriceAboveMaxPrice_isRefused() {
        Tariff t = withLimits("{\"excl_vat\":10}", "{\"excl_vat\":5}");
        Cdr cdr =
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(60), "20").cdr();
        assertThatThrownBy(() -> engine.price(t, cdr, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.INVALID_TARIFF));
    }

    @Test
    void rounding_perLine_makesLinesAddUpToTotals_onTotals_roundsEachTotalOnce() {
        // three periods of 0.333 kWh at 0.25: each 0.08325 excl
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1}],"
                + "\"restrictions\":{\"max_kwh\":0.5}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(10), "0.333")
                .charging(min(10), "0.333")
                .charging(min(10), "0.333")
                .cdr();
        PricedSession exact = engine.price(t, cdr, BERLIN);
        assertThat(exact.totalCost().exclVat()).isEqualByComparingTo("0.24975");
        PricedSession perLine = TariffEngine.create(PricingOptions.builder()
                        .rounding(new RoundingPolicy(2, RoundingMode.HALF_UP, RoundingPolicy.Stage.PER_LINE))
                        .build())
                .price(t, cdr, BERLIN);
        assertThat(perLine.lines())
                .allSatisfy(l -> assertThat(l.cost().exclVat()).isEqualByComparingTo("0.08"));
        assertThat(perLine.totalCost().exclVat()).isEqualByComparingTo("0.24");
        PricedSession totals = TariffEngine.create(PricingOptions.builder()
                        .rounding(new RoundingPolicy(2, RoundingMode.HALF_UP, RoundingPolicy.Stage.TOTALS))
                        .build())
                .price(t, cdr, BERLIN);
        assertThat(totals.totalCost().exclVat()).isEqualByComparingTo("0.25");
        assertThat(totals.lines().get(0).cost().exclVat()).isEqualByComparingTo("0.08325");
    }

    @Test
    void exactAmounts_areNeverRoundedWithoutAPolicy_andShowAtLeastTheCurrencyDigits() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.2345,\"step_size\":1}]}");
        PricedSession s = engine.price(
                t,
                Sessions.at("2024-03-04T10:00", BERLIN)
                        .charging(min(60), "3.001")
                        .cdr(),
                BERLIN);
        assertThat(s.totalCost().exclVat().toPlainString()).isEqualTo("0.7037345");
        assertThat(s.exact()).isTrue();
        PricedSession four = engine.price(
                Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.2,\"step_size\":1}]}"),
                Sessions.at("2024-03-04T10:00", BERLIN).charging(min(60), "20").cdr(),
                BERLIN);
        assertThat(four.totalCost().exclVat().toPlainString()).isEqualTo("4.00");
    }

    private static Tariff validBetween(String from, String until) {
        return Sessions.tariff("{\"country_code\":\"DE\",\"party_id\":\"ABC\",\"id\":\"V\",\"currency\":\"EUR\","
                + (from == null ? "" : "\"start_date_time\":\"" + from + "\",")
                + (until == null ? "" : "\"end_date_time\":\"" + until + "\",")
                + "\"elements\":[{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.5,\"step_size\":1}]}],"
                + "\"last_updated\":\"2024-01-01T00:00:00Z\"}");
    }

    @Test
    void validity_isCheckedAtSessionStart_startInclusive_endInclusive() {
        Instant start = Instant.parse("2024-03-04T10:00:00Z");
        Cdr cdr = Sessions.atInstant(start).charging(min(60), "10").cdr();
        assertThat(engine.price(validBetween("2024-03-04T10:00:00Z", null), cdr, BERLIN)
                        .totalCost()
                        .exclVat())
                .isEqualByComparingTo("5");
        assertThat(engine.price(validBetween(null, "2024-03-04T10:00:00Z"), cdr, BERLIN)
                        .totalCost()
                        .exclVat())
                .isEqualByComparingTo("5");
        // valid at the start, expires during the session: the session keeps its tariff
        assertThat(engine.price(validBetween(null, "2024-03-04T10:30:00Z"), cdr, BERLIN)
                        .totalCost()
                        .exclVat())
                .isEqualByComparingTo("5");
        assertThatThrownBy(() -> engine.price(validBetween("2024-03-04T10:00:01Z", null), cdr, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.TARIFF_NOT_VALID));
        assertThatThrownBy(() -> engine.price(validBetween(null, "2024-03-04T09:59:59Z"), cdr, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.TARIFF_NOT_VALID));
    }

    @Test
    void validity_everyPeriod_refusesAPeriodAfterTheEnd_ignore_acceptsIt() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(30), "5")
                .charging(min(30), "5")
                .cdr();
        Tariff t = validBetween(null, "2024-03-04T09:15:00Z"); // 10:15 in Berlin
        TariffEngine every = TariffEngine.create(PricingOptions.builder()
                .validity(PricingOptions.Validity.EVERY_PERIOD)
                .build());
        assertThatThrownBy(() -> every.price(t, cdr, BERLIN))
                .isInstanceOfSatisfying(
                        TariffException.class, e -> assertThat(e.getMessage()).contains("period 2"));
        TariffEngine ignore = TariffEngine.create(PricingOptions.builder()
                .validity(PricingOptions.Validity.IGNORE)
                .build());
        assertThat(ignore.price(t, cdr, BERLIN).totalCost().exclVat()).isEqualByComparingTo("5");
    }

    @Test
    void periodsPickTheirTariffByTariffId_andUntaggedPeriodsAreFreeWhenAsked() {
        Tariff a = Sessions.tariff("{\"id\":\"A\",\"currency\":\"EUR\",\"elements\":[{\"price_components\":"
                + "[{\"type\":\"ENERGY\",\"price\":0.3,\"step_size\":1}]}]}");
        Tariff b = Sessions.tariff("{\"id\":\"B\",\"currency\":\"EUR\",\"elements\":[{\"price_components\":"
                + "[{\"type\":\"ENERGY\",\"price\":0.6,\"step_size\":1}]}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .tariffId("A")
                .charging(min(30), "10")
                .tariffId("B")
                .charging(min(30), "10")
                .tariffId(null)
                .charging(min(30), "10")
                .cdr();
        assertThatThrownBy(() -> engine.price(List.of(a, b), cdr, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.UNKNOWN_TARIFF));
        PricedSession s = TariffEngine.create(PricingOptions.builder()
                        .untaggedPeriods(PricingOptions.UntaggedPeriods.FREE)
                        .build())
                .price(List.of(a, b), cdr, BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("9");
        assertThat(s.periods().get(2).lines()).isEmpty();
        assertThatThrownBy(() -> engine.price(a, cdr, BERLIN))
                .isInstanceOfSatisfying(
                        TariffException.class, e -> assertThat(e.getMessage()).contains("\"B\""));
    }

    @Test
    void writeInto_fillsTheSixCostFields_andKeepsTheRest() {
        Tariff t = SpecWorkedExamplesTestTariffs.parkingAndStart();
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(90), "20")
                .parking(min(40))
                .cdr();
        PricedSession s = engine.price(t, cdr, BERLIN);
        Cdr priced = s.writeInto(cdr);
        assertThat(priced.totalCost())
                .isEqualTo(new Price(s.totalCost().exclVat(), s.totalCost().inclVat()));
        assertThat(priced.totalCost().exclVat()).isEqualByComparingTo("7.00");
        assertThat(priced.totalFixedCost().exclVat()).isEqualByComparingTo("0.50");
        assertThat(priced.totalEnergyCost().exclVat()).isEqualByComparingTo("5.00");
        assertThat(priced.totalTimeCost().exclVat()).isEqualByComparingTo("0");
        assertThat(priced.totalParkingCost().inclVat()).isEqualByComparingTo("1.80");
        assertThat(priced.totalReservationCost().exclVat()).isEqualByComparingTo("0");
        assertThat(priced.chargingPeriods()).isEqualTo(cdr.chargingPeriods());
        assertThat(priced.id()).isEqualTo(cdr.id());
    }

    @Test
    void explanation_namesTheElementStepRoundingAndTotals() {
        Tariff t = SpecWorkedExamplesTestTariffs.parkingAndStart();
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(min(90), "20")
                .parking(min(40))
                .cdr();
        String text = engine.price(t, cdr, BERLIN).explanation();
        assertThat(text)
                .contains("Period 2")
                .contains("PARKING_TIME: element 1")
                .contains("2400 s + 300 s step rounding = 2700 s")
                .contains("Charging time is not rounded because parking is billed")
                .contains("total_cost              7.00 / 7.90")
                .contains("FLAT once per session");
    }
}

/** Tariffs written in the tests themselves (no spec file needed). */
final class SpecWorkedExamplesTestTariffs {
    private SpecWorkedExamplesTestTariffs() {}

    /** Start fee 0.50 (20% VAT), 0.25 per kWh (10%), parking 2 per hour (20%) per 15 minutes. */
    static Tariff parkingAndStart() {
        return Sessions.elements("{\"price_components\":[{\"type\":\"FLAT\",\"price\":0.5,\"vat\":20,\"step_size\":1},"
                + "{\"type\":\"ENERGY\",\"price\":0.25,\"vat\":10,\"step_size\":1},"
                + "{\"type\":\"PARKING_TIME\",\"price\":2,\"vat\":20,\"step_size\":900}]}");
    }
}
