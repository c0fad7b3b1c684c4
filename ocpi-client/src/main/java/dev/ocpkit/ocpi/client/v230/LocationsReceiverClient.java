package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.Connector;
import dev.ocpkit.ocpi.model.v230.ConnectorPatch;
import dev.ocpkit.ocpi.model.v230.Evse;
import dev.ocpkit.ocpi.model.v230.EvsePatch;
import dev.ocpkit.ocpi.model.v230.Location;
import dev.ocpkit.ocpi.model.v230.LocationPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Pushes locations, EVSEs and connectors to the partner's locations Receiver interface (the CPO side): GET to
 * check, PUT to create or replace, PATCH to update fields. The owner's country code and party id are in every URL.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_locations.asciidoc#mod_locations_receiver_interface">OCPI 2.3.0, Locations, Receiver interface</a>
 * @since 0.1
 */
public final class LocationsReceiverClient {
    private final CallContext ctx;

    LocationsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a location: {@code GET
     * {locations_endpoint_url}/{country_code}/{party_id}/{location_id}}.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Location> getLocationAsync(String countryCode, String partyId, String locationId) {
        return ctx.req("GET", "locations", "RECEIVER", "GET locations (receiver)")
                .path(countryCode, partyId, locationId)
                .object(Location.class);
    }

    /** Blocking {@link #getLocationAsync}; throws its failure unwrapped. */
    public Location getLocation(String countryCode, String partyId, String locationId) {
        return Futures.join(getLocationAsync(countryCode, partyId, locationId));
    }

    /**
     * Reads the partner's copy of an EVSE.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Evse> getEvseAsync(String countryCode, String partyId, String locationId, String evseUid) {
        return ctx.req("GET", "locations", "RECEIVER", "GET locations (receiver)")
                .path(countryCode, partyId, locationId, evseUid)
                .object(Evse.class);
    }

    /** Blocking {@link #getEvseAsync}; throws its failure unwrapped. */
    public Evse getEvse(String countryCode, String partyId, String locationId, String evseUid) {
        return Futures.join(getEvseAsync(countryCode, partyId, locationId, evseUid));
    }

    /**
     * Reads the partner's copy of a connector.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @param connectorId the connector id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Connector> getConnectorAsync(
            String countryCode, String partyId, String locationId, String evseUid, String connectorId) {
        return ctx.req("GET", "locations", "RECEIVER", "GET locations (receiver)")
                .path(countryCode, partyId, locationId, evseUid, connectorId)
                .object(Connector.class);
    }

    /** Blocking {@link #getConnectorAsync}; throws its failure unwrapped. */
    public Connector getConnector(
            String countryCode, String partyId, String locationId, String evseUid, String connectorId) {
        return Futures.join(getConnectorAsync(countryCode, partyId, locationId, evseUid, connectorId));
    }

    /**
     * Creates or replaces a location: {@code PUT .../{country_code}/{party_id}/{location_id}}, the three taken from
     * the location itself.
     *
     * @param location the whole location (country code, party id and id required)
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putLocationAsync(Location location) {
        return ctx.req("PUT", "locations", "RECEIVER", "PUT locations (receiver)")
                .path(location.countryCode(), location.partyId(), location.id())
                .body(location)
                .noData();
    }

    /** Blocking {@link #putLocationAsync}; throws its failure unwrapped. */
    public void putLocation(Location location) {
        Futures.join(putLocationAsync(location));
    }

    /**
     * Creates or replaces an EVSE of a location: {@code PUT .../{location_id}/{evse_uid}}, the uid taken from the
     * EVSE.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evse the whole EVSE (uid required)
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putEvseAsync(
            String countryCode, String partyId, String locationId, Evse evse) {
        return ctx.req("PUT", "locations", "RECEIVER", "PUT locations (receiver)")
                .path(countryCode, partyId, locationId, evse.uid())
                .body(evse)
                .noData();
    }

    /** Blocking {@link #putEvseAsync}; throws its failure unwrapped. */
    public void putEvse(String countryCode, String partyId, String locationId, Evse evse) {
        Futures.join(putEvseAsync(countryCode, partyId, locationId, evse));
    }

    /**
     * Creates or replaces a connector: {@code PUT .../{location_id}/{evse_uid}/{connector_id}}, the id taken from
     * the connector.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @param connector the whole connector (id required)
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putConnectorAsync(
            String countryCode, String partyId, String locationId, String evseUid, Connector connector) {
        return ctx.req("PUT", "locations", "RECEIVER", "PUT locations (receiver)")
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
     * Updates fields of a location: {@code PATCH .../{country_code}/{party_id}/{location_id}}; only the fields
     * present in the patch are sent ({@code last_updated} is required by the specification). When a PATCH fails,
     * the specification advises a GET and, if the object is unknown, a PUT.
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
        return ctx.req("PATCH", "locations", "RECEIVER", "PATCH locations (receiver)")
                .path(countryCode, partyId, locationId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchLocationAsync}; throws its failure unwrapped. */
    public void patchLocation(String countryCode, String partyId, String locationId, LocationPatch patch) {
        Futures.join(patchLocationAsync(countryCode, partyId, locationId, patch));
    }

    /**
     * Updates fields of an EVSE, e.g. its status: {@code PATCH .../{location_id}/{evse_uid}}.
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
        return ctx.req("PATCH", "locations", "RECEIVER", "PATCH locations (receiver)")
                .path(countryCode, partyId, locationId, evseUid)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchEvseAsync}; throws its failure unwrapped. */
    public void patchEvse(String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
        Futures.join(patchEvseAsync(countryCode, partyId, locationId, evseUid, patch));
    }

    /**
     * Updates fields of a connector: {@code PATCH .../{location_id}/{evse_uid}/{connector_id}}.
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
        return ctx.req("PATCH", "locations", "RECEIVER", "PATCH locations (receiver)")
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
