package dev.ocpkit.benchmarks.ocpp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CALLs a simulated station sends: one BootNotification after connecting, then a cycle of calls. Each call is a
 * complete OCPP-J frame text with a fixed-width message id of {@link #ID_LEN} digits at {@link #ID_OFFSET}, which the
 * load client overwrites in its pre-built frames.
 */
final class Mix {
    /** Digits of a message id. */
    static final int ID_LEN = 12;
    /** Where the id starts in a CALL's text: after {@code [2,"}. */
    static final int ID_OFFSET = 4;

    private static final String TS = "2026-11-22T10:00:00Z";

    final String name;
    final String subprotocol;
    final Call boot;
    final List<Call> cycle;

    private Mix(String name, String subprotocol, Call boot, List<Call> cycle) {
        this.name = name;
        this.subprotocol = subprotocol;
        this.boot = boot;
        this.cycle = List.copyOf(cycle);
    }

    /** One CALL: its action and its frame text with a zero id. */
    record Call(String action, byte[] text) {
        static Call of(String action, String payload) {
            String frame = "[2,\"" + "0".repeat(ID_LEN) + "\",\"" + action + "\"," + payload + "]";
            return new Call(action, frame.getBytes(StandardCharsets.UTF_8));
        }
    }

    static Mix forVersion(String version) {
        return switch (version) {
            case "1.6" -> ocpp16();
            case "2.0.1" -> ocpp201();
            default -> throw new IllegalArgumentException("--ocpp must be 1.6 or 2.0.1, not " + version);
        };
    }

    /** OCPP 1.6: Heartbeat, StatusNotification, MeterValues (three sampled values), in turn. */
    static Mix ocpp16() {
        Call boot = Call.of(
                "BootNotification",
                "{\"chargePointVendor\":\"ocpkit\",\"chargePointModel\":\"LoadGen\","
                        + "\"firmwareVersion\":\"1.0.0\"}");
        Call heartbeat = Call.of("Heartbeat", "{}");
        Call status = Call.of(
                "StatusNotification",
                "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Charging\",\"timestamp\":\"" + TS + "\"}");
        Call meter = Call.of(
                "MeterValues",
                "{\"connectorId\":1,\"transactionId\":42,\"meterValue\":[{\"timestamp\":\"" + TS + "\","
                        + "\"sampledValue\":["
                        + "{\"value\":\"12345.6\",\"context\":\"Sample.Periodic\","
                        + "\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"},"
                        + "{\"value\":\"7360\",\"context\":\"Sample.Periodic\","
                        + "\"measurand\":\"Power.Active.Import\",\"unit\":\"W\"},"
                        + "{\"value\":\"32.0\",\"context\":\"Sample.Periodic\","
                        + "\"measurand\":\"Current.Import\",\"phase\":\"L1\",\"unit\":\"A\"}]}]}");
        return new Mix("1.6", "ocpp1.6", boot, List.of(heartbeat, status, meter));
    }

    /**
     * OCPP 2.0.1, TransactionEvent-heavy: TransactionEvent Started, Updated, Updated, Ended (each with meter values),
     * then Heartbeat.
     */
    static Mix ocpp201() {
        Call boot = Call.of(
                "BootNotification",
                "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"LoadGen\",\"vendorName\":\"ocpkit\","
                        + "\"firmwareVersion\":\"1.0.0\"}}");
        String tx = "\"transactionInfo\":{\"transactionId\":\"3f2a9c1e-load-0001\",\"chargingState\":\"Charging\"}";
        String idToken = "\"idToken\":{\"idToken\":\"04A1B2C3D4E5F6\",\"type\":\"ISO14443\"}";
        Call started = Call.of(
                "TransactionEvent",
                "{\"eventType\":\"Started\",\"timestamp\":\"" + TS + "\",\"triggerReason\":\"Authorized\","
                        + "\"seqNo\":0," + tx + ",\"evse\":{\"id\":1,\"connectorId\":1}," + idToken + ","
                        + "\"meterValue\":[{\"timestamp\":\"" + TS + "\",\"sampledValue\":["
                        + "{\"value\":0,\"context\":\"Transaction.Begin\","
                        + "\"measurand\":\"Energy.Active.Import.Register\",\"unitOfMeasure\":{\"unit\":\"Wh\"}}]}]}");
        Call updated = Call.of(
                "TransactionEvent",
                "{\"eventType\":\"Updated\",\"timestamp\":\"" + TS + "\",\"triggerReason\":\"MeterValuePeriodic\","
                        + "\"seqNo\":1," + tx + ","
                        + "\"meterValue\":[{\"timestamp\":\"" + TS + "\",\"sampledValue\":["
                        + "{\"value\":12345.6,\"context\":\"Sample.Periodic\","
                        + "\"measurand\":\"Energy.Active.Import.Register\",\"unitOfMeasure\":{\"unit\":\"Wh\"}},"
                        + "{\"value\":7360,\"context\":\"Sample.Periodic\",\"measurand\":\"Power.Active.Import\","
                        + "\"unitOfMeasure\":{\"unit\":\"W\"}},"
                        + "{\"value\":32.1,\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\","
                        + "\"phase\":\"L1\",\"unitOfMeasure\":{\"unit\":\"A\"}},"
                        + "{\"value\":31.9,\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\","
                        + "\"phase\":\"L2\",\"unitOfMeasure\":{\"unit\":\"A\"}},"
                        + "{\"value\":32.0,\"context\":\"Sample.Periodic\",\"measurand\":\"Current.Import\","
                        + "\"phase\":\"L3\",\"unitOfMeasure\":{\"unit\":\"A\"}},"
                        + "{\"value\":55,\"context\":\"Sample.Periodic\",\"measurand\":\"SoC\","
                        + "\"location\":\"EV\",\"unitOfMeasure\":{\"unit\":\"Percent\"}}]}]}");
        Call ended = Call.of(
                "TransactionEvent",
                "{\"eventType\":\"Ended\",\"timestamp\":\"" + TS + "\",\"triggerReason\":\"StopAuthorized\","
                        + "\"seqNo\":3,\"transactionInfo\":{\"transactionId\":\"3f2a9c1e-load-0001\","
                        + "\"chargingState\":\"Idle\",\"stoppedReason\":\"Local\"}," + idToken + ","
                        + "\"meterValue\":[{\"timestamp\":\"" + TS + "\",\"sampledValue\":["
                        + "{\"value\":24691.2,\"context\":\"Transaction.End\","
                        + "\"measurand\":\"Energy.Active.Import.Register\",\"unitOfMeasure\":{\"unit\":\"Wh\"}}]}]}");
        Call heartbeat = Call.of("Heartbeat", "{}");
        return new Mix("2.0.1", "ocpp2.0.1", boot, List.of(started, updated, updated, ended, heartbeat));
    }
}
