package dev.ocpkit.ocpp.neutral;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a station answered to a command: the version-neutral outcome, the exact value it sent and, for OCPP 2.x,
 * the optional {@code statusInfo}.
 *
 * <p>On the station side ({@link StationCommandHandler}) a handler returns a result and ocpkit writes the version's
 * status: {@link #rawStatus()} when it is a value of the command's status in that version (so a station can answer
 * e.g. {@code OngoingAuthorizedTransaction} exactly), otherwise the value the command uses for {@link #status()}
 * (e.g. {@link CommandStatus#ACCEPTED} is {@code Unlocked} for UnlockConnector, {@link CommandStatus#NOT_SUPPORTED}
 * is {@code NotImplemented} for TriggerMessage and {@code Rejected} where a version has no such value).
 *
 * @param status the outcome
 * @param rawStatus the status exactly as sent, e.g. {@code Unlocked}; empty when the message had no status (OCPP
 *     1.6 UpdateFirmware.conf)
 * @param reasonCode OCPP 2.x {@code statusInfo.reasonCode}, or {@code null}
 * @param additionalInfo OCPP 2.x {@code statusInfo.additionalInfo}, or {@code null}
 * @since 0.1
 */
public record CommandResult(
        CommandStatus status, String rawStatus, @Nullable String reasonCode, @Nullable String additionalInfo) {

    /** Checks the components. */
    public CommandResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rawStatus, "rawStatus");
    }

    /** A result with the canonical spelling of the status and no status info. */
    public static CommandResult of(CommandStatus status) {
        return new CommandResult(status, status.canonicalValue(), null, null);
    }

    /** A result with a 2.x reason code (ignored by OCPP 1.6). */
    public static CommandResult of(CommandStatus status, String reasonCode, @Nullable String additionalInfo) {
        return new CommandResult(status, status.canonicalValue(), reasonCode, additionalInfo);
    }

    /** A result that answers an exact status value, e.g. {@code OngoingAuthorizedTransaction}. */
    public static CommandResult raw(String rawStatus) {
        return new CommandResult(CommandStatus.fromValue(rawStatus), rawStatus, null, null);
    }

    /** Whether the station accepted the command (accepted or scheduled). */
    public boolean isAccepted() {
        return status == CommandStatus.ACCEPTED || status == CommandStatus.SCHEDULED;
    }
}
