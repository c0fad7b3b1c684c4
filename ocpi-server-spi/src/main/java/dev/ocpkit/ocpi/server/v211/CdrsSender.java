package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Cdr;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The CPO interface of the CDRs module: eMSPs pull the CDRs of their customers.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_cdrs.md#21-cpo-interface">OCPI 2.1.1, CDRs:
 *     CPO interface</a>
 * @since 0.1
 */
public interface CdrsSender extends OcpiService {
    /** {@code GET {cdrs}?date_from&date_to&offset&limit}: one page of the CDRs visible to the caller. */
    Page<Cdr> getCdrs(OcpiContext ctx, PageRequest page);
}
