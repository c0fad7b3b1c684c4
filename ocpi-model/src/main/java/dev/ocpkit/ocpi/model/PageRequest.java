package dev.ocpkit.ocpi.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The pagination and filter parameters of an OCPI GET list request: {@code offset}, {@code limit},
 * {@code date_from} (inclusive) and {@code date_to} (exclusive), all optional.
 *
 * @param offset index of the first object, 0 when absent
 * @param limit maximum number of objects, or {@code null} for the server's default
 * @param dateFrom only objects with {@code last_updated} at or after this instant, or {@code null}
 * @param dateTo only objects with {@code last_updated} before this instant, or {@code null}
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#pagination">OCPI 2.2.1,
 *     Pagination</a>
 * @since 0.1
 */
public record PageRequest(int offset, @Nullable Integer limit, @Nullable Instant dateFrom, @Nullable Instant dateTo) {
    /** The first page with the server's default size and no filter. */
    public static final PageRequest FIRST = new PageRequest(0, null, null, null);

    /** Rejects a negative offset or a limit below 1. */
    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
    }

    /** This request with another offset. */
    public PageRequest withOffset(int newOffset) {
        return new PageRequest(newOffset, limit, dateFrom, dateTo);
    }

    /** This request with another limit. */
    public PageRequest withLimit(@Nullable Integer newLimit) {
        return new PageRequest(offset, newLimit, dateFrom, dateTo);
    }

    /** Whether {@code lastUpdated} lies in {@code [dateFrom, dateTo)}. */
    public boolean matches(@Nullable Instant lastUpdated) {
        if (lastUpdated == null) {
            return dateFrom == null && dateTo == null;
        }
        return (dateFrom == null || !lastUpdated.isBefore(dateFrom))
                && (dateTo == null || lastUpdated.isBefore(dateTo));
    }
}
