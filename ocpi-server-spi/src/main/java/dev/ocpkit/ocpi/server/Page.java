package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.model.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paginated GET list: the objects from the requested offset (at most the requested limit) and how many
 * objects match the request in total. The dispatcher turns it into the response body and the {@code X-Total-Count},
 * {@code X-Limit} and {@code Link} headers.
 *
 * <p>Services should return objects in a stable order (oldest first, as OCPI advises) so that following pages neither
 * skip nor repeat objects.
 *
 * @param items the objects of this page, at most {@link PageRequest#limit()}
 * @param totalCount the number of objects that match the request's {@code date_from}/{@code date_to} filters and are
 *     visible to the caller, regardless of offset and limit
 * @param <T> the object type
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#pagination">OCPI 2.2.1,
 *     Pagination</a>
 * @since 0.1
 */
public record Page<T>(List<T> items, long totalCount) {
    /** Copies the items; requires a total count at least as large as offset-independent sanity allows (&ge; 0). */
    public Page {
        items = List.copyOf(items);
        if (totalCount < 0) {
            throw new IllegalArgumentException("totalCount must be >= 0");
        }
    }

    /** An empty page with a total of zero. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }

    /**
     * The page of {@code all} that {@code request} asks for, after filtering on {@code last_updated}; for services
     * that hold their objects in memory.
     *
     * @param all every object visible to the caller, in a stable order
     * @param request the request as given to the service (its limit is already capped by the dispatcher)
     * @param lastUpdated the {@code last_updated} of an object ({@code null} matches only an unfiltered request)
     */
    public static <T> Page<T> of(
            Collection<T> all, PageRequest request, Function<? super T, @Nullable Instant> lastUpdated) {
        int offset = request.offset();
        int limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
        boolean filtered = request.dateFrom() != null || request.dateTo() != null;
        if (!filtered && all instanceof List<T> list) {
            // no date filter: the page is a slice, without visiting the objects before and after it
            int from = Math.min(offset, list.size());
            int to = (int) Math.min((long) from + limit, list.size());
            return new Page<>(list.subList(from, to), list.size());
        }
        List<T> items = new ArrayList<>(Math.min(limit, Math.max(0, all.size() - offset)));
        long total = 0;
        for (T t : all) {
            if (filtered && !request.matches(lastUpdated.apply(t))) {
                continue;
            }
            if (total >= offset && items.size() < limit) {
                items.add(t);
            }
            total++;
        }
        return new Page<>(items, total);
    }
}
