package dev.ocpkit.ocpp.smartcharging.internal;

import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.DataTransfer;
import dev.ocpkit.ocpp.neutral.DataTransferResult;
import dev.ocpkit.ocpp.neutral.FirmwareStatusEvent;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.MeterValuesEvent;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import dev.ocpkit.ocpp.smartcharging.LoadSession;
import dev.ocpkit.ocpp.smartcharging.SiteLoadManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A CSMS handler that passes every event on and feeds a {@link SiteLoadManager} from the transaction events. */
public final class LoadFeedingHandler implements CsmsHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LoadFeedingHandler.class);

    private final SiteLoadManager manager;
    private final CsmsHandler delegate;
    private final SiteLoadManager.SessionFactory factory;
    private final Executor delayed;
    /** Sessions waiting for the start delay; an end removes them so that they never start. */
    private final Map<String, LoadSession> pending = new ConcurrentHashMap<>();

    public LoadFeedingHandler(
            SiteLoadManager manager,
            CsmsHandler delegate,
            SiteLoadManager.SessionFactory factory,
            Duration startDelay,
            Executor executor) {
        this.manager = Objects.requireNonNull(manager, "manager");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.delayed = CompletableFuture.delayedExecutor(startDelay.toMillis(), TimeUnit.MILLISECONDS, executor);
    }

    private static String key(String stationId, String transactionId) {
        return stationId + '\u0000' + transactionId;
    }

    @Override
    public CompletionStage<Authorization> transactionStarted(OcppSession session, TransactionStarted event) {
        return delegate.transactionStarted(session, event).thenApply(auth -> {
            if (event.evseId() != null && (event.idToken() == null || auth.status() == AuthorizationStatus.ACCEPTED)) {
                try {
                    LoadSession ls = factory.sessionFor(session, event);
                    if (ls != null) {
                        String k = key(ls.stationId(), ls.transactionId());
                        pending.put(k, ls);
                        delayed.execute(() -> {
                            LoadSession start = pending.remove(k);
                            if (start != null) {
                                manager.sessionStarted(start);
                            }
                        });
                    }
                } catch (RuntimeException e) {
                    LOG.warn(
                            "no load management for transaction {} of {}",
                            event.transactionId(),
                            session.identity(),
                            e);
                }
            }
            return auth;
        });
    }

    @Override
    public CompletionStage<@Nullable Authorization> transactionUpdated(OcppSession session, TransactionUpdated event) {
        return delegate.transactionUpdated(session, event).thenApply(auth -> {
            BigDecimal power = totalPowerW(event.samples());
            if (power != null) {
                manager.meterValue(session.identity(), event.transactionId(), power);
            }
            return auth;
        });
    }

    @Override
    public CompletionStage<@Nullable Authorization> transactionEnded(OcppSession session, TransactionEnded event) {
        return delegate.transactionEnded(session, event).thenApply(auth -> {
            if (pending.remove(key(session.identity(), event.transactionId())) == null) {
                manager.sessionStopped(session.identity(), event.transactionId());
            }
            return auth;
        });
    }

    /** The last total active import power of the samples, in W; {@code null} when there is none. */
    static @Nullable BigDecimal totalPowerW(List<MeterSample> samples) {
        BigDecimal power = null;
        for (MeterSample s : samples) {
            if (MeterSample.POWER_ACTIVE_IMPORT.equals(s.measurand()) && s.isTotal()) {
                try {
                    power = s.baseValue();
                } catch (IllegalArgumentException e) {
                    LOG.debug("power sample in unit {} skipped", s.unit());
                }
            }
        }
        return power;
    }

    // ---------------------------------------------------------------- passed on unchanged

    @Override
    public CompletionStage<BootDecision> boot(OcppSession session, BootInfo boot) {
        return delegate.boot(session, boot);
    }

    @Override
    public CompletionStage<Void> heartbeat(OcppSession session) {
        return delegate.heartbeat(session);
    }

    @Override
    public CompletionStage<Authorization> authorize(OcppSession session, IdToken idToken) {
        return delegate.authorize(session, idToken);
    }

    @Override
    public CompletionStage<Void> status(OcppSession session, StatusEvent event) {
        return delegate.status(session, event);
    }

    @Override
    public CompletionStage<Void> meterValues(OcppSession session, MeterValuesEvent event) {
        return delegate.meterValues(session, event);
    }

    @Override
    public CompletionStage<DataTransferResult> dataTransfer(OcppSession session, DataTransfer request) {
        return delegate.dataTransfer(session, request);
    }

    @Override
    public CompletionStage<Void> firmwareStatus(OcppSession session, FirmwareStatusEvent event) {
        return delegate.firmwareStatus(session, event);
    }
}
