package dev.ocpkit.ocpp.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link MessageQueue} in memory: survives reconnects, not restarts. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryMessageQueue implements MessageQueue {
    private final LinkedHashMap<String, QueuedMessage> queue = new LinkedHashMap<>();
    private final List<DeadLetter> dead = new ArrayList<>();
    private final Map<String, Integer> transactions = new HashMap<>();

    @Override
    public synchronized void add(QueuedMessage message) {
        if (queue.containsKey(message.messageId())) {
            throw new IllegalArgumentException("message " + message.messageId() + " is queued already");
        }
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
        return queue.remove(messageId) != null;
    }

    @Override
    public synchronized int failedAttempt(String messageId) {
        QueuedMessage m = queue.get(messageId);
        if (m == null) {
            return -1;
        }
        queue.put(messageId, m.withAttempts(m.attempts() + 1));
        return m.attempts() + 1;
    }

    @Override
    public synchronized boolean deadLetter(String messageId, String reason) {
        QueuedMessage m = queue.remove(messageId);
        if (m == null) {
            return false;
        }
        dead.add(new DeadLetter(m, reason));
        return true;
    }

    @Override
    public synchronized List<DeadLetter> deadLetters() {
        return List.copyOf(dead);
    }

    @Override
    public synchronized void bindTransaction(String transactionRef, int transactionId) {
        transactions.put(transactionRef, transactionId);
    }

    @Override
    public synchronized Optional<Integer> transactionId(String transactionRef) {
        return Optional.ofNullable(transactions.get(transactionRef));
    }

    @Override
    public void close() {}
}
