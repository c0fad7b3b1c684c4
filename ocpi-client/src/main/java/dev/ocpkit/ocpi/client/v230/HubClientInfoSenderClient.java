package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.ClientInfo;
import java.util.Objects;

/**
 * Pulls the list of parties connected to the partner (a hub) from its hub client info Sender interface. Hub client
 * info is a configuration module: no routing headers.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_hub_client_info.asciidoc#mod_hub_client_info_sender_interface">OCPI 2.3.0, Hub client info, Sender interface</a>
 * @since 0.1
 */
public final class HubClientInfoSenderClient {
    private final CallContext ctx;

    HubClientInfoSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every party connected to the hub, with its connection status, page by page. The list is lazy: pages are
     * requested as the stream or iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<ClientInfo> list(PageRequest page) {
        return ctx.req("GET", "hubclientinfo", "SENDER", "GET hubclientinfo (sender)")
                .list(ClientInfo.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<ClientInfo> list() {
        return list(PageRequest.FIRST);
    }
}
