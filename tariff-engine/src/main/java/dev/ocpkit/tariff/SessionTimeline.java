package dev.ocpkit.tariff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A session as measured, from which the engine cuts the OCPI charging periods itself: at every instant where a
 * restriction boundary is crossed (a time of day, a date, a duration, a kWh threshold) and where power, current or
 * the parking state change (at samples).
 *
 * @param samples the meter samples in time order; the first is the start of charging, the last the end of the session
 *     (its state is not used). Empty only for a reservation that expired.
 * @param reservation the reservation before the session, or {@code null}
 * @since 0.1
 */
public record SessionTimeline(List<MeterSample> samples, @Nullable Reservation reservation) {

    /**
     * A reservation of the charge point before charging. When the timeline has samples, the reservation ended when
     * charging started; without samples it expired.
     *
     * @param start when the reservation started
     * @param end when it ended: at the first sample, or when it expired
     * @since 0.1
     */
    public record Reservation(Instant start, Instant end) {
        /** Checks the components. */
        public Reservation {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /** Copies the samples. */
    public SessionTimeline {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** A timeline without reservation. */
    public static SessionTimeline of(List<MeterSample> samples) {
        return new SessionTimeline(samples, null);
    }

    /** A timeline with a reservation from {@code start} until the first sample. */
    public static SessionTimeline withReservation(Instant start, List<MeterSample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a reservation followed by a session needs samples");
        }
        return new SessionTimeline(
                samples, new Reservation(start, samples.get(0).at()));
    }

    /** A reservation that expired without a session. */
    public static SessionTimeline expiredReservation(Instant start, Instant end) {
        return new SessionTimeline(List.of(), new Reservation(start, end));
    }
}
