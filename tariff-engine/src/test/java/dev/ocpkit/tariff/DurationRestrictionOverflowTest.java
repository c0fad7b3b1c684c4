package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrDimension;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression for the fuzz finding "tariff engine, {@code ArithmeticException: long overflow}" (docs/reliability.md):
 * the {@code min_duration} / {@code max_duration} check measured the time since the session start in nanoseconds,
 * which overflows {@code long} for a period more than about 292 years after the CDR's {@code start_date_time}. Such a
 * CDR is valid by the engine's rules (its periods lie between its start and end), so it is priced: a duration
 * restriction compares whole seconds, rounded down, with the restriction's seconds.
 */
class DurationRestrictionOverflowTest {
    private final TariffEngine engine = TariffEngine.create();

    private static final Instant SESSION_START = Instant.parse("1700-01-01T00:00:00Z");
    private static final Instant PERIOD_START = Instant.parse("2025-01-01T00:00:00Z");

    /** A CDR from 1700 to 2025 with one period of 5 kWh starting 325 years after the session start. */
    private static Cdr centuriesLongCdr() {
        return Cdr.builder()
                .countryCode("DE")
                .partyId("CPO")
                .id("C1")
                .startDateTime(SESSION_START)
                .endDateTime(PERIOD_START.plusSeconds(7200))
                .currency("EUR")
                .chargingPeriods(List.of(new ChargingPeriod(
                        PERIOD_START, List.of(new CdrDimension("ENERGY", new BigDecimal("5"))), null)))
                .totalEnergy(new BigDecimal("5"))
                .totalTime(BigDecimal.ONE)
                .lastUpdated(PERIOD_START.plusSeconds(10800))
                .build();
    }

    private static List<Integer> elements(PricedSession s) {
        return s.lines().stream().map(PricedLine::element).toList();
    }

    @Test
    void fuzzReproducer_minDurationPeriodCenturiesAfterStart_isPriced() {
        // the input as the fuzz test found it (also a regression input of TariffEngineFuzzTest)
        OcpiJson json = OcpiJson.v221();
        Tariff t = json.read(
                "{\"country_code\":\"DE\",\"party_id\":\"CPO\",\"id\":\"T1\",\"currency\":\"EUR\",\"elements\":"
                        + "[{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}],"
                        + "\"restrictions\":{\"min_duration\":3600}}],\"last_updated\":\"2025-01-01T00:00:00Z\"}",
                Tariff.class);
        Cdr cdr = json.read(
                "{\"country_code\":\"DE\",\"party_id\":\"CPO\",\"id\":\"C1\",\"start_date_time\":"
                        + "\"1700-01-01T00:00:00Z\",\"end_date_time\":\"2025-01-01T02:00:00Z\",\"currency\":\"EUR\","
                        + "\"charging_periods\":[{\"start_date_time\":\"2025-01-01T00:00:00Z\",\"dimensions\":"
                        + "[{\"type\":\"ENERGY\",\"volume\":5}]}],\"total_cost\":{\"excl_vat\":0},"
                        + "\"total_energy\":5,\"total_time\":1,\"last_updated\":\"2025-01-01T03:00:00Z\"}",
                Cdr.class);

        PricedSession s = engine.price(t, cdr, BERLIN);

        // 325 years is more than the 3600 s min_duration: the element applies, 5 kWh at 0.30
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("1.50");
        assertThat(elements(s)).containsExactly(0);
        assertThat(s.explanation()).isNotEmpty();
    }

    @Test
    void maxDuration_periodCenturiesAfterStart_doesNotApply() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.50,\"step_size\":1}],"
                + "\"restrictions\":{\"max_duration\":3600}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}]}");

        PricedSession s = engine.price(t, centuriesLongCdr(), BERLIN);

        assertThat(elements(s)).containsExactly(1);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("1.50");
    }

    @Test
    void largestDurationLimits_periodCenturiesAfterStart_areComparedExactly() {
        // Integer.MAX_VALUE seconds is about 68 years: 325 years is past it
        int max = Integer.MAX_VALUE;
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.90,\"step_size\":1}],"
                + "\"restrictions\":{\"max_duration\":" + max + "}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.40,\"step_size\":1}],"
                + "\"restrictions\":{\"min_duration\":" + max + "}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.10,\"step_size\":1}]}");

        PricedSession s = engine.price(t, centuriesLongCdr(), BERLIN);

        assertThat(elements(s)).containsExactly(1);
        assertThat(s.totalCost().exclVat()).isEqualByComparingTo("2.00");
    }

    @Test
    void minDuration_isReachedOnlyAtTheFullSecond() {
        // rounding the elapsed time down to whole seconds must not let a period that starts a nanosecond before
        // the min_duration count as past it, nor one that starts exactly at it count as before it
        Instant start = Instant.parse("2024-03-04T10:00:00Z");
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.50,\"step_size\":1}],"
                + "\"restrictions\":{\"min_duration\":3600,\"max_duration\":7200}},"
                + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.10,\"step_size\":1}]}");
        List<ChargingPeriod> periods = List.of(
                period(start),
                period(start.plusSeconds(3600).minusNanos(1)),
                period(start.plusSeconds(3600)),
                period(start.plusSeconds(7200).minusNanos(1)),
                period(start.plusSeconds(7200)));
        Cdr cdr = Cdr.builder()
                .startDateTime(start)
                .endDateTime(start.plusSeconds(9000))
                .currency("EUR")
                .chargingPeriods(periods)
                .build();

        PricedSession s = engine.price(t, cdr, BERLIN);

        assertThat(elements(s)).containsExactly(1, 1, 0, 0, 1);
    }

    private static ChargingPeriod period(Instant at) {
        return new ChargingPeriod(at, List.of(new CdrDimension("ENERGY", BigDecimal.ONE)), null);
    }
}
