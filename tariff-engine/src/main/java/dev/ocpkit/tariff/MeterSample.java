package dev.ocpkit.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a session timeline: the energy register at an instant, and the state that holds from this instant to
 * the next sample (an OCPP {@code MeterValues} sample, say).
 *
 * @param at when the sample was taken
 * @param energyKwh the energy register (kWh, cumulative, never decreasing); between two samples energy is taken to
 *     flow at a constant rate
 * @param powerKw the power from this sample to the next, kW; {@code null} when not measured (then the average of the
 *     energy over the time is used)
 * @param currentA the current summed over phases from this sample to the next, A; {@code null} when not measured
 * @param parking whether the vehicle is not requesting power from this sample to the next (OCPI {@code PARKING_TIME});
 *     otherwise the time is charging time
 * @since 0.1
 */
public record MeterSample(
        Instant at,
        BigDecimal energyKwh,
        @Nullable BigDecimal powerKw,
        @Nullable BigDecimal currentA,
        boolean parking) {

    /** Checks the required components. */
    public MeterSample {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(energyKwh, "energyKwh");
    }

    /** A charging sample without power or current. */
    public static MeterSample charging(Instant at, BigDecimal energyKwh) {
        return new MeterSample(at, energyKwh, null, null, false);
    }

    /** A sample after which the vehicle no longer requests power. */
    public static MeterSample parking(Instant at, BigDecimal energyKwh) {
        return new MeterSample(at, energyKwh, BigDecimal.ZERO, BigDecimal.ZERO, true);
    }
}
