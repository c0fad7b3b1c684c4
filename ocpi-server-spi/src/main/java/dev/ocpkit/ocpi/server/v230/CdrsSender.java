package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Cdr;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The Sender interface of the CDRs module (typically a CPO): partners pull the CDRs of their customers.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_cdrs.asciidoc#mod_cdrs_cpo_interface">OCPI 2.3.0, CDRs:
 *     Sender interface</a>
 * @since 0.1
 */
public interface CdrsSender extends OcpiService {
    /** {@code GET {cdrs}?date_from&date_to&offset&limit}: one page of the CDRs visible to the caller. */
    Page<Cdr> getCdrs(OcpiContext ctx, PageRequest page);
}
