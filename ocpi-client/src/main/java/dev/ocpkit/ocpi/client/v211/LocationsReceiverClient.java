package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v211.Connector;
import dev.ocpkit.ocpi.model.v211.ConnectorPatch;
import dev.ocpkit.ocpi.model.v211.Evse;
import dev.ocpkit.ocpi.model.v211.EvsePatch;
import dev.ocpkit.ocpi.model.v211.Location;
import dev.ocpkit.ocpi.model.v211.LocationPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes locations, EVSEs and connectors to the partner's (eMSP's) locations interface. OCPI 2.1.1 objects carry no
 * country code or party id, so the owner's are given explicitly for the URL {@code
 * {locations_endpoint_url}/{country_code}/{party_id}/{location_id}[/{evse_uid}[/{connector_id}]]}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_locations.md#22-emsp-interface">OCPI 2.1.1, Locations, eMSP interface</a>
 * @since 0.1
 */
public final class LocationsReceiverClient {
    private final CallContext ctx;

    LocationsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a location.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Location> getLocationAsync(String countryCode, String partyId, String locationId) {
        return ctx.req("GET", "locations", "", "GET locations")
                .path(countryCode, partyId, locationId)
                .object(Location.class);
    }

    /** Blocking {@link #getLocationAsync}; throws its failure unwrapped. */
    public Location getLocation(String countryCode, String partyId, String locationId) {
        return Futures.join(getLocationAsync(countryCode, partyId, locationId));
    }

    /**
     * Creates or replaces a location, the id taken from the location.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param location the whole location
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putLocationAsync(String countryCode, String partyId, Location location) {
        return ctx.req("PUT", "locations", "", "PUT locations")
                .path(countryCode, partyId, location.id())
                .body(location)
                .noData();
    }

    /** Blocking {@link #putLocationAsync}; throws its failure unwrapped. */
    public void putLocation(String countryCode, String partyId, Location location) {
        Futures.join(putLocationAsync(countryCode, partyId, location));
    }

    /**
     * Creates or replaces an EVSE, the uid taken from the EVSE.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evse the whole EVSE
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putEvseAsync(
            String countryCode, String partyId, String locationId, Evse evse) {
        return ctx.req("PUT", "locations", "", "PUT locations")
                .path(countryCode, partyId, locationId, evse.uid())
                .body(evse)
                .noData();
    }

    /** Blocking {@link #putEvseAsync}; throws its failure unwrapped. */
    public void putEvse(String countryCode, String partyId, String locationId, Evse evse) {
        Futures.join(putEvseAsync(countryCode, partyId, locationId, evse));
    }

    /**
     * Creates or replaces a connector, the id taken from the connector.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @param connector the whole connector
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putConnectorAsync(
            String countryCode, String partyId, String locationId, String evseUid, Connector connector) {
        return ctx.req("PUT", "locations", "", "PUT locations")
                .path(countryCode, partyId, locationId, evseUid, connector.id())
                .body(connector)
                .noData();
    }

    /** Blocking {@link #putConnectorAsync}; throws its failure unwrapped. */
    public void putConnector(
            String countryCode, String partyId, String locationId, String evseUid, Connector connector) {
        Futures.join(putConnectorAsync(countryCode, partyId, locationId, evseUid, connector));
    }

    /**
     * Updates fields of a location.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchLocationAsync(
            String countryCode, String partyId, String locationId, LocationPatch patch) {
        return ctx.req("PATCH", "locations", "", "PATCH locations")
                .path(countryCode, partyId, locationId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchLocationAsync}; throws its failure unwrapped. */
    public void patchLocation(String countryCode, String partyId, String locationId, LocationPatch patch) {
        Futures.join(patchLocationAsync(countryCode, partyId, locationId, patch));
    }

    /**
     * Updates fields of an EVSE, e.g. its status.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchEvseAsync(
            String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
        return ctx.req("PATCH", "locations", "", "PATCH locations")
                .path(countryCode, partyId, locationId, evseUid)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchEvseAsync}; throws its failure unwrapped. */
    public void patchEvse(String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
        Futures.join(patchEvseAsync(countryCode, partyId, locationId, evseUid, patch));
    }

    /**
     * Updates fields of a connector.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @param connectorId the connector id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchConnectorAsync(
            String countryCode,
            String partyId,
            String locationId,
            String evseUid,
            String connectorId,
            ConnectorPatch patch) {
        return ctx.req("PATCH", "locations", "", "PATCH locations")
                .path(countryCode, partyId, locationId, evseUid, connectorId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchConnectorAsync}; throws its failure unwrapped. */
    public void patchConnector(
            String countryCode,
            String partyId,
            String locationId,
            String evseUid,
            String connectorId,
            ConnectorPatch patch) {
        Futures.join(patchConnectorAsync(countryCode, partyId, locationId, evseUid, connectorId, patch));
    }
}
