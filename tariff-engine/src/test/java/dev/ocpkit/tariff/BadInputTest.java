package dev.ocpkit.tariff;

import static dev.ocpkit.tariff.Sessions.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrDimension;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Input that cannot be priced gets a typed {@link TariffException} saying what is wrong, never a price. */
class BadInputTest {
    private final TariffEngine engine = TariffEngine.create();
    private static final Tariff ENERGY =
            Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1}]}");

    private static Cdr simpleCdr() {
        return Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(60), "10")
                .cdr();
    }

    private static void assertRefused(ThrowingCallable call, TariffException.Kind kind, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TariffException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    void tariffWithoutElements_isRefused() {
        Tariff t = Sessions.tariff("{\"id\":\"E\",\"currency\":\"EUR\",\"elements\":[]}");
        assertRefused(() -> engine.price(t, simpleCdr(), BERLIN), TariffException.Kind.NO_ELEMENTS, "no elements");
    }

    @Test
    void elementWithoutPriceComponents_isRefused() {
        Tariff t = Sessions.elements("{\"price_components\":[]}");
        assertRefused(() -> engine.price(t, simpleCdr(), BERLIN), TariffException.Kind.NO_ELEMENTS, "element 1");
    }

    @Test
    void unknownTariffDimension_isRefused() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"MAX_CURRENT\",\"price\":1,\"step_size\":1}]}");
        assertRefused(
                () -> engine.price(t, simpleCdr(), BERLIN), TariffException.Kind.UNKNOWN_DIMENSION, "\"MAX_CURRENT\"");
    }

    @Test
    void unknownCdrDimension_isRefused() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .period(Duration.ofMinutes(60), "ENERGY", "10", "KWH_BONUS", "3")
                .cdr();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.UNKNOWN_DIMENSION, "\"KWH_BONUS\"");
    }

    @Test
    void negativeVolume_isRefused() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .period(Duration.ofMinutes(60), "ENERGY", "-1")
                .cdr();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.NEGATIVE_VOLUME, "period 1");
    }

    @Test
    void periodsOutOfOrder_areRefused() {
        Instant t0 = Instant.parse("2024-03-04T10:00:00Z");
        Cdr cdr = Cdr.builder()
                .startDateTime(t0)
                .endDateTime(t0.plusSeconds(7200))
                .currency("EUR")
                .chargingPeriods(List.of(
                        new ChargingPeriod(t0.plusSeconds(3600), List.of(dim("ENERGY", "1")), null),
                        new ChargingPeriod(t0, List.of(dim("ENERGY", "1")), null)))
                .build();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.PERIODS_OUT_OF_ORDER, "period 2");
    }

    @Test
    void periodAfterTheSessionEnd_isRefused() {
        Instant t0 = Instant.parse("2024-03-04T10:00:00Z");
        Cdr cdr = Cdr.builder()
                .startDateTime(t0)
                .endDateTime(t0.plusSeconds(3600))
                .currency("EUR")
                .chargingPeriods(List.of(
                        new ChargingPeriod(t0, List.of(dim("ENERGY", "1")), null),
                        new ChargingPeriod(t0.plusSeconds(3601), List.of(dim("ENERGY", "1")), null)))
                .build();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.PERIODS_OUT_OF_ORDER, "after");
    }

    @Test
    void periodBeforeTheSessionStart_isRefused() {
        Instant t0 = Instant.parse("2024-03-04T10:00:00Z");
        Cdr cdr = Cdr.builder()
                .startDateTime(t0)
                .endDateTime(t0.plusSeconds(3600))
                .currency("EUR")
                .chargingPeriods(List.of(new ChargingPeriod(t0.minusSeconds(1), List.of(dim("ENERGY", "1")), null)))
                .build();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.PERIODS_OUT_OF_ORDER, "before");
    }

    @Test
    void currencyMismatch_isRefused() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .currency("CHF")
                .charging(Duration.ofMinutes(60), "10")
                .cdr();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.CURRENCY_MISMATCH, "CHF");
    }

    @Test
    void missingTimeZone_isRefused() {
        assertRefused(
                () -> engine.price(ENERGY, simpleCdr(), null), TariffException.Kind.MISSING_TIME_ZONE, "time zone");
    }

    @Test
    void missingCdrEnd_isRefused() {
        Cdr cdr = simpleCdr().toBuilder().endDateTime(null).build();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.MISSING_VALUE, "end_date_time");
    }

    @Test
    void cdrWithoutPeriods_isRefused() {
        Cdr cdr = simpleCdr().toBuilder().chargingPeriods(List.of()).build();
        assertRefused(
                () -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.INVALID_SESSION, "no charging periods");
    }

    @Test
    void dimensionWithoutVolume_isRefused() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .charging(Duration.ofMinutes(60), "10")
                .cdr();
        ChargingPeriod p = cdr.chargingPeriods().get(0);
        Cdr broken = cdr.toBuilder()
                .chargingPeriods(List.of(
                        new ChargingPeriod(p.startDateTime(), List.of(new CdrDimension("ENERGY", null)), p.tariffId())))
                .build();
        assertRefused(() -> engine.price(ENERGY, broken, BERLIN), TariffException.Kind.MISSING_VALUE, "no volume");
    }

    @Test
    void invalidTimeOfDay_isRefused() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":1,\"step_size\":1}],"
                + "\"restrictions\":{\"start_time\":\"24:00\"}}");
        assertRefused(() -> engine.price(t, simpleCdr(), BERLIN), TariffException.Kind.INVALID_TARIFF, "\"24:00\"");
    }

    @Test
    void invalidDate_isRefused() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":1,\"step_size\":1}],"
                + "\"restrictions\":{\"end_date\":\"2024-02-30\"}}");
        assertRefused(() -> engine.price(t, simpleCdr(), BERLIN), TariffException.Kind.INVALID_TARIFF, "2024-02-30");
    }

    @Test
    void unknownDayOfWeek_isRefused() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":1,\"step_size\":1}],"
                + "\"restrictions\":{\"day_of_week\":[\"FUNDAY\"]}}");
        assertRefused(() -> engine.price(t, simpleCdr(), BERLIN), TariffException.Kind.INVALID_TARIFF, "FUNDAY");
    }

    @Test
    void negativeStepSizeOrVat_isRefused() {
        Tariff step = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":1,\"step_size\":-1}]}");
        assertRefused(() -> engine.price(step, simpleCdr(), BERLIN), TariffException.Kind.INVALID_TARIFF, "step_size");
        Tariff vat = Sessions.elements(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":1,\"vat\":-5,\"step_size\":1}]}");
        assertRefused(() -> engine.price(vat, simpleCdr(), BERLIN), TariffException.Kind.INVALID_TARIFF, "vat");
    }

    @Test
    void componentWithoutPrice_isRefused() {
        Tariff t = Sessions.elements("{\"price_components\":[{\"type\":\"ENERGY\",\"step_size\":1}]}");
        assertRefused(() -> engine.price(t, simpleCdr(), BERLIN), TariffException.Kind.INVALID_TARIFF, "no price");
    }

    @Test
    void reservationPeriodMixedWithCharging_isRefused() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .period(Duration.ofMinutes(60), "RESERVATION_TIME", "0.5", "ENERGY", "3")
                .cdr();
        assertRefused(
                () -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.INVALID_SESSION, "RESERVATION_TIME");
    }

    @Test
    void duplicateDimension_isRefused() {
        Cdr cdr = Sessions.at("2024-03-04T10:00", BERLIN)
                .period(Duration.ofMinutes(60), "ENERGY", "1", "ENERGY", "2")
                .cdr();
        assertRefused(() -> engine.price(ENERGY, cdr, BERLIN), TariffException.Kind.INVALID_SESSION, "more than once");
    }

    private static CdrDimension dim(String type, String volume) {
        return new CdrDimension(type, new BigDecimal(volume));
    }
}
