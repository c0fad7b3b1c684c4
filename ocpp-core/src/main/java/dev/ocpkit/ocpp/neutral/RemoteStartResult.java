package dev.ocpkit.ocpp.neutral;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link RemoteStart}.
 *
 * @param result the outcome
 * @param remoteStartId OCPP 2.x: the remoteStartId sent (the given one or the one {@link StationCommands} chose),
 *     which the transaction's events will carry; {@code null} for 1.6
 * @param transactionId OCPP 2.x: the id of a transaction that had started already on the EVSE (e.g. cable plugged
 *     in first), or {@code null}
 * @since 0.1
 */
public record RemoteStartResult(CommandResult result, @Nullable Integer remoteStartId, @Nullable String transactionId) {
    /** Checks the components. */
    public RemoteStartResult {
        Objects.requireNonNull(result, "result");
    }

    /** A result without a transaction id, for a station's answer. */
    public static RemoteStartResult of(CommandResult result) {
        return new RemoteStartResult(result, null, null);
    }
}
