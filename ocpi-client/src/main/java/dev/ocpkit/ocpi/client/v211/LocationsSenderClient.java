package dev.ocpkit.ocpi.client.v211;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v211.Connector;
import dev.ocpkit.ocpi.model.v211.Evse;
import dev.ocpkit.ocpi.model.v211.Location;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Pulls locations, EVSEs and connectors from the partner's (CPO's) locations interface.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi211Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_locations.md#21-cpo-interface">OCPI 2.1.1, Locations, CPO interface</a>
 * @since 0.1
 */
public final class LocationsSenderClient {
    private final CallContext ctx;

    LocationsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every location the partner shares, page by page. The list is lazy: pages are requested as the stream or
     * iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Location> list(PageRequest page) {
        return ctx.req("GET", "locations", "", "GET locations")
                .list(Location.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<Location> list() {
        return list(PageRequest.FIRST);
    }

    /**
     * Reads one location: {@code GET {locations_endpoint_url}/{location_id}}.
     *
     * @param locationId the location id
     * @return a future that completes normally with the location, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Location> locationAsync(String locationId) {
        return ctx.req("GET", "locations", "", "GET locations").path(locationId).object(Location.class);
    }

    /** Blocking {@link #locationAsync}; throws its failure unwrapped. */
    public Location location(String locationId) {
        return Futures.join(locationAsync(locationId));
    }

    /**
     * Reads one EVSE.
     *
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @return a future that completes normally with the EVSE, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Evse> evseAsync(String locationId, String evseUid) {
        return ctx.req("GET", "locations", "", "GET locations")
                .path(locationId, evseUid)
                .object(Evse.class);
    }

    /** Blocking {@link #evseAsync}; throws its failure unwrapped. */
    public Evse evse(String locationId, String evseUid) {
        return Futures.join(evseAsync(locationId, evseUid));
    }

    /**
     * Reads one connector.
     *
     * @param locationId the location id
     * @param evseUid the EVSE uid
     * @param connectorId the connector id
     * @return a future that completes normally with the connector, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Connector> connectorAsync(String locationId, String evseUid, String connectorId) {
        return ctx.req("GET", "locations", "", "GET locations")
                .path(locationId, evseUid, connectorId)
                .object(Connector.class);
    }

    /** Blocking {@link #connectorAsync}; throws its failure unwrapped. */
    public Connector connector(String locationId, String evseUid, String connectorId) {
        return Futures.join(connectorAsync(locationId, evseUid, connectorId));
    }
}
