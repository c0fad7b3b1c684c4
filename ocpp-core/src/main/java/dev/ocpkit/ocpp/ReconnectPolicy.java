package dev.ocpkit.ocpp;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a {@link StationClient} reconnects after losing (or failing to open) its connection: exponential backoff
 * with jitter, {@code min(maxDelay, initialDelay * multiplier^attempt)} randomised by +/- {@code jitter}.
 *
 * @param enabled whether to reconnect at all
 * @param initialDelay the delay before the first retry
 * @param maxDelay the longest delay
 * @param multiplier growth factor per attempt, at least 1
 * @param jitter relative randomisation in [0, 1)
 * @since 0.1
 */
public record ReconnectPolicy(
        boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

    /** Never reconnect. */
    public static final ReconnectPolicy NONE =
            new ReconnectPolicy(false, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 0);

    /** 1 s doubling up to 60 s, +/- 20 %. */
    public static final ReconnectPolicy DEFAULT =
            new ReconnectPolicy(true, Duration.ofSeconds(1), Duration.ofSeconds(60), 2, 0.2);

    /** Checks the values. */
    public ReconnectPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay");
        }
        if (multiplier < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("need multiplier >= 1 and 0 <= jitter < 1");
        }
    }

    /** Exponential backoff between two bounds with the default multiplier (2) and jitter (20 %). */
    public static ReconnectPolicy exponential(Duration initialDelay, Duration maxDelay) {
        return new ReconnectPolicy(true, initialDelay, maxDelay, 2, 0.2);
    }

    /** The delay before retry number {@code attempt} (0 for the first retry). */
    public Duration delay(int attempt) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.min(attempt, 62));
        double capped = Math.min(base, maxDelay.toMillis());
        double factor = jitter == 0 ? 1 : 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Duration.ofMillis(Math.max(0, Math.round(capped * factor)));
    }
}
