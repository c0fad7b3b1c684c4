package dev.ocpkit.ocpp.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileKind;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.OperationMode;
import dev.ocpkit.ocpp.smartcharging.RecurrencyKind;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every neutral enumeration against the generated enumerations of each version: what {@code valueIn} sends is a
 * value the version defines, what the version defines reads back, and the documented fallbacks.
 */
class NeutralEnumsTest {
    /** A neutral enum and, per version, the generated enum it maps to (absent: the version has no such type). */
    record Table(Class<? extends Enum<?>> neutral, Map<OcppVersion, Class<? extends Enum<?>>> generated) {
        /** Whether the neutral enum is the union of the versions' values (MessageTrigger covers the common ones). */
        boolean isUnion() {
            return neutral != MessageTrigger.class;
        }
    }

    static final List<Table> TABLES = List.of(
            new Table(
                    AuthorizationStatus.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.AuthorizationStatus.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.AuthorizationStatusEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.AuthorizationStatusEnum.class)),
            new Table(
                    BootReason.class,
                    Map.of(
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.BootReasonEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.BootReasonEnum.class)),
            new Table(
                    RegistrationStatus.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.RegistrationStatus.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.RegistrationStatusEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.RegistrationStatusEnum.class)),
            new Table(
                    ConnectorStatus.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.ChargePointStatus.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.ConnectorStatusEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.ConnectorStatusEnum.class)),
            new Table(
                    ChargingState.class,
                    Map.of(
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.ChargingStateEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.ChargingStateEnum.class)),
            new Table(
                    TriggerReason.class,
                    Map.of(
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.TriggerReasonEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.TriggerReasonEnum.class)),
            new Table(
                    StoppedReason.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.Reason.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.ReasonEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.ReasonEnum.class)),
            new Table(
                    FirmwareStatus.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.FirmwareStatusEnum.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.FirmwareStatusEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.FirmwareStatusEnum.class)),
            new Table(
                    DataTransferStatus.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.DataTransferStatus.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.DataTransferStatusEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.DataTransferStatusEnum.class)),
            new Table(
                    ResetType.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.ResetType.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.ResetEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.ResetEnum.class)),
            new Table(
                    Availability.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.AvailabilityType.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.OperationalStatusEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.OperationalStatusEnum.class)),
            new Table(
                    MessageTrigger.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.MessageTrigger.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.MessageTriggerEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.MessageTriggerEnum.class)),
            new Table(
                    ChargingProfilePurpose.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.ChargingProfilePurposeType.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.ChargingProfilePurposeEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.ChargingProfilePurposeEnum.class)),
            new Table(
                    ChargingProfileKind.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.ChargingProfileKindType.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.ChargingProfileKindEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.ChargingProfileKindEnum.class)),
            new Table(
                    RecurrencyKind.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.RecurrencyKindType.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.RecurrencyKindEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.RecurrencyKindEnum.class)),
            new Table(
                    ChargingRateUnit.class,
                    Map.of(
                            OcppVersion.V16, dev.ocpkit.ocpp.v16.ChargingRateUnitType.class,
                            OcppVersion.V201, dev.ocpkit.ocpp.v201.ChargingRateUnitEnum.class,
                            OcppVersion.V21, dev.ocpkit.ocpp.v21.ChargingRateUnitEnum.class)),
            new Table(OperationMode.class, Map.of(OcppVersion.V21, dev.ocpkit.ocpp.v21.OperationModeEnum.class)));

    static Stream<Arguments> everyConstantInEveryVersion() {
        List<Arguments> out = new ArrayList<>();
        for (Table t : TABLES) {
            for (Enum<?> c : t.neutral().getEnumConstants()) {
                for (OcppVersion v : OcppVersion.values()) {
                    out.add(Arguments.of(t, c, v));
                }
            }
        }
        return out.stream();
    }

    static Object call(Object target, String method, Object... args) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                return m.invoke(target instanceof Class<?> ? null : target, args);
            }
        }
        throw new AssertionError(type + " has no " + method);
    }

    /** Whether the generated enum of a version defines a value. */
    static boolean defines(Class<?> generated, String value) throws Exception {
        return (Boolean) call(call(generated, "fromValue", value), "isKnown");
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @MethodSource("everyConstantInEveryVersion")
    void valueIn_isAValueTheVersionDefines_orThrows(Table t, Enum<?> constant, OcppVersion v) throws Exception {
        Class<?> generated = t.generated().get(v);
        String value;
        try {
            value = (String) call(constant, "valueIn", v);
        } catch (java.lang.reflect.InvocationTargetException e) {
            assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
            boolean definedHere = (Boolean) call(constant, "isDefinedIn", v);
            assertThat(definedHere)
                    .as("a value the version defines must not throw")
                    .isFalse();
            return;
        }
        assertThat(generated).as("a version without such a type must throw").isNotNull();
        assertThat(defines(generated, value))
                .as(value + " in " + generated.getName())
                .isTrue();
        if ((Boolean) call(constant, "isDefinedIn", v)) {
            assertThat(call(t.neutral(), "fromValue", value)).as("reads back").isEqualTo(constant);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyValueAVersionDefines_readsAsANeutralConstantDefinedInThatVersion(Table t) throws Exception {
        for (Map.Entry<OcppVersion, Class<? extends Enum<?>>> e : t.generated().entrySet()) {
            for (Enum<?> g : e.getValue().getEnumConstants()) {
                if (!(Boolean) call(g, "isKnown")) {
                    continue;
                }
                String value = (String) call(g, "value");
                Object neutral = call(t.neutral(), "fromValue", value);
                assertThat((Boolean) call(neutral, "isDefinedIn", e.getKey()))
                        .as(value + " of " + e.getValue().getName())
                        .isTrue();
                assertThat(call(neutral, "valueIn", e.getKey())).isEqualTo(value);
            }
        }
    }

    static Stream<Table> tables() {
        return TABLES.stream().filter(Table::isUnion);
    }

    @Test
    void authorizationStatus_valuesOcpp16Lacks_areSentAsInvalid() {
        for (AuthorizationStatus s : List.of(
                AuthorizationStatus.NO_CREDIT,
                AuthorizationStatus.NOT_ALLOWED_TYPE_EVSE,
                AuthorizationStatus.NOT_AT_THIS_LOCATION,
                AuthorizationStatus.NOT_AT_THIS_TIME,
                AuthorizationStatus.UNKNOWN,
                AuthorizationStatus.UNRECOGNIZED)) {
            assertThat(s.valueIn(OcppVersion.V16)).isEqualTo("Invalid");
        }
        assertThat(AuthorizationStatus.NO_CREDIT.valueIn(OcppVersion.V201)).isEqualTo("NoCredit");
        assertThat(AuthorizationStatus.fromValue("Unknown")).isEqualTo(AuthorizationStatus.UNKNOWN);
        assertThat(AuthorizationStatus.fromValue("Maybe")).isEqualTo(AuthorizationStatus.UNRECOGNIZED);
    }

    @Test
    void connectorStatus_16InUseStatesAreOccupiedIn2x_andOccupiedIsChargingIn16() {
        for (ConnectorStatus s : List.of(
                ConnectorStatus.PREPARING,
                ConnectorStatus.CHARGING,
                ConnectorStatus.SUSPENDED_EV,
                ConnectorStatus.SUSPENDED_EVSE,
                ConnectorStatus.FINISHING)) {
            assertThat(s.valueIn(OcppVersion.V201)).isEqualTo("Occupied");
            assertThat(s.valueIn(OcppVersion.V21)).isEqualTo("Occupied");
            assertThat(s.isOccupied()).isTrue();
        }
        assertThat(ConnectorStatus.OCCUPIED.valueIn(OcppVersion.V16)).isEqualTo("Charging");
        assertThat(ConnectorStatus.AVAILABLE.valueIn(OcppVersion.V16)).isEqualTo("Available");
        assertThat(ConnectorStatus.FAULTED.isOccupied()).isFalse();
        assertThatThrownBy(() -> ConnectorStatus.UNKNOWN.valueIn(OcppVersion.V16))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resetType_hardAndSoft_are16HardSoft_and2xImmediateOnIdle() {
        assertThat(ResetType.HARD.valueIn(OcppVersion.V16)).isEqualTo("Hard");
        assertThat(ResetType.SOFT.valueIn(OcppVersion.V16)).isEqualTo("Soft");
        assertThat(ResetType.HARD.valueIn(OcppVersion.V201)).isEqualTo("Immediate");
        assertThat(ResetType.SOFT.valueIn(OcppVersion.V21)).isEqualTo("OnIdle");
        assertThat(ResetType.fromValue("Hard")).isEqualTo(ResetType.HARD);
        assertThat(ResetType.fromValue("OnIdle")).isEqualTo(ResetType.SOFT);
        assertThatThrownBy(() -> ResetType.IMMEDIATE_AND_RESUME.valueIn(OcppVersion.V201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ResetType.IMMEDIATE_AND_RESUME.valueIn(OcppVersion.V21)).isEqualTo("ImmediateAndResume");
    }

    @Test
    void stoppedReason_fallbacksBetween16And2x() {
        assertThat(StoppedReason.HARD_RESET.valueIn(OcppVersion.V201)).isEqualTo("ImmediateReset");
        assertThat(StoppedReason.IMMEDIATE_RESET.valueIn(OcppVersion.V16)).isEqualTo("HardReset");
        assertThat(StoppedReason.SOFT_RESET.valueIn(OcppVersion.V21)).isEqualTo("Reboot");
        assertThat(StoppedReason.UNLOCK_COMMAND.valueIn(OcppVersion.V201)).isEqualTo("Other");
        assertThat(StoppedReason.ENERGY_LIMIT_REACHED.valueIn(OcppVersion.V16)).isEqualTo("Other");
        assertThat(StoppedReason.REQ_ENERGY_TRANSFER_REJECTED.valueIn(OcppVersion.V201))
                .isEqualTo("Other");
        assertThat(StoppedReason.REQ_ENERGY_TRANSFER_REJECTED.valueIn(OcppVersion.V21))
                .isEqualTo("ReqEnergyTransferRejected");
        assertThat(StoppedReason.UNKNOWN.valueIn(OcppVersion.V16)).isEqualTo("Other");
    }

    @Test
    void chargingProfilePurpose_stationMaxProfile_isChargePointMaxProfileIn16() {
        assertThat(ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE.valueIn(OcppVersion.V16))
                .isEqualTo("ChargePointMaxProfile");
        assertThat(ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE.valueIn(OcppVersion.V201))
                .isEqualTo("ChargingStationMaxProfile");
        assertThat(ChargingProfilePurpose.fromValue("ChargePointMaxProfile"))
                .isEqualTo(ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE);
        assertThatThrownBy(() -> ChargingProfilePurpose.CHARGING_STATION_EXTERNAL_CONSTRAINTS.valueIn(OcppVersion.V16))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargingProfilePurpose.PRIORITY_CHARGING.valueIn(OcppVersion.V201))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firmwareStatus_basic16Values_areThoseOfFirmwareStatusNotification() {
        for (FirmwareStatus s : FirmwareStatus.values()) {
            if (s == FirmwareStatus.UNKNOWN) {
                continue;
            }
            boolean inBasic =
                    dev.ocpkit.ocpp.v16.FirmwareStatus.fromValue(s.value()).isKnown();
            assertThat(s.isBasicOcpp16()).as(s.name()).isEqualTo(inBasic);
        }
    }

    @Test
    void fromValue_neverThrows_andReadsNullAndStrangersAsTheUnknownConstant() {
        assertThat(ConnectorStatus.fromValue(null)).isEqualTo(ConnectorStatus.UNKNOWN);
        assertThat(TriggerReason.fromValue("Nope")).isEqualTo(TriggerReason.UNKNOWN);
        assertThat(BootReason.fromValue("Nope")).isEqualTo(BootReason.UNRECOGNIZED);
        assertThat(BootReason.fromValue("Unknown")).isEqualTo(BootReason.UNKNOWN);
        assertThat(ChargingProfileKind.fromValue("")).isEqualTo(ChargingProfileKind.UNKNOWN);
    }
}
