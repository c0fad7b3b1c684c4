package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.Cdr;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import java.util.Optional;

/**
 * The Receiver interface of the CDRs module (typically an eMSP): the CPO POSTs each final CDR once. The dispatcher
 * answers HTTP 201 with a {@code Location} header {@code {cdrs}/{country_code}/{party_id}/{id}}, where the CPO can
 * GET the CDR back.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_cdrs.asciidoc#mod_cdrs_emsp_interface">OCPI 2.3.0, CDRs:
 *     Receiver interface</a>
 * @since 0.1
 */
public interface CdrsReceiver extends OcpiService {
    /** {@code GET {cdrs}/{country_code}/{party_id}/{cdr_id}} (the URL we returned): the CDR, or empty (404, 2001). */
    Optional<Cdr> getCdr(OcpiContext ctx, String countryCode, String partyId, String cdrId);

    /**
     * {@code POST {cdrs}}: stores a new CDR. CDRs cannot be replaced: throw {@link
     * dev.ocpkit.ocpi.server.OcpiErrors#invalid} for one already stored.
     */
    void postCdr(OcpiContext ctx, Cdr cdr);
}
