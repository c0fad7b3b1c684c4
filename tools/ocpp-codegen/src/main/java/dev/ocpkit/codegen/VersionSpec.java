package dev.ocpkit.codegen;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the generator needs to know about one OCPP version besides its schema files: package and class names,
 * how schema files are named, who sends each action (the specs' message lists, kept here as data), which actions are
 * 2.1 SEND messages, and the Java names of 1.6's inline types.
 *
 * @param label version as written, e.g. {@code 1.6}
 * @param versionConstant constant of {@code dev.ocpkit.ocpp.OcppVersion}, e.g. {@code V16}
 * @param packageName package of the generated types
 * @param classPrefix prefix of the per-version classes, e.g. {@code Ocpp16} ({@code Ocpp16Actions})
 * @param requestSuffix file name suffix of request schemas ({@code ""} in 1.6, {@code Request} in 2.x)
 * @param directions action name to {@code Direction} constant ({@code STATION_TO_CSMS}, {@code CSMS_TO_STATION},
 *     {@code BOTH})
 * @param sendActions actions that are SEND messages (RPC type 6), whose schema file has no suffix and no response
 * @param inlineNames Java names of inline objects and enums, keyed by schema path (1.6)
 * @param specName how javadoc names the specification, e.g. {@code OCPP 1.6 edition 2}
 * @param extensionActions actions of a separately published extension (1.6 security whitepaper)
 * @param extensionSpecName how javadoc names that extension
 */
record VersionSpec(
        String label,
        String versionConstant,
        String packageName,
        String classPrefix,
        String requestSuffix,
        Map<String, String> directions,
        Set<String> sendActions,
        Map<String, String> inlineNames,
        String specName,
        Set<String> extensionActions,
        String extensionSpecName) {

    static final String STATION = "STATION_TO_CSMS";
    static final String CSMS = "CSMS_TO_STATION";
    static final String BOTH = "BOTH";

    VersionSpec {
        directions = new TreeMap<>(directions);
        sendActions = Set.copyOf(sendActions);
        inlineNames = Map.copyOf(inlineNames);
        extensionActions = Set.copyOf(extensionActions);
        for (String d : directions.values()) {
            if (!d.equals(STATION) && !d.equals(CSMS) && !d.equals(BOTH)) {
                throw new IllegalArgumentException("bad direction " + d);
            }
        }
    }

    String actionsClass() {
        return classPrefix + "Actions";
    }

    String schemasClass() {
        return classPrefix + "Schemas";
    }

    String requestFile(String action) {
        return sendActions.contains(action) ? action + ".json" : action + requestSuffix + ".json";
    }

    String responseFile(String action) {
        return action + "Response.json";
    }

    String requestType(String action) {
        return sendActions.contains(action) ? action : action + "Request";
    }

    String responseType(String action) {
        return action + "Response";
    }

    /** The spec reference for javadoc of things belonging to this action. */
    String specFor(String action) {
        return extensionActions.contains(action) ? extensionSpecName : specName;
    }

    /** How the specification names the message of a schema file stem: {@code Authorize.req} (1.6), else the stem. */
    String messageLabel(String stem) {
        if (!requestSuffix.isEmpty()) {
            return stem;
        }
        return stem.endsWith("Response") ? stem.substring(0, stem.length() - 8) + ".conf" : stem + ".req";
    }

    /** The action a schema file stem belongs to. */
    String actionOf(String stem) {
        if (stem.endsWith("Response")) {
            return stem.substring(0, stem.length() - 8);
        }
        if (!requestSuffix.isEmpty() && stem.endsWith(requestSuffix)) {
            return stem.substring(0, stem.length() - requestSuffix.length());
        }
        return stem;
    }

    /** The spec versions this generator knows, by label. */
    static VersionSpec forLabel(String label) {
        return switch (label) {
            case "1.6" -> v16();
            case "2.0.1" -> v201();
            case "2.1" -> v21();
            default -> throw new IllegalArgumentException(
                    "unknown OCPP version " + label + "; expected 1.6, 2.0.1 or 2.1");
        };
    }

    // ---------------------------------------------------------------- OCPP 1.6

    /** OCPP 1.6 edition 2 section 6 (all six feature profiles) and the security whitepaper edition 3. */
    static VersionSpec v16() {
        Map<String, String> d = new TreeMap<>();
        // Core profile
        station(d, "Authorize", "BootNotification", "Heartbeat", "MeterValues", "StartTransaction");
        station(d, "StatusNotification", "StopTransaction");
        csms(d, "ChangeAvailability", "ChangeConfiguration", "ClearCache", "GetConfiguration");
        csms(d, "RemoteStartTransaction", "RemoteStopTransaction", "Reset", "UnlockConnector");
        d.put("DataTransfer", BOTH);
        // Firmware Management profile
        station(d, "DiagnosticsStatusNotification", "FirmwareStatusNotification");
        csms(d, "GetDiagnostics", "UpdateFirmware");
        // Local Auth List Management profile
        csms(d, "GetLocalListVersion", "SendLocalList");
        // Reservation profile
        csms(d, "CancelReservation", "ReserveNow");
        // Smart Charging profile
        csms(d, "ClearChargingProfile", "GetCompositeSchedule", "SetChargingProfile");
        // Remote Trigger profile
        csms(d, "TriggerMessage");
        // Security extension (whitepaper edition 3)
        List<String> security = List.of(
                "CertificateSigned",
                "DeleteCertificate",
                "ExtendedTriggerMessage",
                "GetInstalledCertificateIds",
                "GetLog",
                "InstallCertificate",
                "LogStatusNotification",
                "SecurityEventNotification",
                "SignCertificate",
                "SignedFirmwareStatusNotification",
                "SignedUpdateFirmware");
        station(d, "LogStatusNotification", "SecurityEventNotification", "SignCertificate");
        station(d, "SignedFirmwareStatusNotification");
        csms(d, "CertificateSigned", "DeleteCertificate", "ExtendedTriggerMessage", "GetInstalledCertificateIds");
        csms(d, "GetLog", "InstallCertificate", "SignedUpdateFirmware");
        return new VersionSpec(
                "1.6",
                "V16",
                "dev.ocpkit.ocpp.v16",
                "Ocpp16",
                "",
                d,
                Set.of(),
                v16InlineNames(),
                "OCPP 1.6 edition 2",
                Set.copyOf(security),
                "OCPP 1.6 Security Whitepaper edition 3");
    }

    /**
     * The names OCPP 1.6 section 7 gives the objects and enums that the 1.6 schemas write inline. Paths not listed take
     * the name of a structurally identical listed node (so IdTagInfo is listed once for its four places).
     */
    private static Map<String, String> v16InlineNames() {
        Map<String, String> m = new TreeMap<>();
        m.put("AuthorizeResponse/idTagInfo", "IdTagInfo");
        m.put("AuthorizeResponse/idTagInfo/status", "AuthorizationStatus");
        m.put("BootNotificationResponse/status", "RegistrationStatus");
        m.put("CancelReservationResponse/status", "CancelReservationStatus");
        m.put("ChangeAvailability/type", "AvailabilityType");
        m.put("ChangeAvailabilityResponse/status", "AvailabilityStatus");
        m.put("ChangeConfigurationResponse/status", "ConfigurationStatus");
        m.put("ClearCacheResponse/status", "ClearCacheStatus");
        m.put("ClearChargingProfile/chargingProfilePurpose", "ChargingProfilePurposeType");
        m.put("ClearChargingProfileResponse/status", "ClearChargingProfileStatus");
        m.put("DataTransferResponse/status", "DataTransferStatus");
        m.put("DiagnosticsStatusNotification/status", "DiagnosticsStatus");
        m.put("FirmwareStatusNotification/status", "FirmwareStatus");
        m.put("GetCompositeSchedule/chargingRateUnit", "ChargingRateUnitType");
        m.put("GetCompositeScheduleResponse/status", "GetCompositeScheduleStatus");
        m.put("GetCompositeScheduleResponse/chargingSchedule", "ChargingSchedule");
        m.put("GetCompositeScheduleResponse/chargingSchedule/chargingSchedulePeriod[]", "ChargingSchedulePeriod");
        m.put("GetConfigurationResponse/configurationKey[]", "KeyValue");
        m.put("MeterValues/meterValue[]", "MeterValue");
        m.put("MeterValues/meterValue[]/sampledValue[]", "SampledValue");
        m.put("MeterValues/meterValue[]/sampledValue[]/context", "ReadingContext");
        m.put("MeterValues/meterValue[]/sampledValue[]/format", "ValueFormat");
        m.put("MeterValues/meterValue[]/sampledValue[]/measurand", "Measurand");
        m.put("MeterValues/meterValue[]/sampledValue[]/phase", "Phase");
        m.put("MeterValues/meterValue[]/sampledValue[]/location", "Location");
        m.put("MeterValues/meterValue[]/sampledValue[]/unit", "UnitOfMeasure");
        // StopTransaction.req's transactionData is a MeterValue too; its unit list lacks "Hertz" and its sampledValue
        // has no minItems, so the schemas differ: the Java types are shared (enum values united), the checks are not.
        m.put("StopTransaction/transactionData[]", "MeterValue");
        m.put("StopTransaction/transactionData[]/sampledValue[]", "SampledValue");
        m.put("StopTransaction/transactionData[]/sampledValue[]/unit", "UnitOfMeasure");
        m.put("RemoteStartTransaction/chargingProfile", "ChargingProfile");
        m.put("RemoteStartTransaction/chargingProfile/chargingProfileKind", "ChargingProfileKindType");
        m.put("RemoteStartTransaction/chargingProfile/recurrencyKind", "RecurrencyKindType");
        m.put("RemoteStartTransactionResponse/status", "RemoteStartStopStatus");
        m.put("RemoteStopTransactionResponse/status", "RemoteStartStopStatus");
        m.put("ReserveNowResponse/status", "ReservationStatus");
        m.put("Reset/type", "ResetType");
        m.put("ResetResponse/status", "ResetStatus");
        m.put("SendLocalList/localAuthorizationList[]", "AuthorizationData");
        m.put("SendLocalList/updateType", "UpdateType");
        m.put("SendLocalListResponse/status", "UpdateStatus");
        m.put("SetChargingProfileResponse/status", "ChargingProfileStatus");
        m.put("StatusNotification/errorCode", "ChargePointErrorCode");
        m.put("StatusNotification/status", "ChargePointStatus");
        m.put("StopTransaction/reason", "Reason");
        m.put("TriggerMessage/requestedMessage", "MessageTrigger");
        m.put("TriggerMessageResponse/status", "TriggerMessageStatus");
        m.put("UnlockConnectorResponse/status", "UnlockStatus");
        return m;
    }

    // ---------------------------------------------------------------- OCPP 2.0.1

    /** OCPP 2.0.1 Part 2, the message list of each functional block. */
    static VersionSpec v201() {
        return new VersionSpec(
                "2.0.1",
                "V201",
                "dev.ocpkit.ocpp.v201",
                "Ocpp201",
                "Request",
                v2Directions(),
                Set.of(),
                Map.of(),
                "OCPP 2.0.1 Part 2",
                Set.of(),
                "");
    }

    private static Map<String, String> v2Directions() {
        Map<String, String> d = new TreeMap<>();
        station(d, "Authorize", "BootNotification", "ClearedChargingLimit", "FirmwareStatusNotification");
        station(d, "Get15118EVCertificate", "GetCertificateStatus", "Heartbeat", "LogStatusNotification");
        station(d, "MeterValues", "NotifyChargingLimit", "NotifyCustomerInformation", "NotifyDisplayMessages");
        station(d, "NotifyEVChargingNeeds", "NotifyEVChargingSchedule", "NotifyEvent", "NotifyMonitoringReport");
        station(d, "NotifyReport", "PublishFirmwareStatusNotification", "ReportChargingProfiles");
        station(d, "ReservationStatusUpdate", "SecurityEventNotification", "SignCertificate", "StatusNotification");
        station(d, "TransactionEvent");
        csms(d, "CancelReservation", "CertificateSigned", "ChangeAvailability", "ClearCache", "ClearChargingProfile");
        csms(d, "ClearDisplayMessage", "ClearVariableMonitoring", "CostUpdated", "CustomerInformation");
        csms(d, "DeleteCertificate", "GetBaseReport", "GetChargingProfiles", "GetCompositeSchedule");
        csms(d, "GetDisplayMessages", "GetInstalledCertificateIds", "GetLocalListVersion", "GetLog");
        csms(d, "GetMonitoringReport", "GetReport", "GetTransactionStatus", "GetVariables", "InstallCertificate");
        csms(d, "PublishFirmware", "RequestStartTransaction", "RequestStopTransaction", "ReserveNow", "Reset");
        csms(d, "SendLocalList", "SetChargingProfile", "SetDisplayMessage", "SetMonitoringBase");
        csms(d, "SetMonitoringLevel", "SetNetworkProfile", "SetVariableMonitoring", "SetVariables");
        csms(d, "TriggerMessage", "UnlockConnector", "UnpublishFirmware", "UpdateFirmware");
        d.put("DataTransfer", BOTH);
        return d;
    }

    // ---------------------------------------------------------------- OCPP 2.1

    /** OCPP 2.1 Part 2: every 2.0.1 action plus the new ones (DER, tariffs, V2X, payment, periodic event streams). */
    static VersionSpec v21() {
        Map<String, String> d = v2Directions();
        station(d, "BatterySwap", "ClosePeriodicEventStream", "GetCertificateChainStatus", "NotifyDERAlarm");
        station(d, "NotifyDERStartStop", "NotifyPeriodicEventStream", "NotifyPriorityCharging", "NotifySettlement");
        station(d, "OpenPeriodicEventStream", "PullDynamicScheduleUpdate", "ReportDERControl", "VatNumberValidation");
        csms(d, "AFRRSignal", "AdjustPeriodicEventStream", "ChangeTransactionTariff", "ClearDERControl");
        csms(d, "ClearTariffs", "GetDERControl", "GetPeriodicEventStream", "GetTariffs");
        csms(d, "NotifyAllowedEnergyTransfer", "NotifyWebPaymentStarted", "RequestBatterySwap", "SetDERControl");
        csms(d, "SetDefaultTariff", "UpdateDynamicSchedule", "UsePriorityCharging");
        return new VersionSpec(
                "2.1",
                "V21",
                "dev.ocpkit.ocpp.v21",
                "Ocpp21",
                "Request",
                d,
                Set.of("NotifyPeriodicEventStream"),
                Map.of(),
                "OCPP 2.1 Part 2",
                Set.of(),
                "");
    }

    private static void station(Map<String, String> d, String... actions) {
        for (String a : actions) {
            d.put(Objects.requireNonNull(a), STATION);
        }
    }

    private static void csms(Map<String, String> d, String... actions) {
        for (String a : actions) {
            d.put(Objects.requireNonNull(a), CSMS);
        }
    }
}
