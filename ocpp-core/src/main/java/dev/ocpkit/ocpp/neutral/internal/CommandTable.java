package dev.ocpkit.ocpp.neutral.internal;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.CommandResult;
import dev.ocpkit.ocpp.neutral.CommandStatus;
import java.util.List;
import java.util.Set;

/**
 * The status values of each command's response, per version family, and how a station's neutral
 * {@link CommandResult} becomes one of them.
 */
public enum CommandTable {
    /** RemoteStart/StopTransaction, RequestStart/StopTransaction. */
    REMOTE_START_STOP(Set.of("Accepted", "Rejected"), Set.of("Accepted", "Rejected")),
    /** Reset. */
    RESET(Set.of("Accepted", "Rejected"), Set.of("Accepted", "Rejected", "Scheduled")),
    /** UnlockConnector. */
    UNLOCK(
            Set.of("Unlocked", "UnlockFailed", "NotSupported"),
            Set.of("Unlocked", "UnlockFailed", "OngoingAuthorizedTransaction", "UnknownConnector")),
    /** ChangeAvailability. */
    CHANGE_AVAILABILITY(Set.of("Accepted", "Rejected", "Scheduled"), Set.of("Accepted", "Rejected", "Scheduled")),
    /** SetChargingProfile. */
    SET_CHARGING_PROFILE(Set.of("Accepted", "Rejected", "NotSupported"), Set.of("Accepted", "Rejected")),
    /** ClearChargingProfile. */
    CLEAR_CHARGING_PROFILE(Set.of("Accepted", "Unknown"), Set.of("Accepted", "Unknown")),
    /** GetCompositeSchedule. */
    GET_COMPOSITE_SCHEDULE(Set.of("Accepted", "Rejected"), Set.of("Accepted", "Rejected")),
    /** UpdateFirmware (the 1.6 response has no status). */
    UPDATE_FIRMWARE(
            Set.of(), Set.of("Accepted", "Rejected", "AcceptedCanceled", "InvalidCertificate", "RevokedCertificate")),
    /** ReserveNow. */
    RESERVE_NOW(
            Set.of("Accepted", "Faulted", "Occupied", "Rejected", "Unavailable"),
            Set.of("Accepted", "Faulted", "Occupied", "Rejected", "Unavailable")),
    /** CancelReservation. */
    CANCEL_RESERVATION(Set.of("Accepted", "Rejected"), Set.of("Accepted", "Rejected")),
    /** TriggerMessage. */
    TRIGGER_MESSAGE(Set.of("Accepted", "Rejected", "NotImplemented"), Set.of("Accepted", "Rejected", "NotImplemented"));

    private final Set<String> v16;
    private final Set<String> v2x;

    CommandTable(Set<String> v16, Set<String> v2x) {
        this.v16 = v16;
        this.v2x = v2x;
    }

    /** The status values of the command's response in a version. */
    public Set<String> values(OcppVersion version) {
        return version == OcppVersion.V16 ? v16 : v2x;
    }

    /**
     * The status to answer with: the raw status when the version defines it for this command, otherwise the first
     * value of the outcome's candidates that it defines.
     *
     * @throws IllegalStateException when the command has no status in the version (1.6 UpdateFirmware)
     */
    public String statusFor(CommandResult result, OcppVersion version) {
        Set<String> allowed = values(version);
        if (allowed.contains(result.rawStatus())) {
            return result.rawStatus();
        }
        for (String candidate : candidates(result.status())) {
            if (allowed.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(this + " has no status in OCPP " + version.label());
    }

    private static List<String> candidates(CommandStatus status) {
        return switch (status) {
            case ACCEPTED -> List.of("Accepted", "Unlocked");
            case SCHEDULED -> List.of("Scheduled", "Accepted", "Unlocked");
            case NOT_SUPPORTED -> List.of("NotSupported", "NotImplemented", "Rejected", "UnlockFailed", "Unknown");
            case FAILED -> List.of("UnlockFailed", "Faulted", "Rejected", "Unknown");
            case REJECTED, UNKNOWN -> List.of("Rejected", "UnlockFailed", "Unknown");
        };
    }
}
