package dev.ocpkit.ocpp.smartcharging;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * OCPP 2.1: a charging limit that applies once the EV's state of charge reaches a percentage.
 *
 * @param soc the state of charge in percent, 0 to 100
 * @param limit the limit from then on, in the schedule's {@link ChargingRateUnit}
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 2.1 Part 2,
 *     LimitAtSoCType</a>
 * @since 0.1
 */
public record LimitAtSoc(int soc, BigDecimal limit) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when {@code soc} is not 0 to 100
     */
    public LimitAtSoc {
        Objects.requireNonNull(limit, "limit");
        if (soc < 0 || soc > 100) {
            throw new IllegalArgumentException("soc must be 0 to 100: " + soc);
        }
    }
}
