package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Session;
import java.util.Objects;

/**
 * Pulls sessions from the partner's (CPO's) sessions interface.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_sessions.md#21-cpo-interface">OCPI 2.1.1, Sessions, CPO interface</a>
 * @since 0.1
 */
public final class SessionsSenderClient {
    private final CallContext ctx;

    SessionsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every session the partner shares with us, page by page. The list is lazy: pages are requested as the stream
     * or iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Session> list(PageRequest page) {
        return ctx.req("GET", "sessions", "", "GET sessions").list(Session.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<Session> list() {
        return list(PageRequest.FIRST);
    }
}
