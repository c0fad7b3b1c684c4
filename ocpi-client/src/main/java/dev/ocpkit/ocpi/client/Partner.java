package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.model.OcpiVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A connected OCPI party, as both the client and the server need it: how we call them (their versions URL, the
 * agreed version, their endpoints and the token we send) and how they call us (the token they send), through the
 * registration lifecycle of the credentials module.
 *
 * <p>OCPI names the tokens A, B and C: the party that receives a registration issues token A out of band; the
 * registering party sends token B in its credentials (the receiver uses B to call it); the receiver answers with
 * token C (the registering party uses C to call the receiver). Here, {@link #tokenTheyUse()} is the token the partner
 * must send to us (A before registration, C after) and {@link #tokenWeUse()} the one we send to them.
 *
 * <p>Immutable. {@link #toString()} never prints a token.
 *
 * @param id a stable key chosen by the host (e.g. {@code NL-EXA} or a database id)
 * @param state where the partner is in the registration lifecycle
 * @param versionsUrl the partner's versions endpoint, or {@code null} before we know it
 * @param version the agreed OCPI version, or {@code null} before registration
 * @param endpoints the partner's endpoints for {@link #version()}
 * @param tokenWeUse the token we send when calling them, or {@code null}
 * @param tokenTheyUse the token they must send when calling us, or {@code null}
 * @param roles the partner's roles (from its credentials)
 * @param quirks how the partner deviates from the specification
 * @since 0.1
 */
public record Partner(
        String id,
        State state,
        @Nullable String versionsUrl,
        @Nullable OcpiVersion version,
        List<PartnerEndpoint> endpoints,
        @Nullable String tokenWeUse,
        @Nullable String tokenTheyUse,
        List<PartyRole> roles,
        PartnerQuirks quirks) {

    /** The registration lifecycle. */
    public enum State {
        /** We issued token A; the partner may only use the versions and credentials endpoints. */
        PENDING,
        /** Credentials exchanged: all modules are open. */
        REGISTERED,
        /** The partner unregistered (or was unregistered); its tokens are no longer accepted. */
        UNREGISTERED
    }

    /** Copies the lists; requires id, state and quirks. */
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(quirks, "quirks");
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A partner we issued {@code tokenA} to, before it registers. */
    public static Partner pending(String id, String tokenA, PartnerQuirks quirks) {
        return new Partner(id, State.PENDING, null, null, List.of(), null, tokenA, List.of(), quirks);
    }

    /** The URL of a module in a role (role ignored for 2.1.1 endpoints, which have none). */
    public Optional<String> endpoint(String moduleId, String role) {
        for (PartnerEndpoint e : endpoints) {
            if (e.moduleId().equals(moduleId) && (e.role().isEmpty() || e.role().equalsIgnoreCase(role))) {
                return Optional.of(e.url());
            }
        }
        return Optional.empty();
    }

    /** Whether one of the partner's roles is the party {@code countryCode}/{@code partyId}. */
    public boolean hasParty(String countryCode, String partyId) {
        return roles.stream().anyMatch(r -> r.isParty(countryCode, partyId));
    }

    /** A copy in another state. */
    public Partner withState(State newState) {
        return new Partner(id, newState, versionsUrl, version, endpoints, tokenWeUse, tokenTheyUse, roles, quirks);
    }

    /** A copy with other tokens. */
    public Partner withTokens(@Nullable String newTokenWeUse, @Nullable String newTokenTheyUse) {
        return new Partner(id, state, versionsUrl, version, endpoints, newTokenWeUse, newTokenTheyUse, roles, quirks);
    }

    /** A copy with the result of discovery: versions URL, agreed version and endpoints. */
    public Partner withDiscovery(String newVersionsUrl, OcpiVersion newVersion, List<PartnerEndpoint> newEndpoints) {
        return new Partner(
                id, state, newVersionsUrl, newVersion, newEndpoints, tokenWeUse, tokenTheyUse, roles, quirks);
    }

    /** A copy with other roles. */
    public Partner withRoles(List<PartyRole> newRoles) {
        return new Partner(id, state, versionsUrl, version, endpoints, tokenWeUse, tokenTheyUse, newRoles, quirks);
    }

    /** Everything except the tokens, which show as {@code <redacted>} (or {@code null}). */
    @Override
    public String toString() {
        return "Partner[id=" + id + ", state=" + state + ", versionsUrl=" + versionsUrl + ", version=" + version
                + ", endpoints=" + endpoints + ", tokenWeUse=" + (tokenWeUse == null ? "null" : "<redacted>")
                + ", tokenTheyUse=" + (tokenTheyUse == null ? "null" : "<redacted>") + ", roles=" + roles
                + ", quirks=" + quirks + "]";
    }
}
