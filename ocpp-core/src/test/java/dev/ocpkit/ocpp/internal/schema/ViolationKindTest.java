package dev.ocpkit.ocpp.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ViolationKindTest {
    @ParameterizedTest
    @CsvSource({
        "NOT_AN_OBJECT, FormationViolation, FormatViolation",
        "UNKNOWN_PROPERTY, FormationViolation, ProtocolError",
        "MISSING_REQUIRED, OccurenceConstraintViolation, OccurrenceConstraintViolation",
        "TOO_FEW_ITEMS, OccurenceConstraintViolation, OccurrenceConstraintViolation",
        "TOO_MANY_ITEMS, OccurenceConstraintViolation, OccurrenceConstraintViolation",
        "WRONG_TYPE, TypeConstraintViolation, TypeConstraintViolation",
        "INTEGER_OUT_OF_RANGE, TypeConstraintViolation, TypeConstraintViolation",
        "ENUM_VALUE, PropertyConstraintViolation, PropertyConstraintViolation",
        "MAX_LENGTH, PropertyConstraintViolation, PropertyConstraintViolation",
        "MIN_LENGTH, PropertyConstraintViolation, PropertyConstraintViolation",
        "MINIMUM, PropertyConstraintViolation, PropertyConstraintViolation",
        "MAXIMUM, PropertyConstraintViolation, PropertyConstraintViolation",
        "MULTIPLE_OF, PropertyConstraintViolation, PropertyConstraintViolation",
        "DATE_TIME_FORMAT, PropertyConstraintViolation, PropertyConstraintViolation",
        "URI_FORMAT, PropertyConstraintViolation, PropertyConstraintViolation"
    })
    void callErrorCode_usesEachVersionsSpelling(ViolationKind kind, String v16, String v2) {
        assertThat(kind.callErrorCode(OcppVersion.V16)).isEqualTo(v16);
        assertThat(kind.callErrorCode(OcppVersion.V201)).isEqualTo(v2);
        assertThat(kind.callErrorCode(OcppVersion.V21)).isEqualTo(v2);
    }

    @ParameterizedTest
    @EnumSource(ViolationKind.class)
    void callError_isACodeTheVersionDefines(ViolationKind kind) {
        for (OcppVersion v : OcppVersion.values()) {
            CallErrorCode code = kind.callError(v);
            assertThat(code).isNotEqualTo(CallErrorCode.UNKNOWN);
            assertThat(code.isDefinedIn(v)).as(kind + " in " + v).isTrue();
        }
    }
}
