package dev.ocpkit.ocpp.smartcharging;

import dev.ocpkit.ocpp.OcppConnectionException;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.neutral.CommandResult;
import dev.ocpkit.ocpp.neutral.StationCommands;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Where {@link SiteLoadManager} sends its charging profiles: normally SetChargingProfile to the station over its
 * OCPP connection ({@link #through}), or anything a host wires (a queue, a test recorder).
 *
 * <p>Called without any lock of the manager held, from the thread that triggered the recomputation or the thread
 * that completed the previous send; implementations must not block.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ChargingProfileSender {
    /**
     * Sends a charging profile to an EVSE of a station.
     *
     * @param stationId the station identity
     * @param evseId the EVSE (OCPP 1.6: the connector)
     * @param profile the profile to install
     * @return completes with the station's answer ({@link CommandResult#isAccepted()} counts as installed);
     *     exceptionally when it could not be sent or answered (then the manager keeps its previous view and retries
     *     at the next recomputation)
     */
    CompletionStage<CommandResult> send(String stationId, int evseId, ChargingProfile profile);

    /**
     * Sends SetChargingProfile through the neutral {@link StationCommands}, in the station's own OCPP version.
     *
     * @param sessions finds the connection of a station, e.g. {@code server::station} of a
     *     {@link dev.ocpkit.ocpp.CsmsServer}
     * @return a sender whose futures fail with {@link OcppConnectionException} when the station is not connected, and
     *     otherwise complete as {@link StationCommands#setChargingProfile} documents
     */
    static ChargingProfileSender through(Function<String, Optional<OcppSession>> sessions) {
        Objects.requireNonNull(sessions, "sessions");
        return (stationId, evseId, profile) -> {
            Optional<OcppSession> session = sessions.apply(stationId);
            if (session.isEmpty()) {
                return CompletableFuture.failedFuture(
                        new OcppConnectionException("station " + stationId + " is not connected"));
            }
            return StationCommands.of(session.get()).setChargingProfile(evseId, profile);
        };
    }
}
