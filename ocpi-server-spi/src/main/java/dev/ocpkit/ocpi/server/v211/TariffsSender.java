package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Tariff;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The CPO interface of the Tariffs module: partners pull the tariffs.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tariffs.md#21-cpo-interface">OCPI 2.1.1,
 *     Tariffs: CPO interface</a>
 * @since 0.1
 */
public interface TariffsSender extends OcpiService {
    /** {@code GET {tariffs}?date_from&date_to&offset&limit}: one page of the tariffs visible to the caller. */
    Page<Tariff> getTariffs(OcpiContext ctx, PageRequest page);
}
