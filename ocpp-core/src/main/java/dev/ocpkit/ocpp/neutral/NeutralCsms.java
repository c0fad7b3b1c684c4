package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppCallContext;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.internal.Handlers2x;
import dev.ocpkit.ocpp.neutral.internal.Mapping16;
import dev.ocpkit.ocpp.neutral.internal.Mapping2x;
import dev.ocpkit.ocpp.neutral.internal.X2;
import dev.ocpkit.ocpp.v16.AuthorizeResponse;
import dev.ocpkit.ocpp.v16.FirmwareStatusNotificationResponse;
import dev.ocpkit.ocpp.v16.HeartbeatResponse;
import dev.ocpkit.ocpp.v16.MeterValuesResponse;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.SignedFirmwareStatusNotificationResponse;
import dev.ocpkit.ocpp.v16.StartTransactionResponse;
import dev.ocpkit.ocpp.v16.StatusNotificationResponse;
import dev.ocpkit.ocpp.v16.StopTransactionResponse;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Builds the handler table of a CSMS that serves OCPP 1.6, 2.0.1 and 2.1 stations with one {@link CsmsHandler}.
 *
 * <pre>{@code
 * OcppHandlers handlers = NeutralCsms.handlers(myHandler, CsmsOptions.defaults())
 *     .toBuilder()                       // version-specific handlers alongside, e.g.
 *     .on(Ocpp201Actions.NOTIFY_EVENT, (ctx, req) -> new NotifyEventResponse())
 *     .build();
 * CsmsServer server = CsmsServer.builder().handlers(handlers).build().start();
 * }</pre>
 *
 * <p>The table answers, in every version: BootNotification, Heartbeat, Authorize, StatusNotification,
 * MeterValues, DataTransfer and FirmwareStatusNotification; 1.6 StartTransaction, StopTransaction and
 * SignedFirmwareStatusNotification; 2.x TransactionEvent. How each maps:
 *
 * <ul>
 *   <li>1.6 StartTransaction: the transaction id comes from {@link CsmsOptions#transactionIds()}; a StartTransaction
 *       re-sent with the same message id (the station did not get the answer) is answered with the id assigned the
 *       first time, as long as it is among the last {@link CsmsOptions#rememberedStarts()} ones (the handler is
 *       called again with the same {@link TransactionStarted#messageId()}).
 *   <li>1.6 MeterValues: with a transaction id {@link CsmsHandler#transactionUpdated}, without
 *       {@link CsmsHandler#meterValues}.
 *   <li>2.x TransactionEvent: by {@code eventType}; {@code idTokenInfo} is answered only when the event has an
 *       identifier.
 *   <li>Meter values: see {@link TransactionStarted}, {@link dev.ocpkit.ocpp.metering.MeterSample}; 1.6 values in
 *       the SignedData format are skipped, 2.x multipliers applied.
 *   <li>EVSEs and connectors: see {@link StatusEvent}.
 * </ul>
 *
 * <p>Stateless apart from the remembered StartTransaction message ids; thread-safe.
 *
 * @since 0.1
 */
public final class NeutralCsms {
    private final CsmsHandler handler;
    private final CsmsOptions options;
    private final Map<String, Integer> starts;

    private NeutralCsms(CsmsHandler handler, CsmsOptions options) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.options = Objects.requireNonNull(options, "options");
        int capacity = options.rememberedStarts();
        this.starts = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The handler table for every version, with {@link CsmsOptions#defaults()}.
     *
     * @param handler receives the events
     * @return an immutable table; extend it with {@link OcppHandlers#toBuilder()}
     */
    public static OcppHandlers handlers(CsmsHandler handler) {
        return handlers(handler, CsmsOptions.defaults());
    }

    /**
     * The handler table for every version.
     *
     * @param handler receives the events
     * @param options clock, transaction ids
     * @return an immutable table; extend it with {@link OcppHandlers#toBuilder()}
     */
    public static OcppHandlers handlers(CsmsHandler handler, CsmsOptions options) {
        NeutralCsms csms = new NeutralCsms(handler, options);
        OcppHandlers.Builder b = OcppHandlers.builder();
        csms.register16(b);
        csms.register2x(b);
        return b.build();
    }

    // ---------------------------------------------------------------- OCPP 1.6

    private void register16(OcppHandlers.Builder b) {
        b.onAsync(Ocpp16Actions.BOOT_NOTIFICATION, (ctx, req) -> handler.boot(ctx.session(), Mapping16.bootInfo(req))
                .thenApply(d -> Mapping16.bootResponse(d, options.clock().instant())));
        b.onAsync(Ocpp16Actions.HEARTBEAT, (ctx, req) -> handler.heartbeat(ctx.session())
                .thenApply(x -> new HeartbeatResponse(options.clock().instant())));
        b.onAsync(Ocpp16Actions.AUTHORIZE, (ctx, req) -> handler.authorize(ctx.session(), IdToken.of(req.idTag()))
                .thenApply(a -> new AuthorizeResponse(Mapping16.idTagInfo(a))));
        b.onAsync(Ocpp16Actions.STATUS_NOTIFICATION, (ctx, req) -> handler.status(
                        ctx.session(),
                        Mapping16.statusEvent(req, options.clock().instant()))
                .thenApply(x -> new StatusNotificationResponse()));
        b.onAsync(Ocpp16Actions.START_TRANSACTION, (ctx, req) -> {
            int txId = transactionIdFor(ctx);
            return handler.transactionStarted(ctx.session(), Mapping16.started(req, txId, ctx.messageId()))
                    .thenApply(a -> new StartTransactionResponse(Mapping16.idTagInfo(a), txId));
        });
        b.onAsync(Ocpp16Actions.METER_VALUES, (ctx, req) -> {
            if (req.transactionId() != null) {
                return handler.transactionUpdated(
                                ctx.session(),
                                Mapping16.updated(
                                        req, ctx.messageId(), options.clock().instant()))
                        .thenApply(a -> new MeterValuesResponse());
            }
            return handler.meterValues(ctx.session(), Mapping16.meterValues(req, ctx.messageId()))
                    .thenApply(x -> new MeterValuesResponse());
        });
        b.onAsync(Ocpp16Actions.STOP_TRANSACTION, (ctx, req) -> handler.transactionEnded(
                        ctx.session(), Mapping16.ended(req, ctx.messageId()))
                .thenApply(a ->
                        new StopTransactionResponse(a == null || req.idTag() == null ? null : Mapping16.idTagInfo(a))));
        b.onAsync(Ocpp16Actions.DATA_TRANSFER, (ctx, req) -> handler.dataTransfer(
                        ctx.session(), Mapping16.dataTransfer(req))
                .thenApply(Mapping16::dataTransferResponse));
        b.onAsync(Ocpp16Actions.FIRMWARE_STATUS_NOTIFICATION, (ctx, req) -> handler.firmwareStatus(
                        ctx.session(), Mapping16.firmwareStatus(req.status()))
                .thenApply(x -> new FirmwareStatusNotificationResponse()));
        b.onAsync(Ocpp16Actions.SIGNED_FIRMWARE_STATUS_NOTIFICATION, (ctx, req) -> handler.firmwareStatus(
                        ctx.session(), Mapping16.firmwareStatus(req.status(), req.requestId()))
                .thenApply(x -> new SignedFirmwareStatusNotificationResponse()));
    }

    private int transactionIdFor(OcppCallContext ctx) {
        if (options.rememberedStarts() == 0) {
            return options.transactionIds().nextTransactionId(ctx.identity());
        }
        String key = ctx.identity() + '\u0000' + ctx.messageId();
        synchronized (starts) {
            Integer known = starts.get(key);
            if (known != null) {
                return known;
            }
            int id = options.transactionIds().nextTransactionId(ctx.identity());
            starts.put(key, id);
            return id;
        }
    }

    // ---------------------------------------------------------------- OCPP 2.0.1 and 2.1

    private void register2x(OcppHandlers.Builder b) {
        Handlers2x.on2x(
                b,
                Ocpp201Actions.BOOT_NOTIFICATION,
                Ocpp21Actions.BOOT_NOTIFICATION,
                X2.BootNotificationRequest.class,
                (s, v, id, r) -> handler.boot(s, Mapping2x.bootInfo(r))
                        .thenApply(
                                d -> Mapping2x.bootResponse(d, options.clock().instant(), v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.HEARTBEAT,
                Ocpp21Actions.HEARTBEAT,
                X2.Empty.class,
                (s, v, id, r) -> handler.heartbeat(s)
                        .thenApply(x -> new X2.HeartbeatResponse(options.clock().instant())));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.AUTHORIZE,
                Ocpp21Actions.AUTHORIZE,
                X2.AuthorizeRequest.class,
                (s, v, id, r) -> handler.authorize(s, Mapping2x.idToken(r.idToken()))
                        .thenApply(a -> new X2.AuthorizeResponse(Mapping2x.idTokenInfo(a, v))));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.STATUS_NOTIFICATION,
                Ocpp21Actions.STATUS_NOTIFICATION,
                X2.StatusNotificationRequest.class,
                (s, v, id, r) -> handler.status(s, Mapping2x.statusEvent(r)).thenApply(x -> new X2.Empty()));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.TRANSACTION_EVENT,
                Ocpp21Actions.TRANSACTION_EVENT,
                X2.TransactionEventRequest.class,
                this::transactionEvent);
        Handlers2x.on2x(
                b,
                Ocpp201Actions.METER_VALUES,
                Ocpp21Actions.METER_VALUES,
                X2.MeterValuesRequest.class,
                (s, v, id, r) ->
                        handler.meterValues(s, Mapping2x.meterValues(r, id)).thenApply(x -> new X2.Empty()));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.DATA_TRANSFER,
                Ocpp21Actions.DATA_TRANSFER,
                X2.DataTransferRequest.class,
                (s, v, id, r) -> handler.dataTransfer(s, Mapping2x.dataTransfer(r))
                        .thenApply(res -> Mapping2x.dataTransferResponse(res, v)));
        Handlers2x.on2x(
                b,
                Ocpp201Actions.FIRMWARE_STATUS_NOTIFICATION,
                Ocpp21Actions.FIRMWARE_STATUS_NOTIFICATION,
                X2.FirmwareStatusNotificationRequest.class,
                (s, v, id, r) ->
                        handler.firmwareStatus(s, Mapping2x.firmwareStatus(r)).thenApply(x -> new X2.Empty()));
    }

    private CompletionStage<X2.TransactionEventResponse> transactionEvent(
            OcppSession s, OcppVersion v, String messageId, X2.TransactionEventRequest r) {
        CompletionStage<? extends Authorization> answer =
                switch (r.eventType()) {
                    case Mapping2x.STARTED -> handler.transactionStarted(s, Mapping2x.started(r, messageId));
                    case Mapping2x.UPDATED -> handler.transactionUpdated(s, Mapping2x.updated(r, messageId));
                    case Mapping2x.ENDED -> handler.transactionEnded(s, Mapping2x.ended(r, messageId));
                    default -> CompletableFuture.failedFuture(
                            new IllegalArgumentException("Unknown eventType " + r.eventType()));
                };
        return answer.thenApply(a ->
                new X2.TransactionEventResponse(a == null || r.idToken() == null ? null : Mapping2x.idTokenInfo(a, v)));
    }
}
