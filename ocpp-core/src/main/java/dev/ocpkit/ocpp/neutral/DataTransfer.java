package dev.ocpkit.ocpp.neutral;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A vendor-specific message in either direction: OCPP 1.6 DataTransfer.req, 2.x DataTransferRequest.
 *
 * <p>{@code data} is any JSON value as plain Java values ({@code String}, {@code Number}, {@code Boolean},
 * {@code java.util.Map}, {@code java.util.List}). OCPP 1.6 data is a string: a string is sent as it is, any other
 * value as its JSON text; what a 1.6 peer sends reads as a {@code String}.
 *
 * @param vendorId the vendor, e.g. a reversed DNS name
 * @param messageId the vendor's message id
 * @param data the payload
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.17; OCPP
 *     2.0.1 and 2.1 Part 2, DataTransferRequest</a>
 * @since 0.1
 */
public record DataTransfer(String vendorId, @Nullable String messageId, @Nullable Object data) {
    /** Checks the components. */
    public DataTransfer {
        Objects.requireNonNull(vendorId, "vendorId");
    }
}
