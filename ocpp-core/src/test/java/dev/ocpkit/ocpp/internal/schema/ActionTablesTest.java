package dev.ocpkit.ocpp.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.Direction;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated action tables: counts, names, directions as the specs' message lists give them. */
class ActionTablesTest {
    private static List<OcppAction<?, ?>> all(OcppVersion v) {
        return switch (v) {
            case V16 -> Ocpp16Actions.all();
            case V201 -> Ocpp201Actions.all();
            case V21 -> Ocpp21Actions.all();
        };
    }

    @ParameterizedTest
    @CsvSource({"V16, 39", "V201, 64", "V21, 91"})
    void all_hasEveryActionOfTheVersion(OcppVersion version, int count) {
        assertThat(all(version)).hasSize(count).allSatisfy(a -> assertThat(a.version())
                .isEqualTo(version));
        assertThat(ProtocolCatalog.of(version).actions()).containsExactlyElementsOf(all(version));
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void byName_findsEachActionAndNothingElse(OcppVersion version) {
        for (OcppAction<?, ?> a : all(version)) {
            assertThat(ProtocolCatalog.of(version).action(a.name())).isSameAs(a);
            assertThat(a.requestType().getSimpleName()).startsWith(a.name());
        }
        assertThat(ProtocolCatalog.of(version).action("bootNotification")).isNull();
        assertThat(Ocpp16Actions.byName("BootNotification")).containsSame(Ocpp16Actions.BOOT_NOTIFICATION);
        assertThat(Ocpp16Actions.byName("TransactionEvent")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "V16, Authorize, STATION_TO_CSMS",
        "V16, BootNotification, STATION_TO_CSMS",
        "V16, DataTransfer, BOTH",
        "V16, DiagnosticsStatusNotification, STATION_TO_CSMS",
        "V16, GetCompositeSchedule, CSMS_TO_STATION",
        "V16, RemoteStartTransaction, CSMS_TO_STATION",
        "V16, SendLocalList, CSMS_TO_STATION",
        "V16, ReserveNow, CSMS_TO_STATION",
        "V16, TriggerMessage, CSMS_TO_STATION",
        "V16, SignCertificate, STATION_TO_CSMS",
        "V16, CertificateSigned, CSMS_TO_STATION",
        "V16, SecurityEventNotification, STATION_TO_CSMS",
        "V16, SignedUpdateFirmware, CSMS_TO_STATION",
        "V16, SignedFirmwareStatusNotification, STATION_TO_CSMS",
        "V16, ExtendedTriggerMessage, CSMS_TO_STATION",
        "V201, DataTransfer, BOTH",
        "V201, TransactionEvent, STATION_TO_CSMS",
        "V201, Get15118EVCertificate, STATION_TO_CSMS",
        "V201, RequestStartTransaction, CSMS_TO_STATION",
        "V201, NotifyReport, STATION_TO_CSMS",
        "V201, CostUpdated, CSMS_TO_STATION",
        "V201, PublishFirmwareStatusNotification, STATION_TO_CSMS",
        "V21, DataTransfer, BOTH",
        "V21, NotifyPeriodicEventStream, STATION_TO_CSMS",
        "V21, OpenPeriodicEventStream, STATION_TO_CSMS",
        "V21, AdjustPeriodicEventStream, CSMS_TO_STATION",
        "V21, NotifyAllowedEnergyTransfer, CSMS_TO_STATION",
        "V21, PullDynamicScheduleUpdate, STATION_TO_CSMS",
        "V21, SetDERControl, CSMS_TO_STATION",
        "V21, NotifyDERAlarm, STATION_TO_CSMS",
        "V21, VatNumberValidation, STATION_TO_CSMS",
        "V21, AFRRSignal, CSMS_TO_STATION"
    })
    void direction_isTheSpecs(OcppVersion version, String action, Direction direction) {
        assertThat(ProtocolCatalog.of(version).action(action).direction()).isEqualTo(direction);
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void onlyDataTransferMayBeSentByBothSides(OcppVersion version) {
        assertThat(all(version).stream()
                        .filter(a -> a.direction() == Direction.BOTH)
                        .map(OcppAction::name))
                .containsExactly("DataTransfer");
    }
}
