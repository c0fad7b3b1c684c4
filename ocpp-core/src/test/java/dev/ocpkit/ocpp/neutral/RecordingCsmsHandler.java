package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.OcppSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/** A CSMS handler that records every neutral event with the identity of its station. */
class RecordingCsmsHandler implements CsmsHandler {
    /** One recorded event. */
    record Event(String station, Object event) {}

    final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    volatile AuthorizationStatus verdict = AuthorizationStatus.ACCEPTED;

    List<Object> of(String station) {
        List<Object> out = new ArrayList<>();
        synchronized (events) {
            for (Event e : events) {
                if (e.station().equals(station)) {
                    out.add(e.event());
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    <T> List<T> of(String station, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : of(station)) {
            if (type.isInstance(o)) {
                out.add((T) o);
            }
        }
        return out;
    }

    private <T> CompletionStage<T> record(OcppSession s, Object event, T answer) {
        events.add(new Event(s.identity(), event));
        return CompletableFuture.completedFuture(answer);
    }

    @Override
    public CompletionStage<BootDecision> boot(OcppSession session, BootInfo boot) {
        return record(session, boot, BootDecision.accepted(Duration.ofSeconds(300)));
    }

    @Override
    public CompletionStage<Void> heartbeat(OcppSession session) {
        return record(session, "heartbeat", null);
    }

    @Override
    public CompletionStage<Authorization> authorize(OcppSession session, IdToken idToken) {
        return record(
                session,
                idToken,
                Authorization.builder()
                        .status(verdict)
                        .cacheExpiryDateTime(Instant.parse("2027-01-01T00:00:00Z"))
                        .build());
    }

    @Override
    public CompletionStage<Void> status(OcppSession session, StatusEvent event) {
        return record(session, event, null);
    }

    @Override
    public CompletionStage<Authorization> transactionStarted(OcppSession session, TransactionStarted event) {
        return record(session, event, Authorization.of(verdict));
    }

    @Override
    public CompletionStage<@Nullable Authorization> transactionUpdated(OcppSession session, TransactionUpdated event) {
        return record(session, event, event.idToken() == null ? null : Authorization.of(verdict));
    }

    @Override
    public CompletionStage<@Nullable Authorization> transactionEnded(OcppSession session, TransactionEnded event) {
        return record(session, event, event.idToken() == null ? null : Authorization.of(verdict));
    }

    @Override
    public CompletionStage<Void> meterValues(OcppSession session, MeterValuesEvent event) {
        return record(session, event, null);
    }

    @Override
    public CompletionStage<DataTransferResult> dataTransfer(OcppSession session, DataTransfer request) {
        return record(session, request, new DataTransferResult(DataTransferStatus.ACCEPTED, "pong"));
    }

    @Override
    public CompletionStage<Void> firmwareStatus(OcppSession session, FirmwareStatusEvent event) {
        return record(session, event, null);
    }
}
