package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.ClientInfo;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes connection status of connected parties to the partner's hub client info Receiver interface (a hub pushes
 * to its clients): GET and PUT on {@code {hubclientinfo_endpoint_url}/{country_code}/{party_id}}. No routing
 * headers.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_hub_client_info.asciidoc#mod_hub_client_info_receiver_interface">OCPI 2.3.0, Hub client info, Receiver interface</a>
 * @since 0.1
 */
public final class HubClientInfoReceiverClient {
    private final CallContext ctx;

    HubClientInfoReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a party's client info.
     *
     * @param countryCode the party's country code
     * @param partyId the party's id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<ClientInfo> getClientInfoAsync(String countryCode, String partyId) {
        return ctx.req("GET", "hubclientinfo", "RECEIVER", "GET hubclientinfo (receiver)")
                .path(countryCode, partyId)
                .object(ClientInfo.class);
    }

    /** Blocking {@link #getClientInfoAsync}; throws its failure unwrapped. */
    public ClientInfo getClientInfo(String countryCode, String partyId) {
        return Futures.join(getClientInfoAsync(countryCode, partyId));
    }

    /**
     * Creates or replaces a party's client info; country code and party id are taken from it.
     *
     * @param info the client info
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putClientInfoAsync(ClientInfo info) {
        return ctx.req("PUT", "hubclientinfo", "RECEIVER", "PUT hubclientinfo (receiver)")
                .path(info.countryCode(), info.partyId())
                .body(info)
                .noData();
    }

    /** Blocking {@link #putClientInfoAsync}; throws its failure unwrapped. */
    public void putClientInfo(ClientInfo info) {
        Futures.join(putClientInfoAsync(info));
    }
}
