package dev.ocpkit.ocpi.client;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A paginated OCPI list (locations, sessions, CDRs, tariffs, tokens, hub client info), read lazily page by page: no
 * request is sent until the first object is needed, each page is requested when the previous one is consumed, and only
 * one page is held in memory, whatever the total.
 *
 * <p>Paging follows the specification:
 *
 * <ul>
 *   <li>the next page is the {@code Link: <...>; rel="next"} target, resolved against the request URL, with the
 *       original filters ({@code date_from}, {@code date_to}, {@code limit}) added when the partner left them out;
 *   <li>{@code X-Total-Count} and {@code X-Limit} are required, unless the partner's
 *       {@link PartnerQuirks#tolerateMissingPaginationHeaders()} allows their absence; then a missing {@code Link}
 *       is tolerated too, and the list goes on by offset until a page is empty, shorter than the limit, or reaches
 *       the total;
 *   <li>when {@code X-Total-Count} drops between two pages (objects left the filter while paging), the page is
 *       requested again with the {@code offset} lowered by the drop (by 1 in the specification's example, never
 *       below 0), so no object is missed;
 *   <li>a failed page is retried like any idempotent request ({@link RetryPolicy}); if it still fails, the stream
 *       throws (or the future fails) and {@link #pages()} can be resumed from the failed page.
 * </ul>
 *
 * <p>Each {@link #stream()}, {@link #iterator()} and {@link #forEachPageAsync(Consumer)} call starts again from the
 * first page. A single traversal is not thread-safe; separate traversals are independent.
 *
 * @param <T> the object type
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#pagination">OCPI 2.2.1,
 *     Pagination</a>
 * @since 0.1
 */
public interface Paginated<T> extends Iterable<T> {
    /**
     * A lazy stream of every object of every page. Blocks the consuming thread while a page loads; a failure is
     * thrown as the typed {@link dev.ocpkit.ocpi.model.OcpiException} (unwrapped).
     */
    Stream<T> stream();

    /** A lazy iterator over every object, with the same behaviour as {@link #stream()}. */
    @Override
    Iterator<T> iterator();

    /**
     * A new cursor over the pages, for asynchronous or page-wise processing.
     *
     * @return a cursor positioned before the first page
     */
    PageCursor<T> pages();

    /**
     * Reads every page asynchronously, one after the other, handing each to {@code consumer}.
     *
     * @param consumer called once per page, in order, on the transport's thread
     * @return a future that completes normally with the number of objects read, or exceptionally with the typed
     *     {@link dev.ocpkit.ocpi.model.OcpiException} of the page that failed
     */
    CompletableFuture<Long> forEachPageAsync(Consumer<Page<T>> consumer);

    /**
     * A position in a paginated list. Not thread-safe: call {@link #next()} again only after the previous future
     * completed.
     *
     * @param <T> the object type
     * @since 0.1
     */
    interface PageCursor<T> {
        /** Whether another page may follow (before the first call, and until the last page was read). */
        boolean hasNext();

        /**
         * Requests the next page.
         *
         * @return a future that completes normally with the page, or exceptionally with the typed
         *     {@link dev.ocpkit.ocpi.model.OcpiException}; after a failure, calling again retries the same page
         * @throws java.util.NoSuchElementException when {@link #hasNext()} is {@code false}
         */
        CompletableFuture<Page<T>> next();
    }
}
