package dev.ocpkit.ocpp.internal.rpc;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.NoResponse;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppCallContext;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppConnectionException;
import dev.ocpkit.ocpp.OcppEndpoint;
import dev.ocpkit.ocpp.OcppException;
import dev.ocpkit.ocpp.OcppHandler;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppListener;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppTimeoutException;
import dev.ocpkit.ocpp.OcppValidationException;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.OcppWebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The OCPP-J RPC engine of one connection: frames in and out, pending calls with timeouts and a FIFO queue,
 * handler dispatch on the host's executor, CALLERRORs for bad input. Transport-independent.
 */
public final class RpcEndpoint implements OcppEndpoint, OcppSession {
    private static final Logger LOG = LoggerFactory.getLogger(RpcEndpoint.class);
    private static final Logger FRAMES = LoggerFactory.getLogger("dev.ocpkit.ocpp.frames");
    /** The id to answer with when a frame's message id cannot be read (OCPP 2.0.1 part 4). */
    static final String UNKNOWN_ID = "-1";

    private static final int MAX_ID_LENGTH = 36;
    private static final int MAX_DESCRIPTION = 255;
    private static final int TYPE_CALL = 2;
    private static final int TYPE_CALLRESULT = 3;
    private static final int TYPE_CALLERROR = 4;
    private static final int TYPE_CALLRESULTERROR = 5;
    private static final int TYPE_SEND = 6;

    private final OcppWebSocket socket;
    private final OcppRole role;
    private final OcppVersion version;
    private final String identity;
    private final OcppHandlers handlers;
    private final OcppOptions options;
    private final OcppListener listener;
    private final PayloadCodec codec;
    private final MessageIds ids = new MessageIds();
    private final SerialExecutor inbound;
    private final Executor executor;

    private final Object lock = new Object();
    private boolean open = true;
    private final Map<String, Outgoing> inFlight = new HashMap<>();
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();

    public RpcEndpoint(
            OcppWebSocket socket,
            OcppRole role,
            OcppVersion version,
            String identity,
            OcppHandlers handlers,
            OcppOptions options) {
        this(socket, role, version, identity, handlers, options, SchemaPayloadCodec.forVersion(version));
    }

