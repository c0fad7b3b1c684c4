package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.v221.Status;
import dev.ocpkit.ocpp.neutral.ConnectorStatus;
import org.jspecify.annotations.Nullable;

/**
 * OCPP connector status to OCPI EVSE status. OCPP 1.6's Preparing, Charging, SuspendedEV/EVSE and Finishing and
 * OCPP 2.x's Occupied all mean the EVSE is in use ({@code CHARGING}); Unavailable is {@code INOPERATIVE} (not broken);
 * Faulted, or any non-{@code NoError} error code, is {@code OUTOFORDER}.
 *
 * @since 0.1
 */
public final class StatusMapping {
    private StatusMapping() {}

    /**
     * @param status the OCPP status
     * @param errorCode the OCPP 1.6 error code, or {@code null}
     * @return the OCPI status
     */
    public static Status toOcpi(ConnectorStatus status, @Nullable String errorCode) {
        if (errorCode != null
                && !errorCode.isEmpty()
                && !errorCode.equals("NoError")
                && status != ConnectorStatus.AVAILABLE) {
            return Status.OUTOFORDER;
        }
        return switch (status) {
            case AVAILABLE -> Status.AVAILABLE;
            case PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE, FINISHING, OCCUPIED -> Status.CHARGING;
            case RESERVED -> Status.RESERVED;
            case UNAVAILABLE -> Status.INOPERATIVE;
            case FAULTED -> Status.OUTOFORDER;
            case UNKNOWN -> Status.UNKNOWN;
        };
    }
}
