package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import java.util.concurrent.CompletableFuture;

/**
 * Where the bridge sends what the eMSPs must learn: objects pushed to every registered eMSP's receiver endpoints
 * (Locations, Sessions, CDRs) and asynchronous results sent to a {@code response_url}. A host implements it over
 * ocpkit's OCPI client (one client per eMSP), a hub, or a message queue.
 *
 * <p>Futures complete when the push was delivered (or failed: the bridge logs and goes on; a host that needs
 * guaranteed delivery queues and retries inside its implementation). Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface EmspPublisher {
    /** PUT a whole Location (with its EVSEs and connectors). */
    CompletableFuture<Void> putLocation(Location location);

    /** PATCH one EVSE of a Location (e.g. its status). */
    CompletableFuture<Void> patchEvse(
            String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch);

    /** PUT a new or replaced Session. */
    CompletableFuture<Void> putSession(Session session);

    /** PATCH a Session. */
    CompletableFuture<Void> patchSession(String countryCode, String partyId, String sessionId, SessionPatch patch);

    /** POST a CDR to the eMSP that owns its token. */
    CompletableFuture<Void> postCdr(Cdr cdr);

    /** POST the result of a command to its {@code response_url}. */
    CompletableFuture<Void> postCommandResult(String responseUrl, CommandResult result);

    /** POST the result of a SetChargingProfile (OCPI ChargingProfiles PUT) to its {@code response_url}. */
    CompletableFuture<Void> postChargingProfileResult(String responseUrl, ChargingProfileResult result);

    /** POST the result of a GET ActiveChargingProfile to its {@code response_url}. */
    CompletableFuture<Void> postActiveChargingProfileResult(String responseUrl, ActiveChargingProfileResult result);

    /** POST the result of a ClearProfile (OCPI ChargingProfiles DELETE) to its {@code response_url}. */
    CompletableFuture<Void> postClearProfileResult(String responseUrl, ClearProfileResult result);
}
