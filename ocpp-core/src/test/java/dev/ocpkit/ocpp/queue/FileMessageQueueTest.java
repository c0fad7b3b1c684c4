package dev.ocpkit.ocpp.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMessageQueueTest {
    @TempDir
    Path dir;

    private static QueuedMessage msg(String id, String ref) {
        return new QueuedMessage(
                id,
                "MeterValues",
                "{\"connectorId\":1,\"meterValue\":[]}",
                ref,
                0,
                Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void reopenedQueue_holdsWhatWasNotDelivered_inOrder_withAttempts() {
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            q.add(msg("a", null));
            q.add(msg("b", "tx-1"));
            q.add(msg("c", null));
            assertThat(q.delivered("a")).isTrue();
            assertThat(q.failedAttempt("b")).isEqualTo(1);
            assertThat(q.failedAttempt("b")).isEqualTo(2);
            q.bindTransaction("tx-1", 77);
        }
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            assertThat(q.messages()).extracting(QueuedMessage::messageId).containsExactly("b", "c");
            assertThat(q.peek().orElseThrow().attempts()).isEqualTo(2);
            assertThat(q.peek().orElseThrow().transactionRef()).isEqualTo("tx-1");
            assertThat(q.peek().orElseThrow().payloadJson()).isEqualTo("{\"connectorId\":1,\"meterValue\":[]}");
            assertThat(q.transactionId("tx-1")).contains(77);
        }
    }

    @Test
    void deadLetters_leaveTheQueue_andSurviveAReopen() {
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            q.add(msg("a", null));
            q.add(msg("b", null));
            assertThat(q.deadLetter("a", "NotSupported")).isTrue();
        }
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            assertThat(q.messages()).extracting(QueuedMessage::messageId).containsExactly("b");
            assertThat(q.deadLetters()).singleElement().satisfies(d -> {
                assertThat(d.message().messageId()).isEqualTo("a");
                assertThat(d.reason()).isEqualTo("NotSupported");
            });
        }
    }

    @Test
    void tornLastRecord_isCutOff_andEverythingBeforeItKept() throws Exception {
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            q.add(msg("a", null));
            q.add(msg("b", null));
        }
        // a crash in the middle of writing the next record
        Files.writeString(
                dir.resolve("queue.journal"),
                "{\"op\":\"add\",\"id\":\"c\",\"act",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            assertThat(q.messages()).extracting(QueuedMessage::messageId).containsExactly("a", "b");
            q.add(msg("c", null));
        }
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            assertThat(q.messages()).extracting(QueuedMessage::messageId).containsExactly("a", "b", "c");
        }
    }

    @Test
    void duplicateId_isRefused() {
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            q.add(msg("a", null));
            assertThatThrownBy(() -> q.add(msg("a", null))).isInstanceOf(IllegalArgumentException.class);
            assertThat(q.size()).isEqualTo(1);
        }
    }

    @Test
    void secondOpenOfTheSameDirectory_isRefused() {
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            assertThatThrownBy(() -> FileMessageQueue.open(dir))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Cannot open");
        }
    }

    @Test
    void compaction_keepsTheLiveStateAndShrinksTheJournal() throws Exception {
        try (FileMessageQueue q = FileMessageQueue.open(dir, 500)) {
            q.add(msg("keep", "tx-keep"));
            q.bindTransaction("tx-keep", 5);
            q.bindTransaction("tx-old", 6);
            for (int i = 0; i < 600; i++) {
                q.add(msg("m" + i, null));
                q.delivered("m" + i);
            }
            assertThat(q.messages()).extracting(QueuedMessage::messageId).containsExactly("keep");
        }
        assertThat(Files.readAllLines(dir.resolve("queue.journal")).size()).isLessThan(300);
        try (FileMessageQueue q = FileMessageQueue.open(dir)) {
            assertThat(q.messages()).extracting(QueuedMessage::messageId).containsExactly("keep");
            assertThat(q.transactionId("tx-keep")).contains(5);
        }
    }
}
