package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppSession;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * What a CSMS does with the common station messages, whatever the station's OCPP version: implement the methods you
 * need and pass the handler to {@link NeutralCsms#handlers(CsmsHandler, CsmsOptions)}.
 *
 * <p>Every method receives the station's {@link OcppSession} first (identity, version, and a way to send calls back,
 * e.g. through {@link StationCommands#of(OcppSession)}). The same instance serves OCPP 1.6, 2.0.1 and 2.1
 * stations: 1.6 StartTransaction / MeterValues with a transaction id / StopTransaction and 2.x TransactionEvent
 * Started / Updated / Ended all arrive as {@link #transactionStarted}, {@link #transactionUpdated} and
 * {@link #transactionEnded}.
 *
 * <p><b>Threading.</b> Methods are called on {@link dev.ocpkit.ocpp.OcppOptions#executor()}, one message at a time
 * per connection and in the order the messages arrived; several connections call concurrently, so implementations
 * must be thread-safe. Return a completed stage for quick answers; the answer is sent when the stage completes, so
 * a CSMS can store an event before it acknowledges it (then nothing the station sent is lost). Complete the stage
 * exceptionally with {@link OcppCallErrorException} to answer with that CALLERROR; any other failure (or a thrown
 * exception) is answered {@code InternalError}. A stage must not complete with {@code null} unless the method says
 * so.
 *
 * <p><b>Defaults.</b> Boots are accepted with a heartbeat interval of 5 minutes; identifiers are refused with
 * {@link AuthorizationStatus#INVALID} (override {@link #authorize}, which the transaction methods use by default);
 * notifications are acknowledged and dropped; DataTransfer answers {@code UnknownVendorId}.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 4 (Operations
 *     initiated by Charge Point); OCPP 2.0.1 and 2.1 Part 2 (blocks B, C, E, G, J, L, P)</a>
 * @since 0.1
 */
public interface CsmsHandler {
    /** The interval {@link #boot} accepts with by default. */
    Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMinutes(5);

    /**
     * A station booted (BootNotification).
     *
     * @return the decision; its {@code currentTime} may be {@code null} (then the options' clock is used). Default:
     *     accepted with {@link #DEFAULT_HEARTBEAT_INTERVAL}
     */
    default CompletionStage<BootDecision> boot(OcppSession session, BootInfo boot) {
        return CompletableFuture.completedFuture(BootDecision.accepted(DEFAULT_HEARTBEAT_INTERVAL));
    }

    /**
     * A heartbeat arrived; the answer carries the options' clock time.
     *
     * @return completes when processed. Default: at once
     */
    default CompletionStage<Void> heartbeat(OcppSession session) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * A station asks whether an identifier may charge (Authorize).
     *
     * @return the verdict. Default: {@link AuthorizationStatus#INVALID} (refuse everything)
     */
    default CompletionStage<Authorization> authorize(OcppSession session, IdToken idToken) {
        return CompletableFuture.completedFuture(Authorization.of(AuthorizationStatus.INVALID));
    }

    /**
     * A connector changed its status (StatusNotification).
     *
     * @return completes when processed. Default: at once
     */
    default CompletionStage<Void> status(OcppSession session, StatusEvent event) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * A transaction started (1.6 StartTransaction, 2.x TransactionEvent Started). For 1.6 the transaction id was
     * assigned by {@link CsmsOptions#transactionIds()} already and is in the event.
     *
     * @return the verdict on the event's identifier: 1.6 answers it as {@code idTagInfo}, 2.x as
     *     {@code idTokenInfo} (only when the event has an identifier). Default: {@link #authorize} of the identifier,
     *     or accepted when there is none
     */
    default CompletionStage<Authorization> transactionStarted(OcppSession session, TransactionStarted event) {
        IdToken token = event.idToken();
        return token == null ? CompletableFuture.completedFuture(Authorization.accepted()) : authorize(session, token);
    }

    /**
     * Something happened during a transaction (1.6 MeterValues with a transaction id, 2.x TransactionEvent Updated).
     *
     * @return the verdict on the event's identifier, sent as 2.x {@code idTokenInfo} (2.x requires it when the event
     *     has an identifier), or {@code null}. Default: {@link #authorize} of the identifier, or {@code null} when
     *     there is none
     */
    default CompletionStage<@Nullable Authorization> transactionUpdated(OcppSession session, TransactionUpdated event) {
        IdToken token = event.idToken();
        return token == null
                ? CompletableFuture.completedFuture(null)
                : authorize(session, token).thenApply(a -> a);
    }

    /**
     * A transaction ended (1.6 StopTransaction, 2.x TransactionEvent Ended).
     *
     * @return the verdict on the event's identifier (1.6 {@code idTagInfo}, 2.x {@code idTokenInfo}; sent only when
     *     the event has an identifier), or {@code null}. Default: {@link #authorize} of the identifier, or
     *     {@code null} when there is none
     */
    default CompletionStage<@Nullable Authorization> transactionEnded(OcppSession session, TransactionEnded event) {
        IdToken token = event.idToken();
        return token == null
                ? CompletableFuture.completedFuture(null)
                : authorize(session, token).thenApply(a -> a);
    }

    /**
     * Meter values outside a transaction arrived (1.6 MeterValues without transaction id, 2.x MeterValues).
     *
     * @return completes when processed. Default: at once
     */
    default CompletionStage<Void> meterValues(OcppSession session, MeterValuesEvent event) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * A vendor-specific message arrived (DataTransfer).
     *
     * @return the answer. Default: {@link DataTransferStatus#UNKNOWN_VENDOR_ID}
     */
    default CompletionStage<DataTransferResult> dataTransfer(OcppSession session, DataTransfer request) {
        return CompletableFuture.completedFuture(DataTransferResult.of(DataTransferStatus.UNKNOWN_VENDOR_ID));
    }

    /**
     * A firmware update progressed (FirmwareStatusNotification; 1.6 also SignedFirmwareStatusNotification).
     *
     * @return completes when processed. Default: at once
     */
    default CompletionStage<Void> firmwareStatus(OcppSession session, FirmwareStatusEvent event) {
        return CompletableFuture.completedFuture(null);
    }
}
