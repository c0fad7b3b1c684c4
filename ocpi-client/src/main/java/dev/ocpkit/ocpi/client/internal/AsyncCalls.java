package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.AsyncOperation;
import dev.ocpkit.ocpi.client.AsyncResults;
import dev.ocpkit.ocpi.client.OcpiRejectedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Requests whose result arrives at a response_url: commands and charging profiles. */
public final class AsyncCalls {
    private AsyncCalls() {}

    /**
     * Creates a response_url, sends the request built for it, and pairs the immediate answer with the pending result.
     *
     * @param session the session
     * @param resultType what the partner will post to the response_url
     * @param responseType the immediate answer's type
     * @param request builds the request for a response_url
     * @param accepted whether the immediate answer accepts the request
     * @param resultOf the answer's raw result value, for the rejection message
     * @param operation label for messages
     */
    public static <R, T> CompletableFuture<AsyncOperation<R, T>> start(
            CallContext session,
            Class<T> resultType,
            Class<R> responseType,
            Function<String, Req> request,
            Predicate<R> accepted,
            Function<R, @Nullable String> resultOf,
            String operation) {
        AsyncResults results = session.core().asyncResults();
        if (results == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    operation + " needs an AsyncResults (OcpiClient.Builder#asyncResults) to create the response_url"));
        }
        AsyncResults.Pending<T> pending;
        CompletableFuture<Reply<R>> sent;
        try {
            pending = results.expect(resultType, session.core().asyncResultTimeout());
            sent = request.apply(pending.url()).objectReply(responseType);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.handle((reply, error) -> {
            if (error != null) {
                Throwable cause =
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                pending.future().completeExceptionally(cause);
                throw error instanceof CompletionException c ? c : new CompletionException(error);
            }
            R response = reply.value();
            boolean ok = accepted.test(response);
            if (!ok) {
                pending.future()
                        .completeExceptionally(new OcpiRejectedException(
                                1000, resultOf.apply(response), operation, reply.requestId()));
            }
            return new AsyncOperation<>(response, ok, pending.url(), reply.requestId(), pending.future());
        });
    }
}
