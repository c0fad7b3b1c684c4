package dev.ocpkit.ocpp.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChargingRateTest {
    static final BigDecimal V230 = ChargingRate.DEFAULT_VOLTAGE;

    @Test
    void amps_toWatts_multipliesByVoltageAndPhases() {
        // 16 A x 230 V x 3 = 11040 W; on one phase 3680 W
        assertThat(ChargingRate.amps("16").toWatts(3, V230)).isEqualByComparingTo("11040");
        assertThat(ChargingRate.amps("16").toWatts(1, V230)).isEqualByComparingTo("3680");
        assertThat(ChargingRate.amps("6.5").in(ChargingRateUnit.W, 2, new BigDecimal("120")))
                .isEqualTo(new ChargingRate(new BigDecimal("1560.0"), ChargingRateUnit.W));
    }

    @Test
    void watts_toAmps_roundsDownToOneDecimal() {
        // 11000 / 690 = 15.942.. -> 15.9; 7400 / 230 = 32.17.. -> 32.1; 4140 / 690 = 6 exactly
        assertThat(ChargingRate.watts("11000").in(ChargingRateUnit.A, 3, V230).value())
                .isEqualByComparingTo("15.9");
        assertThat(ChargingRate.watts("7400").in(ChargingRateUnit.A, 1, V230).value())
                .isEqualByComparingTo("32.1");
        assertThat(ChargingRate.watts("4140").in(ChargingRateUnit.A, 3, V230).value())
                .isEqualByComparingTo("6");
    }

    @Test
    void sameUnit_isReturnedUnchanged() {
        ChargingRate r = ChargingRate.watts("1234.5");
        assertThat(r.in(ChargingRateUnit.W, 1, V230)).isSameAs(r);
        assertThat(r.toString()).isEqualTo("1234.5 W");
    }

    @Test
    void badInput_isRefused() {
        assertThatThrownBy(() -> ChargingRate.amps("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChargingRate(BigDecimal.ONE, ChargingRateUnit.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargingRate.amps("1").toWatts(4, V230)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargingRate.amps("1").toWatts(3, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
