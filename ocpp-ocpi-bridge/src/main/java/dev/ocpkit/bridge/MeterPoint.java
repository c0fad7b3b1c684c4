package dev.ocpkit.bridge;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reading of a session's meter, as the bridge collects it from OCPP meter values.
 *
 * @param at when
 * @param energyWh the energy register (imported), in Wh
 * @param powerW the active power at that instant, in W, or {@code null}
 * @param currentA the current at that instant, in A, or {@code null}
 * @since 0.1
 */
public record MeterPoint(Instant at, BigDecimal energyWh, @Nullable BigDecimal powerW, @Nullable BigDecimal currentA) {
    /** Requires the instant and the energy. */
    public MeterPoint {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(energyWh, "energyWh");
    }
}
