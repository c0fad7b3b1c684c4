package dev.ocpkit.ocpp.neutral;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The CSMS's answer to a boot: OCPP 1.6 BootNotification.conf, 2.x BootNotificationResponse.
 *
 * @param status accepted, pending or rejected
 * @param interval when accepted, the heartbeat interval; otherwise the time after which the station boots again
 *     (sent in whole seconds)
 * @param currentTime the CSMS's clock; {@code null} in a {@link CsmsHandler} answer means "now" by
 *     {@link CsmsOptions#clock()}; always set in what {@link StationCalls#boot} returns
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.3
 *     BootNotification.conf; OCPP 2.0.1 and 2.1 Part 2, BootNotificationResponse</a>
 * @since 0.1
 */
public record BootDecision(RegistrationStatus status, Duration interval, @Nullable Instant currentTime) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when the interval is negative
     */
    public BootDecision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative");
        }
    }

    /** Accepted, with a heartbeat interval. */
    public static BootDecision accepted(Duration heartbeatInterval) {
        return new BootDecision(RegistrationStatus.ACCEPTED, heartbeatInterval, null);
    }

    /** Pending: the station boots again after the interval. */
    public static BootDecision pending(Duration retryInterval) {
        return new BootDecision(RegistrationStatus.PENDING, retryInterval, null);
    }

    /** Rejected: the station boots again after the interval. */
    public static BootDecision rejected(Duration retryInterval) {
        return new BootDecision(RegistrationStatus.REJECTED, retryInterval, null);
    }
}
