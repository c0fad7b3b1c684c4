package dev.ocpkit.bridge;

import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerStore;
import dev.ocpkit.ocpi.client.v221.Ocpi221Client;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An {@link EmspPublisher} over ocpkit's OCPI client: every push goes to each registered OCPI 2.2.1 partner that has
 * an eMSP role and offers the receiver endpoint of the module; a CDR goes to the eMSP that owns its token (falling back
 * to every eMSP when no partner owns it); a command or charging profile result goes to the partner whose versions URL
 * shares the {@code response_url}'s host and port.
 *
 * <p>Thread-safe; futures complete when every target answered, exceptionally if one failed.
 *
 * @since 0.1
 */
public final class OcpiClientPublisher implements EmspPublisher {
    private final OcpiClient client;
    private final PartnerStore partners;

    /**
     * @param client the CPO's OCPI client
     * @param partners the partners registered with the CPO (usually the client's store)
     */
    public OcpiClientPublisher(OcpiClient client, PartnerStore partners) {
        this.client = Objects.requireNonNull(client, "client");
        this.partners = Objects.requireNonNull(partners, "partners");
    }

    private List<Partner> emsps(String module) {
        List<Partner> out = new ArrayList<>();
        for (Partner p : partners.all()) {
            if (p.state() == Partner.State.REGISTERED
                    && p.version() == OcpiVersion.V2_2_1
                    && p.roles().stream().anyMatch(r -> r.role().equals("EMSP"))
                    && p.endpoint(module, "RECEIVER").isPresent()) {
                out.add(p);
            }
        }
        return out;
    }

    private CompletableFuture<Void> toAll(String module, Function<Ocpi221Client, CompletableFuture<?>> call) {
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (Partner p : emsps(module)) {
            calls.add(call.apply(client.partner(p).v221()));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }

    @Override
    public CompletableFuture<Void> putLocation(Location location) {
        return toAll("locations", c -> c.locationsReceiver().putLocationAsync(location));
    }

    @Override
    public CompletableFuture<Void> patchEvse(
            String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
        return toAll("locations", c -> c.locationsReceiver()
                .patchEvseAsync(countryCode, partyId, locationId, evseUid, patch));
    }

    @Override
    public CompletableFuture<Void> putSession(Session session) {
        return toAll("sessions", c -> c.sessionsReceiver().putSessionAsync(session));
    }

    @Override
    public CompletableFuture<Void> patchSession(
            String countryCode, String partyId, String sessionId, SessionPatch patch) {
        return toAll("sessions", c -> c.sessionsReceiver().patchSessionAsync(countryCode, partyId, sessionId, patch));
    }

    @Override
    public CompletableFuture<Void> postCdr(Cdr cdr) {
        List<Partner> targets = new ArrayList<>();
        for (Partner p : emsps("cdrs")) {
            if (cdr.cdrToken() != null
                    && cdr.cdrToken().countryCode() != null
                    && cdr.cdrToken().partyId() != null
                    && p.hasParty(cdr.cdrToken().countryCode(), cdr.cdrToken().partyId())) {
                targets.add(p);
            }
        }
        if (targets.isEmpty()) {
            targets = emsps("cdrs");
        }
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (Partner p : targets) {
            calls.add(client.partner(p).v221().cdrsReceiver().postCdrAsync(cdr));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }

    private Partner ownerOf(String responseUrl) {
        URI target = URI.create(responseUrl);
        for (Partner p : partners.all()) {
            if (p.state() == Partner.State.REGISTERED && p.versionsUrl() != null) {
                URI versions = URI.create(p.versionsUrl());
                if (Objects.equals(versions.getHost(), target.getHost()) && versions.getPort() == target.getPort()) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("no registered partner serves the response_url " + responseUrl);
    }

    @Override
    public CompletableFuture<Void> postCommandResult(String responseUrl, CommandResult result) {
        try {
            return client.partner(ownerOf(responseUrl))
                    .v221()
                    .commandsSender()
                    .postResultAsync(responseUrl, result)
                    .thenApply(x -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> postChargingProfileResult(String responseUrl, ChargingProfileResult result) {
        try {
            return client.partner(ownerOf(responseUrl))
                    .v221()
                    .chargingProfilesSender()
                    .postChargingProfileResultAsync(responseUrl, result)
                    .thenApply(x -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> postActiveChargingProfileResult(
            String responseUrl, ActiveChargingProfileResult result) {
        try {
            return client.partner(ownerOf(responseUrl))
                    .v221()
                    .chargingProfilesSender()
                    .postActiveChargingProfileResultAsync(responseUrl, result)
                    .thenApply(x -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> postClearProfileResult(String responseUrl, ClearProfileResult result) {
        try {
            return client.partner(ownerOf(responseUrl))
                    .v221()
                    .chargingProfilesSender()
                    .postClearProfileResultAsync(responseUrl, result)
                    .thenApply(x -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
