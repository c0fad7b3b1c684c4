package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Connector;
import dev.ocpkit.ocpi.model.v211.Evse;
import dev.ocpkit.ocpi.model.v211.Location;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;
import java.util.Objects;
import java.util.Optional;

/**
 * The CPO interface of the Locations module: eMSPs pull the locations list and single
 * locations, EVSEs and connectors. An empty result answers HTTP 404 with status 2003 (unknown location).
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_locations.md#21-cpo-interface">OCPI
 *     2.1.1, Locations: CPO interface</a>
 * @since 0.1
 */
public interface LocationsSender extends OcpiService {
    /**
     * {@code GET {locations}?date_from&date_to&offset&limit}: one page of the locations visible to the caller.
     *
     * @param page offset, limit (already capped to the dispatcher's maximum) and the {@code last_updated} filters
     */
    Page<Location> getLocations(OcpiContext ctx, PageRequest page);

    /** {@code GET {locations}/{location_id}}: one location, or empty when unknown. */
    Optional<Location> getLocation(OcpiContext ctx, String locationId);

    /**
     * {@code GET {locations}/{location_id}/{evse_uid}}: one EVSE; by default taken from {@link #getLocation}. EVSE uids
     * are compared case-insensitively (CiString).
     */
    default Optional<Evse> getEvse(OcpiContext ctx, String locationId, String evseUid) {
        return getLocation(ctx, locationId).flatMap(l -> l.evses().stream()
                .filter(e -> e.uid() != null && e.uid().equalsIgnoreCase(evseUid))
                .findFirst());
    }

    /** {@code GET {locations}/{location_id}/{evse_uid}/{connector_id}}: one connector; by default from {@link #getEvse}. */
    default Optional<Connector> getConnector(OcpiContext ctx, String locationId, String evseUid, String connectorId) {
        return getEvse(ctx, locationId, evseUid).flatMap(e -> e.connectors().stream()
                .filter(c ->
                        Objects.equals(c.id(), connectorId) || (c.id() != null && c.id().equalsIgnoreCase(connectorId)))
                .findFirst());
    }
}
