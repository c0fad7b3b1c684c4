package dev.ocpkit.ocpp;

import java.time.Duration;
import java.util.Objects;

/**
 * Slows down the guessing of station credentials at a {@link CsmsServer}: after {@code freeFailures} refused
 * handshakes in a row of one station identity from one IP address, the server refuses that identity from that
 * address with HTTP 401 <em>without checking its credentials</em> for a while. The wait starts at
 * {@code initialDelay} and doubles with every further refused handshake, up to {@code maxDelay}; an accepted
 * handshake clears the count.
 *
 * <p>A refusal is any handshake the security profile's checks or the {@link StationAuthenticator} turn down (wrong
 * or missing password, wrong client certificate). Attempts refused because of the throttle itself are not counted,
 * so a station that retries with the right password gets in once the wait is over. The count is kept in memory for
 * at most 10,000 identity/address pairs.
 *
 * <p>OCPP leaves brute-force protection to the CSMS (it asks for long random passwords, 16 to 40 characters in OCPP
 * 2.0.1, and meant security profile 1 for trusted networks only). With the default, an attacker gets 5 free guesses
 * and then at most one guess a minute per identity and address.
 *
 * @param freeFailures refused handshakes in a row before the server starts refusing without checking; at least 1
 * @param initialDelay the first wait; positive
 * @param maxDelay the longest wait; at least {@code initialDelay}
 * @since 0.1
 */
public record LoginThrottle(int freeFailures, Duration initialDelay, Duration maxDelay) {
    /** 5 free failures, then 1 s doubling up to 60 s: the default of {@link CsmsServer.Builder#loginThrottle}. */
    public static final LoginThrottle DEFAULT = new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofSeconds(60));

    /** No throttling: every handshake's credentials are checked (for tests, or when a proxy in front throttles). */
    public static final LoginThrottle NONE =
            new LoginThrottle(Integer.MAX_VALUE, Duration.ofMillis(1), Duration.ofMillis(1));

    /** Checks the values. */
    public LoginThrottle {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1");
        }
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay");
        }
    }

    /**
     * The wait after a given number of refused handshakes in a row.
     *
     * @param failures refused handshakes in a row, at least 1
     * @return zero while {@code failures <= freeFailures}, else {@code min(maxDelay, initialDelay * 2^(failures -
     *     freeFailures - 1))}
     */
    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 40);
        long millis = initialDelay.toMillis() << doublings;
        return millis >= maxDelay.toMillis() || millis < 0 ? maxDelay : Duration.ofMillis(millis);
    }
}
