package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.mapping.V211V221;
import dev.ocpkit.ocpi.model.mapping.V221V230;
import dev.ocpkit.ocpi.model.v230.Price;
import dev.ocpkit.ocpi.model.v230.TaxAmount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OCPI 2.1.1 and 2.3.0 pricing: the rules 2.2.1 shares with them, and their differences (2.1.1: step_size per period,
 * no VAT, a single total_cost; 2.3.0: tax_included, Price with taxes, PriceLimit before and after taxes). Every
 * expected amount is computed by hand in the comment next to it.
 */
class OtherVersionsTest {
    private final TariffEngine engine = TariffEngine.create();

    // ---------------------------------------------------------------- 2.1.1

    /** 3.00 per hour until 12:00 local, 6.00 after; both per 5 minutes. */
    private static final String TIME_TARIFF_211 =
            """
            {"id":"T11","currency":"EUR","elements":[
              {"price_components":[{"type":"TIME","price":3.00,"step_size":300}],
               "restrictions":{"end_time":"12:00"}},
              {"price_components":[{"type":"TIME","price":6.00,"step_size":300}]}],
             "last_updated":"2024-01-01T00:00:00Z"}""";

    /** 11:54 to 12:06 Berlin (10:54Z to 11:06Z): 6 minutes before noon, 6 after. */
    private static final String TWO_PERIOD_CDR_211 =
            """
            {"id":"C11","start_date_time":"2024-03-04T10:54:00Z","stop_date_time":"2024-03-04T11:06:00Z",
             "auth_id":"DE8ACC12E46L89","auth_method":"WHITELIST","currency":"EUR",
             "charging_periods":[
               {"start_date_time":"2024-03-04T10:54:00Z","dimensions":[{"type":"ENERGY","volume":1.1},
                                                                       {"type":"TIME","volume":0.1}]},
               {"start_date_time":"2024-03-04T11:00:00Z","dimensions":[{"type":"ENERGY","volume":1.2},
                                                                       {"type":"TIME","volume":0.1}]}],
             "total_cost":0,"total_energy":2.3,"total_time":0.2,"last_updated":"2024-03-04T11:10:00Z"}""";

    private static dev.ocpkit.ocpi.model.v211.Tariff tariff211(String json) {
        return OcpiJson.v211().read(json, dev.ocpkit.ocpi.model.v211.Tariff.class);
    }

    private static dev.ocpkit.ocpi.model.v211.Cdr cdr211(String json) {
        return OcpiJson.v211().read(json, dev.ocpkit.ocpi.model.v211.Cdr.class);
    }

    @Test
    void v211_stepSizeRoundsEachPeriod_whereV221RoundsTheSessionOnce() {
        dev.ocpkit.ocpi.model.v211.Tariff t = tariff211(TIME_TARIFF_211);
        dev.ocpkit.ocpi.model.v211.Cdr cdr = cdr211(TWO_PERIOD_CDR_211);

        // 2.1.1: each period's 6 minutes billed as 10: 10 min x 3.00/h + 10 min x 6.00/h = 0.50 + 1.00
        PricedSession v211 = engine.price(t, cdr, BERLIN);
        assertThat(v211.lines())
                .extracting(l -> l.billedQuantity().stripTrailingZeros().toPlainString())
                .containsExactly("600", "600");
        assertThat(v211.totalCost().exclVat()).isEqualByComparingTo("1.50");
        assertThat(v211.totalTimeCost().exclVat()).isEqualByComparingTo("1.50");

        // the same tariff and CDR in 2.2.1: 12 minutes billed as 15 once, the extra 3 at the last price:
        // 6 min x 3.00/h + 9 min x 6.00/h = 0.30 + 0.90
        PricedSession v221 = engine.price(V211V221.toV221(t, "DE", "ABC"), V211V221.toV221(cdr, "DE", "ABC"), BERLIN);
        assertThat(v221.totalCost().exclVat()).isEqualByComparingTo("1.20");
    }

    @Test
    void v211_vatIsUnknown_andWriteIntoSetsTheSingleTotalCostExclVat() {
        dev.ocpkit.ocpi.model.v211.Cdr cdr = cdr211(TWO_PERIOD_CDR_211);
        PricedSession s = engine.price(tariff211(TIME_TARIFF_211), cdr, BERLIN);

        assertThat(s.totalCost().inclVat()).isNull();
        assertThat(s.explanation()).contains("OCPI 2.1.1").contains("each period's volume");
        dev.ocpkit.ocpi.model.v211.Cdr priced = s.writeInto(cdr);
        assertThat(priced.totalCost()).isEqualByComparingTo("1.50");
        assertThat(priced.chargingPeriods()).isEqualTo(cdr.chargingPeriods());
        assertThat(priced.id()).isEqualTo("C11");
    }

