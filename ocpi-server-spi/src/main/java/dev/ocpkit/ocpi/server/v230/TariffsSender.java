package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Tariff;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The Sender interface of the Tariffs module (typically a CPO): partners pull the tariffs.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_tariffs.asciidoc#mod_tariffs_cpo_interface">OCPI 2.3.0,
 *     Tariffs: Sender interface</a>
 * @since 0.1
 */
public interface TariffsSender extends OcpiService {
    /** {@code GET {tariffs}?date_from&date_to&offset&limit}: one page of the tariffs visible to the caller. */
    Page<Tariff> getTariffs(OcpiContext ctx, PageRequest page);
}
