package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiHttpResponse;
import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.Page;
import dev.ocpkit.ocpi.client.Paginated;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Paginated} over a page fetcher: Link following, header checks, total-drop recovery. */
public final class PageWalker<T> implements Paginated<T> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ocpkit.ocpi.client");

    private final Function<String, CompletableFuture<Reply<Envelopes.Items<T>>>> fetch;
    private final String firstUrl;
    private final boolean tolerant;
    private final @Nullable Integer requestedLimit;
    private final String operation;
    private final Executor executor;

    /**
     * @param fetch sends a GET to a page URL and decodes the list
     * @param firstUrl the URL of the first page, with the filters
     * @param tolerant whether missing pagination headers (and Link) are tolerated
     * @param requestedLimit the limit the caller asked for, or {@code null}
     * @param operation label for messages
     * @param executor runs the asynchronous page loop
     */
    public PageWalker(
            Function<String, CompletableFuture<Reply<Envelopes.Items<T>>>> fetch,
            String firstUrl,
            boolean tolerant,
            @Nullable Integer requestedLimit,
            String operation,
            Executor executor) {
        this.fetch = fetch;
        this.firstUrl = firstUrl;
        this.tolerant = tolerant;
        this.requestedLimit = requestedLimit;
        this.operation = operation;
        this.executor = executor;
    }

    @Override
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public Iterator<T> iterator() {
        Cursor cursor = new Cursor();
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!cursor.hasNext()) {
                        return false;
                    }
                    current = Futures.join(cursor.next()).items().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Override
    public PageCursor<T> pages() {
        return new Cursor();
    }

    @Override
    public CompletableFuture<Long> forEachPageAsync(Consumer<Page<T>> consumer) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        loop(new Cursor(), 0, consumer, result);
        return result;
    }

    private void loop(Cursor cursor, long count, Consumer<Page<T>> consumer, CompletableFuture<Long> result) {
        if (!cursor.hasNext()) {
            result.complete(count);
            return;
        }
        cursor.next()
                .whenCompleteAsync(
                        (page, error) -> {
                            if (error != null) {
                                result.completeExceptionally(unwrap(error));
                                return;
                            }
                            try {
                                consumer.accept(page);
                            } catch (RuntimeException e) {
                                result.completeExceptionally(e);
                                return;
                            }
                            loop(cursor, count + page.items().size(), consumer, result);
                        },
                        executor);
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private final class Cursor implements PageCursor<T> {
        private @Nullable String url = firstUrl;
        private @Nullable Integer lastTotal;
        private boolean recovering;

        @Override
        public boolean hasNext() {
            return url != null;
        }

        @Override
        public CompletableFuture<Page<T>> next() {
            String current = url;
            if (current == null) {
                throw new NoSuchElementException("no more pages");
            }
            return fetch.apply(current).thenCompose(reply -> handle(current, reply));
        }

        private CompletableFuture<Page<T>> handle(String current, Reply<Envelopes.Items<T>> reply) {
            OcpiHttpResponse response = reply.response();
            String id = reply.requestId();
            int offset = offsetOf(current);
            Integer total = intHeader(response, "X-Total-Count", id);
            Integer limit = intHeader(response, "X-Limit", id);
            if (!tolerant && (total == null || limit == null)) {
                throw invalid(response, "the list response lacks " + (total == null ? "X-Total-Count" : "X-Limit"), id);
            }
            Integer previous = lastTotal;
            if (!recovering && previous != null && total != null && total < previous && offset > 0) {
                int lowered = offset - Math.min(previous - total, offset);
                LOG.debug(
                        "OCPI {}: X-Total-Count dropped from {} to {}; requesting offset {} again as {}",
                        operation,
                        previous,
                        total,
                        offset,
                        lowered);
                lastTotal = total;
                recovering = true;
                url = Urls.setQueryParam(current, "offset", Integer.toString(lowered));
                return next();
            }
            recovering = false;
            if (total != null) {
                lastTotal = total;
            }
            Envelopes.Items<T> items = reply.value();
            String next = null;
            try {
                String link = LinkHeader.next(response.headerValues("Link"));
                if (link != null) {
                    next = Urls.keepParams(Urls.resolve(current, link), firstUrl, List.of("offset"));
                }
            } catch (IllegalArgumentException e) {
                if (!tolerant) {
                    throw invalid(response, "malformed Link header (" + e.getMessage() + ")", id);
                }
                LOG.debug("OCPI {}: ignoring a malformed Link header ({})", operation, e.getMessage());
            }
            int count = items.items().size() + items.skipped();
            if (next == null && tolerant && count > 0) {
                if (total != null) {
                    if (offset + count < total) {
                        next = Urls.setQueryParam(current, "offset", Integer.toString(offset + count));
                    }
                } else {
                    Integer effective = limit != null ? limit : requestedLimit;
                    if (effective != null && count >= effective) {
                        next = Urls.setQueryParam(current, "offset", Integer.toString(offset + count));
                    }
                }
            }
            if (next != null && next.equals(current)) {
                throw invalid(response, "the Link header points to the page just read", id);
            }
            url = next;
            return CompletableFuture.completedFuture(
                    new Page<>(items.items(), offset, total, limit, next, items.skipped(), id));
        }

        private @Nullable Integer intHeader(OcpiHttpResponse response, String name, String id) {
            String v = response.header(name);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                int n = Integer.parseInt(v.trim());
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                if (tolerant) {
                    return null;
                }
                throw invalid(response, "the " + name + " header is not a non-negative integer", id);
            }
        }

        private OcpiInvalidResponseException invalid(OcpiHttpResponse response, String what, String id) {
            return new OcpiInvalidResponseException(
                    response.statusCode(), operation + ": " + what + ", X-Request-ID " + id, id);
        }
    }

    private static int offsetOf(String url) {
        String v = Urls.queryParam(url, "offset");
        if (v == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
