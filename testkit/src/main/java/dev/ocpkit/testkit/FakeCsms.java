package dev.ocpkit.testkit;

import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.MeterValuesEvent;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import dev.ocpkit.ocpp.neutral.StationCommands;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A fake CSMS for host tests: a real {@link CsmsServer} on {@code 127.0.0.1} and an ephemeral port that speaks OCPP
 * 2.1, 2.0.1 and 1.6 (the station picks by WebSocket subprotocol) through the version-neutral API. It records every
 * boot, status event, transaction event and meter value, and accepts everything unless scripted otherwise: {@link
 * #rejectBoots()}, {@link #rejectIdToken(String)}.
 *
 * <p>Thread-safe: events are recorded on the server's handler threads; the accessors return snapshots.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP (Open Charge Alliance)</a>
 * @since 0.1
 */
public final class FakeCsms implements AutoCloseable {
    /** The heartbeat interval in an accepted boot. */
    public static final Duration HEARTBEAT = Duration.ofMinutes(5);

    private final CsmsServer server;
    private final List<StationEvent<BootInfo>> boots = new CopyOnWriteArrayList<>();
    private final List<StationEvent<StatusEvent>> statuses = new CopyOnWriteArrayList<>();
    private final List<StationEvent<IdToken>> authorizations = new CopyOnWriteArrayList<>();
    private final List<StationEvent<TransactionStarted>> started = new CopyOnWriteArrayList<>();
    private final List<StationEvent<TransactionUpdated>> updated = new CopyOnWriteArrayList<>();
    private final List<StationEvent<TransactionEnded>> ended = new CopyOnWriteArrayList<>();
    private final List<StationEvent<MeterValuesEvent>> meterValues = new CopyOnWriteArrayList<>();
    private final Set<String> rejectedTokens = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean rejectBoots;

    private FakeCsms() {
        server = CsmsServer.builder()
                .host("127.0.0.1")
                .port(0)
                .versions(OcppVersion.V21, OcppVersion.V201, OcppVersion.V16)
                .handlers(NeutralCsms.handlers(new Recorder()))
                .build()
                .start();
    }

    /**
     * Starts a fake CSMS.
     *
     * @return the running fake; close it
     */
    public static FakeCsms start() {
        return new FakeCsms();
    }

    /**
     * The port the CSMS listens on ({@code 127.0.0.1} only).
     *
     * @return the port
     */
    public int port() {
        return server.port();
    }

    /**
     * The WebSocket URL a station with this identity connects to, {@code ws://127.0.0.1:<port>/ocpp/<identity>}.
     *
     * @param identity the station's identity
     * @return never {@code null}
     */
    public URI url(String identity) {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ocpp/" + Objects.requireNonNull(identity));
    }

    /**
     * Commands to a connected station (remote start, reset, charging profiles...), in its own OCPP version.
     *
     * @param identity the station's identity
     * @return the commands, or empty when no such station is connected
     */
    public Optional<StationCommands> station(String identity) {
        return server.station(identity).map(StationCommands::of);
    }

    /**
     * The underlying server, e.g. to list the connected stations.
     *
     * @return never {@code null}
     */
    public CsmsServer server() {
        return server;
    }

    /** From now on, answers every boot notification {@code Rejected} (retry in 60 s). */
    public void rejectBoots() {
        rejectBoots = true;
    }

    /** From now on, answers every boot notification {@code Accepted} again (the default). */
    public void acceptBoots() {
        rejectBoots = false;
    }

    /**
     * From now on, answers authorization of this id token (Authorize and transaction events) {@code Invalid}.
     *
     * @param idToken the token value, e.g. an RFID uid
     */
    public void rejectIdToken(String idToken) {
        rejectedTokens.add(Objects.requireNonNull(idToken));
    }

    /**
     * Boot notifications received, oldest first.
     *
     * @return a snapshot
     */
    public List<StationEvent<BootInfo>> boots() {
        return List.copyOf(boots);
    }

    /**
     * Status notifications received.
     *
     * @return a snapshot
     */
    public List<StationEvent<StatusEvent>> statuses() {
        return List.copyOf(statuses);
    }

    /**
     * Authorize requests received.
     *
     * @return a snapshot
     */
    public List<StationEvent<IdToken>> authorizations() {
        return List.copyOf(authorizations);
    }

    /**
     * Transactions started (1.6 StartTransaction, 2.x TransactionEvent Started).
     *
     * @return a snapshot
     */
    public List<StationEvent<TransactionStarted>> transactionsStarted() {
        return List.copyOf(started);
    }

    /**
     * Transaction updates (2.x TransactionEvent Updated; 1.6 meter values during a transaction arrive as {@link
     * #meterValues()}).
     *
     * @return a snapshot
     */
    public List<StationEvent<TransactionUpdated>> transactionsUpdated() {
        return List.copyOf(updated);
    }

    /**
     * Transactions ended (1.6 StopTransaction, 2.x TransactionEvent Ended).
     *
     * @return a snapshot
     */
    public List<StationEvent<TransactionEnded>> transactionsEnded() {
        return List.copyOf(ended);
    }

    /**
     * MeterValues messages received.
     *
     * @return a snapshot
     */
    public List<StationEvent<MeterValuesEvent>> meterValues() {
        return List.copyOf(meterValues);
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops the server and drops every station connection; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
        }
    }

    @Override
    public String toString() {
        return "FakeCsms[ws://127.0.0.1:" + server.port() + "/ocpp/]";
    }

    private final class Recorder implements CsmsHandler {
        @Override
        public CompletionStage<BootDecision> boot(OcppSession session, BootInfo boot) {
            boots.add(new StationEvent<>(session.identity(), boot));
            return CompletableFuture.completedFuture(
                    rejectBoots ? BootDecision.rejected(Duration.ofSeconds(60)) : BootDecision.accepted(HEARTBEAT));
        }

        @Override
        public CompletionStage<Authorization> authorize(OcppSession session, IdToken idToken) {
            authorizations.add(new StationEvent<>(session.identity(), idToken));
            return CompletableFuture.completedFuture(decide(idToken));
        }

        @Override
        public CompletionStage<Void> status(OcppSession session, StatusEvent event) {
            statuses.add(new StationEvent<>(session.identity(), event));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Authorization> transactionStarted(OcppSession session, TransactionStarted event) {
            started.add(new StationEvent<>(session.identity(), event));
            IdToken token = event.idToken();
            return CompletableFuture.completedFuture(token == null ? Authorization.accepted() : decide(token));
        }

        @Override
        public CompletionStage<@Nullable Authorization> transactionUpdated(
                OcppSession session, TransactionUpdated event) {
            updated.add(new StationEvent<>(session.identity(), event));
            IdToken token = event.idToken();
            return CompletableFuture.completedFuture(token == null ? null : decide(token));
        }

        @Override
        public CompletionStage<@Nullable Authorization> transactionEnded(OcppSession session, TransactionEnded event) {
            ended.add(new StationEvent<>(session.identity(), event));
            IdToken token = event.idToken();
            return CompletableFuture.completedFuture(token == null ? null : decide(token));
        }

        @Override
        public CompletionStage<Void> meterValues(OcppSession session, MeterValuesEvent event) {
            meterValues.add(new StationEvent<>(session.identity(), event));
            return CompletableFuture.completedFuture(null);
        }

        private Authorization decide(IdToken token) {
            return rejectedTokens.contains(token.value())
                    ? Authorization.of(AuthorizationStatus.INVALID)
                    : Authorization.accepted();
        }
    }
}
