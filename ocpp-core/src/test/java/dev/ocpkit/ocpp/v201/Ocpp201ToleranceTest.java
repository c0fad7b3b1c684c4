package dev.ocpkit.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import dev.ocpkit.ocpp.internal.schema.Decoding;
import dev.ocpkit.ocpp.internal.schema.ProtocolCatalog;
import dev.ocpkit.ocpp.internal.schema.SchemaValidator;
import dev.ocpkit.ocpp.internal.schema.SchemaViolation;
import dev.ocpkit.ocpp.internal.schema.ViolationKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Input tolerance, 2.x error code spellings and customData on real OCPP 2.0.1 messages. */
class Ocpp201ToleranceTest {
    private static final String BOOT = "{'chargingStation':{'model':'M','vendorName':'V'},'reason':'%s'}";

    @Test
    void specValueUnknown_isItsOwnConstant_unrecognizedValueIsTheSentinel() {
        var spec = Decoding.request(Ocpp201Actions.BOOT_NOTIFICATION, BOOT.formatted("Unknown"), InputTolerance.STRICT);
        assertThat(spec.value().reason()).isEqualTo(BootReasonEnum.UNKNOWN);
        assertThat(spec.value().reason().isKnown()).isTrue();

        var odd =
                Decoding.request(Ocpp201Actions.BOOT_NOTIFICATION, BOOT.formatted("Sleeping"), InputTolerance.LENIENT);
        assertThat(odd.result().warnings()).extracting(SchemaViolation::kind).containsExactly(ViolationKind.ENUM_VALUE);
        assertThat(odd.value().reason()).isEqualTo(BootReasonEnum.UNRECOGNIZED);
        assertThat(odd.value().reason().isKnown()).isFalse();

        var strict =
                Decoding.request(Ocpp201Actions.BOOT_NOTIFICATION, BOOT.formatted("Sleeping"), InputTolerance.STRICT);
        assertThat(strict.result().firstError().kind().callErrorCode(OcppVersion.V201))
                .isEqualTo("PropertyConstraintViolation");
    }

    @Test
    void sentinel_isNeverValidOutput() {
        BootNotificationRequest r = new BootNotificationRequest(
                new ChargingStation(null, "M", null, "V", null), BootReasonEnum.UNRECOGNIZED);
        JsonNode tree = OcppJson.defaults().valueToTree(r);
        var result = SchemaValidator.validate(
                ProtocolCatalog.of(OcppVersion.V201).requestSchema(Ocpp201Actions.BOOT_NOTIFICATION), tree);
        assertThat(result.errors())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(tuple(ViolationKind.ENUM_VALUE, "/reason"));
    }

    @Test
    void codes_useThe2xSpelling() {
        var missing = Decoding.request(
                Ocpp201Actions.BOOT_NOTIFICATION,
                "{'chargingStation':{'model':'M'},'reason':'PowerUp'}",
                InputTolerance.STRICT);
        assertThat(missing.result().firstError().path()).isEqualTo("/chargingStation/vendorName");
        assertThat(missing.result().firstError().kind().callErrorCode(OcppVersion.V201))
                .isEqualTo("OccurrenceConstraintViolation");
        var unknown = Decoding.request(Ocpp201Actions.HEARTBEAT, "{'beat':1}", InputTolerance.STRICT);
        assertThat(unknown.result().firstError().kind().callErrorCode(OcppVersion.V201))
                .isEqualTo("ProtocolError");
    }

    @Test
    void numbersAsStrings_tolerated_areConverted() {
        String json = "{'eventType':'Updated','timestamp':'2024-05-01T10:00:00Z','triggerReason':'MeterValuePeriodic',"
                + "'seqNo':'12','transactionInfo':{'transactionId':'tx-1'},'meterValue':[{'timestamp':"
                + "'2024-05-01T10:00:00Z','sampledValue':[{'value':'1234.5'}]}]}";
        var strict = Decoding.request(Ocpp201Actions.TRANSACTION_EVENT, json, InputTolerance.STRICT);
        assertThat(strict.result().errors())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(
                        tuple(ViolationKind.WRONG_TYPE, "/seqNo"),
                        tuple(ViolationKind.WRONG_TYPE, "/meterValue/0/sampledValue/0/value"));
        var lenient = Decoding.request(Ocpp201Actions.TRANSACTION_EVENT, json, InputTolerance.LENIENT);
        assertThat(lenient.result().errors()).isEmpty();
        assertThat(lenient.value().seqNo()).isEqualTo(12);
        assertThat(lenient.value().meterValue().get(0).sampledValue().get(0).value())
                .isEqualByComparingTo(new BigDecimal("1234.5"));
    }

    @Test
    void customData_extraProperties_arePreservedOnReadAndWrite() {
        String json = "{'chargingStation':{'model':'M','vendorName':'V','customData':{'vendorId':'com.acme',"
                + "'firmwareChannel':'beta','limits':{'max':[1,2.5]},'note':null}},'reason':'PowerUp',"
                + "'customData':{'vendorId':'com.acme'}}";
        var out = Decoding.request(Ocpp201Actions.BOOT_NOTIFICATION, json, InputTolerance.STRICT);
        assertThat(out.result().errors()).isEmpty();
        CustomData cd = out.value().chargingStation().customData();
        assertThat(cd.vendorId()).isEqualTo("com.acme");
        assertThat(cd.additionalProperties())
                .containsEntry("firmwareChannel", "beta")
                .containsKey("note");
        assertThat(cd.additionalProperties().get("limits")).isEqualTo(Map.of("max", List.of(1, new BigDecimal("2.5"))));
        assertThat(out.value().customData()).isEqualTo(new CustomData("com.acme"));

        OcppJson mapper = OcppJson.defaults();
        assertThat(mapper.readTree(mapper.write(out.value()))).isEqualTo(mapper.readTree(json.replace('\'', '"')));
    }

    @Test
    void customData_withoutVendorId_isOccurrenceViolation() {
        var out = Decoding.request(Ocpp201Actions.HEARTBEAT, "{'customData':{'x':1}}", InputTolerance.LENIENT);
        assertThat(out.result().errors())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(tuple(ViolationKind.MISSING_REQUIRED, "/customData/vendorId"));
    }

    @Test
    void convenienceConstructor_leavesCustomDataOut() {
        assertThat(new HeartbeatRequest()).isEqualTo(new HeartbeatRequest(null));
        assertThat(OcppJson.defaults().write(new HeartbeatRequest())).isEqualTo("{}");
        assertThat(OcppJson.defaults().treeToValue(OcppJson.defaults().readTree("{}"), HeartbeatRequest.class))
                .isEqualTo(new HeartbeatRequest());
    }
}
