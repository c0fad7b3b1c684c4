package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.Cdr;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Posts CDRs to the partner's CDRs Receiver interface (the eMSP's), and reads them back from the URL the partner
 * returns in the {@code Location} header.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_cdrs.asciidoc#mod_cdrs_receiver_interface">OCPI 2.3.0, CDRs, Receiver interface</a>
 * @since 0.1
 */
public final class CdrsReceiverClient {
    private final CallContext ctx;

    CdrsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Sends a new CDR: {@code POST {cdrs_endpoint_url}}. Never retried (the partner may have stored it); on a
     * failure, check with {@link #getCdr} before sending again.
     *
     * @param cdr the CDR
     * @return a future that completes normally with the absolute URL of the CDR on the partner's platform (its
     *     {@code Location} header), or exceptionally with an {@link
     *     dev.ocpkit.ocpi.client.OcpiInvalidResponseException} when the {@code Location} header is missing, or another
     *     typed {@link dev.ocpkit.ocpi.model.OcpiException}
     */
    public CompletableFuture<String> postCdrAsync(Cdr cdr) {
        return ctx.req("POST", "cdrs", "RECEIVER", "POST cdrs (receiver)")
                .body(cdr)
                .location();
    }

    /** Blocking {@link #postCdrAsync}; throws its failure unwrapped. */
    public String postCdr(Cdr cdr) {
        return Futures.join(postCdrAsync(cdr));
    }

    /**
     * Reads a CDR back from the partner, at the URL {@link #postCdr} returned.
     *
     * @param cdrUrl the URL from the {@code Location} header
     * @return a future that completes normally with the CDR, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Cdr> getCdrAsync(String cdrUrl) {
        return ctx.req("GET", "cdrs", "RECEIVER", "GET cdrs (receiver)")
                .url(cdrUrl)
                .object(Cdr.class);
    }

    /** Blocking {@link #getCdrAsync}; throws its failure unwrapped. */
    public Cdr getCdr(String cdrUrl) {
        return Futures.join(getCdrAsync(cdrUrl));
    }
}
