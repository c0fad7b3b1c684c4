package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.metering.MeterSample;
import java.util.List;
import java.util.Objects;

/**
 * Meter values outside any transaction: OCPP 1.6 MeterValues.req without {@code transactionId} or 2.x
 * MeterValuesRequest (transaction meter values arrive as {@link TransactionUpdated}).
 *
 * @param evseId the EVSE (1.6: the connector id); 0 for the main meter of the station
 * @param samples the samples (values in the unit given, 2.x multipliers applied; 1.6 signed values skipped)
 * @param messageId the message id of the CALL
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.31
 *     MeterValues.req; OCPP 2.0.1 and 2.1 Part 2, MeterValuesRequest</a>
 * @since 0.1
 */
public record MeterValuesEvent(int evseId, List<MeterSample> samples, String messageId) {
    /** Checks the components and copies the list ({@code null} becomes empty). */
    public MeterValuesEvent {
        samples = samples == null ? List.of() : List.copyOf(samples);
        Objects.requireNonNull(messageId, "messageId");
    }
}
