package dev.ocpkit.ocpi.client;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paginated OCPI list, with its pagination headers.
 *
 * @param items the objects of this page that could be read, in the partner's order
 * @param offset the {@code offset} of the request that returned this page (0 when it had none)
 * @param totalCount the {@code X-Total-Count} header: objects matching the query, or {@code null} when absent
 * @param limit the {@code X-Limit} header: the most objects the partner returns per page, or {@code null} when absent
 * @param nextUrl the URL of the next page ({@code Link: <...>; rel="next"}, with the original filters), or
 *     {@code null} on the last page
 * @param skipped objects of this page that could not be read (malformed or of the wrong type); the specification
 *     advises processing the others
 * @param requestId the {@code X-Request-ID} of the request that returned this page
 * @param <T> the object type
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#pagination">OCPI 2.2.1,
 *     Pagination</a>
 * @since 0.1
 */
public record Page<T>(
        List<T> items,
        int offset,
        @Nullable Integer totalCount,
        @Nullable Integer limit,
        @Nullable String nextUrl,
        int skipped,
        String requestId) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(requestId, "requestId");
    }

    /** Whether this is the last page. */
    public boolean isLast() {
        return nextUrl == null;
    }
}
