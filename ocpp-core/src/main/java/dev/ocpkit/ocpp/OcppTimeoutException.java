package dev.ocpkit.ocpp;

import java.time.Duration;

/**
 * A CALL got no CALLRESULT or CALLERROR within its timeout. The call may or may not have been processed by the
 * peer; a late answer is ignored.
 *
 * @since 0.1
 */
public class OcppTimeoutException extends OcppException {
    private static final long serialVersionUID = 1L;

    private final String action;
    private final transient Duration timeout;

    /** Creates the exception for an action and the timeout that elapsed. */
    public OcppTimeoutException(String action, Duration timeout) {
        super(action + " got no answer within " + timeout.toMillis() + " ms");
        this.action = action;
        this.timeout = timeout;
    }

    /** The action of the CALL that timed out. */
    public String action() {
        return action;
    }

    /** The timeout that elapsed. */
    public Duration timeout() {
        return timeout;
    }

    /** {@code true}: the same call may succeed later. */
    @Override
    public boolean retryable() {
        return true;
    }
}
