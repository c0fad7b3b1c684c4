package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.NoResponse;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppCallContext;
import dev.ocpkit.ocpp.OcppHandler;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A session without a socket: records what is sent and answers with a scripted function. */
final class FakeSession implements OcppSession {
    static final OcppJson JSON = OcppJson.defaults();

    final String identity;
    final OcppVersion version;
    final List<OcppRequest<?>> sent = new CopyOnWriteArrayList<>();
    /** When set, calls are not answered: their futures are kept here. */
    volatile boolean hold;

    final List<CompletableFuture<?>> held = new CopyOnWriteArrayList<>();
    volatile Function<OcppRequest<?>, Object> responder = r -> {
        throw new UnsupportedOperationException("no answer scripted for " + r.action());
    };

    FakeSession(String identity, OcppVersion version) {
        this.identity = identity;
        this.version = version;
    }

    /** Answers every call with the JSON text bound to the action's response type. */
    FakeSession answering(String json) {
        responder = r -> JSON.treeToValue(JSON.readTree(json), r.action().responseType());
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
        return OcppRole.CSMS;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request) {
        if (request.action().version() != version) {
            throw new IllegalArgumentException(request.action() + " on a " + version + " session");
        }
        sent.add(request);
        if (hold) {
            CompletableFuture<R> f = new CompletableFuture<>();
            held.add(f);
            return f;
        }
        try {
            return CompletableFuture.completedFuture((R) responder.apply(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public <R extends OcppResponse> CompletableFuture<R> call(OcppRequest<R> request, Duration timeout) {
        return call(request);
    }

    @Override
    public CompletableFuture<Void> send(OcppRequest<NoResponse> message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int pendingCalls() {
        return 0;
    }

    @Override
    public void close() {}

    /** The JSON tree of the last request sent, as it would travel. */
    tools.jackson.databind.JsonNode lastSent() {
        return JSON.readTree(JSON.write(sent.get(sent.size() - 1)));
    }

    /** A JSON tree of text. */
    static tools.jackson.databind.JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    /** Runs the handler of an action of a table, as the RPC layer would, and returns the response. */
    static <Q extends OcppRequest<S>, S extends OcppResponse> S invoke(
            OcppHandlers handlers, OcppSession session, OcppAction<Q, S> action, Q request, String messageId)
            throws Exception {
        OcppHandler<Q, S> h = handlers.get(action);
        if (h == null) {
            throw new AssertionError("no handler for " + action);
        }
        return h.handle(new OcppCallContext(session, messageId, action), request)
                .toCompletableFuture()
                .join();
    }

    /** Binds JSON text to a payload type. */
    static <T> T parse(String json, Class<T> type) {
        return JSON.treeToValue(JSON.readTree(json), type);
    }

    /** The JSON text of a payload. */
    static String json(Object payload) {
        return JSON.write(payload);
    }
}
