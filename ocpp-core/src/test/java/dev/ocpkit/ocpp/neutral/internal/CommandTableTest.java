package dev.ocpkit.ocpp.neutral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.CommandResult;
import dev.ocpkit.ocpp.neutral.CommandStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommandTableTest {
    static <E extends Enum<E>> Set<String> of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> {
                    try {
                        return (Boolean) type.getMethod("isKnown").invoke(c);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                })
                .map(c -> {
                    try {
                        return (String) type.getMethod("value").invoke(c);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    static final Map<CommandTable, Map<OcppVersion, Set<String>>> GENERATED = Map.ofEntries(
            Map.entry(
                    CommandTable.REMOTE_START_STOP,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.RemoteStartStopStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.RequestStartStopStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.RequestStartStopStatusEnum.class))),
            Map.entry(
                    CommandTable.RESET,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.ResetStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.ResetStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.ResetStatusEnum.class))),
            Map.entry(
                    CommandTable.UNLOCK,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.UnlockStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.UnlockStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.UnlockStatusEnum.class))),
            Map.entry(
                    CommandTable.CHANGE_AVAILABILITY,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.AvailabilityStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.ChangeAvailabilityStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.ChangeAvailabilityStatusEnum.class))),
            Map.entry(
                    CommandTable.SET_CHARGING_PROFILE,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.ChargingProfileStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.ChargingProfileStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.ChargingProfileStatusEnum.class))),
            Map.entry(
                    CommandTable.CLEAR_CHARGING_PROFILE,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.ClearChargingProfileStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.ClearChargingProfileStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.ClearChargingProfileStatusEnum.class))),
            Map.entry(
                    CommandTable.GET_COMPOSITE_SCHEDULE,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.GetCompositeScheduleStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.GenericStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.GenericStatusEnum.class))),
            Map.entry(
                    CommandTable.UPDATE_FIRMWARE,
                    Map.of(
                            OcppVersion.V16, Set.of(),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.UpdateFirmwareStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.UpdateFirmwareStatusEnum.class))),
            Map.entry(
                    CommandTable.TRIGGER_MESSAGE,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.TriggerMessageStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.TriggerMessageStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.TriggerMessageStatusEnum.class))),
            Map.entry(
                    CommandTable.RESERVE_NOW,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.ReservationStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.ReserveNowStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.ReserveNowStatusEnum.class))),
            Map.entry(
                    CommandTable.CANCEL_RESERVATION,
                    Map.of(
                            OcppVersion.V16, of(dev.ocpkit.ocpp.v16.CancelReservationStatus.class),
                            OcppVersion.V201, of(dev.ocpkit.ocpp.v201.CancelReservationStatusEnum.class),
                            OcppVersion.V21, of(dev.ocpkit.ocpp.v21.CancelReservationStatusEnum.class))));

    @ParameterizedTest
    @EnumSource(CommandTable.class)
    void table_holdsExactlyTheStatusValuesOfTheGeneratedEnumerations(CommandTable table) {
        for (OcppVersion v : OcppVersion.values()) {
            assertThat(table.values(v))
                    .as(table + " " + v)
                    .isEqualTo(GENERATED.get(table).get(v));
        }
    }

    @ParameterizedTest
    @EnumSource(CommandTable.class)
    void everyOutcome_becomesAValueOfTheCommand_inEveryVersionThatHasAStatus(CommandTable table) {
        for (OcppVersion v : OcppVersion.values()) {
            for (CommandStatus s : CommandStatus.values()) {
                if (table.values(v).isEmpty()) {
                    assertThatThrownBy(() -> table.statusFor(CommandResult.of(s), v))
                            .isInstanceOf(IllegalStateException.class);
                } else {
                    assertThat(table.values(v)).contains(table.statusFor(CommandResult.of(s), v));
                }
            }
        }
    }

    @Test
    void statusFor_usesTheCommandsOwnWords() {
        CommandResult ok = CommandResult.of(CommandStatus.ACCEPTED);
        CommandResult unsupported = CommandResult.of(CommandStatus.NOT_SUPPORTED);
        assertThat(CommandTable.UNLOCK.statusFor(ok, OcppVersion.V16)).isEqualTo("Unlocked");
        assertThat(CommandTable.UNLOCK.statusFor(unsupported, OcppVersion.V16)).isEqualTo("NotSupported");
        assertThat(CommandTable.UNLOCK.statusFor(unsupported, OcppVersion.V201)).isEqualTo("UnlockFailed");
        assertThat(CommandTable.SET_CHARGING_PROFILE.statusFor(unsupported, OcppVersion.V16))
                .isEqualTo("NotSupported");
        assertThat(CommandTable.SET_CHARGING_PROFILE.statusFor(unsupported, OcppVersion.V21))
                .isEqualTo("Rejected");
        assertThat(CommandTable.TRIGGER_MESSAGE.statusFor(unsupported, OcppVersion.V201))
                .isEqualTo("NotImplemented");
        assertThat(CommandTable.CLEAR_CHARGING_PROFILE.statusFor(
                        CommandResult.of(CommandStatus.REJECTED), OcppVersion.V16))
                .isEqualTo("Unknown");
        assertThat(CommandTable.RESET.statusFor(CommandResult.of(CommandStatus.SCHEDULED), OcppVersion.V16))
                .isEqualTo("Accepted");
        assertThat(CommandTable.RESET.statusFor(CommandResult.of(CommandStatus.SCHEDULED), OcppVersion.V201))
                .isEqualTo("Scheduled");
    }

    @Test
    void statusFor_keepsARawStatusTheVersionDefines_andFallsBackOtherwise() {
        CommandResult ongoing = CommandResult.raw("OngoingAuthorizedTransaction");
        assertThat(ongoing.status()).isEqualTo(CommandStatus.REJECTED);
        assertThat(CommandTable.UNLOCK.statusFor(ongoing, OcppVersion.V21)).isEqualTo("OngoingAuthorizedTransaction");
        assertThat(CommandTable.UNLOCK.statusFor(ongoing, OcppVersion.V16)).isEqualTo("UnlockFailed");
    }

    @Test
    void commandStatus_readsEveryCommandsValues() {
        assertThat(CommandStatus.fromValue("Unlocked")).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(CommandStatus.fromValue("AcceptedCanceled")).isEqualTo(CommandStatus.ACCEPTED);
        assertThat(CommandStatus.fromValue("UnlockFailed")).isEqualTo(CommandStatus.FAILED);
        assertThat(CommandStatus.fromValue("Unknown")).isEqualTo(CommandStatus.REJECTED);
        assertThat(CommandStatus.fromValue("UnknownConnector")).isEqualTo(CommandStatus.REJECTED);
        assertThat(CommandStatus.fromValue("NotImplemented")).isEqualTo(CommandStatus.NOT_SUPPORTED);
        assertThat(CommandStatus.fromValue("Scheduled")).isEqualTo(CommandStatus.SCHEDULED);
        assertThat(CommandStatus.fromValue("Whatever")).isEqualTo(CommandStatus.UNKNOWN);
        assertThat(CommandStatus.fromValue(null)).isEqualTo(CommandStatus.UNKNOWN);
        for (CommandTable t : CommandTable.values()) {
            for (OcppVersion v : OcppVersion.values()) {
                for (String value : t.values(v)) {
                    assertThat(CommandStatus.fromValue(value)).as(value).isNotEqualTo(CommandStatus.UNKNOWN);
                }
            }
        }
    }
}
