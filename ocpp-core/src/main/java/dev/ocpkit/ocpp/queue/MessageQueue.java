package dev.ocpkit.ocpp.queue;

import java.util.List;
import java.util.Optional;

/**
 * A FIFO of CALLs that must reach the CSMS: messages are delivered in the order they were added, each until the CSMS
 * answers it with a CALLRESULT, or until it has failed as many times as the station's TransactionMessageAttempts
 * allows (then it moves to the dead letters, never silently dropped).
 *
 * <p>Implementations are thread-safe. Only {@code add} may be called by host code; the station client drives the
 * rest.
 *
 * @since 0.1
 */
public interface MessageQueue extends AutoCloseable {
    /**
     * Appends a message. When this returns, the message is stored as durably as the implementation promises.
     *
     * @throws IllegalArgumentException when a message with the same id is queued already
     * @throws java.io.UncheckedIOException when it could not be stored (then it is not queued)
     */
    void add(QueuedMessage message);

    /** The oldest message not yet delivered. */
    Optional<QueuedMessage> peek();

    /** Every queued message, oldest first (a snapshot). */
    List<QueuedMessage> messages();

    /** The number of queued messages. */
    int size();

    /**
     * Removes a delivered message.
     *
     * @return whether it was queued
     */
    boolean delivered(String messageId);

    /**
     * Records a failed attempt of a message.
     *
     * @return the number of failed attempts now, or -1 when the message is not queued
     */
    int failedAttempt(String messageId);

    /**
     * Moves a message that cannot be delivered to the dead letters.
     *
     * @param reason why, e.g. the CALLERROR code of the last attempt
     * @return whether it was queued
     */
    boolean deadLetter(String messageId, String reason);

    /** Messages given up on, oldest first, with the reason. */
    List<DeadLetter> deadLetters();

    /** Records the transactionId the CSMS assigned to a local transaction reference (OCPP 1.6). */
    void bindTransaction(String transactionRef, int transactionId);

    /** The transactionId bound to a local reference, if known. */
    Optional<Integer> transactionId(String transactionRef);

    /** Releases resources (files). */
    @Override
    void close();

    /**
     * A message the queue gave up on.
     *
     * @param message the message
     * @param reason why
     */
    record DeadLetter(QueuedMessage message, String reason) {}
}
