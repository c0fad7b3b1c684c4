package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A charging period in the engine's neutral form: volumes in exact units (kWh, seconds), measurements in kW and A
 * ({@code null} when not measured), the tariff that prices it ({@code null}: free).
 */
public record NPeriod(
        int index,
        Instant start,
        Instant end,
        @Nullable NTariff tariff,
        @Nullable String tariffId,
        boolean reservation,
        BigDecimal energyKwh,
        BigDecimal chargingSeconds,
        BigDecimal parkingSeconds,
        BigDecimal reservationSeconds,
        @Nullable BigDecimal minPower,
        @Nullable BigDecimal maxPower,
        @Nullable BigDecimal avgPower,
        @Nullable BigDecimal minCurrent,
        @Nullable BigDecimal maxCurrent,
        @Nullable BigDecimal avgCurrent) {

    /** Whether the vehicle did not charge at all in this period: only parking time. */
    public boolean parkingOnly() {
        return !reservation && parkingSeconds.signum() > 0 && chargingSeconds.signum() == 0 && energyKwh.signum() == 0;
    }
}
