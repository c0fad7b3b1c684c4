package dev.ocpkit.ocpp.smartcharging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A charging rate with its unit: amperes per phase or watts, as the limits of a charging schedule are written.
 *
 * <p><b>Converting between A and W.</b> A limit in A is the current on each phase in use; a limit in W is the power
 * of all phases together. With a nominal phase-to-neutral voltage {@code U} (OCPP's usual 230 V in Europe) and
 * {@code n} phases in use: {@code W = A x U x n} and {@code A = W / (U x n)}. Conversions to A are rounded down to one
 * decimal (OCPP limits accept at most one decimal, and rounding down never exceeds the original limit); conversions
 * to W are exact.
 *
 * @param value the rate, at least 0
 * @param unit {@link ChargingRateUnit#A} or {@link ChargingRateUnit#W}
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 3.13.4
 *     (Charging rate unit); OCPP 2.0.1 Part 2, K01 and ChargingRateUnitEnumType</a>
 * @since 0.1
 */
public record ChargingRate(BigDecimal value, ChargingRateUnit unit) {
    /** The nominal voltage OCPP stations commonly assume, 230 V phase to neutral. */
    public static final BigDecimal DEFAULT_VOLTAGE = new BigDecimal("230");

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the value is negative or the unit is {@link ChargingRateUnit#UNKNOWN}
     */
    public ChargingRate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a charging rate must not be negative: " + value);
        }
        if (unit == ChargingRateUnit.UNKNOWN) {
            throw new IllegalArgumentException("a charging rate is in A or W");
        }
    }

    /** A rate in amperes per phase, e.g. {@code amps("16")}. */
    public static ChargingRate amps(String value) {
        return new ChargingRate(new BigDecimal(value), ChargingRateUnit.A);
    }

    /** A rate in watts, e.g. {@code watts("11000")}. */
    public static ChargingRate watts(String value) {
        return new ChargingRate(new BigDecimal(value), ChargingRateUnit.W);
    }

    /**
     * This rate in watts.
     *
     * @param phases the number of phases in use, 1 to 3 (ignored when the rate is in W)
     * @param voltage the nominal phase-to-neutral voltage, positive
     * @return the power, never {@code null}
     * @throws IllegalArgumentException when {@code phases} is not 1 to 3 or the voltage is not positive
     */
    public BigDecimal toWatts(int phases, BigDecimal voltage) {
        return convert(value, unit, ChargingRateUnit.W, phases, voltage);
    }

    /**
     * This rate in another unit (see the class documentation for rounding).
     *
     * @param target {@link ChargingRateUnit#A} or {@link ChargingRateUnit#W}
     * @param phases the number of phases in use, 1 to 3
     * @param voltage the nominal phase-to-neutral voltage, positive
     * @return the converted rate (this one when the unit is the same)
     * @throws IllegalArgumentException for {@link ChargingRateUnit#UNKNOWN}, {@code phases} not 1 to 3 or a voltage
     *     that is not positive
     */
    public ChargingRate in(ChargingRateUnit target, int phases, BigDecimal voltage) {
        if (target == unit) {
            return this;
        }
        return new ChargingRate(convert(value, unit, target, phases, voltage), target);
    }

    /**
     * Converts a rate between A and W (see the class documentation for rounding).
     *
     * @param value the rate in {@code from}
     * @param from the unit of {@code value}
     * @param to the unit wanted
     * @param phases the number of phases in use, 1 to 3
     * @param voltage the nominal phase-to-neutral voltage, positive
     * @return the rate in {@code to}; {@code value} itself when the units are the same
     * @throws IllegalArgumentException for {@link ChargingRateUnit#UNKNOWN}, {@code phases} not 1 to 3 or a voltage
     *     that is not positive
     */
    public static BigDecimal convert(
            BigDecimal value, ChargingRateUnit from, ChargingRateUnit to, int phases, BigDecimal voltage) {
        Objects.requireNonNull(value, "value");
        if (from == ChargingRateUnit.UNKNOWN || to == ChargingRateUnit.UNKNOWN) {
            throw new IllegalArgumentException("cannot convert a rate of unknown unit");
        }
        if (phases < 1 || phases > 3) {
            throw new IllegalArgumentException("phases must be 1 to 3: " + phases);
        }
        if (voltage.signum() <= 0) {
            throw new IllegalArgumentException("voltage must be positive: " + voltage);
        }
        if (from == to) {
            return value;
        }
        BigDecimal perAmp = voltage.multiply(BigDecimal.valueOf(phases));
        return from == ChargingRateUnit.A ? value.multiply(perAmp) : value.divide(perAmp, 1, RoundingMode.DOWN);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.value();
    }
}
