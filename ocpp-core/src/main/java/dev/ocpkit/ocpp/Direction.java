package dev.ocpkit.ocpp;

/**
 * Which side of an OCPP connection may initiate an action.
 *
 * @since 0.1
 */
public enum Direction {
    /** Sent by the charging station (charge point) to the CSMS (central system). */
    STATION_TO_CSMS,
    /** Sent by the CSMS to the charging station. */
    CSMS_TO_STATION,
    /** Either side may send it (e.g. DataTransfer). */
    BOTH;

    /** Whether a station may send a CALL of this action. */
    public boolean stationMaySend() {
        return this != CSMS_TO_STATION;
    }

    /** Whether a CSMS may send a CALL of this action. */
    public boolean csmsMaySend() {
        return this != STATION_TO_CSMS;
    }
}