    RpcEndpoint(
            OcppWebSocket socket,
            OcppRole role,
            OcppVersion version,
            String identity,
            OcppHandlers handlers,
            OcppOptions options,
            PayloadCodec codec) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.role = Objects.requireNonNull(role, "role");
        this.version = Objects.requireNonNull(version, "version");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = options.listener();
        this.codec = codec;
        this.executor = options.executor();
        this.inbound = new SerialExecutor(executor);
    }

    // ---------------------------------------------------------------- OcppSession

    @Override
    public OcppSession session() {
        return this;
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public OcppVersion version() {
        return version;
    }

    @Override
    public OcppRole role() {
        return role;
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return open;
        }
    }

    @Override
    public int pendingCalls() {
        synchronized (lock) {
            return inFlight.size() + queue.size();
        }
    }

    @Override
    public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request) {
        return call(request, options.callTimeout());
    }

    @Override
    public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request, Duration timeout) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        OcppAction<?, R> action = request.action();
        checkSendable(action);
        if (action.isSend()) {
            throw new IllegalArgumentException(action + " is a SEND message: use send()");
        }
        CompletableFuture<R> future = new CompletableFuture<>();
        PayloadCodec.Encoded enc = codec.encode(action, true, request, options.validateOutgoing());
        if (!enc.isOk()) {
            future.completeExceptionally(new OcppValidationException(
                    "Invalid " + action.name() + " request, nothing was sent",
                    Objects.requireNonNull(enc.errorCode()),
                    enc.errors()));
            return future;
        }
        String id = ids.next();
        String frame = "[2," + Json.quote(id) + "," + Json.quote(action.name()) + "," + enc.json() + "]";
        @SuppressWarnings("unchecked")
        CompletableFuture<Object> untyped = (CompletableFuture<Object>) (CompletableFuture<?>) future;
        Outgoing out = new Outgoing(id, action, frame, timeout, untyped);
        future.whenComplete((r, t) -> {
            if (future.isCancelled()) {
                cancelled(out);
            }
        });
        enqueue(out);
        return future;
    }

    /**
     * Sends a CALL whose payload was validated and serialised before (a queued message), with a given message id.
     * The future completes like {@link #call}'s, with the decoded response.
     */
    public CompletableFuture<Object> callPrepared(
            String messageId, OcppAction<?, ?> action, String payloadJson, Duration timeout) {
        if (action.version() != version || action.isSend()) {
            throw new IllegalArgumentException(action + " cannot be sent as a CALL on this connection");
        }
        CompletableFuture<Object> future = new CompletableFuture<>();
        String frame = "[2," + Json.quote(messageId) + "," + Json.quote(action.name()) + "," + payloadJson + "]";
        Outgoing out = new Outgoing(messageId, action, frame, timeout, future);
        future.whenComplete((r, t) -> {
            if (future.isCancelled()) {
                cancelled(out);
            }
        });
        enqueue(out);
        return future;
    }

    /** The codec of this connection's version. */
    public PayloadCodec codec() {
        return codec;
    }

    @Override
    public CompletableFuture<Void> send(OcppRequest<NoResponse> message) {
        Objects.requireNonNull(message, "message");
        OcppAction<?, NoResponse> action = message.action();
        checkSendable(action);
        if (!action.isSend()) {
            throw new IllegalArgumentException(action + " is not a SEND message: use call()");
        }
        PayloadCodec.Encoded enc = codec.encode(action, true, message, options.validateOutgoing());
        if (!enc.isOk()) {
            return CompletableFuture.failedFuture(new OcppValidationException(
                    "Invalid " + action.name() + " message, nothing was sent",
                    Objects.requireNonNull(enc.errorCode()),
                    enc.errors()));
        }
        if (!isOpen()) {
            return CompletableFuture.failedFuture(closedException());
        }
        String frame = "[6," + Json.quote(ids.next()) + "," + Json.quote(action.name()) + "," + enc.json() + "]";
        try {
            write(frame);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new OcppConnectionException("Could not write to " + identity, e));
        }
    }

    @Override
    public void close() {
        try {
            socket.close(1000, "Normal closure");
        } finally {
            onClosed(1000, "closed locally");
        }
    }

    private void checkSendable(OcppAction<?, ?> action) {
        if (action.version() != version) {
            throw new IllegalArgumentException(
                    action + " cannot be sent on an OCPP " + version.label() + " connection; use the types of package v"
                            + version.label().replace(".", ""));
        }
        if (!role.maySend(action)) {
            throw new IllegalArgumentException("A " + role + " may not send " + action);
        }
    }

    // ---------------------------------------------------------------- outgoing calls

    private static final class Outgoing {
        final String id;
        final OcppAction<?, ?> action;
        final String frame;
        final Duration timeout;
        final CompletableFuture<Object> future;

        @Nullable
        ScheduledFuture<?> timer;

        Outgoing(String id, OcppAction<?, ?> action, String frame, Duration timeout, CompletableFuture<Object> f) {
            this.id = id;
            this.action = action;
            this.frame = frame;
            this.timeout = timeout;
            this.future = f;
        }
    }

    private void enqueue(Outgoing out) {
        boolean transmit;
        synchronized (lock) {
            if (!open) {
                transmit = false;
            } else if (inFlight.size() < options.maxCallsInFlight()) {
                inFlight.put(out.id, out);
                transmit = true;
            } else {
                queue.add(out);
                return;
            }
        }
        if (transmit) {
            transmit(out);
        } else {
            out.future.completeExceptionally(closedException());
        }
    }

    private void transmit(Outgoing out) {
        out.timer = options.scheduler().schedule(() -> timedOut(out), out.timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            write(out.frame);
        } catch (RuntimeException e) {
            if (forget(out)) {
                completeExceptionally(out, new OcppConnectionException("Could not write to " + identity, e));
            }
            pump();
        }
    }

    /** Removes an in-flight call and stops its timer; true if it was still in flight. */
    private boolean forget(Outgoing out) {
        synchronized (lock) {
            if (inFlight.get(out.id) != out) {
                return false;
            }
            inFlight.remove(out.id);
        }
        ScheduledFuture<?> t = out.timer;
        if (t != null) {
            t.cancel(false);
        }
        return true;
    }

    private void timedOut(Outgoing out) {
        if (forget(out)) {
            completeExceptionally(out, new OcppTimeoutException(out.action.name(), out.timeout));
            pump();
        }
    }

    private void cancelled(Outgoing out) {
        boolean wasQueued;
        synchronized (lock) {
            wasQueued = queue.remove(out);
        }
        if (!wasQueued && forget(out)) {
            pump();
        }
    }

    /** Sends queued calls while there is room in flight. */
    private void pump() {
        List<Outgoing> next = null;
        synchronized (lock) {
            while (open && inFlight.size() < options.maxCallsInFlight()) {
                Outgoing o = queue.poll();
                if (o == null) {
                    break;
                }
                if (o.future.isDone()) {
                    continue;
                }
                inFlight.put(o.id, o);
                if (next == null) {
                    next = new ArrayList<>(2);
                }
                next.add(o);
            }
        }
        if (next != null) {
            for (Outgoing o : next) {
                transmit(o);
            }
        }
    }

    private void completeExceptionally(Outgoing out, Throwable t) {
        onExecutor(() -> out.future.completeExceptionally(t));
    }

    private void complete(Outgoing out, Object value) {
        onExecutor(() -> out.future.complete(value));
    }

    /** Completes futures off the socket thread, so that callers' continuations never run on it. */
    private void onExecutor(Runnable r) {
        try {
            executor.execute(r);
        } catch (RejectedExecutionException e) {
            r.run(); // every future completes, even when the host's executor is shut down
        }
    }

    private OcppConnectionException closedException() {
        return new OcppConnectionException("The connection of " + identity + " is closed");
    }

    // ---------------------------------------------------------------- incoming frames

    @Override
    public void onBinary(byte[] frame) {
        if (!isOpen()) {
            return;
        }
        rejectFrame(
                UNKNOWN_ID,
                CallErrorCode.rpcFrameworkError(version),
                "Binary frames are not part of OCPP-J",
                "(binary frame of " + frame.length + " bytes)");
    }

    @Override
    public void onText(String text) {
        if (!isOpen()) {
            return;
        }
        if (FRAMES.isDebugEnabled()) {
            FRAMES.debug("{} <- {}", identity, Redactor.redact(text, 2000));
        }
        try {
            dispatch(text);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must never take the connection down, nor the transport's thread: a too deep recursion
            // on a hostile frame included (the frame is dropped and logged)
            LOG.error("Unexpected failure processing a frame from {}", identity, e);
        }
    }

    private void dispatch(String text) {
        if (text.length() > options.maxFrameChars()) {
            rejectFrame(
                    UNKNOWN_ID,
                    CallErrorCode.rpcFrameworkError(version),
                    "Frame of " + text.length() + " characters exceeds the limit of " + options.maxFrameChars(),
                    text);
            return;
        }
        if (text.isBlank()) {
            listener.badFrame(this, "", "empty frame ignored", null);
            return;
        }
        JsonNode root;
        try {
            root = codec.parseFrame(text);
        } catch (PayloadCodec.FrameSyntaxException e) {
            rejectFrame(
                    UNKNOWN_ID,
                    CallErrorCode.rpcFrameworkError(version),
                    "Frame is not valid JSON: " + e.getMessage(),
                    text);
            return;
        }
        if (!root.isArray()) {
            rejectFrame(UNKNOWN_ID, CallErrorCode.rpcFrameworkError(version), "Frame is not a JSON array", text);
            return;
        }
        JsonNode typeNode = root.get(0);
        if (typeNode == null || !typeNode.isIntegralNumber() || !typeNode.canConvertToInt()) {
            rejectFrame(UNKNOWN_ID, CallErrorCode.rpcFrameworkError(version), "Message type must be an integer", text);
            return;
        }
        int type = typeNode.intValue();
        JsonNode idNode = root.get(1);
        String id = idNode != null && idNode.isString() ? idNode.stringValue() : null;
        switch (type) {
            case TYPE_CALL -> onCall(root, id, text, false);
            case TYPE_CALLRESULT -> onCallResult(root, id, text);
            case TYPE_CALLERROR -> onCallError(root, id, text, false);
            case TYPE_CALLRESULTERROR -> {
                if (version == OcppVersion.V21) {
                    onCallError(root, id, text, true);
                } else {
                    unsupportedType(type, id, text);
                }
            }
            case TYPE_SEND -> {
                if (version == OcppVersion.V21) {
                    onCall(root, id, text, true);
                } else {
                    unsupportedType(type, id, text);
                }
            }
            default -> unsupportedType(type, id, text);
        }
    }

    private void unsupportedType(int type, @Nullable String id, String text) {
        rejectFrame(
                id != null && !id.isEmpty() && id.length() <= MAX_ID_LENGTH ? id : UNKNOWN_ID,
                CallErrorCode.messageTypeNotSupported(version),
                "Message type " + type + " is not supported in OCPP " + version.label(),
                text);
    }

    private void onCall(JsonNode root, @Nullable String id, String text, boolean isSend) {
        if (id == null) {
            rejectOrDrop(
                    isSend, UNKNOWN_ID, CallErrorCode.rpcFrameworkError(version), "Message id must be a string", text);
            return;
        }
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            rejectOrDrop(
                    isSend,
                    id.isEmpty() ? UNKNOWN_ID : id,
                    CallErrorCode.rpcFrameworkError(version),
                    "Message id must have 1 to " + MAX_ID_LENGTH + " characters",
                    text);
            return;
        }
        if (root.size() != 4) {
            rejectOrDrop(
                    isSend,
                    id,
                    CallErrorCode.rpcFrameworkError(version),
                    (isSend ? "SEND" : "CALL") + " must have 4 elements, not " + root.size(),
                    text);
            return;
        }
        JsonNode actionNode = root.get(2);
        if (!actionNode.isString()) {
            rejectOrDrop(isSend, id, CallErrorCode.rpcFrameworkError(version), "Action must be a string", text);
            return;
        }
        String name = actionNode.stringValue();
        OcppAction<?, ?> action = codec.action(name);
        if (action == null) {
            rejectOrDrop(
                    isSend,
                    id,
                    CallErrorCode.NOT_IMPLEMENTED,
                    "Unknown action '" + truncate(name, 64) + "' in OCPP " + version.label(),
                    text);
            return;
        }
        if (action.isSend() != isSend) {
            rejectOrDrop(
                    isSend,
                    id,
                    CallErrorCode.rpcFrameworkError(version),
                    action.name() + (isSend ? " is not a SEND message" : " must be sent as a SEND (message type 6)"),
                    text);
            return;
        }
        if (!role.mayReceive(action)) {
            rejectOrDrop(
                    isSend, id, CallErrorCode.NOT_SUPPORTED, "A " + role + " does not accept " + action.name(), text);
            return;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        OcppHandler<OcppRequest<OcppResponse>, OcppResponse> handler = (OcppHandler) handlers.get((OcppAction) action);
        if (handler == null) {
            rejectOrDrop(isSend, id, CallErrorCode.NOT_SUPPORTED, action.name() + " is not supported here", text);
            return;
        }
        JsonNode payload = root.get(3);
        if (!payload.isObject()) {
            rejectOrDrop(isSend, id, CallErrorCode.formatViolation(version), "Payload must be a JSON object", text);
            return;
        }
        PayloadCodec.Decoded d = codec.decode(action, true, payload, options.inputTolerance());
        if (!d.isOk()) {
            rejectOrDrop(isSend, id, Objects.requireNonNull(d.errorCode()), String.join("; ", d.errors()), text);
            return;
        }
        if (!d.warnings().isEmpty()) {
            listener.toleratedDeviation(this, action.name(), d.warnings());
        }
        @SuppressWarnings("unchecked")
        OcppRequest<OcppResponse> request = (OcppRequest<OcppResponse>) Objects.requireNonNull(d.value());
        OcppCallContext ctx = new OcppCallContext(this, id, action);
        inbound.execute(() -> runHandler(ctx, handler, request, isSend));
    }

    private void runHandler(
            OcppCallContext ctx,
            OcppHandler<OcppRequest<OcppResponse>, OcppResponse> handler,
            OcppRequest<OcppResponse> request,
            boolean isSend) {
        CompletionStage<OcppResponse> stage;
        try {
            stage = handler.handle(ctx, request);
            if (stage == null) {
                throw new NullPointerException("handler of " + ctx.action().name() + " returned null");
            }
        } catch (Throwable t) {
            stage = CompletableFuture.failedFuture(t);
        }
        stage.whenComplete((response, error) -> {
            if (isSend) {
                if (error != null) {
                    LOG.warn("Handler of SEND {} from {} failed", ctx.action().name(), identity, error);
                }
                return;
            }
            if (error != null) {
                answerHandlerError(ctx, error);
            } else if (response == null) {
                LOG.error(
                        "Handler of {} returned a null response; answering InternalError",
                        ctx.action().name());
                sendError(ctx.messageId(), CallErrorCode.INTERNAL_ERROR, "No response was produced", Map.of());
            } else {
                answer(ctx, response);
            }
        });
    }

    private void answer(OcppCallContext ctx, OcppResponse response) {
        OcppAction<?, ?> action = ctx.action();
        if (response.getClass() != action.responseType()) {
            LOG.error(
                    "Handler of {} returned a {}, not a {}; answering InternalError",
                    action.name(),
                    response.getClass().getName(),
                    action.responseType().getName());
            sendError(ctx.messageId(), CallErrorCode.INTERNAL_ERROR, "The response could not be produced", Map.of());
            return;
        }
        PayloadCodec.Encoded enc = codec.encode(action, false, response, options.validateOutgoing());
        if (!enc.isOk()) {
            LOG.error(
                    "Handler of {} returned an invalid response ({}); answering InternalError instead",
                    action.name(),
                    enc.errors());
            sendError(ctx.messageId(), CallErrorCode.INTERNAL_ERROR, "The response failed schema validation", Map.of());
            return;
        }
        writeQuietly("[3," + Json.quote(ctx.messageId()) + "," + enc.json() + "]");
        if (role == OcppRole.CSMS && isAcceptedBoot(response)) {
            listener.booted(this);
        }
    }

    private static boolean isAcceptedBoot(OcppResponse response) {
        return (response instanceof dev.ocpkit.ocpp.v16.BootNotificationResponse r16
                        && r16.status() == dev.ocpkit.ocpp.v16.RegistrationStatus.ACCEPTED)
                || (response instanceof dev.ocpkit.ocpp.v201.BootNotificationResponse r201
                        && r201.status() == dev.ocpkit.ocpp.v201.RegistrationStatusEnum.ACCEPTED)
                || (response instanceof dev.ocpkit.ocpp.v21.BootNotificationResponse r21
                        && r21.status() == dev.ocpkit.ocpp.v21.RegistrationStatusEnum.ACCEPTED);
    }

    private void answerHandlerError(OcppCallContext ctx, Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (t instanceof OcppCallErrorException e) {
            sendError(ctx.messageId(), inVersion(e.code()), e.description(), e.details());
        } else {
            LOG.warn(
                    "Handler of {} from {} failed; answering InternalError",
                    ctx.action().name(),
                    identity,
                    t);
            sendError(
                    ctx.messageId(),
                    CallErrorCode.INTERNAL_ERROR,
                    "Internal error while processing " + ctx.action().name(),
                    Map.of());
        }
    }

    /** Maps a code to its spelling in this connection's version. */
    private CallErrorCode inVersion(CallErrorCode code) {
        return switch (code) {
            case FORMATION_VIOLATION, FORMAT_VIOLATION -> CallErrorCode.formatViolation(version);
            case OCCURENCE_CONSTRAINT_VIOLATION, OCCURRENCE_CONSTRAINT_VIOLATION -> CallErrorCode
                    .occurrenceConstraintViolation(version);
            case RPC_FRAMEWORK_ERROR -> CallErrorCode.rpcFrameworkError(version);
            case MESSAGE_TYPE_NOT_SUPPORTED -> CallErrorCode.messageTypeNotSupported(version);
            case UNKNOWN -> CallErrorCode.GENERIC_ERROR;
            default -> code;
        };
    }

    private void onCallResult(JsonNode root, @Nullable String id, String text) {
        if (id == null || root.size() < 3) {
            listener.badFrame(this, redact(text), "CALLRESULT without a message id or payload", null);
            return;
        }
        Outgoing out = take(id);
        if (out == null) {
            listener.unmatchedResponse(this, id);
            return;
        }
        JsonNode payload = root.get(2);
        PayloadCodec.Decoded d = payload.isObject()
                ? codec.decode(out.action, false, payload, options.inputTolerance())
                : PayloadCodec.Decoded.invalid(
                        CallErrorCode.formatViolation(version), List.of("$: payload must be a JSON object"));
        if (!d.isOk()) {
            CallErrorCode code = Objects.requireNonNull(d.errorCode());
            listener.badFrame(
                    this,
                    redact(text),
                    "Invalid " + out.action.name() + " response: " + d.errors(),
                    version == OcppVersion.V21 ? code : null);
            if (version == OcppVersion.V21) {
                writeQuietly("[5," + Json.quote(id) + "," + Json.quote(code.value()) + ","
                        + Json.quote(truncate(
                                "Invalid " + out.action.name() + " response: " + String.join("; ", d.errors()),
                                MAX_DESCRIPTION))
                        + ",{}]");
            }
            completeExceptionally(
                    out,
                    new OcppValidationException(
                            "The peer answered " + out.action.name() + " with an invalid payload", code, d.errors()));
        } else {
            if (!d.warnings().isEmpty()) {
                listener.toleratedDeviation(this, out.action.name(), d.warnings());
            }
            complete(out, Objects.requireNonNull(d.value()));
        }
        pump();
    }

    private void onCallError(JsonNode root, @Nullable String id, String text, boolean resultError) {
        if (id == null) {
            listener.badFrame(this, redact(text), "CALLERROR without a message id", null);
            return;
        }
        JsonNode codeNode = root.get(2);
        JsonNode descNode = root.get(3);
        JsonNode detailsNode = root.get(4);
        String rawCode = codeNode != null && codeNode.isString() ? codeNode.stringValue() : "";
        String description = descNode != null && descNode.isString() ? descNode.stringValue() : "";
        if (resultError) {
            listener.callResultErrorReceived(this, id, rawCode, description);
            return;
        }
        Outgoing out = take(id);
        if (out == null) {
            listener.unmatchedResponse(this, id);
            return;
        }
        Map<String, Object> details =
                detailsNode != null && detailsNode.isObject() ? codec.toPlain(detailsNode) : Map.of();
        completeExceptionally(
                out, new OcppCallErrorException(CallErrorCode.fromValue(rawCode), rawCode, description, details));
        pump();
    }

    private @Nullable Outgoing take(String id) {
        Outgoing out;
        synchronized (lock) {
            out = inFlight.remove(id);
        }
        if (out != null && out.timer != null) {
            out.timer.cancel(false);
        }
        return out;
    }

    private void rejectOrDrop(boolean isSend, String id, CallErrorCode code, String description, String text) {
        if (isSend) {
            listener.badFrame(this, redact(text), description, null);
            LOG.debug("Dropped invalid SEND from {}: {}", identity, description);
        } else {
            rejectFrame(id, code, description, text);
        }
    }

    private void rejectFrame(String id, CallErrorCode code, String description, String text) {
        listener.badFrame(this, redact(text), description, code);
        LOG.debug("Bad frame from {}: {} -> {}", identity, description, code.value());
        sendError(id, code, description, Map.of());
    }

    private void sendError(String id, CallErrorCode code, String description, Map<String, Object> details) {
        String detailsJson = details.isEmpty() ? "{}" : codec.writePlain(details);
        writeQuietly("[4," + Json.quote(id) + "," + Json.quote(code.value()) + ","
                + Json.quote(truncate(description, MAX_DESCRIPTION)) + "," + detailsJson + "]");
    }

    private void writeQuietly(String frame) {
        try {
            write(frame);
        } catch (RuntimeException e) {
            LOG.debug("Could not write to {}", identity, e);
        }
    }

    private void write(String frame) {
        if (FRAMES.isDebugEnabled()) {
            FRAMES.debug("{} -> {}", identity, Redactor.redact(frame, 2000));
        }
        socket.sendText(frame);
    }

    private static String redact(String text) {
        return Redactor.redact(text, 1000);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    // ---------------------------------------------------------------- close

    @Override
    public void onClosed(int code, String reason) {
        List<Outgoing> failed = new ArrayList<>();
        synchronized (lock) {
            if (!open) {
                return;
            }
            open = false;
            failed.addAll(inFlight.values());
            failed.addAll(queue);
            inFlight.clear();
            queue.clear();
        }
        OcppException e = new OcppConnectionException("The connection of " + identity + " closed (" + code
                + (reason.isEmpty() ? "" : " " + reason) + ") before the call was answered");
        for (Outgoing o : failed) {
            if (o.timer != null) {
                o.timer.cancel(false);
            }
            completeExceptionally(o, e);
        }
        listener.disconnected(this, code, reason);
    }

    @Override
    public String toString() {
        return "OcppSession[" + identity + ", " + version.label() + ", " + role + "]";
    }
}
