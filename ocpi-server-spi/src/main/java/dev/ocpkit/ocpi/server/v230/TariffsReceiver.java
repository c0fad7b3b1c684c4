package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.Tariff;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The Receiver interface of the Tariffs module (typically an eMSP): the CPO pushes tariffs and deletes those no
 * longer used.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_tariffs.asciidoc#mod_tariffs_emsp_interface">OCPI 2.3.0,
 *     Tariffs: Receiver interface</a>
 * @since 0.1
 */
public interface TariffsReceiver extends OcpiService {
    /** {@code GET {tariffs}/{country_code}/{party_id}/{tariff_id}}: the stored tariff, or empty (404, 2001). */
    Optional<Tariff> getTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId);

    /** {@code PUT .../{tariff_id}}: stores a new tariff or replaces the stored one. */
    PutOutcome putTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId, Tariff tariff);

    /**
     * {@code DELETE .../{tariff_id}}: removes the tariff.
     *
     * @return {@code false} when no such tariff was stored (the dispatcher answers 404, 2001)
     */
    boolean deleteTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId);
}
