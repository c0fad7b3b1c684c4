package dev.ocpkit.ocpp.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.schema.Decoding;
import dev.ocpkit.ocpp.internal.schema.SchemaViolation;
import dev.ocpkit.ocpp.internal.schema.ViolationKind;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The vendor deviations {@link InputTolerance} accepts, on real OCPP 1.6 messages. */
class Ocpp16ToleranceTest {
    private static final String STATUS = "{'connectorId':1,'errorCode':'%s','status':'Available'}";

    @Test
    void unknownEnumValue_strict_isPropertyConstraintViolation() {
        var out = Decoding.request(
                Ocpp16Actions.STATUS_NOTIFICATION, STATUS.formatted("VendorSpecificFault"), InputTolerance.STRICT);
        SchemaViolation v = out.result().firstError();
        assertThat(v.kind()).isEqualTo(ViolationKind.ENUM_VALUE);
        assertThat(v.path()).isEqualTo("/errorCode");
        assertThat(v.kind().callErrorCode(OcppVersion.V16)).isEqualTo("PropertyConstraintViolation");
        assertThat(out.value()).isNull();
    }

    @Test
    void unknownEnumValue_tolerated_bindsToUnknownWithWarning() {
        var out = Decoding.request(
                Ocpp16Actions.STATUS_NOTIFICATION, STATUS.formatted("VendorSpecificFault"), InputTolerance.LENIENT);
        assertThat(out.result().errors()).isEmpty();
        assertThat(out.result().warnings())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(tuple(ViolationKind.ENUM_VALUE, "/errorCode"));
        assertThat(out.value().errorCode()).isEqualTo(ChargePointErrorCode.UNKNOWN);
        assertThat(out.value().errorCode().isKnown()).isFalse();
        assertThat(out.value().status()).isEqualTo(ChargePointStatus.AVAILABLE);
    }

    @Test
    void enumFromValue_neverThrows() {
        assertThat(ChargePointErrorCode.fromValue("NoError")).isEqualTo(ChargePointErrorCode.NO_ERROR);
        assertThat(ChargePointErrorCode.fromValue("noerror")).isEqualTo(ChargePointErrorCode.UNKNOWN);
        assertThat(ChargePointErrorCode.fromValue(null)).isEqualTo(ChargePointErrorCode.UNKNOWN);
        assertThat(Measurand.fromValue("Energy.Active.Import.Register"))
                .isEqualTo(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER);
        assertThat(Measurand.ENERGY_ACTIVE_IMPORT_REGISTER.value()).isEqualTo("Energy.Active.Import.Register");
        assertThat(Phase.fromValue("L1-N")).isEqualTo(Phase.L1_N);
        assertThat(UnitOfMeasure.fromValue("kWh")).isEqualTo(UnitOfMeasure.K_WH);
    }

    @Test
    void numbersAsStrings_tolerated_areConvertedBeforeBinding() {
        String json = "{'connectorId':'2','csChargingProfiles':{'chargingProfileId':'7','stackLevel':0,"
                + "'chargingProfilePurpose':'TxDefaultProfile','chargingProfileKind':'Absolute','chargingSchedule':"
                + "{'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,'limit':'16.1'}]}}}";
        var strict = Decoding.request(Ocpp16Actions.SET_CHARGING_PROFILE, json, InputTolerance.STRICT);
        assertThat(strict.result().errors())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(
                        tuple(ViolationKind.WRONG_TYPE, "/connectorId"),
                        tuple(ViolationKind.WRONG_TYPE, "/csChargingProfiles/chargingProfileId"),
                        tuple(
                                ViolationKind.WRONG_TYPE,
                                "/csChargingProfiles/chargingSchedule/chargingSchedulePeriod/0/limit"));
        assertThat(strict.result().firstError().kind().callErrorCode(OcppVersion.V16))
                .isEqualTo("TypeConstraintViolation");

        var lenient = Decoding.request(Ocpp16Actions.SET_CHARGING_PROFILE, json, InputTolerance.LENIENT);
        assertThat(lenient.result().errors()).isEmpty();
        assertThat(lenient.result().warnings()).hasSize(3);
        SetChargingProfileRequest r = lenient.value();
        assertThat(r.connectorId()).isEqualTo(2);
        assertThat(r.csChargingProfiles().chargingProfileId()).isEqualTo(7);
        assertThat(r.csChargingProfiles()
                        .chargingSchedule()
                        .chargingSchedulePeriod()
                        .get(0)
                        .limit())
                .isEqualByComparingTo(new BigDecimal("16.1"));
    }

