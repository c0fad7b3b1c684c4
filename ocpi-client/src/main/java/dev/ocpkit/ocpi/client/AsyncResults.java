package dev.ocpkit.ocpi.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code response_url}s of asynchronous OCPI operations (command results, charging profile results): the client
 * asks for one before sending a request, the server module serves it and, when the partner POSTs (or PUTs) the
 * result there, completes the future.
 *
 * <p>Implementations are thread-safe; {@link InMemoryAsyncResults} is the default.
 *
 * @since 0.1
 */
public interface AsyncResults {
    /**
     * A new pending result with its own {@code response_url}.
     *
     * @param resultType the record the partner will send (e.g. {@code v221.CommandResult})
     * @param timeout how long to wait; the future then fails with {@link java.util.concurrent.TimeoutException}
     */
    <T> Pending<T> expect(Class<T> resultType, Duration timeout);

    /**
     * Completes the pending result with this id (the last path segment of its URL).
     *
     * @param id the id from the URL
     * @param result the parsed result, of the type given to {@link #expect}
     * @return {@code false} when no such result is pending (unknown, completed or timed out), so the server can answer
     *     404 / 2001
     * @throws ClassCastException when {@code result} is not of the expected type
     */
    boolean complete(String id, Object result);

    /** The type a pending result expects, so that the server can parse the body; {@code null} when not pending. */
    @org.jspecify.annotations.Nullable
    Class<?> expectedType(String id);

    /**
     * A pending result.
     *
     * @param id the id, also the last path segment of {@link #url()}
     * @param url the {@code response_url} to send to the partner
     * @param future completes with the partner's result, or fails with a timeout
     * @param <T> the result type
     */
    record Pending<T>(String id, String url, CompletableFuture<T> future) {}
}
