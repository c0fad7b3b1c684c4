package dev.ocpkit.ocpp.devicemodel;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Names a component of the device model: its name, an optional instance, and the EVSE (and connector) it belongs
 * to, if any.
 *
 * @param name component name, e.g. {@code OCPPCommCtrlr}, {@code EVSE}, {@code Connector}; case-insensitive in OCPP
 * @param instance instance name, or {@code null}
 * @param evseId the EVSE the component belongs to, or {@code null} for station-level components
 * @param connectorId the connector within that EVSE, or {@code null}
 * @since 0.1
 */
public record ComponentId(
        String name, @Nullable String instance, @Nullable Integer evseId, @Nullable Integer connectorId) {
    /** Requires a name; a connector needs an EVSE. */
    public ComponentId {
        Objects.requireNonNull(name, "name");
        if (connectorId != null && evseId == null) {
            throw new IllegalArgumentException("a connector id needs an EVSE id");
        }
    }

    /** A station-level component without instance. */
    public static ComponentId of(String name) {
        return new ComponentId(name, null, null, null);
    }

    /** A component of an EVSE. */
    public static ComponentId ofEvse(String name, int evseId) {
        return new ComponentId(name, null, evseId, null);
    }

    /** A component of a connector. */
    public static ComponentId ofConnector(String name, int evseId, int connectorId) {
        return new ComponentId(name, null, evseId, connectorId);
    }

    /** The same component with an instance name. */
    public ComponentId withInstance(@Nullable String newInstance) {
        return new ComponentId(name, newInstance, evseId, connectorId);
    }

    /** The key used for lookups: names compare case-insensitively, as OCPP prescribes. */
    String key() {
        return name.toLowerCase(java.util.Locale.ROOT) + "|"
                + (instance == null ? "" : instance.toLowerCase(java.util.Locale.ROOT)) + "|"
                + (evseId == null ? "" : evseId) + "|" + (connectorId == null ? "" : connectorId);
    }
}