    @Test
    void multipleOf_isExact_81IsValidAnd815IsNot() {
        String json = "{'connectorId':1,'csChargingProfiles':{'chargingProfileId':1,'stackLevel':0,"
                + "'chargingProfilePurpose':'TxDefaultProfile','chargingProfileKind':'Absolute','chargingSchedule':"
                + "{'chargingRateUnit':'A','chargingSchedulePeriod':[{'startPeriod':0,'limit':%s}]}}}";
        assertThat(Decoding.request(Ocpp16Actions.SET_CHARGING_PROFILE, json.formatted("8.1"), InputTolerance.STRICT)
                        .result()
                        .isValid())
                .isTrue();
        var bad = Decoding.request(Ocpp16Actions.SET_CHARGING_PROFILE, json.formatted("8.15"), InputTolerance.STRICT);
        assertThat(bad.result().firstError().kind()).isEqualTo(ViolationKind.MULTIPLE_OF);
        assertThat(bad.result().firstError().kind().callErrorCode(OcppVersion.V16))
                .isEqualTo("PropertyConstraintViolation");
    }

    @Test
    void overlongString_tolerated_isKeptWhole() {
        String idTag = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var strict = Decoding.request(Ocpp16Actions.AUTHORIZE, "{'idTag':'" + idTag + "'}", InputTolerance.STRICT);
        assertThat(strict.result().firstError().kind()).isEqualTo(ViolationKind.MAX_LENGTH);
        var lenient = Decoding.request(Ocpp16Actions.AUTHORIZE, "{'idTag':'" + idTag + "'}", InputTolerance.LENIENT);
        assertThat(lenient.result().warnings())
                .extracting(SchemaViolation::kind)
                .containsExactly(ViolationKind.MAX_LENGTH);
        assertThat(lenient.value().idTag()).isEqualTo(idTag);
    }

    @Test
    void unknownProperty_strictIsFormationViolation_toleratedIsIgnored() {
        String json = "{'chargePointVendor':'V','chargePointModel':'M','firmwareHash':'abc'}";
        var strict = Decoding.request(Ocpp16Actions.BOOT_NOTIFICATION, json, InputTolerance.STRICT);
        assertThat(strict.result().firstError().kind().callErrorCode(OcppVersion.V16))
                .isEqualTo("FormationViolation");
        var lenient = Decoding.request(Ocpp16Actions.BOOT_NOTIFICATION, json, InputTolerance.LENIENT);
        assertThat(lenient.result().warnings())
                .extracting(SchemaViolation::kind, SchemaViolation::path)
                .containsExactly(tuple(ViolationKind.UNKNOWN_PROPERTY, "/firmwareHash"));
        assertThat(lenient.value())
                .isEqualTo(BootNotificationRequest.builder()
                        .chargePointVendor("V")
                        .chargePointModel("M")
                        .build());
    }

    @Test
    void dateTimeWithoutZone_toleratedReadsAsUtc_strictIsRefused() {
        String json = "{'connectorId':1,'idTag':'T','meterStart':0,'timestamp':'2024-03-01T10:00:00'}";
        var strict = Decoding.request(Ocpp16Actions.START_TRANSACTION, json, InputTolerance.STRICT);
        assertThat(strict.result().firstError().kind()).isEqualTo(ViolationKind.DATE_TIME_FORMAT);
        var lenient = Decoding.request(Ocpp16Actions.START_TRANSACTION, json, InputTolerance.LENIENT);
        assertThat(lenient.value().timestamp()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
    }

    @Test
    void missingRequired_isOccurenceConstraintViolationSpelledAs16() {
        var out =
                Decoding.request(Ocpp16Actions.BOOT_NOTIFICATION, "{'chargePointVendor':'V'}", InputTolerance.LENIENT);
        assertThat(out.result().firstError().path()).isEqualTo("/chargePointModel");
        assertThat(out.result().firstError().kind().callErrorCode(OcppVersion.V16))
                .isEqualTo("OccurenceConstraintViolation");
    }

    @Test
    void integerWrittenAsWholeDecimal_isValidAndBinds() {
        String json = "{'connectorId':1.0,'idTag':'T','meterStart':5E2,'timestamp':'2024-03-01T10:00:00Z'}";
        var out = Decoding.request(Ocpp16Actions.START_TRANSACTION, json, InputTolerance.STRICT);
        assertThat(out.result().errors()).isEmpty();
        assertThat(out.value().connectorId()).isEqualTo(1);
        assertThat(out.value().meterStart()).isEqualTo(500);
    }
}
