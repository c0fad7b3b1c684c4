package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Cdr;
import java.util.Objects;

/**
 * Pulls CDRs from the partner's CDRs Sender interface (the CPO's); use {@code date_from} to fetch only the CDRs
 * since the last one received.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_cdrs.asciidoc#mod_cdrs_sender_interface">OCPI 2.3.0, CDRs, Sender interface</a>
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
        return ctx.req("GET", "cdrs", "SENDER", "GET cdrs (sender)")
                .list(Cdr.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<Cdr> list() {
        return list(PageRequest.FIRST);
    }
}
