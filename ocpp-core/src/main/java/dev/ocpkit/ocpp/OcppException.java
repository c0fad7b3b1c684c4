package dev.ocpkit.ocpp;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error ocpkit's OCPP layer reports. Unchecked.
 *
 * <p>Futures returned by ocpkit complete exceptionally with a subclass: {@link OcppCallErrorException} (the peer
 * answered with a CALLERROR), {@link OcppTimeoutException} (no answer in time), {@link OcppConnectionException} (the
 * connection closed or was never open), {@link OcppValidationException} (a payload broke the schema). Use
 * {@link #extract(Throwable)} to get at it from a {@link CompletionException}.
 *
 * @since 0.1
 */
public class OcppException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message. */
    public OcppException(String message) {
        super(message);
    }

    /** Creates an exception with a message and a cause. */
    public OcppException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether repeating the same operation later may succeed (e.g. after a reconnect). {@code false} unless a
     * subclass says otherwise.
     */
    public boolean retryable() {
        return false;
    }

    /**
     * Walks the causes of {@code t} ({@link CompletionException}, {@link ExecutionException}, ...) and returns the
     * first {@link OcppException}.
     *
     * @return the OCPP exception, or {@code null} when the chain holds none
     */
    public static @Nullable OcppException extract(@Nullable Throwable t) {
        Throwable cur = t;
        for (int depth = 0; cur != null && depth < 32; depth++) {
            if (cur instanceof OcppException o) {
                return o;
            }
            cur = cur.getCause();
        }
        return null;
    }
}
