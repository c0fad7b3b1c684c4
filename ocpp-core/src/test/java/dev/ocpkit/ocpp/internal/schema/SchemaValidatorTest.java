package dev.ocpkit.ocpp.internal.schema;

import static dev.ocpkit.ocpp.internal.schema.Schemas.array;
import static dev.ocpkit.ocpp.internal.schema.Schemas.bool;
import static dev.ocpkit.ocpp.internal.schema.Schemas.dateTime;
import static dev.ocpkit.ocpp.internal.schema.Schemas.enumOf;
import static dev.ocpkit.ocpp.internal.schema.Schemas.integer;
import static dev.ocpkit.ocpp.internal.schema.Schemas.number;
import static dev.ocpkit.ocpp.internal.schema.Schemas.object;
import static dev.ocpkit.ocpp.internal.schema.Schemas.string;
import static dev.ocpkit.ocpp.internal.schema.Schemas.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class SchemaValidatorTest {
    private static final ObjectSchema CUSTOM =
            object().required("vendorId", string().maxLength(255)).open();
    private static final ObjectSchema PERIOD = object().required("startPeriod", integer())
            .required("limit", number().multipleOf("0.1"))
            .optional("numberPhases", integer().minimum("1").maximum("3"))
            .closed();
    private static final ObjectSchema SCHEMA = object().required("idTag", string().maxLength(20))
            .optional("status", enumOf("Accepted", "Blocked"))
            .optional("timestamp", dateTime())
            .optional("location", uri())
            .optional("flag", bool())
            .optional("periods", array(PERIOD).minItems(1).maxItems(2))
            .optional("customData", CUSTOM)
            .closed();

    private static JsonNode tree(String json) {
        return OcppJson.defaults().readTree(json.replace('\'', '"'));
    }

    private static ValidationResult strict(String json) {
        return SchemaValidator.validate(SCHEMA, tree(json));
    }

    @Test
    void validate_conformingPayload_hasNoFindings() {
        ValidationResult r = strict("{'idTag':'ABC','status':'Accepted','timestamp':'2024-01-01T00:00:00Z',"
                + "'location':'ftp://host/path','flag':true,'periods':[{'startPeriod':0,'limit':8.1,'numberPhases':3}],"
                + "'customData':{'vendorId':'acme','anything':[1,{'x':null}]}}");
        assertThat(r.isValid()).isTrue();
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{'status':'Accepted'}|MISSING_REQUIRED|/idTag",
                "{'idTag':'A','extra':1}|UNKNOWN_PROPERTY|/extra",
                "{'idTag':5}|WRONG_TYPE|/idTag",
                "{'idTag':null}|WRONG_TYPE|/idTag",
                "{'idTag':'A','flag':'true'}|WRONG_TYPE|/flag",
                "{'idTag':'A','periods':{}}|WRONG_TYPE|/periods",
                "{'idTag':'A','periods':[{'startPeriod':1.5,'limit':1}]}|WRONG_TYPE|/periods/0/startPeriod",
                "{'idTag':'A','periods':[{'startPeriod':3000000000,'limit':1}]}|INTEGER_OUT_OF_RANGE|/periods/0/startPeriod",
                "{'idTag':'A','periods':[{'startPeriod':1,'limit':'1'}]}|WRONG_TYPE|/periods/0/limit",
                "{'idTag':'A','status':'Maybe'}|ENUM_VALUE|/status",
                "{'idTag':'ABCDEFGHIJKLMNOPQRSTU'}|MAX_LENGTH|/idTag",
                "{'idTag':'A','periods':[{'startPeriod':1,'limit':8.15}]}|MULTIPLE_OF|/periods/0/limit",
                "{'idTag':'A','periods':[{'startPeriod':1,'limit':1,'numberPhases':0}]}|MINIMUM|/periods/0/numberPhases",
                "{'idTag':'A','periods':[{'startPeriod':1,'limit':1,'numberPhases':4}]}|MAXIMUM|/periods/0/numberPhases",
                "{'idTag':'A','periods':[]}|TOO_FEW_ITEMS|/periods",
                "{'idTag':'A','periods':[{'startPeriod':1,'limit':1},{'startPeriod':2,'limit':1},{'startPeriod':3,'limit':1}]}|TOO_MANY_ITEMS|/periods",
                "{'idTag':'A','timestamp':'2024-01-01'}|DATE_TIME_FORMAT|/timestamp",
                "{'idTag':'A','timestamp':'2024-01-01T00:00:00'}|DATE_TIME_FORMAT|/timestamp",
                "{'idTag':'A','location':'not a uri'}|URI_FORMAT|/location",
                "{'idTag':'A','customData':{}}|MISSING_REQUIRED|/customData/vendorId",
                "['idTag']|NOT_AN_OBJECT|''",
            })
    void validate_eachViolation_isReportedWithKindAndPointer(String json, ViolationKind kind, String path) {
        ValidationResult r = strict(json);
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(tuple(kind, path));
    }

    @Test
    void validate_multipleOf_isExactDecimalArithmetic() {
        ObjectSchema s = object().required("limit", number().multipleOf("0.1")).closed();
        for (String ok : new String[] {"8.1", "8.10", "0", "-3.3", "1E+2", "21.4", "0.3"}) {
            assertThat(SchemaValidator.validate(s, tree("{'limit':" + ok + "}")).isValid())
                    .as(ok)
                    .isTrue();
        }
        for (String bad : new String[] {"8.15", "0.01", "1E-2", "21.45"}) {
            assertThat(SchemaValidator.validate(s, tree("{'limit':" + bad + "}"))
                            .firstError()
                            .kind())
                    .as(bad)
                    .isEqualTo(ViolationKind.MULTIPLE_OF);
        }
    }

    @Test
    void validate_hugeExponent_isRefusedCheaply() {
        ObjectSchema s = object().required("limit", number().multipleOf("0.1")).closed();
        ValidationResult r = SchemaValidator.validate(s, tree("{'limit':1e999999999}"));
        assertThat(r.firstError().kind()).isEqualTo(ViolationKind.WRONG_TYPE);
    }

    @Test
    void validate_integerWrittenAsWholeDecimal_isAnInteger() {
        assertThat(strict("{'idTag':'A','periods':[{'startPeriod':2.0,'limit':1}]}")
                        .isValid())
                .isTrue();
    }

    @Test
    void validate_maxLength_countsCodePointsNotUtf16Units() {
        String twentyEmoji = "\\ud83d\\ude00".repeat(20);
        assertThat(strict("{'idTag':'" + twentyEmoji + "'}").isValid()).isTrue();
        assertThat(strict("{'idTag':'" + twentyEmoji + "x'}").firstError().kind())
                .isEqualTo(ViolationKind.MAX_LENGTH);
    }

    @Test
    void validate_reportsEveryViolation() {
        ValidationResult r = strict("{'status':'Maybe','flag':1,'extra':true}");
        assertThat(r.errors())
                .extracting(SchemaViolation::kind)
                .containsExactly(
                        ViolationKind.MISSING_REQUIRED,
                        ViolationKind.ENUM_VALUE,
                        ViolationKind.WRONG_TYPE,
                        ViolationKind.UNKNOWN_PROPERTY);
    }

    @Test
    void validate_lenient_turnsToleratedDeviationsIntoWarningsAndCoercesTree() {
        JsonNode t = tree("{'idTag':'ABCDEFGHIJKLMNOPQRSTUVWXYZ','status':'Maybe','timestamp':'2024-01-01T00:00:00',"
                + "'periods':[{'startPeriod':'7','limit':' 8.1 '}],'vendorThing':1}");
        ValidationResult r = SchemaValidator.validate(SCHEMA, t, InputTolerance.LENIENT);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactlyInAnyOrder(
                        tuple(ViolationKind.MAX_LENGTH, "/idTag"),
                        tuple(ViolationKind.ENUM_VALUE, "/status"),
                        tuple(ViolationKind.DATE_TIME_FORMAT, "/timestamp"),
                        tuple(ViolationKind.WRONG_TYPE, "/periods/0/startPeriod"),
                        tuple(ViolationKind.WRONG_TYPE, "/periods/0/limit"),
                        tuple(ViolationKind.UNKNOWN_PROPERTY, "/vendorThing"));
        assertThat(t.get("timestamp").stringValue()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(t.get("periods").get(0).get("startPeriod").isInt()).isTrue();
        assertThat(t.get("periods").get(0).get("startPeriod").intValue()).isEqualTo(7);
        assertThat(t.get("periods").get(0).get("limit").decimalValue()).isEqualByComparingTo("8.1");
        assertThat(SchemaValidator.validate(SCHEMA, t, InputTolerance.LENIENT).warnings())
                .extracting(SchemaViolation::kind)
                .containsExactlyInAnyOrder(
                        ViolationKind.MAX_LENGTH, ViolationKind.ENUM_VALUE, ViolationKind.UNKNOWN_PROPERTY);
    }

    @Test
    void validate_lenient_coercedNumberIsStillCheckedAgainstItsConstraints() {
        ValidationResult r = SchemaValidator.validate(
                SCHEMA, tree("{'idTag':'A','periods':[{'startPeriod':'x','limit':'8.15'}]}"), InputTolerance.LENIENT);
        assertThat(r.errors())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(
                        tuple(ViolationKind.WRONG_TYPE, "/periods/0/startPeriod"),
                        tuple(ViolationKind.MULTIPLE_OF, "/periods/0/limit"));
    }

    @Test
    void validate_singleFlag_toleratesOnlyItsDeviation() {
        InputTolerance enumsOnly = new InputTolerance(true, false, false, false, false);
        ValidationResult r = SchemaValidator.validate(SCHEMA, tree("{'idTag':'A','status':'Maybe','x':1}"), enumsOnly);
        assertThat(r.warnings()).extracting(SchemaViolation::kind).containsExactly(ViolationKind.ENUM_VALUE);
        assertThat(r.errors()).extracting(SchemaViolation::kind).containsExactly(ViolationKind.UNKNOWN_PROPERTY);
    }

    @Test
    void validate_strict_neverChangesTheTree() {
        JsonNode t = tree("{'idTag':'A','timestamp':'2024-01-01T00:00:00','periods':[{'startPeriod':'7','limit':1}]}");
        JsonNode copy = t.deepCopy();
        assertThat(SchemaValidator.validate(SCHEMA, t).isValid()).isFalse();
        assertThat(t).isEqualTo(copy);
    }

    @Test
    void validate_pointer_escapesTildeAndSlash() {
        ValidationResult r = strict("{'idTag':'A','a/b~c':1}");
        assertThat(r.firstError().path()).isEqualTo("/a~1b~0c");
    }

    @Test
    void validate_hostilePayload_stopsCollectingAtALimit() {
        StringBuilder b = new StringBuilder("{'idTag':'A'");
        for (int i = 0; i < 1000; i++) {
            b.append(",'p").append(i).append("':1");
        }
        ValidationResult r = strict(b.append('}').toString());
        assertThat(r.errors()).hasSize(ValidationContext.MAX_FINDINGS);
    }
}
