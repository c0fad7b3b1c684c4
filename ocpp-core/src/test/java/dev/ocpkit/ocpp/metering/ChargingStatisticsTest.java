package dev.ocpkit.ocpp.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingStatisticsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static MeterSample s(int minutes, String measurand, String phase, String value, String unit) {
        return new MeterSample(
                T0.plusSeconds(minutes * 60L),
                measurand,
                phase,
                new BigDecimal(value),
                unit,
                "Sample.Periodic",
                "Outlet");
    }

    @Test
    void energy_isLastMinusFirstRegisterReading_inWh_whateverTheUnit() {
        ChargingStatistics st = ChargingStatistics.of(List.of(
                s(30, "Energy.Active.Import.Register", null, "10750", "Wh"),
                s(0, "Energy.Active.Import.Register", null, "10.000", "kWh"),
                s(60, "Energy.Active.Import.Register", null, "12.5", "kWh")));
        assertThat(st.energyWh()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("2500"));
        assertThat(st.energyKWh()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("2.5"));
        assertThat(st.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(st.averagePowerW()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("2500"));
        assertThat(st.series())
                .extracting(ChargingStatistics.Point::energyWh)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("750"), new BigDecimal("2500"));
    }

    @Test
    void phaseReadingsWithoutTotal_areSummed_butATotalWins() {
        ChargingStatistics phases = ChargingStatistics.of(List.of(
                s(0, "Energy.Active.Import.Register", "L1", "1000", "Wh"),
                s(0, "Energy.Active.Import.Register", "L2", "1000", "Wh"),
                s(0, "Energy.Active.Import.Register", "L3", "1000", "Wh"),
                s(30, "Energy.Active.Import.Register", "L1-N", "1500", "Wh"),
                s(30, "Energy.Active.Import.Register", "L2-N", "1600", "Wh"),
                s(30, "Energy.Active.Import.Register", "L3-N", "1700", "Wh")));
        assertThat(phases.energyWh()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("1800"));

        ChargingStatistics total = ChargingStatistics.of(List.of(
                s(0, "Energy.Active.Import.Register", null, "100", "Wh"),
                s(0, "Energy.Active.Import.Register", "L1", "1", "Wh"),
                s(30, "Energy.Active.Import.Register", null, "400", "Wh"),
                s(30, "Energy.Active.Import.Register", "L1", "999", "Wh")));
        assertThat(total.energyWh()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("300"));
    }

    @Test
    void peakPower_sumsThePhasesOfOneInstant_andConvertsKw() {
        ChargingStatistics st = ChargingStatistics.of(List.of(
                s(0, "Power.Active.Import", null, "7.2", "kW"),
                s(5, "Power.Active.Import", "L1", "3700", "W"),
                s(5, "Power.Active.Import", "L2", "3700", "W"),
                s(5, "Power.Active.Import", "L3", "3600", "W"),
                s(10, "Power.Active.Import", null, "10000", "W")));
        assertThat(st.peakPowerW()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("11000"));
        assertThat(st.series().get(0).powerW()).isEqualByComparingTo("7200");
    }

    @Test
    void peakCurrent_isTheHighestPhase_andSocIsFirstAndLast() {
        ChargingStatistics st = ChargingStatistics.of(List.of(
                s(0, "Current.Import", "L1", "15.9", "A"),
                s(0, "Current.Import", "L2", "16.1", "A"),
                s(1, "Current.Import", "L1", "8", "A"),
                s(0, "SoC", null, "20", "Percent"),
                s(1, "SoC", null, "55", "Percent"),
                s(1, "Voltage", "L1-N", "230", "V")));
        assertThat(st.peakCurrentA()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("16.1"));
        assertThat(st.startSoc()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        assertThat(st.endSoc()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("55"));
        assertThat(st.energyWh()).isEmpty();
        assertThat(st.averagePowerW()).isEmpty();
    }

    @Test
    void noSamples_giveEmptyStatistics() {
        ChargingStatistics st = ChargingStatistics.of(List.of());
        assertThat(st.duration()).isZero();
        assertThat(st.start()).isEmpty();
        assertThat(st.series()).isEmpty();
    }

    @Test
    void unknownUnitOfAUsedMeasurand_isRefused() {
        assertThatThrownBy(
                        () -> ChargingStatistics.of(List.of(s(0, "Energy.Active.Import.Register", null, "1", "MWh"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MWh");
    }
}
