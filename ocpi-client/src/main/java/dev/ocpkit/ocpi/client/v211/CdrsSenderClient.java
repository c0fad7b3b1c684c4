package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Cdr;
import java.util.Objects;

/**
 * Pulls CDRs from the partner's (CPO's) CDRs interface.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_cdrs.md#21-cpo-interface">OCPI 2.1.1, CDRs, CPO interface</a>
 * @since 0.1
 */
public final class CdrsSenderClient {
    private final CallContext ctx;

    CdrsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every CDR the partner shares with us, page by page. The list is lazy: pages are requested as the stream or
     * iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Cdr> list(PageRequest page) {
        return ctx.req("GET", "cdrs", "", "GET cdrs").list(Cdr.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<Cdr> list() {
        return list(PageRequest.FIRST);
    }
}
