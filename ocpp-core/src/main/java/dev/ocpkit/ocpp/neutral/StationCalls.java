package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppConnectionException;
import dev.ocpkit.ocpp.OcppException;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppTimeoutException;
import dev.ocpkit.ocpp.OcppValidationException;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.StationClient;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.internal.Mapping16;
import dev.ocpkit.ocpp.neutral.internal.Mapping2x;
import dev.ocpkit.ocpp.neutral.internal.X2;
import dev.ocpkit.ocpp.v16.FirmwareStatusNotificationRequest;
import dev.ocpkit.ocpp.v16.HeartbeatRequest;
import dev.ocpkit.ocpp.v16.SignedFirmwareStatusNotificationRequest;
import dev.ocpkit.ocpp.v16.StartTransactionResponse;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The common station-to-CSMS messages of one OCPP version, over a {@link StationClient}.
 *
 * <pre>{@code
 * StationCalls calls = StationCalls.of(client, OcppVersion.V201);
 * calls.boot(BootInfo.builder().vendor("ACME").model("AC-22").build()).join();
 * TransactionHandle tx = calls.startTransaction(TransactionStart.builder()
 *     .evseId(1).idToken(IdToken.of("04A2B3C4", IdToken.TYPE_ISO14443))
 *     .timestamp(Instant.now()).meterStartWh(new BigDecimal("1520")).build());
 * calls.updateTransaction(tx, TransactionUpdate.builder().timestamp(Instant.now()).samples(samples).build());
 * calls.endTransaction(tx, TransactionStop.builder().timestamp(Instant.now()).meterStopWh(end).build());
 * }</pre>
 *
 * <p><b>Transactions</b> go through {@link StationClient#callQueued}: stored first (durably with a
 * {@code FileMessageQueue}), delivered in order whenever connected, retried as TransactionMessageAttempts says. For
 * OCPP 1.6 every message of a transaction carries the same transaction reference, so MeterValues and StopTransaction
 * queued before the CSMS answered StartTransaction are sent with the id it assigned. For 2.x the station generates
 * the transaction id (a UUID, 36 characters), numbers the events with {@code seqNo} from 0 and sets
 * {@code offline=true} on events created while the client is not connected.
 *
 * <p><b>Other messages</b> (boot, heartbeat, authorize, status, meter values outside transactions, data transfer,
 * firmware status) are sent at once with {@link StationClient#call}; they fail with
 * {@link OcppConnectionException} while disconnected, as OCPP wants them dropped rather than queued.
 *
 * <p><b>Completion.</b> Futures complete normally with the neutral answer, or exceptionally as
 * {@link StationClient#call} and {@link StationClient#callQueued} document ({@link OcppCallErrorException},
 * {@link OcppTimeoutException}, {@link OcppConnectionException}, {@link OcppValidationException}, or
 * {@link OcppException} when a queued message was given up), unwrapped. They fail with
 * {@link IllegalStateException} when the client is connected with another version than this object's. Input a
 * version cannot express throws {@link IllegalArgumentException} at once and sends nothing.
 *
 * <p>The client must offer only this object's version (queued messages are stored in it). Thread-safe.
 *
 * @since 0.1
 */
public final class StationCalls {
    private final StationClient client;
    private final OcppVersion version;

    private StationCalls(StationClient client, OcppVersion version) {
        this.client = Objects.requireNonNull(client, "client");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * The calls of a client in one version.
     *
     * @param client the station client
     * @param version the version the client speaks (the only one it should offer)
     */
    public static StationCalls of(StationClient client, OcppVersion version) {
        return new StationCalls(client, version);
    }

    /** The client. */
    public StationClient client() {
        return client;
    }

    /** The version the messages are written in. */
    public OcppVersion version() {
        return version;
    }

    private boolean v16() {
        return version == OcppVersion.V16;
    }

    // ---------------------------------------------------------------- direct calls

    private <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request) {
        Optional<OcppSession> s = client.session();
        if (s.isPresent() && s.get().version() != version) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "The client is connected with OCPP " + s.get().version().label() + ", not " + version.label()));
        }
        return client.call(request);
    }

    private <
                    Q1 extends OcppRequest<S1>,
                    S1 extends OcppResponse,
                    Q2 extends OcppRequest<S2>,
                    S2 extends OcppResponse,
                    R>
            CompletableFuture<R> call2x(
                    OcppAction<Q1, S1> v201, OcppAction<Q2, S2> v21, Object shape, Class<R> responseShape) {
        if (version == OcppVersion.V21) {
            return StationCommands.map(call(X2.request(v21, shape)), r -> X2.from(r, responseShape));
        }
        return StationCommands.map(call(X2.request(v201, shape)), r -> X2.from(r, responseShape));
    }

    /**
     * Sends BootNotification.
     *
     * @return completes with the CSMS's decision (its {@code currentTime} set)
     */
    public CompletableFuture<BootDecision> boot(BootInfo boot) {
        Objects.requireNonNull(boot, "boot");
        if (v16()) {
            return StationCommands.map(call(Mapping16.boot(boot)), Mapping16::bootDecision);
        }
        return StationCommands.map(
                call2x(
                        Ocpp201Actions.BOOT_NOTIFICATION,
                        Ocpp21Actions.BOOT_NOTIFICATION,
                        Mapping2x.boot(boot, version),
                        X2.BootNotificationResponse.class),
                Mapping2x::bootDecision);
    }

    /**
     * Sends Heartbeat.
     *
     * @return completes with the CSMS's current time
     */
    public CompletableFuture<Instant> heartbeat() {
        if (v16()) {
            return StationCommands.map(call(new HeartbeatRequest()), r -> r.currentTime());
        }
        return StationCommands.map(
                call2x(Ocpp201Actions.HEARTBEAT, Ocpp21Actions.HEARTBEAT, new X2.Empty(), X2.HeartbeatResponse.class),
                X2.HeartbeatResponse::currentTime);
    }

    /**
     * Sends Authorize.
     *
     * @return completes with the CSMS's verdict
     * @throws IllegalArgumentException when the token is too long for the version (1.6: 20, 2.0.1: 36, 2.1: 255
     *     characters) or its type is not one 2.0.1 defines
     */
    public CompletableFuture<Authorization> authorize(IdToken token) {
        Objects.requireNonNull(token, "token");
        if (v16()) {
            return StationCommands.map(call(Mapping16.authorize(token)), r -> Mapping16.authorization(r.idTagInfo()));
        }
        return StationCommands.map(
                call2x(
                        Ocpp201Actions.AUTHORIZE,
                        Ocpp21Actions.AUTHORIZE,
                        new X2.AuthorizeRequest(Mapping2x.idToken(token, version)),
                        X2.AuthorizeResponse.class),
                r -> Mapping2x.authorization(r.idTokenInfo()));
    }

    /**
     * Sends StatusNotification (see {@link StatusEvent} for the numbering and which fields each version carries).
     *
     * @return completes when the CSMS acknowledged it
     * @throws IllegalArgumentException for 1.6 with a connector other than 1 (or 0 on EVSE 0), or an unknown error
     *     code
     */
    public CompletableFuture<Void> status(StatusEvent event) {
        Objects.requireNonNull(event, "event");
        if (v16()) {
            return StationCommands.map(call(Mapping16.status(event)), r -> null);
        }
        return StationCommands.map(
                call2x(
                        Ocpp201Actions.STATUS_NOTIFICATION,
                        Ocpp21Actions.STATUS_NOTIFICATION,
                        Mapping2x.status(event, version),
                        X2.Empty.class),
                r -> null);
    }

    /**
     * Sends meter values outside a transaction (MeterValues without transaction id).
     *
     * @param evseId the EVSE; 0 for the station's main meter
     * @param samples at least one sample
     * @throws IllegalArgumentException when there is no sample or the version cannot express one
     */
    public CompletableFuture<Void> meterValues(int evseId, List<MeterSample> samples) {
        if (v16()) {
            return StationCommands.map(call(Mapping16.meterValues(evseId, samples)), r -> null);
        }
        return StationCommands.map(
                call2x(
                        Ocpp201Actions.METER_VALUES,
                        Ocpp21Actions.METER_VALUES,
                        Mapping2x.meterValues(evseId, samples, version),
                        X2.Empty.class),
                r -> null);
    }

    /** Sends DataTransfer; see {@link DataTransfer} for the data of 1.6. */
    public CompletableFuture<DataTransferResult> dataTransfer(DataTransfer request) {
        Objects.requireNonNull(request, "request");
        if (v16()) {
            return StationCommands.map(call(Mapping16.dataTransfer(request)), Mapping16::dataTransferResult);
        }
        return StationCommands.map(
                call2x(
                        Ocpp201Actions.DATA_TRANSFER,
                        Ocpp21Actions.DATA_TRANSFER,
                        Mapping2x.dataTransfer(request),
                        X2.DataTransferResponse.class),
                Mapping2x::dataTransferResult);
    }

    /**
     * Sends FirmwareStatusNotification. For OCPP 1.6, statuses beyond 1.6's own (see
     * {@link FirmwareStatus#isBasicOcpp16()}) or a request id go in the security extension's
     * SignedFirmwareStatusNotification.
     *
     * @throws IllegalArgumentException for 1.6 with an extended status but no request id
     */
    public CompletableFuture<Void> firmwareStatus(FirmwareStatusEvent event) {
        Objects.requireNonNull(event, "event");
        if (v16()) {
            if (event.status().isBasicOcpp16() && event.requestId() == null) {
                return StationCommands.map(
                        call(new FirmwareStatusNotificationRequest(dev.ocpkit.ocpp.v16.FirmwareStatus.fromValue(
                                event.status().valueIn(version)))),
                        r -> null);
            }
            if (event.requestId() == null) {
                throw new IllegalArgumentException(
                        "OCPP 1.6 SignedFirmwareStatusNotification (status " + event.status() + ") needs a requestId");
            }
            return StationCommands.map(
                    call(new SignedFirmwareStatusNotificationRequest(
                            dev.ocpkit.ocpp.v16.FirmwareStatusEnum.fromValue(
                                    event.status().valueIn(version)),
                            event.requestId())),
                    r -> null);
        }
        return StationCommands.map(
                call2x(
                        Ocpp201Actions.FIRMWARE_STATUS_NOTIFICATION,
                        Ocpp21Actions.FIRMWARE_STATUS_NOTIFICATION,
                        Mapping2x.firmwareStatus(event, version),
                        X2.Empty.class),
                r -> null);
    }

    // ---------------------------------------------------------------- transactions (queued)

    private CompletableFuture<X2.TransactionEventResponse> queueEvent(X2.TransactionEventRequest event) {
        CompletableFuture<? extends OcppResponse> f = version == OcppVersion.V21
                ? client.callQueued(X2.request(Ocpp21Actions.TRANSACTION_EVENT, event))
                : client.callQueued(X2.request(Ocpp201Actions.TRANSACTION_EVENT, event));
        return StationCommands.map(f, r -> X2.from(r, X2.TransactionEventResponse.class));
    }

    /**
     * Reports a transaction start: 1.6 StartTransaction, 2.x TransactionEvent Started with a new UUID transaction id
     * and seqNo 0. Queued (see the class documentation).
     *
     * @return the handle; its {@link TransactionHandle#started()} completes with the CSMS's verdict, its
     *     {@link TransactionHandle#transactionId()} (1.6) with the assigned id, both exceptionally when the message
     *     was not queued (invalid) or given up
     * @throws IllegalArgumentException when the version cannot express the start (see {@link TransactionStart})
     */
    public TransactionHandle startTransaction(TransactionStart start) {
        Objects.requireNonNull(start, "start");
        if (v16()) {
            String ref = UUID.randomUUID().toString();
            CompletableFuture<StartTransactionResponse> f = client.callQueued(Mapping16.start(start), ref);
            CompletableFuture<String> id = StationCommands.map(f, r -> Integer.toString(r.transactionId()));
            CompletableFuture<@Nullable Authorization> verdict =
                    StationCommands.map(f, r -> Mapping16.authorization(r.idTagInfo()));
            return new TransactionHandle(version, ref, start.evseId(), start.connectorId(), 0, id, verdict);
        }
        String id = UUID.randomUUID().toString();
        X2.TransactionEventRequest event = Mapping2x.start(start, id, 0, !client.isConnected(), version);
        CompletableFuture<X2.TransactionEventResponse> f = queueEvent(event);
        CompletableFuture<@Nullable Authorization> verdict = StationCommands.map(f, StationCalls::verdict);
        return new TransactionHandle(
                version, id, start.evseId(), start.connectorId(), 1, CompletableFuture.completedFuture(id), verdict);
    }

    private static @Nullable Authorization verdict(X2.TransactionEventResponse r) {
        return r.idTokenInfo() == null ? null : Mapping2x.authorization(r.idTokenInfo());
    }

    /**
     * Reports something during a transaction: 1.6 MeterValues with the transaction id, 2.x TransactionEvent Updated
     * with the next seqNo. Queued.
     *
     * @return completes with 2.x {@code idTokenInfo} (or {@code null}); {@code null} for 1.6
     * @throws IllegalArgumentException when the version cannot express the update (1.6: no samples)
     * @throws IllegalStateException when the transaction ended, or the handle is of another version
     */
    public CompletableFuture<@Nullable Authorization> updateTransaction(
            TransactionHandle tx, TransactionUpdate update) {
        Objects.requireNonNull(update, "update");
        check(tx);
        if (v16()) {
            String known = tx.transactionIdNow();
            CompletableFuture<dev.ocpkit.ocpp.v16.MeterValuesResponse> f = client.callQueued(
                    Mapping16.update(
                            update,
                            Mapping16.connectorId(tx.evseId(), tx.connectorId()),
                            known == null ? 0 : Integer.parseInt(known)),
                    tx.ref());
            f.whenComplete((r, e) ->
                    tx.tryBind(client.messageQueue().transactionId(tx.ref()).orElse(null)));
            return StationCommands.map(f, r -> null);
        }
        synchronized (tx) {
            int seqNo = tx.takeSeqNo();
            X2.TransactionEventRequest event;
            try {
                event = Mapping2x.update(
                        update, tx.ref(), tx.evseId(), tx.connectorId(), seqNo, !client.isConnected(), version);
            } catch (RuntimeException e) {
                tx.giveBackSeqNo();
                throw e;
            }
            return queued2x(tx, event);
        }
    }

    /**
     * Reports the end of a transaction: 1.6 StopTransaction, 2.x TransactionEvent Ended with the next seqNo.
     * Queued.
     *
     * @return completes with the CSMS's verdict on the stop identifier, or {@code null}
     * @throws IllegalArgumentException when the version cannot express the stop (1.6: no meterStopWh)
     * @throws IllegalStateException when the transaction ended already, or the handle is of another version
     */
    public CompletableFuture<@Nullable Authorization> endTransaction(TransactionHandle tx, TransactionStop stop) {
        Objects.requireNonNull(stop, "stop");
        synchronized (tx) {
            check(tx);
            if (v16()) {
                String known = tx.transactionIdNow();
                CompletableFuture<dev.ocpkit.ocpp.v16.StopTransactionResponse> f =
                        client.callQueued(Mapping16.stop(stop, known == null ? 0 : Integer.parseInt(known)), tx.ref());
                if (!f.isCompletedExceptionally()) {
                    tx.markEnded();
                }
                f.whenComplete((r, e) ->
                        tx.tryBind(client.messageQueue().transactionId(tx.ref()).orElse(null)));
                return StationCommands.map(
                        f, r -> r.idTagInfo() == null ? null : Mapping16.authorization(r.idTagInfo()));
            }
            int seqNo = tx.takeSeqNo();
            X2.TransactionEventRequest event;
            try {
                event = Mapping2x.stop(stop, tx.ref(), seqNo, !client.isConnected(), version);
            } catch (RuntimeException e) {
                tx.giveBackSeqNo();
                throw e;
            }
            CompletableFuture<@Nullable Authorization> f = queued2x(tx, event);
            if (!f.isCompletedExceptionally()) {
                tx.markEnded();
            }
            return f;
        }
    }

    /** Queues a 2.x event under the handle's lock; a message refused at once (invalid) gives its seqNo back. */
    private CompletableFuture<@Nullable Authorization> queued2x(TransactionHandle tx, X2.TransactionEventRequest e) {
        CompletableFuture<X2.TransactionEventResponse> f = queueEvent(e);
        if (f.isCompletedExceptionally()) {
            tx.giveBackSeqNo();
        }
        return StationCommands.map(f, StationCalls::verdict);
    }

    private void check(TransactionHandle tx) {
        Objects.requireNonNull(tx, "tx");
        if (tx.version() != version) {
            throw new IllegalStateException(
                    "The transaction is of OCPP " + tx.version().label());
        }
        if (tx.isEnded()) {
            throw new IllegalStateException("The transaction has ended: " + tx);
        }
    }

    /**
     * A handle for a transaction started before a restart, to continue reporting it.
     *
     * @param ref {@link TransactionHandle#ref()} of the transaction
     * @param nextSeqNo OCPP 2.x: {@link TransactionHandle#nextSeqNo()} when it was saved (ignored for 1.6)
     * @return the handle. For 1.6 its transaction id is complete when the queue knows it, otherwise it completes once
     *     a later message of the transaction was delivered; {@link TransactionHandle#started()} never completes
     */
    public TransactionHandle resumeTransaction(String ref, int evseId, @Nullable Integer connectorId, int nextSeqNo) {
        Objects.requireNonNull(ref, "ref");
        if (v16()) {
            CompletableFuture<String> id = new CompletableFuture<>();
            TransactionHandle tx = new TransactionHandle(
                    version, ref, evseId, connectorId, 0, id, new CompletableFuture<@Nullable Authorization>());
            tx.tryBind(client.messageQueue().transactionId(ref).orElse(null));
            return tx;
        }
        if (nextSeqNo < 0) {
            throw new IllegalArgumentException("nextSeqNo must not be negative");
        }
        return new TransactionHandle(
                version,
                ref,
                evseId,
                connectorId,
                nextSeqNo,
                CompletableFuture.completedFuture(ref),
                new CompletableFuture<@Nullable Authorization>());
    }
}
