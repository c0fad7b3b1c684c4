package dev.ocpkit.ocpp;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * An immutable table of handlers, one per incoming action, shared by every connection of a server or client.
 *
 * <p>An incoming CALL whose action this table has no handler for is answered {@code NotSupported} when the action
 * is known in the connection's version, and {@code NotImplemented} when it is not.
 *
 * <pre>{@code
 * OcppHandlers handlers = OcppHandlers.builder()
 *     .on(Ocpp16Actions.HEARTBEAT, (ctx, req) -> new HeartbeatResponse(Instant.now()))
 *     .onAsync(Ocpp16Actions.AUTHORIZE, (ctx, req) -> tokens.lookup(req.idTag()))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class OcppHandlers {
    private static final OcppHandlers EMPTY = new OcppHandlers(Map.of());

    private final Map<OcppAction<?, ?>, OcppHandler<?, ?>> handlers;

    private OcppHandlers(Map<OcppAction<?, ?>, OcppHandler<?, ?>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    /** A table without handlers. */
    public static OcppHandlers empty() {
        return EMPTY;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** A builder that starts from this table's handlers (handy to add or replace a few). */
    public Builder toBuilder() {
        return new Builder(handlers);
    }

    /** The handler for an action, or {@code null}. */
    @SuppressWarnings("unchecked")
    public <Q extends OcppRequest<S>, S extends OcppResponse> @Nullable OcppHandler<Q, S> get(OcppAction<Q, S> action) {
        return (OcppHandler<Q, S>) handlers.get(action);
    }

    /** Whether a handler is registered for the action. */
    public boolean has(OcppAction<?, ?> action) {
        return handlers.containsKey(action);
    }

    /** Builds an {@link OcppHandlers}; not thread-safe. */
    public static final class Builder {
        private final Map<OcppAction<?, ?>, OcppHandler<?, ?>> handlers;

        private Builder(Map<OcppAction<?, ?>, OcppHandler<?, ?>> initial) {
            this.handlers = new HashMap<>(initial);
        }

        /** Registers (or replaces) an asynchronous handler. */
        public <Q extends OcppRequest<S>, S extends OcppResponse> Builder onAsync(
                OcppAction<Q, S> action, OcppHandler<Q, S> handler) {
            handlers.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** Registers (or replaces) a synchronous handler. */
        public <Q extends OcppRequest<S>, S extends OcppResponse> Builder on(
                OcppAction<Q, S> action, OcppHandler.Sync<Q, S> handler) {
            Objects.requireNonNull(handler, "handler");
            return onAsync(action, (ctx, req) -> CompletableFuture.completedFuture(handler.handle(ctx, req)));
        }

        /** Registers every handler of another table (replacing those of the same action). */
        public Builder addAll(OcppHandlers other) {
            handlers.putAll(other.handlers);
            return this;
        }

        /** Removes the handler of an action. */
        public Builder remove(OcppAction<?, ?> action) {
            handlers.remove(action);
            return this;
        }

        /** Builds the immutable table. */
        public OcppHandlers build() {
            return new OcppHandlers(handlers);
        }
    }
}
