package dev.ocpkit.ocpp.neutral;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link DataTransfer}: OCPP 1.6 DataTransfer.conf, 2.x DataTransferResponse. {@code data} follows
 * the rules of {@link DataTransfer#data()}.
 *
 * @param status the outcome
 * @param data the answer payload, or {@code null}
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.18; OCPP
 *     2.0.1 and 2.1 Part 2, DataTransferResponse</a>
 * @since 0.1
 */
public record DataTransferResult(DataTransferStatus status, @Nullable Object data) {
    /** Checks the components. */
    public DataTransferResult {
        Objects.requireNonNull(status, "status");
    }

    /** A result without data. */
    public static DataTransferResult of(DataTransferStatus status) {
        return new DataTransferResult(status, null);
    }
}
