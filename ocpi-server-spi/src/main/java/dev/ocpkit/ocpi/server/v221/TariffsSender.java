package dev.ocpkit.ocpi.server.v221;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The Sender interface of the Tariffs module (typically a CPO): partners pull the tariffs.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_tariffs.asciidoc#mod_tariffs_cpo_interface">OCPI 2.2.1,
 *     Tariffs: Sender interface</a>
 * @since 0.1
 */
public interface TariffsSender extends OcpiService {
    /** {@code GET {tariffs}?date_from&date_to&offset&limit}: one page of the tariffs visible to the caller. */
    Page<Tariff> getTariffs(OcpiContext ctx, PageRequest page);
}
