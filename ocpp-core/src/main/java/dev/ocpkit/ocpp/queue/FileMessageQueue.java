package dev.ocpkit.ocpp.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link MessageQueue} kept in an append-only journal file, flushed to the disk ({@code fsync}) before every
 * method that changes it returns. It survives {@code kill -9} and power loss of a well-behaved disk: on
 * {@link #open(Path)} the journal is replayed, a torn last line (a crash mid-write) is cut off, and every message
 * that was added and not yet delivered or given up is queued again, in order, with its attempt count.
 *
 * <p>The journal is compacted (rewritten to a temporary file, flushed, atomically renamed) when it has grown large.
 * Dead letters are kept in a separate journal that is never compacted. One process at a time may open a directory
 * (a file lock guards it). Thread-safe.
 *
 * @since 0.1
 */
public final class FileMessageQueue implements MessageQueue {
    private static final Logger LOG = LoggerFactory.getLogger(FileMessageQueue.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JOURNAL = "queue.journal";
    private static final String DEAD = "dead-letters.journal";
    private static final int COMPACT_AFTER_LINES = 20_000;
    private final int compactAfterLines;

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel journal;
    private final FileChannel deadJournal;
    private final LinkedHashMap<String, QueuedMessage> queue = new LinkedHashMap<>();
    private final List<DeadLetter> dead = new ArrayList<>();
    private final Map<String, Integer> transactions = new HashMap<>();
    private int lines;
    private boolean closed;

    private FileMessageQueue(Path dir, int compactAfterLines) throws IOException {
        this.dir = dir;
        this.compactAfterLines = compactAfterLines;
        Files.createDirectories(dir);
        this.lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null; // held by this JVM
        }
        if (l == null) {
            lockChannel.close();
            throw new IOException("Message queue " + dir + " is in use by another process");
        }
        this.lock = l;
        replay(dir.resolve(JOURNAL), false);
        replay(dir.resolve(DEAD), true);
        this.journal = openAppend(dir.resolve(JOURNAL));
        this.deadJournal = openAppend(dir.resolve(DEAD));
    }

    /**
     * Opens (creating if needed) the queue kept in a directory.
     *
     * @throws UncheckedIOException when the directory cannot be used or another process has it open
     */
    public static FileMessageQueue open(Path directory) {
        return open(directory, COMPACT_AFTER_LINES);
    }

    /** As {@link #open(Path)}, compacting after the given number of journal records (tests use small values). */
    static FileMessageQueue open(Path directory, int compactAfterLines) {
        try {
            return new FileMessageQueue(directory, compactAfterLines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open message queue in " + directory, e);
        }
    }

    /** The directory of this queue. */
    public Path directory() {
        return dir;
    }

    private static FileChannel openAppend(Path p) throws IOException {
        return FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private void replay(Path file, boolean deadFile) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int complete = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                apply(line, deadFile);
                start = i + 1;
                complete = start;
            }
        }
        if (complete < bytes.length) {
            LOG.warn("Cutting a torn last record ({} bytes) off {}", bytes.length - complete, file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(complete);
                ch.force(true);
            }
        }
    }

    private void apply(String line, boolean deadFile) {
        if (line.isBlank()) {
            return;
        }
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JacksonException e) {
            LOG.error("Skipping an unreadable record in the message queue journal of {}", dir);
            return;
        }
        if (!deadFile) {
            lines++;
        }
        String op = n.path("op").asString("");
        String id = n.path("id").asString("");
        switch (op) {
            case "add" -> {
                QueuedMessage m = fromJson(n);
                if (deadFile) {
                    dead.add(new DeadLetter(m, n.path("reason").asString("")));
                } else {
                    queue.put(m.messageId(), m);
                }
            }
            case "fail" -> {
                QueuedMessage m = queue.get(id);
                if (m != null) {
                    queue.put(id, m.withAttempts(m.attempts() + 1));
                }
            }
            case "done", "dead" -> queue.remove(id);
            case "bind" -> transactions.put(
                    n.path("ref").asString(""), n.path("tx").asInt());
            default -> LOG.error("Skipping a record with unknown op '{}' in the journal of {}", op, dir);
        }
    }

    private static QueuedMessage fromJson(JsonNode n) {
        JsonNode ref = n.get("ref");
        return new QueuedMessage(
                n.path("id").asString(),
                n.path("action").asString(),
                JSON.writeValueAsString(n.get("payload")),
                ref == null || ref.isNull() ? null : ref.asString(),
                n.path("attempts").asInt(0),
                Instant.parse(n.path("at").asString()));
    }

    private static ObjectNode toJson(QueuedMessage m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("op", "add");
        o.put("id", m.messageId());
        o.put("action", m.action());
        o.set("payload", JSON.readTree(m.payloadJson()));
        if (m.transactionRef() != null) {
            o.put("ref", m.transactionRef());
        }
        o.put("attempts", m.attempts());
        o.put("at", m.queuedAt().toString());
        return o;
    }

    private void append(FileChannel ch, ObjectNode record) {
        byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer b = ByteBuffer.wrap(line);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the message queue journal in " + dir, e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("message queue " + dir + " is closed");
        }
    }

    @Override
    public synchronized void add(QueuedMessage message) {
        checkOpen();
        if (queue.containsKey(message.messageId())) {
            throw new IllegalArgumentException("message " + message.messageId() + " is queued already");
        }
        append(journal, toJson(message));
        lines++;
        queue.put(message.messageId(), message);
    }

    @Override
    public synchronized Optional<QueuedMessage> peek() {
        return queue.values().stream().findFirst();
    }

    @Override
    public synchronized List<QueuedMessage> messages() {
        return List.copyOf(queue.values());
    }

    @Override
    public synchronized int size() {
        return queue.size();
    }

    @Override
    public synchronized boolean delivered(String messageId) {
        checkOpen();
        if (!queue.containsKey(messageId)) {
            return false;
        }
        append(journal, op("done", messageId));
        lines++;
        queue.remove(messageId);
        compactIfLarge();
        return true;
    }

    @Override
    public synchronized int failedAttempt(String messageId) {
        checkOpen();
        QueuedMessage m = queue.get(messageId);
        if (m == null) {
            return -1;
        }
        append(journal, op("fail", messageId));
        lines++;
        queue.put(messageId, m.withAttempts(m.attempts() + 1));
        return m.attempts() + 1;
    }

    @Override
    public synchronized boolean deadLetter(String messageId, String reason) {
        checkOpen();
        QueuedMessage m = queue.get(messageId);
        if (m == null) {
            return false;
        }
        ObjectNode d = toJson(m);
        d.put("reason", reason);
        append(deadJournal, d);
        append(journal, op("dead", messageId));
        lines++;
        queue.remove(messageId);
        dead.add(new DeadLetter(m, reason));
        return true;
    }

    @Override
    public synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(dead);
    }

    @Override
    public synchronized void bindTransaction(String transactionRef, int transactionId) {
        checkOpen();
        ObjectNode o = JSON.createObjectNode();
        o.put("op", "bind");
        o.put("ref", transactionRef);
        o.put("tx", transactionId);
        append(journal, o);
        lines++;
        transactions.put(transactionRef, transactionId);
    }

    @Override
    public synchronized Optional<Integer> transactionId(String transactionRef) {
        return Optional.ofNullable(transactions.get(transactionRef));
    }

    private static ObjectNode op(String op, String id) {
        ObjectNode o = JSON.createObjectNode();
        o.put("op", op);
        o.put("id", id);
        return o;
    }

    /** Rewrites the journal to the live state once it holds many obsolete records. */
    private void compactIfLarge() {
        if (lines < compactAfterLines || lines < queue.size() * 4) {
            return;
        }
        Path target = dir.resolve(JOURNAL);
        Path tmp = dir.resolve(JOURNAL + ".tmp");
        Set<String> liveRefs = new HashSet<>();
        for (QueuedMessage m : queue.values()) {
            if (m.transactionRef() != null) {
                liveRefs.add(m.transactionRef());
            }
        }
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Integer> e : transactions.entrySet()) {
                if (liveRefs.contains(e.getKey())) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("op", "bind");
                    o.put("ref", e.getKey());
                    o.put("tx", e.getValue());
                    sb.append(JSON.writeValueAsString(o)).append('\n');
                }
            }
            for (QueuedMessage m : queue.values()) {
                sb.append(JSON.writeValueAsString(toJson(m))).append('\n');
            }
            ByteBuffer b = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            LOG.warn("Could not compact the message queue journal in {}; keeping the old one", dir, e);
            return;
        }
        try {
            journal.close();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory();
            journal = openAppend(target);
            transactions.keySet().retainAll(liveRefs);
            lines = transactions.size() + queue.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace the message queue journal in " + dir, e);
        }
    }

    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open directories; the rename itself is still atomic
            LOG.debug("Could not fsync directory {}", dir);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(journal);
        closeQuietly(deadJournal);
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("Could not release the lock of {}", dir);
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(@Nullable FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.debug("close failed", e);
            }
        }
    }
}
