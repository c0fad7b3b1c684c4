package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.v211.Connector;
import dev.ocpkit.ocpi.model.v211.ConnectorPatch;
import dev.ocpkit.ocpi.model.v211.Evse;
import dev.ocpkit.ocpi.model.v211.EvsePatch;
import dev.ocpkit.ocpi.model.v211.Location;
import dev.ocpkit.ocpi.model.v211.LocationPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The eMSP interface of the Locations module: the CPO pushes whole locations, EVSEs and connectors (PUT) and partial
 * updates (PATCH) to {@code {locations}/{country_code}/{party_id}/{location_id}[/{evse_uid}[/{connector_id}]]}, and
 * may read back what the eMSP stored.
 *
 * <p>A host only has to implement {@link #getLocation} and {@link #putLocation}: the EVSE and connector operations
 * and every PATCH have defaults that read the stored location, change it and put it back, setting the parents'
 * {@code last_updated}. Override them to write finer-grained updates. The dispatcher has already checked that the
 * URL's country code and party id are the caller's (else HTTP 404) and that the URL's ids match the pushed object
 * (else status 2001).
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_locations.md#22-emsp-interface">OCPI
 *     2.1.1, Locations: eMSP interface</a>
 * @since 0.1
 */
public interface LocationsReceiver extends OcpiService {
    /** {@code GET {locations}/{country_code}/{party_id}/{location_id}}: the stored location, or empty (404, 2003). */
    Optional<Location> getLocation(OcpiContext ctx, String countryCode, String partyId, String locationId);

    /** {@code GET .../{location_id}/{evse_uid}}: by default from {@link #getLocation}. */
    default Optional<Evse> getEvse(
            OcpiContext ctx, String countryCode, String partyId, String locationId, String evseUid) {
        return getLocation(ctx, countryCode, partyId, locationId).flatMap(l -> findEvse(l, evseUid));
    }

    /** {@code GET .../{location_id}/{evse_uid}/{connector_id}}: by default from {@link #getEvse}. */
    default Optional<Connector> getConnector(
            OcpiContext ctx,
            String countryCode,
            String partyId,
            String locationId,
            String evseUid,
            String connectorId) {
        return getEvse(ctx, countryCode, partyId, locationId, evseUid).flatMap(e -> findConnector(e, connectorId));
    }

    /** {@code PUT .../{location_id}}: stores a new location or replaces the stored one. */
    PutOutcome putLocation(OcpiContext ctx, String countryCode, String partyId, String locationId, Location location);

    /**
     * {@code PUT .../{location_id}/{evse_uid}}: adds or replaces one EVSE of a stored location and sets the location's
     * {@code last_updated} to the EVSE's. By default through {@link #getLocation} and {@link #putLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2003 when the location is unknown
     */
    default PutOutcome putEvse(
            OcpiContext ctx, String countryCode, String partyId, String locationId, String evseUid, Evse evse) {
        Location location = getLocation(ctx, countryCode, partyId, locationId)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown location " + locationId));
        List<Evse> evses = new ArrayList<>(location.evses());
        boolean replaced = false;
        for (int i = 0; i < evses.size(); i++) {
            if (sameId(evses.get(i).uid(), evseUid)) {
                evses.set(i, evse);
                replaced = true;
            }
        }
        if (!replaced) {
            evses.add(evse);
        }
        putLocation(
                ctx,
                countryCode,
                partyId,
                locationId,
                location.toBuilder()
                        .evses(evses)
                        .lastUpdated(later(location.lastUpdated(), evse.lastUpdated()))
                        .build());
        return replaced ? PutOutcome.UPDATED : PutOutcome.CREATED;
    }

    /**
     * {@code PUT .../{location_id}/{evse_uid}/{connector_id}}: adds or replaces one connector and sets the EVSE's and
     * location's {@code last_updated} to the connector's. By default through {@link #getLocation} and {@link
     * #putLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2003 when the location or EVSE is unknown
     */
    default PutOutcome putConnector(
            OcpiContext ctx,
            String countryCode,
            String partyId,
            String locationId,
            String evseUid,
            String connectorId,
            Connector connector) {
        Location location = getLocation(ctx, countryCode, partyId, locationId)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown location " + locationId));
        Evse evse = findEvse(location, evseUid)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown EVSE " + evseUid + " at " + locationId));
        List<Connector> connectors = new ArrayList<>(evse.connectors());
        boolean replaced = false;
        for (int i = 0; i < connectors.size(); i++) {
            if (sameId(connectors.get(i).id(), connectorId)) {
                connectors.set(i, connector);
                replaced = true;
            }
        }
        if (!replaced) {
            connectors.add(connector);
        }
        Instant updated = connector.lastUpdated();
        Evse newEvse = evse.toBuilder()
                .connectors(connectors)
                .lastUpdated(later(evse.lastUpdated(), updated))
                .build();
        putLocation(ctx, countryCode, partyId, locationId, withEvse(location, newEvse, updated));
        return replaced ? PutOutcome.UPDATED : PutOutcome.CREATED;
    }

    /**
     * {@code PATCH .../{location_id}}: changes the fields present in the patch. By default through {@link
     * #getLocation} and {@link #putLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2003 when the location is unknown
     */
    default void patchLocation(
            OcpiContext ctx, String countryCode, String partyId, String locationId, LocationPatch patch) {
        Location location = getLocation(ctx, countryCode, partyId, locationId)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown location " + locationId));
        putLocation(ctx, countryCode, partyId, locationId, patch.applyTo(location));
    }

    /**
     * {@code PATCH .../{location_id}/{evse_uid}}: changes the EVSE (most often its {@code status}) and sets the
     * location's {@code last_updated}. By default through {@link #getLocation} and {@link #putLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2003 when the location or EVSE is unknown
     */
    default void patchEvse(
            OcpiContext ctx, String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
        Location location = getLocation(ctx, countryCode, partyId, locationId)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown location " + locationId));
        Evse evse = findEvse(location, evseUid)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown EVSE " + evseUid + " at " + locationId));
        Evse patched = patch.applyTo(evse);
        putLocation(ctx, countryCode, partyId, locationId, withEvse(location, patched, patched.lastUpdated()));
    }

    /**
     * {@code PATCH .../{location_id}/{evse_uid}/{connector_id}}: changes the connector and sets the EVSE's and
     * location's {@code last_updated}. By default through {@link #getLocation} and {@link #putLocation}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2003 when the location, EVSE or connector is unknown
     */
    default void patchConnector(
            OcpiContext ctx,
            String countryCode,
            String partyId,
            String locationId,
            String evseUid,
            String connectorId,
            ConnectorPatch patch) {
        Location location = getLocation(ctx, countryCode, partyId, locationId)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown location " + locationId));
        Evse evse = findEvse(location, evseUid)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown EVSE " + evseUid + " at " + locationId));
        Connector connector = findConnector(evse, connectorId)
                .orElseThrow(() -> OcpiErrors.unknownLocation("unknown connector " + connectorId));
        Connector patched = patch.applyTo(connector);
        List<Connector> connectors = new ArrayList<>(evse.connectors());
        connectors.replaceAll(c -> sameId(c.id(), connectorId) ? patched : c);
        Instant updated = patched.lastUpdated();
        Evse newEvse = evse.toBuilder()
                .connectors(connectors)
                .lastUpdated(later(evse.lastUpdated(), updated))
                .build();
        putLocation(ctx, countryCode, partyId, locationId, withEvse(location, newEvse, updated));
    }

    private static Optional<Evse> findEvse(Location location, String evseUid) {
        return location.evses().stream().filter(e -> sameId(e.uid(), evseUid)).findFirst();
    }

    private static Optional<Connector> findConnector(Evse evse, String connectorId) {
        return evse.connectors().stream()
                .filter(c -> sameId(c.id(), connectorId))
                .findFirst();
    }

    private static Location withEvse(Location location, Evse evse, @Nullable Instant updated) {
        List<Evse> evses = new ArrayList<>(location.evses());
        evses.replaceAll(e -> sameId(e.uid(), evse.uid()) ? evse : e);
        return location.toBuilder()
                .evses(evses)
                .lastUpdated(later(location.lastUpdated(), updated))
                .build();
    }

    private static boolean sameId(@Nullable String a, @Nullable String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static @Nullable Instant later(@Nullable Instant current, @Nullable Instant candidate) {
        if (candidate == null) {
            return current;
        }
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
