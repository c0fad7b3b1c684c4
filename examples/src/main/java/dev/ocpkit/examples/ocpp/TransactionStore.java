package dev.ocpkit.examples.ocpp;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppCallContext;
import dev.ocpkit.ocpp.OcppHandler;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.neutral.TransactionIdGenerator;
import dev.ocpkit.ocpp.v16.AuthorizationStatus;
import dev.ocpkit.ocpp.v16.IdTagInfo;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.StartTransactionRequest;
import dev.ocpkit.ocpp.v16.StartTransactionResponse;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --store FILE} of {@code ocpkit csms}: every transaction message a station sends (1.6 StartTransaction,
 * StopTransaction and MeterValues with a transactionId; 2.x TransactionEvent) is appended as one JSON line and
 * flushed to the disk ({@code fsync}) before the CSMS answers it, so that a CSMS killed at any moment has lost
 * nothing it acknowledged.
 *
 * <p>Each line holds {@code station}, {@code messageId}, {@code action}, {@code version}, {@code transactionId},
 * {@code duplicate} (the station re-sent a message this store already has, e.g. because the CSMS died before
 * answering) and {@code payload}. On open the file is read back: a torn last line (a kill mid-write, never
 * acknowledged) is cut off, the 1.6 transaction ids already assigned are remembered, so that a re-sent
 * StartTransaction gets the id it got the first time, and new ids continue above the highest one stored.
 */
