package dev.ocpkit.ocpp.neutral;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a command, the same for every command and version. {@link CommandResult#rawStatus()} keeps the
 * exact value the station answered with.
 *
 * <p>How the station's answers read: {@code Accepted}, {@code Unlocked} and {@code AcceptedCanceled} are
 * {@link #ACCEPTED}; {@code Rejected}, {@code Unknown} (ClearChargingProfile: nothing matched),
 * {@code OngoingAuthorizedTransaction}, {@code UnknownConnector}, {@code InvalidCertificate} and
 * {@code RevokedCertificate} as well as the ReserveNow answers {@code Occupied} and {@code Unavailable} are
 * {@link #REJECTED}; {@code Scheduled} is {@link #SCHEDULED}; {@code NotSupported} and {@code NotImplemented} are
 * {@link #NOT_SUPPORTED}; {@code UnlockFailed} and the ReserveNow answer {@code Faulted} are {@link #FAILED}.
 *
 * @since 0.1
 */
public enum CommandStatus {
    /** The station accepted (or already carried out) the command. */
    ACCEPTED("Accepted"),
    /** The station refused the command. */
    REJECTED("Rejected"),
    /** The station will carry out the command later (e.g. once a transaction ends). */
    SCHEDULED("Scheduled"),
    /** The station does not support the command. */
    NOT_SUPPORTED("NotSupported"),
    /** The station tried and failed (e.g. the connector did not unlock). */
    FAILED("Failed"),
    /** A status this SDK does not know (see the raw status). */
    UNKNOWN("");

    private final String canonical;

    CommandStatus(String canonical) {
        this.canonical = canonical;
    }

    /** The usual OCPP spelling of this outcome, e.g. {@code Accepted}; empty for {@link #UNKNOWN}. */
    public String canonicalValue() {
        return canonical;
    }

    /**
     * Reads the status value a station answered with, for any command and version. Never throws.
     *
     * @return the outcome; {@link #UNKNOWN} for {@code null} and values no command defines
     */
    public static CommandStatus fromValue(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value) {
            case "Accepted", "Unlocked", "AcceptedCanceled" -> ACCEPTED;
            case "Rejected",
                    "Unknown",
                    "OngoingAuthorizedTransaction",
                    "UnknownConnector",
                    "InvalidCertificate",
                    "RevokedCertificate",
                    "Occupied",
                    "Unavailable" -> REJECTED;
            case "Scheduled" -> SCHEDULED;
            case "NotSupported", "NotImplemented" -> NOT_SUPPORTED;
            case "UnlockFailed", "Faulted", "Failed" -> FAILED;
            default -> UNKNOWN;
        };
    }
}
