package dev.ocpkit.ocpp.queue;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CALL waiting in a {@link MessageQueue}: it is sent with the same message id every time, so that a CSMS can drop
 * duplicates.
 *
 * @param messageId the CALL's message id (unique, at most 36 characters)
 * @param action the action name, e.g. {@code StartTransaction}
 * @param payloadJson the request payload as JSON text (already validated)
 * @param transactionRef an opaque local reference of the transaction the message belongs to, or {@code null}. OCPP
 *     1.6 assigns the transactionId only when the CSMS answers StartTransaction; messages queued before that carry
 *     the local reference, and the station client writes the assigned transactionId into their payload before
 *     sending them.
 * @param attempts failed delivery attempts so far (answered with a CALLERROR or not answered in time)
 * @param queuedAt when the message was queued
 * @since 0.1
 */
public record QueuedMessage(
        String messageId,
        String action,
        String payloadJson,
        @Nullable String transactionRef,
        int attempts,
        Instant queuedAt) {

    /** Checks the fields. */
    public QueuedMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(queuedAt, "queuedAt");
        if (messageId.isEmpty() || messageId.length() > 36) {
            throw new IllegalArgumentException("messageId must have 1 to 36 characters");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    /** A copy with another attempt count. */
    public QueuedMessage withAttempts(int attempts) {
        return new QueuedMessage(messageId, action, payloadJson, transactionRef, attempts, queuedAt);
    }
}
