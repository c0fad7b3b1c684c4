package dev.ocpkit.ocpp;

import dev.ocpkit.ocpp.internal.jws.JwsStationConnection;
import dev.ocpkit.ocpp.internal.rpc.PayloadCodec;
import dev.ocpkit.ocpp.internal.rpc.RpcEndpoint;
import dev.ocpkit.ocpp.internal.rpc.SchemaPayloadCodec;
import dev.ocpkit.ocpp.internal.server.Handshakes;
import dev.ocpkit.ocpp.queue.InMemoryMessageQueue;
import dev.ocpkit.ocpp.queue.MessageQueue;
import dev.ocpkit.ocpp.queue.QueuedMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OCPP-J client: the charging station side of one connection to a CSMS, with reconnects and a durable queue for
 * transaction-related messages.
 *
 * <p>The station identity is the last segment of the URL path. {@link #connect()} opens the connection and keeps it
 * open: after a loss it reconnects following the {@link ReconnectPolicy}. CSMS calls go to the
 * {@link OcppHandlers}; the station sends calls through {@link #call} (needs the connection to be open) or
 * {@link #callQueued} (stored in the {@link MessageQueue} first and delivered in order whenever the connection is
 * open, with the same message id on every attempt, retried {@code transactionMessageAttempts} times with
 * {@code transactionMessageRetryInterval * attempt} between attempts, as OCPP's TransactionMessageAttempts and
 * TransactionMessageRetryInterval define).
 *
 * <pre>{@code
 * StationClient station = StationClient.builder()
 *     .url(URI.create("ws://csms.example:9000/ocpp/CP-7"))
 *     .versions(OcppVersion.V16)
 *     .handlers(handlers)
 *     .messageQueue(FileMessageQueue.open(Path.of("/var/lib/station/queue")))
 *     .build();
 * station.connect().join();
 * station.call(bootNotification).join();
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class StationClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StationClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final String identity;
    private final List<OcppVersion> versions;
    private final OcppHandlers handlers;
    private final OcppOptions options;
    private final SecurityProfile profile;
    private final @Nullable String password;
    private final @Nullable SSLContext sslContext;
    private final ReconnectPolicy reconnect;
    private final MessageQueue queue;
    private final int transactionMessageAttempts;
    private final Duration transactionMessageRetryInterval;
    private final Duration connectTimeout;
    private final Duration pingInterval;

    private final Object lock = new Object();
    private boolean started;
    private boolean closed;
    private @Nullable JwsStationConnection connection;
    private volatile @Nullable RpcEndpoint endpoint;
    private final AtomicInteger failedConnects = new AtomicInteger();
    private final CompletableFuture<OcppSession> firstConnect = new CompletableFuture<>();
    private final Map<String, CompletableFuture<Object>> queuedCalls = new ConcurrentHashMap<>();
    private final AtomicBoolean delivering = new AtomicBoolean();

    private StationClient(Builder b) {
        this.url = Objects.requireNonNull(b.url, "url");
        String id = Handshakes.identityFromPath(url.getRawPath() == null ? "" : url.getRawPath());
        if (id == null) {
            throw new IllegalArgumentException("The URL path must end with the station identity: " + url);
        }
        this.identity = id;
        this.versions = List.copyOf(b.versions);
        this.handlers = b.handlers;
        this.options = b.options;
        this.profile = b.profile;
        this.password = b.password;
        this.sslContext = b.sslContext;
        this.reconnect = b.reconnect;
        this.queue = b.queue != null ? b.queue : new InMemoryMessageQueue();
        this.transactionMessageAttempts = b.transactionMessageAttempts;
        this.transactionMessageRetryInterval = b.transactionMessageRetryInterval;
        this.connectTimeout = b.connectTimeout;
        this.pingInterval = b.pingInterval;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The station identity (last URL path segment). */
    public String identity() {
        return identity;
    }

    /** The message queue of this client. */
    public MessageQueue messageQueue() {
        return queue;
    }

    /**
     * Opens the connection (once; later calls return the same future) and keeps it open.
     *
     * @return completes normally with the session when the first connection is open; exceptionally with
     *     {@link OcppConnectionException} when it fails and reconnecting is disabled, or when the client is closed
     *     before
     */
    public CompletableFuture<OcppSession> connect() {
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new OcppConnectionException("StationClient is closed"));
            }
            if (!started) {
                started = true;
                openConnection();
            }
        }
        return firstConnect;
    }

    /** The open session, if connected now. */
    public Optional<OcppSession> session() {
        RpcEndpoint ep = endpoint;
        return ep != null && ep.isOpen() ? Optional.of(ep) : Optional.empty();
    }

    /** Whether the connection is open now. */
    public boolean isConnected() {
        return session().isPresent();
    }

    /**
     * Sends a CALL on the open connection.
     *
     * @return as {@link OcppSession#call}; fails at once with {@link OcppConnectionException} when not connected
     */
    public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request) {
        RpcEndpoint ep = endpoint;
        if (ep == null || !ep.isOpen()) {
            return CompletableFuture.failedFuture(new OcppConnectionException(identity + " is not connected"));
        }
        return ep.call(request);
    }

    /** Same as {@link #callQueued(OcppRequest, String)} without a transaction reference. */
    public <R extends OcppResponse> CompletableFuture<R> callQueued(OcppRequest<R> request) {
        return callQueued(request, null);
    }

    /**
     * Stores a CALL in the message queue and delivers it when its turn comes (in order, whatever the connection
     * state; across restarts too with a durable queue).
     *
     * <p>OCPP 1.6: pass the same {@code transactionRef} (any string unique per transaction, e.g. a UUID) with the
     * StartTransaction and with every MeterValues and StopTransaction of that transaction. Messages queued before the
     * CSMS assigned the transactionId are sent with the assigned one written into their {@code transactionId}.
     *
     * @param request the request; validated now (an invalid request fails the future and is not queued)
     * @param transactionRef local transaction reference, or {@code null}
     * @return completes normally with the CSMS's response when delivered by this process; exceptionally with
     *     {@link OcppValidationException} (not queued), {@link OcppCallErrorException} or
     *     {@link OcppTimeoutException} (the last failure, once TransactionMessageAttempts were used up: the message
     *     moved to the dead letters), or {@link OcppConnectionException} when the client closed first (the message
     *     stays queued)
     */
    @SuppressWarnings("unchecked")
    public <R extends OcppResponse> CompletableFuture<R> callQueued(
            OcppRequest<R> request, @Nullable String transactionRef) {
        OcppAction<?, R> action = request.action();
        if (!versions.contains(action.version())) {
            throw new IllegalArgumentException(action + " is not of a version this client speaks: " + versions);
        }
        if (!action.direction().stationMaySend() || action.isSend()) {
            throw new IllegalArgumentException("A station cannot queue " + action);
        }
        PayloadCodec codec = SchemaPayloadCodec.forVersion(action.version());
        PayloadCodec.Encoded enc = codec.encode(action, true, request, true);
        if (enc.json() == null) {
            return CompletableFuture.failedFuture(new OcppValidationException(
                    "Invalid " + action.name() + " request, not queued",
                    Objects.requireNonNull(enc.errorCode()),
                    enc.errors()));
        }
        String id = UUID.randomUUID().toString();
        CompletableFuture<Object> f = new CompletableFuture<>();
        queuedCalls.put(id, f);
        try {
            queue.add(new QueuedMessage(id, action.name(), enc.json(), transactionRef, 0, Instant.now()));
        } catch (RuntimeException e) {
            queuedCalls.remove(id);
            return CompletableFuture.failedFuture(e);
        }
        pumpQueue();
        return (CompletableFuture<R>) (CompletableFuture<?>) f;
    }

    /** Closes the connection, stops reconnecting and closes the message queue. Idempotent. */
    @Override
    public void close() {
        JwsStationConnection c;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            c = connection;
            connection = null;
        }
        if (c != null) {
            c.closeNow();
        }
        RpcEndpoint ep = endpoint;
        if (ep != null) {
            ep.onClosed(1000, "client closed");
        }
        firstConnect.completeExceptionally(new OcppConnectionException("StationClient closed"));
        OcppConnectionException e = new OcppConnectionException("StationClient closed; the message stays queued");
        queuedCalls.values().forEach(f -> f.completeExceptionally(e));
        queuedCalls.clear();
        queue.close();
    }

    // ---------------------------------------------------------------- connection lifecycle

    private void openConnection() {
        JwsStationConnection c = new JwsStationConnection(
                url,
                versions,
                basicAuthorization(),
                sslContext,
                connectTimeout,
                pingInterval,
                this::opened,
                this::lost);
        connection = c;
        c.start();
    }

    private @Nullable String basicAuthorization() {
        if (!profile.usesBasicAuth()) {
            return null;
        }
        String pw = Objects.requireNonNull(password, "password");
        String token = java.util.Base64.getEncoder()
                .encodeToString((identity + ":" + pw).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "Basic " + token;
    }

    /** Called by the transport when a connection opened; returns the endpoint that receives its frames. */
    private RpcEndpoint opened(OcppWebSocket socket, OcppVersion version) {
        RpcEndpoint ep = new RpcEndpoint(socket, OcppRole.STATION, version, identity, handlers, options);
        endpoint = ep;
        failedConnects.set(0);
        options.listener().connected(ep);
        firstConnect.complete(ep);
        pumpQueue();
        return ep;
    }

    /** Called by the transport when a connection closed or could not be opened. */
    private void lost(@Nullable RpcEndpoint ep, int code, String reason) {
        if (ep != null) {
            ep.onClosed(code, reason);
            if (endpoint == ep) {
                endpoint = null;
            }
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            connection = null;
            if (!reconnect.enabled()) {
                firstConnect.completeExceptionally(
                        new OcppConnectionException("Could not connect to " + url + " (" + code + " " + reason + ")"));
                return;
            }
        }
        Duration delay = reconnect.delay(failedConnects.getAndIncrement());
        LOG.info("Connection of {} lost ({} {}); reconnecting in {} ms", identity, code, reason, delay.toMillis());
        options.scheduler()
                .schedule(
                        () -> {
                            synchronized (lock) {
                                if (!closed && connection == null) {
                                    openConnection();
                                }
                            }
                        },
                        delay.toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    // ---------------------------------------------------------------- queue delivery

    private void pumpQueue() {
        while (true) {
            if (!delivering.compareAndSet(false, true)) {
                return;
            }
            if (deliverHead()) {
                return; // a delivery is under way; its completion pumps again
            }
            delivering.set(false);
            // re-check: something may have been added or a connection opened meanwhile
            RpcEndpoint ep = endpoint;
            if (queue.size() == 0 || ep == null || !ep.isOpen()) {
                return;
            }
        }
    }

    /** Starts delivering the head of the queue; false when there is nothing to do now. */
    private boolean deliverHead() {
        RpcEndpoint ep = endpoint;
        if (ep == null || !ep.isOpen()) {
            return false;
        }
        Optional<QueuedMessage> head = queue.peek();
        if (head.isEmpty()) {
            return false;
        }
        QueuedMessage m = head.get();
        OcppAction<?, ?> action = ep.codec().action(m.action());
        if (action == null) {
            giveUp(
                    m,
                    "action " + m.action() + " does not exist in the connection's OCPP "
                            + ep.version().label());
            return deliverHead();
        }
        String payload = m.payloadJson();
        if (m.transactionRef() != null && !isStartTransaction(action)) {
            Optional<Integer> tx = queue.transactionId(m.transactionRef());
            if (tx.isEmpty()) {
                giveUp(m, "its transaction was never started (no transactionId for " + m.transactionRef() + ")");
                return deliverHead();
            }
            payload = withTransactionId(payload, tx.get());
        }
        ep.callPrepared(m.messageId(), action, payload, options.callTimeout()).whenComplete((resp, err) -> {
            try {
                if (err == null) {
                    if (isStartTransaction(action) && m.transactionRef() != null) {
                        Integer txId = transactionIdOf(resp);
                        if (txId != null) {
                            queue.bindTransaction(m.transactionRef(), txId);
                        }
                    }
                    queue.delivered(m.messageId());
                    CompletableFuture<Object> f = queuedCalls.remove(m.messageId());
                    if (f != null) {
                        f.complete(resp);
                    }
                    delivering.set(false);
                    pumpQueue();
                    return;
                }
                OcppException cause = OcppException.extract(err);
                if (cause instanceof OcppConnectionException) {
                    delivering.set(false); // resent after reconnect, same message id, no attempt used
                    pumpQueue();
                    return;
                }
                int attempts = queue.failedAttempt(m.messageId());
                if (attempts >= transactionMessageAttempts) {
                    String reason = cause instanceof OcppCallErrorException ce ? ce.rawCode() : String.valueOf(err);
                    queue.deadLetter(m.messageId(), reason);
                    CompletableFuture<Object> f = queuedCalls.remove(m.messageId());
                    if (f != null) {
                        f.completeExceptionally(cause != null ? cause : err);
                    }
                    LOG.warn("Giving up on {} {} after {} attempts: {}", m.action(), m.messageId(), attempts, reason);
                    delivering.set(false);
                    pumpQueue();
                } else {
                    long wait = transactionMessageRetryInterval.toMillis() * attempts;
                    options.scheduler()
                            .schedule(
                                    () -> {
                                        delivering.set(false);
                                        pumpQueue();
                                    },
                                    wait,
                                    TimeUnit.MILLISECONDS);
                }
            } catch (RuntimeException e) {
                LOG.error("Message queue delivery failed for {}", identity, e);
                delivering.set(false);
            }
        });
        return true;
    }

    private void giveUp(QueuedMessage m, String reason) {
        LOG.warn("Dropping queued {} {} to the dead letters: {}", m.action(), m.messageId(), reason);
        queue.deadLetter(m.messageId(), reason);
        CompletableFuture<Object> f = queuedCalls.remove(m.messageId());
        if (f != null) {
            f.completeExceptionally(new OcppException("Queued " + m.action() + " not delivered: " + reason));
        }
    }

    private static boolean isStartTransaction(OcppAction<?, ?> action) {
        return action.version() == OcppVersion.V16 && action.name().equals("StartTransaction");
    }

    private static @Nullable Integer transactionIdOf(Object response) {
        JsonNode n = JSON.valueToTree(response);
        JsonNode tx = n.get("transactionId");
        return tx != null && tx.canConvertToInt() ? tx.intValue() : null;
    }

    private static String withTransactionId(String payloadJson, int transactionId) {
        JsonNode n = JSON.readTree(payloadJson);
        if (n instanceof ObjectNode o) {
            o.put("transactionId", transactionId);
            return JSON.writeValueAsString(o);
        }
        return payloadJson;
    }

    /** Builds a {@link StationClient}; not thread-safe. */
    public static final class Builder {
        private @Nullable URI url;
        private final LinkedHashSet<OcppVersion> versions = new LinkedHashSet<>(List.of(OcppVersion.V16));
        private OcppHandlers handlers = OcppHandlers.empty();
        private OcppOptions options = OcppOptions.defaults();
        private SecurityProfile profile = SecurityProfile.NONE;
        private @Nullable String password;
        private @Nullable SSLContext sslContext;
        private ReconnectPolicy reconnect = ReconnectPolicy.DEFAULT;
        private @Nullable MessageQueue queue;
        private int transactionMessageAttempts = 3;
        private Duration transactionMessageRetryInterval = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration pingInterval = Duration.ofSeconds(60);

        private Builder() {}

        /** The CSMS URL ending with this station's identity, e.g. {@code ws://host:9000/ocpp/CP-7}. Required. */
        public Builder url(URI url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The versions to offer, most preferred first; default 1.6. */
        public Builder versions(OcppVersion... versions) {
            if (versions.length == 0) {
                throw new IllegalArgumentException("at least one version");
            }
            this.versions.clear();
            this.versions.addAll(List.of(versions));
            return this;
        }

        /** Handlers of CSMS-initiated calls. */
        public Builder handlers(OcppHandlers handlers) {
            this.handlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /** RPC settings. */
        public Builder options(OcppOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Security profile; 1 and 2 need {@link #password}, 2 and 3 a {@code wss://} URL (and 3 a client key). */
        public Builder securityProfile(SecurityProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** The HTTP Basic password (profiles 1 and 2); the user name is the identity. */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** The TLS context: trust store for the CSMS certificate, and for profile 3 the station's key. */
        public Builder tls(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /** When to reconnect; default {@link ReconnectPolicy#DEFAULT}. */
        public Builder reconnect(ReconnectPolicy reconnect) {
            this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
            return this;
        }

        /** The queue of {@link #callQueued} messages; default in memory (lost on restart). */
        public Builder messageQueue(MessageQueue queue) {
            this.queue = Objects.requireNonNull(queue, "queue");
            return this;
        }

        /** TransactionMessageAttempts: tries per queued message before it goes to the dead letters; default 3. */
        public Builder transactionMessageAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
            this.transactionMessageAttempts = attempts;
            return this;
        }

        /** TransactionMessageRetryInterval: the wait after failed attempt n is n times this; default 60 s. */
        public Builder transactionMessageRetryInterval(Duration interval) {
            this.transactionMessageRetryInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** How long opening a connection may take; default 30 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** WebSocket ping interval (and lost-connection timeout); 0 disables; default 60 s. */
        public Builder pingInterval(Duration pingInterval) {
            this.pingInterval = Objects.requireNonNull(pingInterval, "pingInterval");
            return this;
        }

        /**
         * Builds the client (not connected).
         *
         * @throws IllegalStateException when the security settings do not fit together
         */
        public StationClient build() {
            URI u = Objects.requireNonNull(url, "url is required");
            boolean wss = "wss".equalsIgnoreCase(u.getScheme());
            if (profile.usesBasicAuth() && password == null) {
                throw new IllegalStateException("Security profile " + profile.number() + " needs password(...)");
            }
            if (profile.usesTls() && !wss) {
                throw new IllegalStateException("Security profile " + profile.number() + " needs a wss:// URL");
            }
            if (profile == SecurityProfile.MUTUAL_TLS && sslContext == null) {
                throw new IllegalStateException("Security profile 3 needs tls(SSLContext) with the station's key");
            }
            return new StationClient(this);
        }
    }
}
