package dev.ocpkit.ocpi.client;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * {@link AsyncResults} in memory: URLs are {@code baseUrl + "/" + random id}; each pending result is removed when it
 * completes or times out. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryAsyncResults implements AsyncResults {
    private record Entry(Class<?> type, CompletableFuture<Object> future) {}

    private final String baseUrl;
    private final ScheduledExecutorService scheduler;
    private final ConcurrentMap<String, Entry> pending = new ConcurrentHashMap<>();

    /**
     * @param baseUrl the URL under which the server module serves results, e.g.
     *     {@code https://cpo.example.com/ocpi/results} (a trailing slash is removed)
     * @param scheduler runs the timeouts; owned by the caller
     */
    public InMemoryAsyncResults(String baseUrl, ScheduledExecutorService scheduler) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Pending<T> expect(Class<T> resultType, Duration timeout) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Object> future = new CompletableFuture<>();
        pending.put(id, new Entry(resultType, future));
        scheduler.schedule(
                () -> {
                    Entry e = pending.remove(id);
                    if (e != null) {
                        e.future()
                                .completeExceptionally(new TimeoutException(
                                        "no result at the response_url within " + timeout.toMillis() + " ms"));
                    }
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        return new Pending<>(id, baseUrl + "/" + id, (CompletableFuture<T>) (CompletableFuture<?>) future);
    }

    @Override
    public boolean complete(String id, Object result) {
        Entry e = pending.get(id);
        if (e == null) {
            return false;
        }
        Object typed = e.type().cast(result);
        if (pending.remove(id, e)) {
            return e.future().complete(typed);
        }
        return false;
    }

    @Override
    public @Nullable Class<?> expectedType(String id) {
        Entry e = pending.get(id);
        return e == null ? null : e.type();
    }

    /** The number of results still pending. */
    public int pendingCount() {
        return pending.size();
    }
}