    @Test
    void v211_flatDimensionOfTheCdrIsIgnored_flatAndEnergyPricedFromTheTariff() {
        // FLAT 1.00 + 10.2 kWh at 0.25 per kWh billed per 1000 Wh: 11 kWh = 2.75; total 3.75
        dev.ocpkit.ocpi.model.v211.Tariff t = tariff211(
                """
                {"id":"T12","currency":"EUR","elements":[{"price_components":[
                  {"type":"FLAT","price":1.00,"step_size":1},
                  {"type":"ENERGY","price":0.25,"step_size":1000}]}],
                 "last_updated":"2024-01-01T00:00:00Z"}""");
        dev.ocpkit.ocpi.model.v211.Cdr cdr = cdr211(
                """
                {"id":"C12","start_date_time":"2024-03-04T08:00:00Z","stop_date_time":"2024-03-04T09:00:00Z",
                 "auth_id":"A1","auth_method":"AUTH_REQUEST","currency":"EUR",
                 "charging_periods":[{"start_date_time":"2024-03-04T08:00:00Z","dimensions":[
                   {"type":"FLAT","volume":1},{"type":"ENERGY","volume":10.2},{"type":"TIME","volume":1}]}],
                 "total_cost":0,"total_energy":10.2,"total_time":1,"last_updated":"2024-03-04T09:00:00Z"}""");
        PricedSession s = engine.price(t, cdr, BERLIN);
        assertThat(s.totalFixedCost().exclVat()).isEqualByComparingTo("1.00");
        assertThat(s.totalEnergyCost().exclVat()).isEqualByComparingTo("2.75");
        assertThat(s.writeInto(cdr).totalCost()).isEqualByComparingTo("3.75");
    }

    @Test
    void v211_timeline_toCdrWritesThe211Fields() {
        // 2.00 per hour per 15 minutes; 20 minutes charging billed as 30: 1.00
        dev.ocpkit.ocpi.model.v211.Tariff t = tariff211(
                """
                {"id":"T13","currency":"EUR","elements":[{"price_components":[
                  {"type":"TIME","price":2.00,"step_size":900}]}],"last_updated":"2024-01-01T00:00:00Z"}""");
        Instant start = Instant.parse("2024-03-04T10:00:00Z");
        SessionTimeline timeline = SessionTimeline.of(List.of(
                new MeterSample(start, BigDecimal.ZERO, new BigDecimal("10.5"), null, false),
                MeterSample.charging(start.plus(Duration.ofMinutes(20)), new BigDecimal("3.5"))));
        PricedSession s = engine.price(t, timeline, BERLIN);
        dev.ocpkit.ocpi.model.v211.Cdr cdr = s.toCdr(cdr211(TWO_PERIOD_CDR_211));

        assertThat(cdr.totalCost()).isEqualByComparingTo("1.00");
        assertThat(cdr.startDateTime()).isEqualTo(start);
        assertThat(cdr.stopDateTime()).isEqualTo(Instant.parse("2024-03-04T10:20:00Z"));
        assertThat(cdr.totalEnergy()).isEqualByComparingTo("3.5");
        assertThat(cdr.totalTime()).isEqualByComparingTo("0.333333333");
        assertThat(cdr.chargingPeriods()).hasSize(1);
        assertThat(cdr.chargingPeriods().get(0).dimensions())
                .extracting(dev.ocpkit.ocpi.model.v211.CdrDimension::typeAsString)
                .containsExactly("ENERGY", "TIME");
    }

    @Test
    void v211_timelineWithReservation_isRefused() {
        dev.ocpkit.ocpi.model.v211.Tariff t = tariff211(TIME_TARIFF_211);
        Instant start = Instant.parse("2024-03-04T10:00:00Z");
        SessionTimeline timeline = SessionTimeline.withReservation(
                start.minus(Duration.ofMinutes(10)),
                List.of(
                        MeterSample.charging(start, BigDecimal.ZERO),
                        MeterSample.charging(start.plus(Duration.ofMinutes(20)), BigDecimal.ONE)));
        assertThatThrownBy(() -> engine.price(t, timeline, BERLIN))
                .isInstanceOf(TariffException.class)
                .hasMessageContaining("2.1.1 has no reservations")
                .extracting(e -> ((TariffException) e).kind())
                .isEqualTo(TariffException.Kind.INVALID_SESSION);
    }

