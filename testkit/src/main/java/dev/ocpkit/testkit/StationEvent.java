package dev.ocpkit.testkit;

import java.util.Objects;

/**
 * One event a {@link FakeCsms} received, with the identity of the station that sent it.
 *
 * @param identity the station's identity (the last segment of its WebSocket URL)
 * @param event the version-neutral event, e.g. a {@link dev.ocpkit.ocpp.neutral.BootInfo}
 * @param <T> the event type
 * @since 0.1
 */
public record StationEvent<T>(String identity, T event) {
    /** Requires both components. */
    public StationEvent {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(event, "event");
    }
}
