package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Price;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Estimating a price before a session, and auditing a CDR someone else priced. */
class EstimateAndAuditTest {
    private final TariffEngine engine = TariffEngine.create();

    private static final Tariff BEFORE_AND_AFTER_17 = Sessions.elements(
            "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":1}],\"restrictions\":{\"end_time\":\"17:00\"}},"
                    + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}]}");

    private static Instant local(String ldt) {
        return LocalDateTime.parse(ldt).atZone(BERLIN).toInstant();
    }

    @Test
    void estimate_spreadsTheEnergyEvenly_andCutsAtRestrictionBoundaries() {
        PricedSession s = engine.estimate(
                BEFORE_AND_AFTER_17, new BigDecimal("20"), Duration.ofHours(2), local("2024-03-04T16:00"), BERLIN);
        assertThat(s.periods()).hasSize(2);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("5.00"); // 10 * 0.20 + 10 * 0.30
    }

    @Test
    void estimate_withReservationAndParking() {
        Tariff t = SpecWorkedExamplesTestTariffs.parkingAndStart();
        PricedSession s = engine.estimate(
                t,
                PlannedSession.builder()
                        .start(local("2024-03-04T10:00"))
                        .chargingDuration(Duration.ofMinutes(90))
                        .energyKwh(new BigDecimal("20"))
                        .parkingDuration(Duration.ofMinutes(40))
                        .build(),
                BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("7.00");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("7.90");

        PricedSession reserved = engine.estimate(
                SpecTariffs.reservationWithExpireFee(),
                PlannedSession.builder()
                        .start(local("2024-03-04T10:22"))
                        .chargingDuration(Duration.ofHours(1))
                        .energyKwh(new BigDecimal("20"))
                        .reservation(Duration.ofMinutes(22))
                        .build(),
                BERLIN);
        assertThat(reserved.totalCost().exclVat()).isEqualByComparingTo("6.50");
        assertThat(reserved.totalReservationCost().exclVat()).isEqualByComparingTo("1.00");
    }

    @Test
    void estimate_withACurrentRestriction_needsTheCurrent() {
        Tariff t = SpecTariffs.complex();
        Instant monday = local("2024-03-04T09:30");
        assertThatThrownBy(() -> engine.estimate(t, new BigDecimal("20"), Duration.ofMinutes(165), monday, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.MISSING_MEASUREMENT));
        PricedSession s = engine.estimate(
                t,
                PlannedSession.builder()
                        .start(monday)
                        .chargingDuration(Duration.ofMinutes(165))
                        .energyKwh(new BigDecimal("20"))
                        .currentA(new BigDecimal("16"))
                        .parkingDuration(Duration.ofMinutes(42))
                        .build(),
                BERLIN);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("9.00");
        assertThat(s.totalCost().inclVat()).isEqualByComparingTo("10.30");
    }

    @Test
    void estimate_refusesNegativeEnergyAndEmptyDuration() {
        Instant t0 = local("2024-03-04T10:00");
        assertThatThrownBy(() ->
                        engine.estimate(BEFORE_AND_AFTER_17, new BigDecimal("-1"), Duration.ofHours(1), t0, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.NEGATIVE_VOLUME));
        assertThatThrownBy(() -> engine.estimate(BEFORE_AND_AFTER_17, BigDecimal.TEN, Duration.ZERO, t0, BERLIN))
                .isInstanceOfSatisfying(TariffException.class, e -> assertThat(e.kind())
                        .isEqualTo(TariffException.Kind.INVALID_SESSION));
    }

    private static Cdr stepExample() {
        return Sessions.at("2024-03-04T16:35", BERLIN)
                .charging(Duration.ofMinutes(25), "3")
                .charging(Duration.ofMinutes(10), "1")
                .cdr();
    }

    private static final Tariff STEP_TARIFF =
            Sessions.elements("{\"price_components\":[{\"type\":\"TIME\",\"price\":1.20,\"step_size\":1800}],"
                    + "\"restrictions\":{\"start_time\":\"00:00\",\"end_time\":\"17:00\"}},"
                    + "{\"price_components\":[{\"type\":\"TIME\",\"price\":2.40,\"step_size\":900}]}");

    private static Cdr claiming(Cdr cdr, String total, String time) {
        return cdr.toBuilder()
                .totalCost(new Price(new BigDecimal(total), null))
                .totalTimeCost(new Price(new BigDecimal(time), null))
                .build();
    }

    @Test
    void audit_aCdrPricedByTheEngine_isConsistent() {
        Cdr cdr = stepExample();
        Cdr priced = engine.price(STEP_TARIFF, cdr, BERLIN).writeInto(cdr);
        AuditReport r = engine.audit(priced, List.of(STEP_TARIFF), BERLIN);
        assertThat(r.consistent()).isTrue();
        assertThat(r.recomputed().totalCost().exclVat()).isEqualByComparingTo("1.30");
    }

    @Test
    void audit_stepSizePerPeriod_isNamedAsTheReason() {
        // per period: 25 -> 30 minutes at 1.20 (0.60) and 10 -> 15 at 2.40 (0.60) = 1.20 instead of 1.30
        AuditReport r = engine.audit(claiming(stepExample(), "1.20", "1.20"), List.of(STEP_TARIFF), BERLIN);
        assertThat(r.consistent()).isFalse();
        assertThat(r.discrepancies())
                .extracting(Discrepancy::field)
                .containsExactly("total_cost.excl_vat", "total_time_cost.excl_vat");
        assertThat(r.discrepancies().get(0).reason()).contains("every period separately");
        assertThat(r.discrepancies().get(0).difference()).isEqualByComparingTo("-0.10");
    }

    @Test
    void audit_noStepSize_isNamedAsTheReason() {
        // 25 minutes at 1.20 + 10 at 2.40 = 0.90
        AuditReport r = engine.audit(claiming(stepExample(), "0.90", "0.90"), List.of(STEP_TARIFF), BERLIN);
        assertThat(r.discrepancies().get(0).reason()).contains("step_size not applied");
    }

    @Test
    void audit_ignoredMaxPrice_isNamedAsTheReason() {
        Tariff t = Sessions.tariff("{\"id\":\"M\",\"currency\":\"EUR\",\"max_price\":{\"excl_vat\":10},"
                + "\"elements\":[{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.5,\"step_size\":1}]}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN).charging(Duration.ofHours(1), "30").cdr().toBuilder()
                .totalCost(new Price(new BigDecimal("15.00"), null))
                .build();
        AuditReport r = engine.audit(cdr, List.of(t), BERLIN);
        assertThat(r.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.recomputed()).isEqualByComparingTo("10");
            assertThat(d.reason()).contains("min_price / max_price not applied");
        });
    }

    @Test
    void audit_vatNotAdded_isNamedAsTheReason() {
        Tariff t = Sessions.elements(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.5,\"vat\":19,\"step_size\":1}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN).charging(Duration.ofHours(1), "10").cdr().toBuilder()
                .totalCost(new Price(new BigDecimal("5.00"), new BigDecimal("5.00")))
                .build();
        AuditReport r = engine.audit(cdr, List.of(t), BERLIN);
        assertThat(r.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("total_cost.incl_vat");
            assertThat(d.recomputed()).isEqualByComparingTo("5.95");
            assertThat(d.reason()).contains("adds no VAT");
        });
    }

    @Test
    void audit_amountsWithinHalfACent_areRounding_moreIsADiscrepancy() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":100}]}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofHours(1), "20.45")
                .cdr();
        Cdr rounded = cdr.toBuilder()
                .totalCost(new Price(new BigDecimal("5.13"), null))
                .build();
        assertThat(engine.audit(rounded, List.of(t), BERLIN).consistent()).isTrue();
        Cdr off = cdr.toBuilder()
                .totalCost(new Price(new BigDecimal("5.14"), null))
                .build();
        AuditReport r = engine.audit(off, List.of(t), BERLIN);
        assertThat(r.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.reason()).contains("differs by 0.015 EUR").contains("ENERGY 20500 Wh at 0.25/kWh");
        });
        assertThat(engine.audit(rounded, List.of(t), BERLIN, BigDecimal.ZERO).consistent())
                .isFalse();
    }

    @Test
    void audit_missingTotalCost_isADiscrepancy_andOmittedSubTotalsAreNotes() {
        Tariff t = SpecWorkedExamplesTestTariffs.parkingAndStart();
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(90), "20")
                .parking(Duration.ofMinutes(40))
                .cdr();
        AuditReport r = engine.audit(cdr, List.of(t), BERLIN);
        assertThat(r.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("total_cost.excl_vat");
            assertThat(d.claimed()).isNull();
        });
        assertThat(r.notes()).anyMatch(n -> n.startsWith("total_parking_cost is omitted"));
    }

    @Test
    void audit_flatPerActivation_isNamedAsTheReason() {
        Tariff t = Sessions.elements(
                "{\"price_components\":[{\"type\":\"FLAT\",\"price\":1,\"step_size\":1}],\"restrictions\":{\"max_duration\":3600}},"
                        + "{\"price_components\":[{\"type\":\"FLAT\",\"price\":3,\"step_size\":1}],\"restrictions\":{\"min_duration\":3600}}");
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofHours(1), "10")
                .charging(Duration.ofHours(1), "10")
                .cdr()
                .toBuilder()
                .totalCost(new Price(new BigDecimal("4"), null))
                .build();
        AuditReport r = engine.audit(cdr, List.of(t), BERLIN);
        assertThat(r.discrepancies()).singleElement().satisfies(d -> assertThat(d.reason())
                .contains("FLAT charged each time it becomes active"));
    }

    @Test
    void audit_officialCdrExample_isConsistent_andNotesItsEnergyTotal() {
        Cdr cdr = SpecExamples.cdr221("cdr_example.json");
        AuditReport r = engine.audit(cdr, List.of(), BERLIN);
        assertThat(r.consistent()).isTrue();
        assertThat(r.notes()).anyMatch(n -> n.contains("total_energy is 15.342 kWh"));
    }
}
