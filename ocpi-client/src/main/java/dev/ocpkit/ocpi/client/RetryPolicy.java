package dev.ocpkit.ocpi.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often the client sends a failed request again: only idempotent requests ({@code GET}, {@code PUT},
 * {@code PATCH}, {@code DELETE}; OCPI's PATCH sets fields to values and is safe to repeat), only after a retryable
 * failure ({@link OcpiClientException#retryable()}: HTTP 5xx, {@code status_code} 3000, I/O error, timeout), with an
 * exponential backoff. A {@code POST} (CDRs, commands, token authorization, credentials) is never retried, since the
 * partner may have processed it. Each attempt carries a new {@code X-Request-ID} and the same
 * {@code X-Correlation-ID}.
 *
 * @param maxAttempts attempts in total, including the first (1 disables retries)
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff the longest wait between attempts
 * @param multiplier the factor between consecutive waits (at least 1)
 * @param jitter whether each wait is drawn at random between half and all of its nominal length
 * @since 0.1
 */
public record RetryPolicy(
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier, boolean jitter) {

    /** 3 attempts, 200 ms then 400 ms (with jitter), at most 5 s. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), 2, true);

    /** No retries. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1, false);

    /** Checks the values. */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || multiplier < 1) {
            throw new IllegalArgumentException("backoffs must be >= 0 and multiplier >= 1");
        }
    }

    /**
     * The wait before attempt {@code attempt + 1}.
     *
     * @param attempt the attempt that just failed, 1 for the first
     * @return the wait, never longer than {@link #maxBackoff()}
     */
    public Duration backoff(int attempt) {
        double nominal = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        long millis = (long) Math.min(nominal, maxBackoff.toMillis());
        if (jitter && millis > 1) {
            millis = ThreadLocalRandom.current().nextLong(millis / 2, millis + 1);
        }
        return Duration.ofMillis(millis);
    }
}
