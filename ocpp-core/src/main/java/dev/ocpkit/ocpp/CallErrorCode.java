package dev.ocpkit.ocpp;

import java.util.Optional;

/**
 * The error codes of an OCPP-J CALLERROR (and OCPP 2.1 CALLRESULTERROR) frame.
 *
 * <p>OCPP 1.6 and 2.x spell some codes differently: 1.6 has {@code FormationViolation} and
 * {@code OccurenceConstraintViolation} [sic], 2.x has {@code FormatViolation} and
 * {@code OccurrenceConstraintViolation}; 2.x adds {@code MessageTypeNotSupported} and {@code RpcFrameworkError}.
 * Use {@link #formatViolation(OcppVersion)}, {@link #occurrenceConstraintViolation(OcppVersion)},
 * {@link #rpcFrameworkError(OcppVersion)} and {@link #messageTypeNotSupported(OcppVersion)} to get the spelling
 * of a version. A code this SDK does not know parses to {@link #UNKNOWN}; the raw string stays available on
 * {@link OcppCallErrorException#rawCode()}.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP-J 1.6 section 4.2.3,
 *     OCPP 2.0.1 Part 4 section 4.3</a>
 * @since 0.1
 */
public enum CallErrorCode {
    /** Requested action is not known by the receiver. */
    NOT_IMPLEMENTED("NotImplemented", true, true),
    /** Requested action is recognized but not supported by the receiver. */
    NOT_SUPPORTED("NotSupported", true, true),
    /** An internal error occurred and the receiver was not able to process the requested action. */
    INTERNAL_ERROR("InternalError", true, true),
    /** Payload for the action is incomplete. */
    PROTOCOL_ERROR("ProtocolError", true, true),
    /** During the processing of the action a security issue occurred. */
    SECURITY_ERROR("SecurityError", true, true),
    /** OCPP 1.6 only: payload is syntactically incorrect or does not conform to the PDU structure. */
    FORMATION_VIOLATION("FormationViolation", true, false),
    /** OCPP 2.x only: payload is syntactically incorrect. */
    FORMAT_VIOLATION("FormatViolation", false, true),
    /** Payload is syntactically correct but at least one field contains an invalid value. */
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", true, true),
    /** OCPP 1.6 only (spelled with one r): a field violates occurrence constraints. */
    OCCURENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", true, false),
    /** OCPP 2.x only: a field violates occurrence constraints. */
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurrenceConstraintViolation", false, true),
    /** Payload is syntactically correct but at least one field violates data type constraints. */
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", true, true),
    /** Any other error. */
    GENERIC_ERROR("GenericError", true, true),
    /** OCPP 2.x only: a message with a message type number the receiver does not support. */
    MESSAGE_TYPE_NOT_SUPPORTED("MessageTypeNotSupported", false, true),
    /** OCPP 2.x only: the content is not a valid RPC request, e.g. the message id could not be read. */
    RPC_FRAMEWORK_ERROR("RpcFrameworkError", false, true),
    /** A code this SDK does not know (the peer's raw string is kept on the exception). */
    UNKNOWN("", false, false);

    private final String value;
    private final boolean inV16;
    private final boolean inV2;

    CallErrorCode(String value, boolean inV16, boolean inV2) {
        this.value = value;
        this.inV16 = inV16;
        this.inV2 = inV2;
    }

    /** The code as written in a frame, e.g. {@code FormationViolation}; empty for {@link #UNKNOWN}. */
    public String value() {
        return value;
    }

    /** Whether the given protocol version defines this code. */
    public boolean isDefinedIn(OcppVersion version) {
        return version.isTwoX() ? inV2 : inV16;
    }

    /**
     * Finds the code for a frame value (exact, case-sensitive match).
     *
     * @return the code, or {@link #UNKNOWN}
     */
    public static CallErrorCode fromValue(String value) {
        return find(value).orElse(UNKNOWN);
    }

    private static Optional<CallErrorCode> find(String value) {
        for (CallErrorCode c : values()) {
            if (c != UNKNOWN && c.value.equals(value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code FormationViolation} (1.6) or {@code FormatViolation} (2.x). */
    public static CallErrorCode formatViolation(OcppVersion version) {
        return version.isTwoX() ? FORMAT_VIOLATION : FORMATION_VIOLATION;
    }

    /** {@code OccurenceConstraintViolation} (1.6) or {@code OccurrenceConstraintViolation} (2.x). */
    public static CallErrorCode occurrenceConstraintViolation(OcppVersion version) {
        return version.isTwoX() ? OCCURRENCE_CONSTRAINT_VIOLATION : OCCURENCE_CONSTRAINT_VIOLATION;
    }

    /**
     * The code for a frame that is not a valid RPC message: {@code RpcFrameworkError} in 2.x; OCPP 1.6 has no such
     * code, so {@code FormationViolation} (the PDU structure is wrong).
     */
    public static CallErrorCode rpcFrameworkError(OcppVersion version) {
        return version.isTwoX() ? RPC_FRAMEWORK_ERROR : FORMATION_VIOLATION;
    }

    /**
     * The code for a message type number the receiver does not know: {@code MessageTypeNotSupported} in 2.x;
     * {@code ProtocolError} in 1.6, which has no dedicated code.
     */
    public static CallErrorCode messageTypeNotSupported(OcppVersion version) {
        return version.isTwoX() ? MESSAGE_TYPE_NOT_SUPPORTED : PROTOCOL_ERROR;
    }
}
