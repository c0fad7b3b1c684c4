package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.v211.Tariff;
import dev.ocpkit.ocpi.model.v211.TariffPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The eMSP interface of the Tariffs module: the CPO pushes tariffs (PUT), changes them (PATCH) and deletes those no
 * longer used, at {@code {tariffs}/{country_code}/{party_id}/{tariff_id}} with its own country code and party id.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_tariffs.md#22-emsp-interface">OCPI 2.1.1, Tariffs: eMSP
 *     interface</a>
 * @since 0.1
 */
public interface TariffsReceiver extends OcpiService {
    /** {@code GET {tariffs}/{country_code}/{party_id}/{tariff_id}}: the stored tariff, or empty (404, 2001). */
    Optional<Tariff> getTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId);

    /** {@code PUT .../{tariff_id}}: stores a new tariff or replaces the stored one. */
    PutOutcome putTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId, Tariff tariff);

    /**
     * {@code PATCH .../{tariff_id}}: changes the fields present in the patch. By default through {@link #getTariff}
     * and {@link #putTariff}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the tariff is unknown
     */
    default void patchTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId, TariffPatch patch) {
        Tariff tariff = getTariff(ctx, countryCode, partyId, tariffId)
                .orElseThrow(() -> OcpiErrors.notFound("unknown tariff " + tariffId));
        putTariff(ctx, countryCode, partyId, tariffId, patch.applyTo(tariff));
    }

    /**
     * {@code DELETE .../{tariff_id}}: removes the tariff.
     *
     * @return {@code false} when no such tariff was stored (the dispatcher answers 404, 2001)
     */
    boolean deleteTariff(OcpiContext ctx, String countryCode, String partyId, String tariffId);
}
