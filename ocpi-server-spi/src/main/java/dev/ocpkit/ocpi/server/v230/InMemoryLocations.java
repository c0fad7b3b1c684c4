package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Connector;
import dev.ocpkit.ocpi.model.v230.ConnectorPatch;
import dev.ocpkit.ocpi.model.v230.Evse;
import dev.ocpkit.ocpi.model.v230.EvsePatch;
import dev.ocpkit.ocpi.model.v230.Location;
import dev.ocpkit.ocpi.model.v230.LocationPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.internal.ObjectStore;
import java.util.List;
import java.util.Optional;

/**
 * Locations in memory, for tests and demos; not a production store (nothing is persisted, lookups by id are
 * linear). {@link #asSender()} serves them to partners (a CPO), {@link #asReceiver()} stores what partners push (an
 * eMSP). Thread-safe; read-modify-write operations of the receiver are atomic.
 *
 * @since 0.1
 */
public final class InMemoryLocations {
    private final ObjectStore<Location> store = new ObjectStore<>();

    /** Adds or replaces a location (keyed by country code, party id and id). */
    public PutOutcome put(Location location) {
        return store.put(ObjectStore.key(location.countryCode(), location.partyId(), location.id()), location);
    }

    /** The location with these identifiers. */
    public Optional<Location> find(String countryCode, String partyId, String locationId) {
        return store.get(ObjectStore.key(countryCode, partyId, locationId));
    }

    /** Every location, in insertion order. */
    public List<Location> all() {
        return store.all();
    }

    /** A Sender interface over these locations: every location is visible to every partner. */
    public LocationsSender asSender() {
        return new LocationsSender() {
            @Override
            public Page<Location> getLocations(OcpiContext ctx, PageRequest page) {
                return Page.of(store.all(), page, Location::lastUpdated);
            }

            @Override
            public Optional<Location> getLocation(OcpiContext ctx, String locationId) {
                return store.all().stream()
                        .filter(l -> locationId.equalsIgnoreCase(l.id()))
                        .findFirst();
            }
        };
    }

    /** A Receiver interface that stores what partners push. */
    public LocationsReceiver asReceiver() {
        return new LocationsReceiver() {
            @Override
            public Optional<Location> getLocation(
                    OcpiContext ctx, String countryCode, String partyId, String locationId) {
                return find(countryCode, partyId, locationId);
            }

            @Override
            public PutOutcome putLocation(
                    OcpiContext ctx, String countryCode, String partyId, String locationId, Location location) {
                return store.put(ObjectStore.key(countryCode, partyId, locationId), location);
            }

            @Override
            public PutOutcome putEvse(
                    OcpiContext ctx, String countryCode, String partyId, String locationId, String evseUid, Evse evse) {
                synchronized (store) {
                    return LocationsReceiver.super.putEvse(ctx, countryCode, partyId, locationId, evseUid, evse);
                }
            }

            @Override
            public PutOutcome putConnector(
                    OcpiContext ctx,
                    String countryCode,
                    String partyId,
                    String locationId,
                    String evseUid,
                    String connectorId,
                    Connector connector) {
                synchronized (store) {
                    return LocationsReceiver.super.putConnector(
                            ctx, countryCode, partyId, locationId, evseUid, connectorId, connector);
                }
            }

            @Override
            public void patchLocation(
                    OcpiContext ctx, String countryCode, String partyId, String locationId, LocationPatch patch) {
                synchronized (store) {
                    LocationsReceiver.super.patchLocation(ctx, countryCode, partyId, locationId, patch);
                }
            }

            @Override
            public void patchEvse(
                    OcpiContext ctx,
                    String countryCode,
                    String partyId,
                    String locationId,
                    String evseUid,
                    EvsePatch patch) {
                synchronized (store) {
                    LocationsReceiver.super.patchEvse(ctx, countryCode, partyId, locationId, evseUid, patch);
                }
            }

            @Override
            public void patchConnector(
                    OcpiContext ctx,
                    String countryCode,
                    String partyId,
                    String locationId,
                    String evseUid,
                    String connectorId,
                    ConnectorPatch patch) {
                synchronized (store) {
                    LocationsReceiver.super.patchConnector(
                            ctx, countryCode, partyId, locationId, evseUid, connectorId, patch);
                }
            }
        };
    }
}