    // ---------------------------------------------------------------- 2.3.0

    /** FLAT 1.20 and ENERGY 0.36 per kWh, both with 20% VAT; {@code tax_included} as given. */
    private static dev.ocpkit.ocpi.model.v230.Tariff tariff230(String taxIncluded, String extra) {
        return OcpiJson.v230()
                .read(
                        """
                {"country_code":"DE","party_id":"ABC","id":"T30","currency":"EUR",%s
                 "elements":[{"price_components":[
                   {"type":"FLAT","price":1.20,"vat":20,"step_size":1},
                   {"type":"ENERGY","price":0.36,"vat":20,"step_size":1}]}],
                 "tax_included":"%s","last_updated":"2024-01-01T00:00:00Z"}"""
                                .formatted(extra, taxIncluded),
                        dev.ocpkit.ocpi.model.v230.Tariff.class);
    }

    /** 10 kWh in one hour, no cost fields. */
    private static dev.ocpkit.ocpi.model.v230.Cdr cdr230() {
        return OcpiJson.v230()
                .read(
                        """
                {"country_code":"DE","party_id":"ABC","id":"C30","booking_id":"B1",
                 "start_date_time":"2024-03-04T08:00:00Z","end_date_time":"2024-03-04T09:00:00Z",
                 "currency":"EUR","charging_periods":[{"start_date_time":"2024-03-04T08:00:00Z",
                   "dimensions":[{"type":"ENERGY","volume":10},{"type":"TIME","volume":1}]}],
                 "total_energy":10,"total_time":1,"last_updated":"2024-03-04T09:00:00Z"}""",
                        dev.ocpkit.ocpi.model.v230.Cdr.class);
    }

