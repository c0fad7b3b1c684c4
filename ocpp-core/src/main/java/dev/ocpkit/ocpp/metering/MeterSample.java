package dev.ocpkit.ocpp.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One sampled value of a meter, as OCPP 1.6 {@code SampledValue} and 2.x {@code SampledValueType} carry it, in a
 * version-neutral form.
 *
 * @param timestamp when the value was sampled
 * @param measurand e.g. {@code Energy.Active.Import.Register} (OCPP's default when a sample omits it)
 * @param phase e.g. {@code L1}, {@code L1-N}; {@code null} for a total
 * @param value the numeric value
 * @param unit e.g. {@code Wh}, {@code kWh}, {@code W}, {@code kW}, {@code A}, {@code Percent}
 * @param context e.g. {@code Sample.Periodic}, {@code Transaction.Begin}; {@code null} when not given
 * @param location e.g. {@code Outlet}; {@code null} when not given
 * @since 0.1
 */
public record MeterSample(
        Instant timestamp,
        String measurand,
        @Nullable String phase,
        BigDecimal value,
        String unit,
        @Nullable String context,
        @Nullable String location) {

    /** OCPP's default measurand. */
    public static final String ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register";
    /** Instantaneous active power drawn by the EV. */
    public static final String POWER_ACTIVE_IMPORT = "Power.Active.Import";
    /** Instantaneous current drawn by the EV. */
    public static final String CURRENT_IMPORT = "Current.Import";
    /** State of charge of the EV battery, in percent. */
    public static final String SOC = "SoC";

    /** Checks the required fields. */
    public MeterSample {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(measurand, "measurand");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether this sample is a total (no phase, or a phase-to-neutral total is not given). */
    public boolean isTotal() {
        return phase == null;
    }

    /**
     * The value in the base unit of its quantity: Wh for energy, W for power, A for current, percent for SoC.
     *
     * @throws IllegalArgumentException for a unit this helper does not convert
     */
    public BigDecimal baseValue() {
        return switch (unit) {
            case "Wh", "W", "A", "Percent", "varh", "var", "V" -> value;
            case "kWh", "kW", "kvarh", "kvar" -> value.movePointRight(3);
            default -> throw new IllegalArgumentException("Unsupported unit '" + unit + "' of " + measurand);
        };
    }
}
