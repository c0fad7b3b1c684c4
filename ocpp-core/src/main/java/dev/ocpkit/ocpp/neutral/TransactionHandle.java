package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppVersion;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A transaction a station reports through {@link StationCalls}: its id, its EVSE, and (OCPP 2.x) its event sequence
 * number.
 *
 * <p>OCPP 1.6: the CSMS assigns the transaction id in StartTransaction.conf, so {@link #transactionId()} completes
 * when that answer arrives (possibly much later, when the station was offline). Until then the transaction is known
 * by its local {@link #ref()}, under which its messages wait in the station's message queue; the queue writes the
 * assigned id into them before sending. OCPP 2.x: the station chose the id (a UUID), {@link #transactionId()} is
 * complete from the start and {@link #ref()} is the same id.
 *
 * <p>To continue a transaction after a station restart (with a durable message queue), keep {@link #ref()},
 * {@link #evseId()}, {@link #connectorId()} and {@link #nextSeqNo()} and pass them to
 * {@link StationCalls#resumeTransaction}.
 *
 * <p>Thread-safe. Only ocpkit creates instances.
 *
 * @since 0.1
 */
public final class TransactionHandle {
    private final OcppVersion version;
    private final String ref;
    private final int evseId;
    private final @Nullable Integer connectorId;
    private final CompletableFuture<String> transactionId;
    private final CompletableFuture<@Nullable Authorization> started;
    private int seqNo;
    private boolean ended;

    TransactionHandle(
            OcppVersion version,
            String ref,
            int evseId,
            @Nullable Integer connectorId,
            int nextSeqNo,
            CompletableFuture<String> transactionId,
            CompletableFuture<@Nullable Authorization> started) {
        this.version = Objects.requireNonNull(version, "version");
        this.ref = Objects.requireNonNull(ref, "ref");
        this.evseId = evseId;
        this.connectorId = connectorId;
        this.seqNo = nextSeqNo;
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.started = Objects.requireNonNull(started, "started");
    }

    /** The protocol version of the transaction's messages. */
    public OcppVersion version() {
        return version;
    }

    /** The local reference of the transaction (for 2.x its transaction id). */
    public String ref() {
        return ref;
    }

    /** The EVSE of the transaction. */
    public int evseId() {
        return evseId;
    }

    /** The connector of the EVSE, or {@code null} when not given. */
    public @Nullable Integer connectorId() {
        return connectorId;
    }

    /**
     * The transaction id.
     *
     * @return for 2.x a completed future; for 1.6 a future that completes with the CSMS-assigned id (decimal) when
     *     StartTransaction.conf arrives, or exceptionally as {@link StationCalls#startTransaction} describes. Do not
     *     cancel it (it is shared).
     */
    public CompletableFuture<String> transactionId() {
        return transactionId;
    }

    /** The transaction id if it is known now, otherwise {@code null}. */
    public @Nullable String transactionIdNow() {
        return transactionId.getNow(null);
    }

    /**
     * The CSMS's verdict on the start: 1.6 StartTransaction.conf {@code idTagInfo}, 2.x TransactionEventResponse
     * {@code idTokenInfo} ({@code null} when the CSMS sent none). Completes when the answer arrives; exceptionally
     * as {@link StationCalls#startTransaction} describes. For a resumed transaction it never completes.
     */
    public CompletableFuture<@Nullable Authorization> started() {
        return started;
    }

    /** OCPP 2.x: the sequence number the next event of this transaction will carry; 1.6: always 0. */
    public synchronized int nextSeqNo() {
        return seqNo;
    }

    /** Whether {@link StationCalls#endTransaction} was called for this transaction. */
    public synchronized boolean isEnded() {
        return ended;
    }

    /** Takes the next sequence number (under the handle's lock with the send). */
    synchronized int takeSeqNo() {
        return seqNo++;
    }

    synchronized void giveBackSeqNo() {
        seqNo--;
    }

    synchronized void markEnded() {
        ended = true;
    }

    void tryBind(@Nullable Integer assigned) {
        if (assigned != null) {
            transactionId.complete(assigned.toString());
        }
    }

    @Override
    public String toString() {
        return "TransactionHandle[" + version.label() + ", ref=" + ref + ", evse=" + evseId + ", id="
                + transactionIdNow() + "]";
    }
}
