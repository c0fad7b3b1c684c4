package dev.ocpkit.ocpp;

import java.util.concurrent.CompletionStage;

/**
 * Answers one incoming action asynchronously.
 *
 * <p>Called on the executor of {@link OcppOptions#executor()}, never on a socket thread, one call at a time per
 * connection (calls of one connection are processed in the order they arrived). Complete the stage with the
 * response, or exceptionally with an {@link OcppCallErrorException} to answer with that error code; any other
 * exception is answered with {@code InternalError} (its message is not sent to the peer).
 *
 * @param <Q> request type
 * @param <S> response type
 * @since 0.1
 */
@FunctionalInterface
public interface OcppHandler<Q extends OcppRequest<S>, S extends OcppResponse> {
    /** Processes the request. */
    CompletionStage<S> handle(OcppCallContext context, Q request) throws Exception;

    /**
     * A synchronous handler: its return value is the response.
     *
     * @param <Q> request type
     * @param <S> response type
     */
    @FunctionalInterface
    interface Sync<Q extends OcppRequest<S>, S extends OcppResponse> {
        /** Processes the request and returns the response. */
        S handle(OcppCallContext context, Q request) throws Exception;
    }
}
