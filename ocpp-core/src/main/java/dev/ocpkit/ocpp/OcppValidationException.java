package dev.ocpkit.ocpp;

import java.util.List;

/**
 * A payload broke the OCPP JSON schema of its action: an outgoing payload (nothing was sent) or an incoming
 * CALLRESULT (the peer answered with an invalid payload).
 *
 * @since 0.1
 */
public class OcppValidationException extends OcppException {
    private static final long serialVersionUID = 1L;

    private final CallErrorCode code;
    private final List<String> violations;

    /**
     * Creates the exception.
     *
     * @param code the CALLERROR code the first violation maps to in the connection's version
     * @param violations one line per violation: JSON path and reason
     */
    public OcppValidationException(String message, CallErrorCode code, List<String> violations) {
        super(message + ": " + String.join("; ", violations));
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** The CALLERROR code of the first violation in the connection's version. */
    public CallErrorCode code() {
        return code;
    }

    /** Every violation as "path: reason". */
    public List<String> violations() {
        return violations;
    }
}
