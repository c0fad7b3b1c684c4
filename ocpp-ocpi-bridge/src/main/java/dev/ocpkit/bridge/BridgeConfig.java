package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.v221.ConnectorFormat;
import dev.ocpkit.ocpi.model.v221.ConnectorType;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.PowerType;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the host tells the bridge about its network: who the CPO is, which OCPP EVSEs and connectors form which OCPI
 * Locations, EVSEs and connectors, and the tariffs.
 *
 * @param countryCode the CPO's country code, CiString(2)
 * @param partyId the CPO's party id, CiString(3)
 * @param sites the charging locations
 * @param tariffs the tariffs by id (a connector names its tariff by id)
 * @param commandResultTimeout how long a START_SESSION, STOP_SESSION or RESERVE_NOW may take before its result is
 *     {@code TIMEOUT}
 * @since 0.1
 */
public record BridgeConfig(
        String countryCode,
        String partyId,
        List<Site> sites,
        Map<String, Tariff> tariffs,
        Duration commandResultTimeout) {

    /** Copies the collections; requires the party and a positive timeout. */
    public BridgeConfig {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(partyId, "partyId");
        sites = List.copyOf(sites);
        tariffs = Map.copyOf(tariffs);
        if (commandResultTimeout.isNegative() || commandResultTimeout.isZero()) {
            throw new IllegalArgumentException("commandResultTimeout must be positive");
        }
    }

    /**
     * One charging location.
     *
     * @param location the Location as published, without EVSEs (the bridge adds them): id, address, coordinates,
     *     time zone, operator, ...
     * @param evses the EVSEs of the location
     */
    public record Site(Location location, List<EvseConfig> evses) {
        /** Copies the list; requires a location id and a time zone. */
        public Site {
            Objects.requireNonNull(location.id(), "location.id");
            Objects.requireNonNull(location.timeZone(), "location.time_zone");
            evses = List.copyOf(evses);
        }
    }

    /**
     * One OCPI EVSE and the OCPP EVSE it is.
     *
     * @param stationIdentity the OCPP identity of the station
     * @param ocppEvseId the EVSE id in OCPP 2.x (the connector id for OCPP 1.6 stations, one EVSE per connector)
     * @param evseUid the OCPI EVSE uid, CiString(36)
     * @param evseId the eMI3 EVSE ID, or {@code null}
     * @param connectors the connectors
     */
    public record EvseConfig(
            String stationIdentity,
            int ocppEvseId,
            String evseUid,
            @Nullable String evseId,
            List<ConnectorConfig> connectors) {
        /** Copies the list; requires at least one connector. */
        public EvseConfig {
            Objects.requireNonNull(stationIdentity, "stationIdentity");
            Objects.requireNonNull(evseUid, "evseUid");
            connectors = List.copyOf(connectors);
            if (connectors.isEmpty()) {
                throw new IllegalArgumentException("an EVSE needs a connector");
            }
        }
    }

    /**
     * One connector.
     *
     * @param ocppConnectorId the connector id within the OCPP EVSE (1 for OCPP 1.6)
     * @param id the OCPI connector id
     * @param standard the connector standard
     * @param format socket or cable
     * @param powerType the power type
     * @param maxVoltage maximum voltage in V
     * @param maxAmperage maximum current in A
     * @param tariffId the tariff that applies, or {@code null} for none
     */
    public record ConnectorConfig(
            int ocppConnectorId,
            String id,
            ConnectorType standard,
            ConnectorFormat format,
            PowerType powerType,
            int maxVoltage,
            int maxAmperage,
            @Nullable String tariffId) {}
}
