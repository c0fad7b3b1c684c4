package dev.ocpkit.ocpp.neutral;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A firmware update progress report: OCPP 1.6 FirmwareStatusNotification.req or SignedFirmwareStatusNotification.req
 * (security extension), 2.x FirmwareStatusNotificationRequest.
 *
 * @param status the progress
 * @param requestId the id of the update request; {@code null} for plain 1.6 and when the station is idle
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.27; OCPP
 *     2.0.1 and 2.1 Part 2, FirmwareStatusNotificationRequest</a>
 * @since 0.1
 */
public record FirmwareStatusEvent(FirmwareStatus status, @Nullable Integer requestId) {
    /** Checks the components. */
    public FirmwareStatusEvent {
        Objects.requireNonNull(status, "status");
    }
}
