package dev.ocpkit.ocpp;

import org.jspecify.annotations.Nullable;

/**
 * The connection was closed (or never opened) before a CALL was answered, or a frame could not be written.
 *
 * @since 0.1
 */
public class OcppConnectionException extends OcppException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public OcppConnectionException(String message) {
        super(message);
    }

    /** Creates the exception with a message and a cause. */
    public OcppConnectionException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** {@code true}: the call may succeed on a new connection. */
    @Override
    public boolean retryable() {
        return true;
    }
}
