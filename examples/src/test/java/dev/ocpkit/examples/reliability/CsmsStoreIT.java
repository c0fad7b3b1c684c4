package dev.ocpkit.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.examples.OcpkitCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ocpkit csms --store FILE}: transaction messages are stored one line each before the answer, a re-sent 1.6
 * StartTransaction (same message id) gets the same transaction id, also after a restart, new ids continue above the
 * stored ones, non-transaction messages are not stored, and a torn last line is cut off on restart.
 */
class CsmsStoreIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String START =
            "{\"connectorId\":1,\"idTag\":\"TAG1\",\"meterStart\":0,\"timestamp\":\"2026-01-01T00:00:00Z\"}";

    @TempDir
    Path dir;

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A raw OCPP-J client that sends frames with message ids of its choice. */
    static final class RawStation implements WebSocket.Listener {
        final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        final WebSocket ws;
        private final StringBuilder partial = new StringBuilder();

        RawStation(int port, String identity, String subprotocol) throws Exception {
            this.ws = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .subprotocols(subprotocol)
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ocpp/" + identity), this)
                    .get(10, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        JsonNode call(String id, String action, String payload) throws Exception {
            ws.sendText("[2,\"" + id + "\",\"" + action + "\"," + payload + "]", true)
                    .get(5, TimeUnit.SECONDS);
            String reply = frames.poll(10, TimeUnit.SECONDS);
            assertThat(reply).as("answer to " + id).isNotNull();
            JsonNode n = JSON.readTree(reply);
            assertThat(n.get(0).asInt()).as(reply).isEqualTo(3);
            assertThat(n.get(1).asString()).isEqualTo(id);
            return n.get(2);
        }
    }

    private static CompletableFuture<Integer> csms(int port, Path store, StringWriter out) throws Exception {
        CommandLine cl = OcpkitCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(
                "csms",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--store",
                store.toString(),
                "--duration",
                "4"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!out.toString().contains("CSMS listening") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return exit;
    }

    private List<JsonNode> storeLines(Path store) throws IOException {
        return Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                .map(JSON::readTree)
                .toList();
    }

    @Test
    void transactionMessages_areStoredOnce_andAReSentStartGetsItsFirstTransactionId_acrossRestarts() throws Exception {
        int port = freePort();
        Path store = dir.resolve("store.jsonl");

        StringWriter first = new StringWriter();
        CompletableFuture<Integer> firstExit = csms(port, store, first);
        RawStation s16 = new RawStation(port, "CP-16", "ocpp1.6");
        int tx = s16.call("m-1", "StartTransaction", START).get("transactionId").asInt();
        assertThat(s16.call("m-1", "StartTransaction", START)
                        .get("transactionId")
                        .asInt())
                .as("re-sent with the same message id")
                .isEqualTo(tx);
        s16.call(
                "m-2",
                "MeterValues",
                "{\"connectorId\":1,\"transactionId\":" + tx
                        + ",\"meterValue\":[{\"timestamp\":\"2026-01-01T00:01:00Z\",\"sampledValue\":[{\"value\":\"5\"}]}]}");
        s16.call(
                "m-3",
                "MeterValues",
                "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2026-01-01T00:01:00Z\",\"sampledValue\":[{\"value\":\"5\"}]}]}");
        s16.call("m-4", "Heartbeat", "{}");
        RawStation s201 = new RawStation(port, "CS-201", "ocpp2.0.1");
        s201.call(
                "e-1",
                "TransactionEvent",
                "{\"eventType\":\"Started\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"triggerReason\":\"CablePluggedIn\","
                        + "\"seqNo\":0,\"transactionInfo\":{\"transactionId\":\"T-1\"}}");
        s16.ws.abort();
        s201.ws.abort();
        assertThat(firstExit.get(20, TimeUnit.SECONDS)).isZero();

        List<JsonNode> lines = storeLines(store);
        assertThat(lines).extracting(n -> n.get("messageId").asString()).containsExactly("m-1", "m-1", "m-2", "e-1");
        assertThat(lines).extracting(n -> n.get("duplicate").asBoolean()).containsExactly(false, true, false, false);
        assertThat(lines.get(0).get("transactionId").asString()).isEqualTo(Integer.toString(tx));
        assertThat(lines.get(0).get("payload").get("idTag").asString()).isEqualTo("TAG1");
        assertThat(lines.get(3).get("transactionId").asString()).isEqualTo("T-1");
        assertThat(lines.get(3).get("version").asString()).isEqualTo("2.0.1");

        // a kill in the middle of a write leaves a torn line: it was never acknowledged, so it is cut off
        Files.writeString(store, "{\"station\":\"CP-16\",\"messa", StandardOpenOption.APPEND);
        StringWriter second = new StringWriter();
        CompletableFuture<Integer> secondExit = csms(port, store, second);
        assertThat(second.toString()).contains("Transaction store " + store + ": 4 line(s), 1 duplicate(s)");
        RawStation again = new RawStation(port, "CP-16", "ocpp1.6");
        assertThat(again.call("m-1", "StartTransaction", START)
                        .get("transactionId")
                        .asInt())
                .as("re-sent after a restart")
                .isEqualTo(tx);
        int next = again.call("m-5", "StartTransaction", START)
                .get("transactionId")
                .asInt();
        assertThat(next).isGreaterThan(tx);
        again.ws.abort();
        assertThat(secondExit.get(20, TimeUnit.SECONDS)).isZero();

        lines = storeLines(store);
        assertThat(lines)
                .extracting(n -> n.get("messageId").asString())
                .containsExactly("m-1", "m-1", "m-2", "e-1", "m-1", "m-5");
        assertThat(lines.get(4).get("duplicate").asBoolean()).isTrue();
    }
}