final class TransactionStore implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final FileChannel channel;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> started = new HashMap<>();
    private final Map<String, CompletableFuture<StartTransactionResponse>> startsInFlight = new ConcurrentHashMap<>();
    private int maxTransactionId;
    private long lines;
    private long duplicates;

    private TransactionStore(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    replay(line);
                }
            }
            if (end < bytes.length) {
                try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    c.truncate(end);
                    c.force(true);
                }
            }
        }
        this.channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /**
     * Opens (creating if needed) a store file.
     *
     * @throws UncheckedIOException when the file cannot be read or written
     */
    static TransactionStore open(Path file) {
        try {
            return new TransactionStore(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the transaction store " + file, e);
        }
    }

    private void replay(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalStateException("Corrupt line in " + file + ": " + line, e);
        }
        lines++;
        String key = key(n.path("station").asString(), n.path("messageId").asString());
        if (!seen.add(key)) {
            duplicates++;
        }
        if ("1.6".equals(n.path("version").asString())
                && "StartTransaction".equals(n.path("action").asString())) {
            int tx = n.path("transactionId").asInt();
            started.putIfAbsent(key, tx);
            maxTransactionId = Math.max(maxTransactionId, tx);
        }
    }

    private static String key(String station, String messageId) {
        return station + '\u0000' + messageId;
    }

    /** Lines in the store (duplicates included). */
    synchronized long lines() {
        return lines;
    }

    /** Lines that repeat a message the store already had. */
    synchronized long duplicates() {
        return duplicates;
    }

    /** A generator of 1.6 transaction ids above every id stored (and above the current Unix time in seconds). */
    synchronized TransactionIdGenerator transactionIds() {
        long floor = Math.max((long) maxTransactionId + 1, Instant.now().getEpochSecond());
        return TransactionIdGenerator.startingAt((int) Math.min(Integer.MAX_VALUE, floor));
    }

    private synchronized @Nullable Integer startedTransaction(String station, String messageId) {
        return started.get(key(station, messageId));
    }

    /** Appends one line and flushes it to the disk. */
    private synchronized void append(
            OcppCallContext ctx, OcppAction<?, ?> action, @Nullable String transactionId, Object payload) {
        String key = key(ctx.identity(), ctx.messageId());
        boolean duplicate = seen.contains(key);
        ObjectNode line = JSON.createObjectNode()
                .put("station", ctx.identity())
                .put("messageId", ctx.messageId())
                .put("action", action.name())
                .put("version", action.version().label())
                .put("transactionId", transactionId)
                .put("duplicate", duplicate);
        line.set("payload", JSON.valueToTree(payload));
        byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the transaction store " + file, e);
        }
        seen.add(key);
        lines++;
        if (duplicate) {
            duplicates++;
        }
        if (action.equals(Ocpp16Actions.START_TRANSACTION) && transactionId != null) {
            int tx = Integer.parseInt(transactionId);
            started.putIfAbsent(key, tx);
            maxTransactionId = Math.max(maxTransactionId, tx);
        }
    }

    /**
     * The handler table with every transaction message stored before the wrapped handler answers it; a re-sent 1.6
     * StartTransaction is answered with the transaction id it got the first time, without calling the handler again.
     */
    OcppHandlers wrap(OcppHandlers handlers) {
        OcppHandlers.Builder b = handlers.toBuilder();
        OcppHandler<StartTransactionRequest, StartTransactionResponse> start =
                Objects.requireNonNull(handlers.get(Ocpp16Actions.START_TRANSACTION), "StartTransaction handler");
        b.onAsync(Ocpp16Actions.START_TRANSACTION, (ctx, req) -> {
            Integer known = startedTransaction(ctx.identity(), ctx.messageId());
            if (known != null) {
                append(ctx, Ocpp16Actions.START_TRANSACTION, known.toString(), req);
                return CompletableFuture.completedFuture(
                        new StartTransactionResponse(new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), known));
            }
            String key = key(ctx.identity(), ctx.messageId());
            CompletableFuture<StartTransactionResponse> mine = new CompletableFuture<>();
            CompletableFuture<StartTransactionResponse> running = startsInFlight.putIfAbsent(key, mine);
            if (running != null) {
                // re-sent on a new connection while the first is still being handled: the same answer, stored again
                return running.thenApply(resp -> {
                    append(ctx, Ocpp16Actions.START_TRANSACTION, Integer.toString(resp.transactionId()), req);
                    return resp;
                });
            }
            Integer storedMeanwhile = startedTransaction(ctx.identity(), ctx.messageId());
            if (storedMeanwhile != null) {
                startsInFlight.remove(key, mine);
                append(ctx, Ocpp16Actions.START_TRANSACTION, storedMeanwhile.toString(), req);
                return CompletableFuture.completedFuture(new StartTransactionResponse(
                        new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED), storedMeanwhile));
            }
            start.handle(ctx, req)
                    .thenApply(resp -> {
                        append(ctx, Ocpp16Actions.START_TRANSACTION, Integer.toString(resp.transactionId()), req);
                        return resp;
                    })
                    .whenComplete((resp, err) -> {
                        startsInFlight.remove(key, mine);
                        if (err != null) {
                            mine.completeExceptionally(err);
                        } else {
                            mine.complete(resp);
                        }
                    });
            return mine;
        });
        storeFirst(b, handlers, Ocpp16Actions.STOP_TRANSACTION, r -> Integer.toString(r.transactionId()), r -> true);
        storeFirst(
                b,
                handlers,
                Ocpp16Actions.METER_VALUES,
                r -> String.valueOf(r.transactionId()),
                r -> r.transactionId() != null);
        storeFirst(
                b,
                handlers,
                Ocpp201Actions.TRANSACTION_EVENT,
                r -> r.transactionInfo().transactionId(),
                r -> true);
        storeFirst(
                b,
                handlers,
                Ocpp21Actions.TRANSACTION_EVENT,
                r -> r.transactionInfo().transactionId(),
                r -> true);
        return b.build();
    }

    private <Q extends OcppRequest<S>, S extends OcppResponse> void storeFirst(
            OcppHandlers.Builder b,
            OcppHandlers handlers,
            OcppAction<Q, S> action,
            Function<Q, String> transactionId,
            Predicate<Q> isTransactionMessage) {
        OcppHandler<Q, S> inner = Objects.requireNonNull(handlers.get(action), action.name() + " handler");
        b.onAsync(action, (ctx, req) -> {
            if (isTransactionMessage.test(req)) {
                append(ctx, action, transactionId.apply(req), req);
            }
            return inner.handle(ctx, req);
        });
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
