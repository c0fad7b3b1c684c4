package dev.ocpkit.ocpp;

import java.util.Map;
import java.util.Objects;

/**
 * A CALLERROR: the peer could not process a CALL (when thrown by ocpkit on a future), or a handler's way to answer
 * an incoming CALL with a specific error code (when thrown by host code).
 *
 * @since 0.1
 */
public class OcppCallErrorException extends OcppException {
    private static final long serialVersionUID = 1L;

    private final CallErrorCode code;
    private final String rawCode;
    private final String description;
    private final transient Map<String, Object> details;

    /**
     * Creates a CALLERROR with a code, a description and no details.
     *
     * @param code the error code; use the spelling of the connection's version (see {@link CallErrorCode})
     * @param description human-readable text, at most 255 characters are sent
     */
    public OcppCallErrorException(CallErrorCode code, String description) {
        this(code, code.value(), description, Map.of());
    }

    /**
     * Creates a CALLERROR with every part given.
     *
     * @param code the error code ({@link CallErrorCode#UNKNOWN} when the peer sent an unknown code)
     * @param rawCode the code exactly as it travels in the frame
     * @param description human-readable text
     * @param details the error details object, never {@code null}
     */
    public OcppCallErrorException(CallErrorCode code, String rawCode, String description, Map<String, Object> details) {
        super(rawCode + (description.isEmpty() ? "" : ": " + description));
        this.code = Objects.requireNonNull(code, "code");
        this.rawCode = Objects.requireNonNull(rawCode, "rawCode");
        this.description = Objects.requireNonNull(description, "description");
        this.details = Map.copyOf(details);
    }

    /** The error code; {@link CallErrorCode#UNKNOWN} when the peer sent a code this SDK does not know. */
    public CallErrorCode code() {
        return code;
    }

    /** The error code exactly as written in the frame. */
    public String rawCode() {
        return rawCode;
    }

    /** The error description (may be empty). */
    public String description() {
        return description;
    }

    /** The error details object as plain Java values (maps, lists, strings, numbers, booleans). */
    public Map<String, Object> details() {
        return details;
    }
}
