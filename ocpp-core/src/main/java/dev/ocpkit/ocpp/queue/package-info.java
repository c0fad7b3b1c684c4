/**
 * Durable queues for the transaction-related messages a station must never lose (OCPP 1.6 StartTransaction,
 * StopTransaction and transaction MeterValues; OCPP 2.x TransactionEvent).
 *
 * <p>{@link dev.ocpkit.ocpp.queue.FileMessageQueue} keeps an append-only journal flushed to disk on every change,
 * so that a station restarted after {@code kill -9} resends exactly what was not acknowledged, with the same
 * message ids.
 */
@NullMarked
package dev.ocpkit.ocpp.queue;

import org.jspecify.annotations.NullMarked;
