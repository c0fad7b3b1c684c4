package dev.ocpkit.ocpp;

/**
 * The side of an OCPP connection this endpoint plays.
 *
 * @since 0.1
 */
public enum OcppRole {
    /** The central system / charging station management system (the WebSocket server). */
    CSMS,
    /** The charge point / charging station (the WebSocket client). */
    STATION;

    /** Whether this role may receive a CALL of the given action. */
    public boolean mayReceive(OcppAction<?, ?> action) {
        return this == CSMS
                ? action.direction().stationMaySend()
                : action.direction().csmsMaySend();
    }

    /** Whether this role may send a CALL of the given action. */
    public boolean maySend(OcppAction<?, ?> action) {
        return this == CSMS
                ? action.direction().csmsMaySend()
                : action.direction().stationMaySend();
    }
}
