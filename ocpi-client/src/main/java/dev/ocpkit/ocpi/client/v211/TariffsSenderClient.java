package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Tariff;
import java.util.Objects;

/**
 * Pulls tariffs from the partner's (CPO's) tariffs interface.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tariffs.md#21-cpo-interface">OCPI 2.1.1, Tariffs, CPO interface</a>
 * @since 0.1
 */
public final class TariffsSenderClient {
    private final CallContext ctx;

    TariffsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every tariff the partner shares with us, page by page. The list is lazy: pages are requested as the stream or
     * iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Tariff> list(PageRequest page) {
        return ctx.req("GET", "tariffs", "", "GET tariffs").list(Tariff.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<Tariff> list() {
        return list(PageRequest.FIRST);
    }
}
