package dev.ocpkit.ocpp.devicemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.StationClient;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.GetStatus;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.SetStatus;
import dev.ocpkit.ocpp.devicemodel.DeviceModelClient.VariableRef;
import dev.ocpkit.ocpp.devicemodel.DeviceModelClient.VariableWrite;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Attribute;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A CSMS reads, writes and reports a station's device model over OCPP 2.0.1 and 2.1 on loopback. */
class DeviceModelIT {
    private final List<AutoCloseable> closeLater = new ArrayList<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeLater.size() - 1; i >= 0; i--) {
            closeLater.get(i).close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private OcppSession connect(OcppVersion version, DeviceModel model) throws Exception {
        int port = freePort();
        CsmsServer server = CsmsServer.builder()
                .host("127.0.0.1")
                .port(port)
                .versions(version)
                .handlers(OcppHandlers.builder()
                        .on(dev.ocpkit.ocpp.v201.Ocpp201Actions.NOTIFY_REPORT, (ctx, req) -> {
                            reports.add(req.seqNo() + ":" + req.reportData().size() + ":" + req.tbc());
                            return new dev.ocpkit.ocpp.v201.NotifyReportResponse();
                        })
                        .on(dev.ocpkit.ocpp.v21.Ocpp21Actions.NOTIFY_REPORT, (ctx, req) -> {
                            reports.add(req.seqNo() + ":" + req.reportData().size() + ":" + req.tbc());
                            return new dev.ocpkit.ocpp.v21.NotifyReportResponse();
                        })
                        .build())
                .build()
                .start();
        closeLater.add(server);
        StationClient station = StationClient.builder()
                .url(URI.create("ws://127.0.0.1:" + port + "/ocpp/CS-1"))
                .versions(version)
                .handlers(DeviceModelHandlers.handlers(model))
                .build();
        closeLater.add(station);
        station.connect().get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 100 && server.station("CS-1").isEmpty(); i++) {
            Thread.sleep(20);
        }
        return server.station("CS-1").orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void csms_readsAndWritesVariables(OcppVersion version) throws Exception {
        DeviceModel model = StandardDeviceModel.create("CS-1", 1, 2, 1, 22000);
        OcppSession session = connect(version, model);

        assertThat(DeviceModelClient.getVariable(
                                session, StandardDeviceModel.OCPP_COMM_CTRLR, StandardDeviceModel.HEARTBEAT_INTERVAL)
                        .get(10, TimeUnit.SECONDS))
                .contains("300");
        assertThat(DeviceModelClient.setVariable(
                                session,
                                StandardDeviceModel.OCPP_COMM_CTRLR,
                                StandardDeviceModel.HEARTBEAT_INTERVAL,
                                "60")
                        .get(10, TimeUnit.SECONDS))
                .isEqualTo(SetStatus.ACCEPTED);
        assertThat(model.actual(StandardDeviceModel.OCPP_COMM_CTRLR, StandardDeviceModel.HEARTBEAT_INTERVAL))
                .isEqualTo("60");

        List<DeviceModelClient.VariableValue> values = DeviceModelClient.getVariables(
                        session,
                        List.of(
                                VariableRef.actual(
                                        ComponentId.ofEvse("EVSE", 2), StandardDeviceModel.AVAILABILITY_STATE),
                                VariableRef.actual(
                                        StandardDeviceModel.SECURITY_CTRLR, StandardDeviceModel.BASIC_AUTH_PASSWORD),
                                VariableRef.actual(ComponentId.of("NoSuchCtrlr"), VariableId.of("X")),
                                new VariableRef(
                                        ComponentId.ofEvse("EVSE", 1), VariableId.of("Power"), Attribute.MAX_SET)))
                .get(10, TimeUnit.SECONDS);
        assertThat(values)
                .extracting(DeviceModelClient.VariableValue::status, DeviceModelClient.VariableValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GetStatus.ACCEPTED, "Available"),
                        org.assertj.core.groups.Tuple.tuple(GetStatus.REJECTED, null),
                        org.assertj.core.groups.Tuple.tuple(GetStatus.UNKNOWN_COMPONENT, null),
                        org.assertj.core.groups.Tuple.tuple(GetStatus.ACCEPTED, "22000"));

        List<DeviceModelClient.WriteResult> writes = DeviceModelClient.setVariables(
                        session,
                        List.of(
                                new VariableWrite(
                                        VariableRef.actual(
                                                StandardDeviceModel.SECURITY_CTRLR,
                                                StandardDeviceModel.SECURITY_PROFILE),
                                        "3"),
                                new VariableWrite(
                                        VariableRef.actual(
                                                StandardDeviceModel.OCPP_COMM_CTRLR,
                                                StandardDeviceModel.HEARTBEAT_INTERVAL),
                                        "ten")))
                .get(10, TimeUnit.SECONDS);
        assertThat(writes)
                .extracting(DeviceModelClient.WriteResult::status, DeviceModelClient.WriteResult::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SetStatus.REJECTED, "ReadOnly"),
                        org.assertj.core.groups.Tuple.tuple(SetStatus.REJECTED, "InvalidValue"));
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201", "V21"})
    void getBaseReport_isAcceptedAndFollowedByNumberedNotifyReports(OcppVersion version) throws Exception {
        DeviceModel model = StandardDeviceModel.create("CS-1", 1, 1, 1, 11000);
        int total = model.definitions().size();
        OcppSession session = connect(version, model);
        String status;
        if (version == OcppVersion.V201) {
            status = session.call(new dev.ocpkit.ocpp.v201.GetBaseReportRequest(
                            7, dev.ocpkit.ocpp.v201.ReportBaseEnum.FULL_INVENTORY, null))
                    .get(10, TimeUnit.SECONDS)
                    .status()
                    .value();
        } else {
            status = session.call(new dev.ocpkit.ocpp.v21.GetBaseReportRequest(
                            7, dev.ocpkit.ocpp.v21.ReportBaseEnum.FULL_INVENTORY, null))
                    .get(10, TimeUnit.SECONDS)
                    .status()
                    .value();
        }
        assertThat(status).isEqualTo("Accepted");
        int chunks = (total + 49) / 50;
        for (int i = 0; i < 200 && reports.size() < chunks; i++) {
            Thread.sleep(20);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            int size = Math.min(50, total - 50 * i);
            expected.add(i + ":" + size + ":" + (i + 1 < chunks));
        }
        assertThat(reports).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V201"})
    void moreEntriesThanItemsPerMessage_isAnOccurrenceConstraintViolation(OcppVersion version) throws Exception {
        DeviceModel model = StandardDeviceModel.create("CS-1", 1, 1, 1, 11000);
        OcppSession session = connect(version, model);
        List<VariableRef> refs = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            refs.add(VariableRef.actual(StandardDeviceModel.OCPP_COMM_CTRLR, StandardDeviceModel.HEARTBEAT_INTERVAL));
        }
        assertThatThrownBy(() -> DeviceModelClient.getVariables(session, refs).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(OcppCallErrorException.class, e -> assertThat(e.code())
                        .isEqualTo(CallErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION));
    }
}