    @Test
    void v230_taxIncludedYes_pricesAreAfterTaxes_beforeTaxesDerivedFromVat() {
        // after taxes: 1.20 + 10 x 0.36 = 4.80; before: 1.00 + 3.00 = 4.00; VAT 0.80
        PricedSession s = engine.price(tariff230("YES", ""), cdr230(), BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("4.00");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("4.80");
        assertThat(s.totalEnergyCost().exclVat()).isEqualByComparingTo("3.00");

        dev.ocpkit.ocpi.model.v230.Cdr priced = s.writeInto(cdr230());
        assertThat(priced.totalCost().beforeTaxes()).isEqualByComparingTo("4.00");
        assertThat(priced.totalCost().taxes()).singleElement().satisfies(tax -> {
            assertThat(tax.name()).isEqualTo("VAT");
            assertThat(tax.amount()).isEqualByComparingTo("0.80");
        });
        assertThat(priced.totalFixedCost().beforeTaxes()).isEqualByComparingTo("1.00");
        assertThat(priced.totalFixedCost().taxes().get(0).amount()).isEqualByComparingTo("0.20");
        assertThat(priced.totalParkingCost().beforeTaxes()).isEqualByComparingTo("0");
        assertThat(priced.totalParkingCost().taxes()).isEmpty();
        assertThat(priced.bookingId()).isEqualTo("B1");
    }

    @Test
    void v230_taxIncludedNo_addsVat_asV221Does_soTheVersionsDifferOnlyByTaxIncluded() {
        // before: 1.20 + 3.60 = 4.80; after: 4.80 x 1.2 = 5.76
        PricedSession no = engine.price(tariff230("NO", ""), cdr230(), BERLIN);
        assertThat(no.totalCost().exclVat()).isEqualByComparingTo("4.80");
        assertThat(no.totalCost().inclVat()).isEqualByComparingTo("5.76");

        // the YES tariff downgraded to 2.2.1 loses tax_included: 2.2.1 reads the same prices as excl. VAT
        PricedSession asV221 = engine.price(V221V230.toV221(tariff230("YES", "")), V221V230.toV221(cdr230()), BERLIN);
        assertThat(asV221.totalCost().exclVat()).isEqualByComparingTo("4.80");
        assertThat(engine.price(tariff230("YES", ""), cdr230(), BERLIN)
                        .totalCost()
                        .exclVat())
                .isEqualByComparingTo("4.00");
    }

    @Test
    void v230_taxIncludedNotApplicable_afterTaxesEqualsBeforeTaxes_vatIgnored() {
        PricedSession s = engine.price(tariff230("N/A", ""), cdr230(), BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("4.80");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("4.80");
        Price p = s.writeInto(cdr230()).totalCost();
        assertThat(p.beforeTaxes()).isEqualByComparingTo("4.80");
        assertThat(p.taxes()).isEmpty();
    }

    @Test
    void v230_maxPriceLimit_beforeAndAfterTaxesBothApply() {
        // NO: 4.80 before / 5.76 after; max_price 4.50 before, 5.00 after -> 4.50 / 5.00, tax 0.50
        PricedSession s = engine.price(
                tariff230("NO", "\"max_price\":{\"before_taxes\":4.50,\"after_taxes\":5.00},"), cdr230(), BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("4.50");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("5.00");
        assertThat(s.priceLimitAdjustments()).hasSize(2);
        List<TaxAmount> taxes = s.writeInto(cdr230()).totalCost().taxes();
        assertThat(taxes).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("0.50"));
    }

    @Test
    void v230_minPriceLimit_onTaxIncludedTariff_raisesBothTotals() {
        // YES: 4.00 before / 4.80 after; min_price 5.00 before, 6.50 after -> 5.00 / 6.50
        PricedSession s = engine.price(
                tariff230("YES", "\"min_price\":{\"before_taxes\":5.00,\"after_taxes\":6.50},"), cdr230(), BERLIN);
        assertThat(s.costBeforeLimits().exclVat()).isEqualByComparingTo("4.00");
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("5.00");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("6.50");
    }

    @Test
    void v230_taxIncludedYesWithoutVat_cannotSplitTheTax_andSaysSo() {
        dev.ocpkit.ocpi.model.v230.Tariff t = OcpiJson.v230()
                .read(
                        """
                {"country_code":"DE","party_id":"ABC","id":"NA","currency":"EUR","elements":[{"price_components":[
                  {"type":"TIME","price":2.10,"step_size":60}]}],"tax_included":"YES",
                 "last_updated":"2024-01-01T00:00:00Z"}""",
                        dev.ocpkit.ocpi.model.v230.Tariff.class);
        assertThatThrownBy(() -> engine.price(t, cdr230(), BERLIN))
                .isInstanceOf(TariffException.class)
                .hasMessageContaining("tax_included YES")
                .hasMessageContaining("has no vat");
    }

    @Test
    void v230_missingOrUnknownTaxIncluded_isAnInvalidTariff() {
        dev.ocpkit.ocpi.model.v230.Tariff missing =
                tariff230("NO", "").toBuilder().taxIncludedAsString(null).build();
        assertThatThrownBy(() -> engine.price(missing, cdr230(), BERLIN))
                .isInstanceOf(TariffException.class)
                .hasMessageContaining("no tax_included");
        assertThatThrownBy(() -> engine.price(tariff230("SOMETIMES", ""), cdr230(), BERLIN))
                .isInstanceOf(TariffException.class)
                .hasMessageContaining("unknown tax_included \"SOMETIMES\"");
    }

    @Test
    void v230_estimateAndTimeline_toCdrKeepsTariffsAndWritesTaxedPrices() {
        // 10 kWh over one hour with the YES tariff: 4.00 before taxes, 0.80 VAT
        dev.ocpkit.ocpi.model.v230.Tariff t = tariff230("YES", "");
        PricedSession s = engine.estimate(
                t,
                PlannedSession.builder()
                        .start(Instant.parse("2024-03-04T08:00:00Z"))
                        .chargingDuration(Duration.ofHours(1))
                        .energyKwh(BigDecimal.TEN)
                        .build(),
                BERLIN);
        dev.ocpkit.ocpi.model.v230.Cdr template =
                cdr230().toBuilder().tariffs(List.of(t)).build();
        dev.ocpkit.ocpi.model.v230.Cdr cdr = s.toCdr(template);
        assertThat(cdr.totalCost().beforeTaxes()).isEqualByComparingTo("4.00");
        assertThat(cdr.totalCost().taxes().get(0).amount()).isEqualByComparingTo("0.80");
        assertThat(cdr.tariffs()).containsExactly(t);
        assertThat(cdr.endDateTime()).isEqualTo(Instant.parse("2024-03-04T09:00:00Z"));
        assertThat(cdr.chargingPeriods().get(0).dimensions())
                .extracting(dev.ocpkit.ocpi.model.v230.CdrDimension::typeAsString)
                .contains("ENERGY", "TIME");
    }
}
