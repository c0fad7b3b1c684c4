package dev.ocpkit.ocpp.internal.schema;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppVersion;

/**
 * What a payload did wrong against its JSON schema, and the CALLERROR code each kind is answered with.
 *
 * <p>The mapping follows the definitions of the error codes in OCPP-J 1.6 (section 4.2.3) and OCPP 2.0.1 / 2.1 Part 4
 * (section 4.3), not what other libraries happen to do:
 *
 * <ul>
 *   <li>{@link #NOT_AN_OBJECT}: the payload is not a JSON object at all. 1.6 {@code FormationViolation} ("syntactically
 *       incorrect or not conform the PDU structure"), 2.x {@code FormatViolation} ("syntactically incorrect"): an OCPP-J
 *       payload must be an object.
 *   <li>{@link #UNKNOWN_PROPERTY} (schema {@code additionalProperties: false}): 1.6 {@code FormationViolation}, because
 *       1.6 puts "not conform the PDU structure" under that code; 2.x moved exactly that wording to
 *       {@code ProtocolError} ("Payload for Action is not conform the PDU structure"), so 2.x answers
 *       {@code ProtocolError}. (mobilityhouse/ocpp answers FormatViolation, ocpp-rpc PropertyConstraintViolation; both
 *       ignore the definitions.)
 *   <li>{@link #MISSING_REQUIRED}, {@link #TOO_FEW_ITEMS}, {@link #TOO_MANY_ITEMS}: the field tables of both specs give
 *       every field a cardinality (1..1, 0..1, 1..*, 0..n) and these violate it: 1.6 {@code
 *       OccurenceConstraintViolation} [sic], 2.x {@code OccurrenceConstraintViolation}. 1.6's {@code ProtocolError}
 *       ("Payload for Action is incomplete") could also be read to cover a missing field; the cardinality code is the
 *       more specific one and keeps 1.6 and 2.x consistent (ocpp-rpc does the same).
 *   <li>{@link #WRONG_TYPE} (schema {@code type}) and {@link #INTEGER_OUT_OF_RANGE} (a JSON integer that does not fit
 *       the 32-bit OCPP integer type): {@code TypeConstraintViolation} in both versions ("violates data type
 *       constraints", e.g. {@code "somestring": 12}).
 *   <li>{@link #ENUM_VALUE}, {@link #MAX_LENGTH}, {@link #MIN_LENGTH}, {@link #MINIMUM}, {@link #MAXIMUM}, {@link
 *       #MULTIPLE_OF}, {@link #DATE_TIME_FORMAT}, {@link #URI_FORMAT}: the JSON type is right but the value is not
 *       allowed: {@code PropertyConstraintViolation} in both versions ("Payload is syntactically correct but at least
 *       one field contains an invalid value").
 * </ul>
 */
public enum ViolationKind {
    NOT_AN_OBJECT("FormationViolation", "FormatViolation"),
    UNKNOWN_PROPERTY("FormationViolation", "ProtocolError"),
    MISSING_REQUIRED("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    TOO_FEW_ITEMS("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    TOO_MANY_ITEMS("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    WRONG_TYPE("TypeConstraintViolation", "TypeConstraintViolation"),
    INTEGER_OUT_OF_RANGE("TypeConstraintViolation", "TypeConstraintViolation"),
    ENUM_VALUE("PropertyConstraintViolation", "PropertyConstraintViolation"),
    MAX_LENGTH("PropertyConstraintViolation", "PropertyConstraintViolation"),
    MIN_LENGTH("PropertyConstraintViolation", "PropertyConstraintViolation"),
    MINIMUM("PropertyConstraintViolation", "PropertyConstraintViolation"),
    MAXIMUM("PropertyConstraintViolation", "PropertyConstraintViolation"),
    MULTIPLE_OF("PropertyConstraintViolation", "PropertyConstraintViolation"),
    DATE_TIME_FORMAT("PropertyConstraintViolation", "PropertyConstraintViolation"),
    URI_FORMAT("PropertyConstraintViolation", "PropertyConstraintViolation");

    private final String v16Code;
    private final String v2Code;

    ViolationKind(String v16Code, String v2Code) {
        this.v16Code = v16Code;
        this.v2Code = v2Code;
    }

    /** The CALLERROR code string this kind is answered with in the given version. */
    public String callErrorCode(OcppVersion version) {
        return version.isTwoX() ? v2Code : v16Code;
    }

    /** The same as {@link #callErrorCode(OcppVersion)}, as the public enum. */
    public CallErrorCode callError(OcppVersion version) {
        return CallErrorCode.fromValue(callErrorCode(version));
    }
}
