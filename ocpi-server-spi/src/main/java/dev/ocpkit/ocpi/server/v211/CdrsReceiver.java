package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.v211.Cdr;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import java.util.Optional;

/**
 * The eMSP interface of the CDRs module: the CPO POSTs each final CDR once. A 2.1.1 CDR names no party, so the
 * dispatcher answers HTTP 201 with a {@code Location} header {@code {cdrs}/{id}}, where the CPO can GET the CDR back;
 * the host keeps CDRs apart per partner with {@link OcpiContext#partner()}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_cdrs.md#22-emsp-interface">OCPI 2.1.1, CDRs: eMSP
 *     interface</a>
 * @since 0.1
 */
public interface CdrsReceiver extends OcpiService {
    /** {@code GET {cdrs}/{cdr_id}} (the URL we returned): the caller's CDR, or empty (404, 2001). */
    Optional<Cdr> getCdr(OcpiContext ctx, String cdrId);

    /**
     * {@code POST {cdrs}}: stores a new CDR of the caller. CDRs cannot be replaced: throw {@link
     * dev.ocpkit.ocpi.server.OcpiErrors#invalid} for one already stored.
     */
    void postCdr(OcpiContext ctx, Cdr cdr);
}
