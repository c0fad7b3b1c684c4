package dev.ocpkit.ocpp.devicemodel;

import static dev.ocpkit.ocpp.devicemodel.StandardDeviceModel.BASIC_AUTH_PASSWORD;
import static dev.ocpkit.ocpp.devicemodel.StandardDeviceModel.HEARTBEAT_INTERVAL;
import static dev.ocpkit.ocpp.devicemodel.StandardDeviceModel.OCPP_COMM_CTRLR;
import static dev.ocpkit.ocpp.devicemodel.StandardDeviceModel.SECURITY_CTRLR;
import static dev.ocpkit.ocpp.devicemodel.StandardDeviceModel.SECURITY_PROFILE;
import static dev.ocpkit.ocpp.devicemodel.StandardDeviceModel.TX_CTRLR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.devicemodel.DeviceModel.GetResult;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.GetStatus;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.SetResult;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.SetStatus;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Attribute;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceModelTest {
    private final DeviceModel model = StandardDeviceModel.create("CS-1", 1, 2, 1, 22000);

    @Test
    void get_knownVariable_isAcceptedWithItsValue_namesCaseInsensitive() {
        assertThat(model.get(ComponentId.of("ocppcommctrlr"), VariableId.of("heartbeatinterval"), Attribute.ACTUAL))
                .isEqualTo(new GetResult(GetStatus.ACCEPTED, "300"));
    }

    @Test
    void get_distinguishesUnknownComponentVariableAndAttribute() {
        assertThat(model.get(ComponentId.of("FooCtrlr"), HEARTBEAT_INTERVAL, Attribute.ACTUAL)
                        .status())
                .isEqualTo(GetStatus.UNKNOWN_COMPONENT);
        assertThat(model.get(OCPP_COMM_CTRLR, VariableId.of("Nope"), Attribute.ACTUAL)
                        .status())
                .isEqualTo(GetStatus.UNKNOWN_VARIABLE);
        assertThat(model.get(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, Attribute.TARGET)
                        .status())
                .isEqualTo(GetStatus.NOT_SUPPORTED_ATTRIBUTE_TYPE);
        assertThat(model.get(ComponentId.ofEvse("EVSE", 3), StandardDeviceModel.AVAILABILITY_STATE, Attribute.ACTUAL)
                        .status())
                .as("EVSE 3 does not exist")
                .isEqualTo(GetStatus.UNKNOWN_COMPONENT);
    }

    @Test
    void writeOnlyVariable_canBeSetButNeverRead() {
        assertThat(model.set(SECURITY_CTRLR, BASIC_AUTH_PASSWORD, Attribute.ACTUAL, "s3cret-password-1234"))
                .isEqualTo(new SetResult(SetStatus.ACCEPTED, null));
        assertThat(model.get(SECURITY_CTRLR, BASIC_AUTH_PASSWORD, Attribute.ACTUAL))
                .isEqualTo(new GetResult(GetStatus.REJECTED, null));
        assertThat(model.set(SECURITY_CTRLR, BASIC_AUTH_PASSWORD, Attribute.ACTUAL, "x".repeat(41)))
                .isEqualTo(new SetResult(SetStatus.REJECTED, "ValueTooLong"));
    }

    @Test
    void readOnlyVariable_isRejected_butTheStationMaySetIt() {
        assertThat(model.set(SECURITY_CTRLR, SECURITY_PROFILE, Attribute.ACTUAL, "2"))
                .isEqualTo(new SetResult(SetStatus.REJECTED, "ReadOnly"));
        assertThat(model.setInternally(SECURITY_CTRLR, SECURITY_PROFILE, Attribute.ACTUAL, "2")
                        .status())
                .isEqualTo(SetStatus.ACCEPTED);
        assertThat(model.actual(SECURITY_CTRLR, SECURITY_PROFILE)).isEqualTo("2");
    }

    @Test
    void values_areCheckedAgainstTypeAndLimits() {
        assertThat(model.set(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, Attribute.ACTUAL, "abc")
                        .reason())
                .isEqualTo("InvalidValue");
        assertThat(model.set(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, Attribute.ACTUAL, "1.5")
                        .reason())
                .isEqualTo("InvalidValue");
        assertThat(model.set(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, Attribute.ACTUAL, "0")
                        .reason())
                .isEqualTo("ValueTooLow");
        assertThat(model.set(TX_CTRLR, VariableId.of("StopTxOnInvalidId"), Attribute.ACTUAL, "yes")
                        .reason())
                .isEqualTo("InvalidValue");
        assertThat(model.set(TX_CTRLR, VariableId.of("TxStartPoint"), Attribute.ACTUAL, "Authorized,EVConnected")
                        .status())
                .isEqualTo(SetStatus.ACCEPTED);
        assertThat(model.set(TX_CTRLR, VariableId.of("TxStartPoint"), Attribute.ACTUAL, "Authorized,Plugged")
                        .reason())
                .as("member not in the values list")
                .isEqualTo("InvalidValue");
        assertThat(model.set(TX_CTRLR, VariableId.of("TxStartPoint"), Attribute.ACTUAL, "Authorized,Authorized")
                        .reason())
                .as("a MemberList holds each member once")
                .isEqualTo("InvalidValue");
    }

    @Test
    void maxSetAttribute_boundsTheActualValue() {
        ComponentId evse = ComponentId.ofEvse("EVSE", 1);
        VariableId power = VariableId.of("Power");
        assertThat(model.setInternally(evse, power, Attribute.ACTUAL, "11000").status())
                .isEqualTo(SetStatus.ACCEPTED);
        assertThat(model.setInternally(evse, power, Attribute.ACTUAL, "22001").reason())
                .isEqualTo("ValueTooHigh");
    }

    @Test
    void listeners_seeChanges_onlyWhenTheValueChanges() {
        List<String> seen = new ArrayList<>();
        model.addListener((def, attribute, oldValue, newValue) ->
                seen.add(def.variable().name() + " " + oldValue + "->" + newValue));
        model.set(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, Attribute.ACTUAL, "60");
        model.set(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, Attribute.ACTUAL, "60");
        model.set(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, Attribute.ACTUAL, "-1");
        assertThat(seen).containsExactly("HeartbeatInterval 300->60");
        assertThat(model.intValue(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, 0)).isEqualTo(60);
    }

    @Test
    void rebootRequiredVariable_answersRebootRequired() {
        ComponentId c = ComponentId.of("NetworkCtrlr");
        model.define(
                VariableDefinition.of(
                                c,
                                VariableId.of("Apn"),
                                VariableDefinition.DataType.STRING,
                                VariableDefinition.Mutability.READ_WRITE)
                        .requiringReboot(),
                "internet");
        assertThat(model.set(c, VariableId.of("Apn"), Attribute.ACTUAL, "iot").status())
                .isEqualTo(SetStatus.REBOOT_REQUIRED);
    }

    @Test
    void reports_selectByBase() {
        assertThat(DeviceModelHandlers.report(model, "FullInventory"))
                .hasSize(model.definitions().size());
        assertThat(DeviceModelHandlers.report(model, "ConfigurationInventory"))
                .allMatch(d -> d.mutability() != VariableDefinition.Mutability.READ_ONLY)
                .anyMatch(d -> d.variable().equals(HEARTBEAT_INTERVAL));
        assertThat(DeviceModelHandlers.report(model, "SummaryInventory"))
                .extracting(d -> d.component().name())
                .containsExactly("ChargingStation", "EVSE", "Connector", "EVSE", "Connector");
    }
}
