package dev.ocpkit.ocpp.smartcharging;

import java.time.Instant;
import java.util.Objects;

/**
 * A transaction running on an EVSE, as a composite-schedule calculation needs it: a
 * {@link ChargingProfilePurpose#TX_PROFILE} applies only to its transaction, and {@link ChargingProfileKind#RELATIVE}
 * schedules start when the transaction started.
 *
 * @param evseId the EVSE (OCPP 1.6: the connector), at least 1
 * @param transactionId the transaction id (OCPP 1.6: the decimal integer the CSMS assigned)
 * @param startedAt when the transaction started (for OCPP 1.6 {@code StartTransaction.req timestamp}, for 2.x the
 *     timestamp of {@code TransactionEvent Started})
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 3.13.1; OCPP
 *     2.0.1 Part 2, K01 (TxProfile, Relative)</a>
 * @since 0.1
 */
public record ActiveTransaction(int evseId, String transactionId, Instant startedAt) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when {@code evseId} is below 1
     */
    public ActiveTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(startedAt, "startedAt");
        if (evseId < 1) {
            throw new IllegalArgumentException("a transaction runs on an EVSE of at least 1: " + evseId);
        }
    }
}
