package dev.ocpkit.ocpp.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppVersion;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the OCPP-J frame decoder with schema validation of OCPP 1.6, 2.0.1 and 2.1, in both roles, through the
 * public host-transport SPI ({@code OcppEndpoint.create} on an in-memory socket). The only allowed outcomes of any
 * text frame are those OCPP-J prescribes: no reply (CALLRESULT/CALLERROR without a pending call, 2.1 SEND and
 * CALLRESULTERROR), or exactly one CALLRESULT or CALLERROR with the frame's message id (or {@code -1}) and an error
 * code of the version; never an unexpected exception (an {@code InternalError} answer or a missing answer), never a
 * closed connection, and a valid CALL is still answered afterwards. See {@link RpcHarness}.
 *
 * <p>Two shapes of input per version: {@code frames*} takes the bytes as one whole text frame (UTF-8), reaching the
 * RPC framing; {@code payloads*} takes a first line with an action name and the rest as the payload of a CALL of
 * that action, reaching the schema validator and binding of every action.
 *
 * <p>The normal build replays the regression inputs in {@code src/test/resources/dev/ocpkit/ocpp/fuzz/
 * OcppFrameFuzzTestInputs/<method>/}. Fuzz one target for real with, e.g., {@code JAZZER_FUZZ=1
 * JAZZER_DISABLED_HOOKS=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks ./mvnw -pl ocpp-core test
 * -Dtest=OcppFrameFuzzTest#frames16} (until 10 million executions or 60 minutes; see docs/reliability.md).
 */
class OcppFrameFuzzTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<OcppVersion, RpcHarness> CSMS = new EnumMap<>(OcppVersion.class);
    private static final Map<OcppVersion, RpcHarness> STATION = new EnumMap<>(OcppVersion.class);

    static {
        for (OcppVersion v : OcppVersion.values()) {
            CSMS.put(v, RpcHarness.of(v, OcppRole.CSMS));
            STATION.put(v, RpcHarness.of(v, OcppRole.STATION));
        }
    }

    private static void frame(OcppVersion v, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        CSMS.get(v).feed(text);
        STATION.get(v).feed(text);
    }

    private static void payload(OcppVersion v, byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String action = nl < 0 ? text : text.substring(0, nl);
        String payload = nl < 0 ? "{}" : text.substring(nl + 1);
        String frame = "[2,\"fz-1\"," + JSON.writeValueAsString(action) + "," + payload + "]";
        CSMS.get(v).feed(frame);
        STATION.get(v).feed(frame);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "[2,",
        "[3,",
        "[4,",
        "\"BootNotification\"",
        "\"StartTransaction\"",
        "\"MeterValues\"",
        "\"Heartbeat\"",
        "{}",
        "\"connectorId\":",
        "\"idTag\":",
        "\"timestamp\":\"2026-01-01T00:00:00Z\"",
        "\"meterValue\":[",
        "\"sampledValue\":[{\"value\":\"1\"}]",
        "\"RemoteStartTransaction\"",
        "\"Reset\"",
        "\"type\":\"Soft\""
    })
    void frames16(byte[] input) {
        frame(OcppVersion.V16, input);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "[2,",
        "[3,",
        "[4,",
        "\"BootNotification\"",
        "\"TransactionEvent\"",
        "\"Heartbeat\"",
        "{}",
        "\"eventType\":\"Started\"",
        "\"transactionInfo\":{\"transactionId\":\"T\"}",
        "\"seqNo\":",
        "\"triggerReason\":\"Authorized\"",
        "\"timestamp\":\"2026-01-01T00:00:00Z\"",
        "\"evse\":{\"id\":1}",
        "\"RequestStartTransaction\"",
        "\"GetVariables\""
    })
    void frames201(byte[] input) {
        frame(OcppVersion.V201, input);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "[2,",
        "[3,",
        "[4,",
        "[5,",
        "[6,",
        "\"BootNotification\"",
        "\"TransactionEvent\"",
        "\"Heartbeat\"",
        "\"NotifyPeriodicEventStream\"",
        "{}",
        "\"eventType\":\"Updated\"",
        "\"seqNo\":",
        "\"timestamp\":\"2026-01-01T00:00:00Z\"",
        "\"RequestStartTransaction\""
    })
    void frames21(byte[] input) {
        frame(OcppVersion.V21, input);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "BootNotification\\x0A",
        "StartTransaction\\x0A",
        "StopTransaction\\x0A",
        "MeterValues\\x0A",
        "StatusNotification\\x0A",
        "RemoteStartTransaction\\x0A",
        "SetChargingProfile\\x0A",
        "ChangeConfiguration\\x0A",
        "DataTransfer\\x0A",
        "\"connectorId\":",
        "\"idTag\":",
        "\"timestamp\":\"2026-01-01T00:00:00Z\"",
        "\"csChargingProfiles\":{",
        "\"chargingSchedule\":{",
        "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16}]",
        "\"sampledValue\":[{\"value\":\"1\"}]"
    })
    void payloads16(byte[] input) {
        payload(OcppVersion.V16, input);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "BootNotification\\x0A",
        "TransactionEvent\\x0A",
        "MeterValues\\x0A",
        "StatusNotification\\x0A",
        "Authorize\\x0A",
        "RequestStartTransaction\\x0A",
        "SetChargingProfile\\x0A",
        "SetVariables\\x0A",
        "GetVariables\\x0A",
        "NotifyReport\\x0A",
        "\"eventType\":\"Started\"",
        "\"transactionInfo\":{\"transactionId\":\"T\"}",
        "\"seqNo\":0",
        "\"timestamp\":\"2026-01-01T00:00:00Z\"",
        "\"idToken\":{\"idToken\":\"A\",\"type\":\"ISO14443\"}",
        "\"meterValue\":[{\"timestamp\":\"2026-01-01T00:00:00Z\",\"sampledValue\":[{\"value\":1}]}]"
    })
    void payloads201(byte[] input) {
        payload(OcppVersion.V201, input);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 10_000_000)
    @DictionaryEntries({
        "BootNotification\\x0A",
        "TransactionEvent\\x0A",
        "MeterValues\\x0A",
        "StatusNotification\\x0A",
        "Authorize\\x0A",
        "RequestStartTransaction\\x0A",
        "SetChargingProfile\\x0A",
        "NotifyPeriodicEventStream\\x0A",
        "GetTariffs\\x0A",
        "\"eventType\":\"Started\"",
        "\"transactionInfo\":{\"transactionId\":\"T\"}",
        "\"seqNo\":0",
        "\"timestamp\":\"2026-01-01T00:00:00Z\"",
        "\"idToken\":{\"idToken\":\"A\",\"type\":\"ISO14443\"}"
    })
    void payloads21(byte[] input) {
        payload(OcppVersion.V21, input);
    }
}
