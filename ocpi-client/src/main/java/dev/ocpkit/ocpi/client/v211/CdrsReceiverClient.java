package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v211.Cdr;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Posts CDRs to the partner's (eMSP's) CDRs interface and reads them back from the {@code Location} header's URL.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_cdrs.md#22-emsp-interface">OCPI 2.1.1, CDRs, eMSP interface</a>
 * @since 0.1
 */
public final class CdrsReceiverClient {
    private final CallContext ctx;

    CdrsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Sends a new CDR: {@code POST {cdrs_endpoint_url}}. Never retried.
     *
     * @param cdr the CDR
     * @return a future that completes normally with the absolute URL of the CDR on the partner's platform (its
     *     {@code Location} header), or exceptionally with an {@link
     *     dev.ocpkit.ocpi.client.OcpiInvalidResponseException} when the {@code Location} header is missing, or another
     *     typed {@link dev.ocpkit.ocpi.model.OcpiException}
     */
    public CompletableFuture<String> postCdrAsync(Cdr cdr) {
        return ctx.req("POST", "cdrs", "", "POST cdrs").body(cdr).location();
    }

    /** Blocking {@link #postCdrAsync}; throws its failure unwrapped. */
    public String postCdr(Cdr cdr) {
        return Futures.join(postCdrAsync(cdr));
    }

    /**
     * Reads a CDR back from the URL {@link #postCdr} returned.
     *
     * @param cdrUrl the URL from the {@code Location} header
     * @return a future that completes normally with the CDR, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Cdr> getCdrAsync(String cdrUrl) {
        return ctx.req("GET", "cdrs", "", "GET cdrs").url(cdrUrl).object(Cdr.class);
    }

    /** Blocking {@link #getCdrAsync}; throws its failure unwrapped. */
    public Cdr getCdr(String cdrUrl) {
        return Futures.join(getCdrAsync(cdrUrl));
    }
}
