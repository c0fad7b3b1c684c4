package dev.ocpkit.ocpp.neutral.internal;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import java.util.concurrent.CompletionStage;

/** Registers one handler of a 2.x shape for the 2.0.1 and the 2.1 action of the same name. */
public final class Handlers2x {
    private Handlers2x() {}

    /**
     * Handles the 2.x shape of a request and returns the 2.x shape of the response.
     *
     * @param <A> the request shape
     */
    @FunctionalInterface
    public interface ShapeHandler<A> {
        /** Handles one request of a connection of {@code version}. */
        CompletionStage<?> handle(OcppSession session, OcppVersion version, String messageId, A request)
                throws Exception;
    }

    /** Registers {@code handler} for both actions: the typed request becomes the shape, the shape the response. */
    public static <
                    Q1 extends OcppRequest<S1>,
                    S1 extends OcppResponse,
                    Q2 extends OcppRequest<S2>,
                    S2 extends OcppResponse,
                    A>
            void on2x(
                    OcppHandlers.Builder b,
                    OcppAction<Q1, S1> v201,
                    OcppAction<Q2, S2> v21,
                    Class<A> shape,
                    ShapeHandler<A> handler) {
        b.onAsync(v201, (ctx, req) -> handler.handle(
                        ctx.session(), OcppVersion.V201, ctx.messageId(), X2.from(req, shape))
                .thenApply(resp -> X2.response(v201, resp)));
        b.onAsync(
                v21, (ctx, req) -> handler.handle(ctx.session(), OcppVersion.V21, ctx.messageId(), X2.from(req, shape))
                        .thenApply(resp -> X2.response(v21, resp)));
    }
}
