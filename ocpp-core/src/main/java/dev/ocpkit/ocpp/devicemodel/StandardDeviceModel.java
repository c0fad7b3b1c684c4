package dev.ocpkit.ocpp.devicemodel;

import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.BOOLEAN;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.DATE_TIME;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.DECIMAL;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.INTEGER;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.MEMBER_LIST;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.OPTION_LIST;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.SEQUENCE_LIST;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType.STRING;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.Mutability.READ_ONLY;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.Mutability.READ_WRITE;
import static dev.ocpkit.ocpp.devicemodel.VariableDefinition.Mutability.WRITE_ONLY;

import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Attribute;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Mutability;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A device model with the standard components and variables of OCPP 2.0.1 / 2.1 (part 2, appendix "Standardized
 * Components and Variables") that a station and its simulator need, with sensible initial values.
 *
 * @since 0.1
 */
public final class StandardDeviceModel {
    private StandardDeviceModel() {}

    /** {@code OCPPCommCtrlr}. */
    public static final ComponentId OCPP_COMM_CTRLR = ComponentId.of("OCPPCommCtrlr");
    /** {@code TxCtrlr}. */
    public static final ComponentId TX_CTRLR = ComponentId.of("TxCtrlr");
    /** {@code SampledDataCtrlr}. */
    public static final ComponentId SAMPLED_DATA_CTRLR = ComponentId.of("SampledDataCtrlr");
    /** {@code AlignedDataCtrlr}. */
    public static final ComponentId ALIGNED_DATA_CTRLR = ComponentId.of("AlignedDataCtrlr");
    /** {@code AuthCtrlr}. */
    public static final ComponentId AUTH_CTRLR = ComponentId.of("AuthCtrlr");
    /** {@code SecurityCtrlr}. */
    public static final ComponentId SECURITY_CTRLR = ComponentId.of("SecurityCtrlr");
    /** {@code DeviceDataCtrlr}. */
    public static final ComponentId DEVICE_DATA_CTRLR = ComponentId.of("DeviceDataCtrlr");
    /** {@code SmartChargingCtrlr}. */
    public static final ComponentId SMART_CHARGING_CTRLR = ComponentId.of("SmartChargingCtrlr");
    /** {@code ClockCtrlr}. */
    public static final ComponentId CLOCK_CTRLR = ComponentId.of("ClockCtrlr");
    /** {@code ChargingStation}. */
    public static final ComponentId CHARGING_STATION = ComponentId.of("ChargingStation");

    /** {@code OCPPCommCtrlr.HeartbeatInterval} (seconds). */
    public static final VariableId HEARTBEAT_INTERVAL = VariableId.of("HeartbeatInterval");
    /** {@code OCPPCommCtrlr.MessageAttempts[TransactionEvent]}. */
    public static final VariableId MESSAGE_ATTEMPTS_TX = VariableId.of("MessageAttempts", "TransactionEvent");
    /** {@code OCPPCommCtrlr.MessageAttemptInterval[TransactionEvent]} (seconds). */
    public static final VariableId MESSAGE_ATTEMPT_INTERVAL_TX =
            VariableId.of("MessageAttemptInterval", "TransactionEvent");
    /** {@code SampledDataCtrlr.TxUpdatedInterval} (seconds). */
    public static final VariableId TX_UPDATED_INTERVAL = VariableId.of("TxUpdatedInterval");
    /** {@code SecurityCtrlr.BasicAuthPassword} (write-only). */
    public static final VariableId BASIC_AUTH_PASSWORD = VariableId.of("BasicAuthPassword");
    /** {@code SecurityCtrlr.SecurityProfile}. */
    public static final VariableId SECURITY_PROFILE = VariableId.of("SecurityProfile");
    /** {@code AvailabilityState} of ChargingStation, EVSE and Connector. */
    public static final VariableId AVAILABILITY_STATE = VariableId.of("AvailabilityState");
    /** {@code DeviceDataCtrlr.ItemsPerMessage[GetVariables]}. */
    public static final VariableId ITEMS_PER_MESSAGE_GET_VARIABLES = VariableId.of("ItemsPerMessage", "GetVariables");
    /** {@code DeviceDataCtrlr.ItemsPerMessage[SetVariables]}. */
    public static final VariableId ITEMS_PER_MESSAGE_SET_VARIABLES = VariableId.of("ItemsPerMessage", "SetVariables");
    /** {@code DeviceDataCtrlr.ItemsPerMessage[GetReport]}. */
    public static final VariableId ITEMS_PER_MESSAGE_GET_REPORT = VariableId.of("ItemsPerMessage", "GetReport");

    private static final List<String> TX_POINTS = List.of(
            "ParkingBayOccupancy", "EVConnected", "Authorized", "DataSigned", "PowerPathClosed", "EnergyTransfer");
    private static final List<String> MEASURANDS = List.of(
            "Current.Export",
            "Current.Import",
            "Current.Offered",
            "Energy.Active.Export.Register",
            "Energy.Active.Import.Register",
            "Energy.Active.Import.Interval",
            "Energy.Reactive.Import.Register",
            "Frequency",
            "Power.Active.Export",
            "Power.Active.Import",
            "Power.Offered",
            "Power.Factor",
            "SoC",
            "Voltage");
    private static final List<String> AVAILABILITY =
            List.of("Available", "Occupied", "Reserved", "Unavailable", "Faulted");

    /**
     * A model for a station.
     *
     * @param identity the station identity (SecurityCtrlr.Identity)
     * @param securityProfile the security profile in use, 0-3
     * @param evses number of EVSEs (ids 1..n)
     * @param connectorsPerEvse connectors per EVSE (ids 1..m)
     * @param maxPowerW the maximum power of each EVSE, in W
     * @return a new, mutable model
     */
    public static DeviceModel create(
            String identity, int securityProfile, int evses, int connectorsPerEvse, int maxPowerW) {
        Objects.requireNonNull(identity, "identity");
        DeviceModel m = new DeviceModel();
        // OCPPCommCtrlr
        m.define(num(OCPP_COMM_CTRLR, HEARTBEAT_INTERVAL, INTEGER, READ_WRITE, "s", 1, null), "300");
        m.define(
                num(OCPP_COMM_CTRLR, VariableId.of("MessageTimeout", "Default"), INTEGER, READ_WRITE, "s", 1, null),
                "30");
        m.define(num(OCPP_COMM_CTRLR, MESSAGE_ATTEMPTS_TX, INTEGER, READ_WRITE, null, 0, null), "3");
        m.define(num(OCPP_COMM_CTRLR, MESSAGE_ATTEMPT_INTERVAL_TX, INTEGER, READ_WRITE, "s", 0, null), "60");
        m.define(
                num(
                        OCPP_COMM_CTRLR,
                        VariableId.of("NetworkProfileConnectionAttempts"),
                        INTEGER,
                        READ_WRITE,
                        null,
                        0,
                        null),
                "3");
        m.define(num(OCPP_COMM_CTRLR, VariableId.of("OfflineThreshold"), INTEGER, READ_WRITE, "s", 0, null), "60");
        m.define(num(OCPP_COMM_CTRLR, VariableId.of("ResetRetries"), INTEGER, READ_WRITE, null, 0, null), "2");
        m.define(num(OCPP_COMM_CTRLR, VariableId.of("WebSocketPingInterval"), INTEGER, READ_WRITE, "s", 0, null), "0");
        m.define(
                list(
                        OCPP_COMM_CTRLR,
                        VariableId.of("NetworkConfigurationPriority"),
                        SEQUENCE_LIST,
                        READ_WRITE,
                        List.of()),
                "1");
        m.define(
                VariableDefinition.of(OCPP_COMM_CTRLR, VariableId.of("UnlockOnEVSideDisconnect"), BOOLEAN, READ_WRITE),
                "true");
        m.define(
                list(
                        OCPP_COMM_CTRLR,
                        VariableId.of("FileTransferProtocols"),
                        MEMBER_LIST,
                        READ_ONLY,
                        List.of("FTP", "FTPS", "HTTP", "HTTPS", "SFTP")),
                "HTTPS");
        // TxCtrlr
        m.define(num(TX_CTRLR, VariableId.of("EVConnectionTimeOut"), INTEGER, READ_WRITE, "s", 0, null), "60");
        m.define(
                VariableDefinition.of(TX_CTRLR, VariableId.of("StopTxOnEVSideDisconnect"), BOOLEAN, READ_WRITE),
                "true");
        m.define(VariableDefinition.of(TX_CTRLR, VariableId.of("StopTxOnInvalidId"), BOOLEAN, READ_WRITE), "true");
        m.define(list(TX_CTRLR, VariableId.of("TxStartPoint"), MEMBER_LIST, READ_WRITE, TX_POINTS), "PowerPathClosed");
        m.define(
                list(TX_CTRLR, VariableId.of("TxStopPoint"), MEMBER_LIST, READ_WRITE, TX_POINTS),
                "EVConnected,Authorized");
        // SampledDataCtrlr and AlignedDataCtrlr
        m.define(
                list(SAMPLED_DATA_CTRLR, VariableId.of("TxStartedMeasurands"), MEMBER_LIST, READ_WRITE, MEASURANDS),
                "");
        m.define(
                list(SAMPLED_DATA_CTRLR, VariableId.of("TxUpdatedMeasurands"), MEMBER_LIST, READ_WRITE, MEASURANDS),
                "Energy.Active.Import.Register,Power.Active.Import");
        m.define(
                list(SAMPLED_DATA_CTRLR, VariableId.of("TxEndedMeasurands"), MEMBER_LIST, READ_WRITE, MEASURANDS),
                "Energy.Active.Import.Register");
        m.define(num(SAMPLED_DATA_CTRLR, TX_UPDATED_INTERVAL, INTEGER, READ_WRITE, "s", 0, null), "60");
        m.define(num(SAMPLED_DATA_CTRLR, VariableId.of("TxEndedInterval"), INTEGER, READ_WRITE, "s", 0, null), "0");
        m.define(list(ALIGNED_DATA_CTRLR, VariableId.of("Measurands"), MEMBER_LIST, READ_WRITE, MEASURANDS), "");
        m.define(num(ALIGNED_DATA_CTRLR, VariableId.of("Interval"), INTEGER, READ_WRITE, "s", 0, null), "900");
        m.define(list(ALIGNED_DATA_CTRLR, VariableId.of("TxEndedMeasurands"), MEMBER_LIST, READ_WRITE, MEASURANDS), "");
        m.define(num(ALIGNED_DATA_CTRLR, VariableId.of("TxEndedInterval"), INTEGER, READ_WRITE, "s", 0, null), "0");
        // AuthCtrlr
        m.define(VariableDefinition.of(AUTH_CTRLR, VariableId.of("Enabled"), BOOLEAN, READ_WRITE), "true");
        m.define(VariableDefinition.of(AUTH_CTRLR, VariableId.of("AuthorizeRemoteStart"), BOOLEAN, READ_WRITE), "true");
        m.define(
                VariableDefinition.of(AUTH_CTRLR, VariableId.of("LocalAuthorizeOffline"), BOOLEAN, READ_WRITE), "true");
        m.define(VariableDefinition.of(AUTH_CTRLR, VariableId.of("LocalPreAuthorize"), BOOLEAN, READ_WRITE), "false");
        // SecurityCtrlr
        m.define(
                num(SECURITY_CTRLR, SECURITY_PROFILE, INTEGER, READ_ONLY, null, 0, 3),
                Integer.toString(securityProfile));
        m.define(
                VariableDefinition.of(SECURITY_CTRLR, VariableId.of("Identity"), STRING, READ_ONLY)
                        .withLimits(null, null, BigDecimal.valueOf(48)),
                identity);
        m.define(
                VariableDefinition.of(SECURITY_CTRLR, VariableId.of("OrganizationName"), STRING, READ_WRITE), "ocpkit");
        m.define(num(SECURITY_CTRLR, VariableId.of("CertificateEntries"), INTEGER, READ_ONLY, null, 0, null), "0");
        m.define(
                VariableDefinition.of(SECURITY_CTRLR, BASIC_AUTH_PASSWORD, STRING, WRITE_ONLY)
                        .withLimits(null, null, BigDecimal.valueOf(40)),
                null);
        // DeviceDataCtrlr
        for (String op : List.of("GetReport", "GetVariables", "SetVariables")) {
            m.define(
                    num(DEVICE_DATA_CTRLR, VariableId.of("ItemsPerMessage", op), INTEGER, READ_ONLY, null, 1, null),
                    "50");
            m.define(
                    num(DEVICE_DATA_CTRLR, VariableId.of("BytesPerMessage", op), INTEGER, READ_ONLY, null, 1, null),
                    "65000");
        }
        // SmartChargingCtrlr
        m.define(VariableDefinition.of(SMART_CHARGING_CTRLR, VariableId.of("Enabled"), BOOLEAN, READ_WRITE), "true");
        m.define(
                num(
                        SMART_CHARGING_CTRLR,
                        VariableId.of("ChargingProfileMaxStackLevel"),
                        INTEGER,
                        READ_ONLY,
                        null,
                        0,
                        null),
                "10");
        m.define(
                num(SMART_CHARGING_CTRLR, VariableId.of("PeriodsPerSchedule"), INTEGER, READ_ONLY, null, 1, null),
                "24");
        m.define(
                list(
                        SMART_CHARGING_CTRLR,
                        VariableId.of("ChargingScheduleChargingRateUnit"),
                        MEMBER_LIST,
                        READ_ONLY,
                        List.of("A", "W")),
                "A,W");
        m.define(
                num(
                        SMART_CHARGING_CTRLR,
                        VariableId.of("LimitChangeSignificance"),
                        DECIMAL,
                        READ_WRITE,
                        "Percent",
                        0,
                        100),
                "1.0");
        // ClockCtrlr
        m.define(
                VariableDefinition.of(CLOCK_CTRLR, VariableId.of("DateTime"), DATE_TIME, READ_ONLY),
                Instant.EPOCH.toString());
        m.define(
                list(
                        CLOCK_CTRLR,
                        VariableId.of("TimeSource"),
                        SEQUENCE_LIST,
                        READ_WRITE,
                        List.of("Heartbeat", "NTP", "GPS", "RealTimeClock", "MobileNetwork", "RadioTimeTransmitter")),
                "Heartbeat");
        // ChargingStation, EVSE, Connector
        availability(m, CHARGING_STATION);
        m.define(num(CHARGING_STATION, VariableId.of("SupplyPhases"), INTEGER, READ_ONLY, null, 0, 3), "3");
        for (int e = 1; e <= evses; e++) {
            ComponentId evse = ComponentId.ofEvse("EVSE", e);
            availability(m, evse);
            m.define(
                    new VariableDefinition(
                            evse,
                            VariableId.of("Power"),
                            DECIMAL,
                            READ_ONLY,
                            Set.of(Attribute.ACTUAL, Attribute.MAX_SET),
                            "W",
                            BigDecimal.ZERO,
                            BigDecimal.valueOf(maxPowerW),
                            List.of(),
                            false),
                    "0");
            m.setInternally(evse, VariableId.of("Power"), Attribute.MAX_SET, Integer.toString(maxPowerW));
            m.define(num(evse, VariableId.of("SupplyPhases"), INTEGER, READ_ONLY, null, 0, 3), "3");
            for (int c = 1; c <= connectorsPerEvse; c++) {
                ComponentId connector = ComponentId.ofConnector("Connector", e, c);
                availability(m, connector);
                m.define(VariableDefinition.of(connector, VariableId.of("ConnectorType"), STRING, READ_ONLY), "cType2");
            }
        }
        return m;
    }

    private static void availability(DeviceModel m, ComponentId c) {
        m.define(list(c, AVAILABILITY_STATE, OPTION_LIST, READ_ONLY, AVAILABILITY), "Available");
        m.define(VariableDefinition.of(c, VariableId.of("Available"), BOOLEAN, READ_ONLY), "true");
    }

    private static VariableDefinition num(
            ComponentId c, VariableId v, DataType type, Mutability mut, String unit, Integer min, Integer max) {
        return VariableDefinition.of(c, v, type, mut)
                .withLimits(
                        unit,
                        min == null ? null : BigDecimal.valueOf(min),
                        max == null ? null : BigDecimal.valueOf(max));
    }

    private static VariableDefinition list(
            ComponentId c, VariableId v, DataType type, Mutability mut, List<String> values) {
        return VariableDefinition.of(c, v, type, mut).withValues(values);
    }
}
