package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiMissingEndpointException;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.Routing;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context of the calls a version client makes to one partner: the client core, the partner (read afresh for each
 * call), the OCPI version, the routing and the correlation id. Immutable and thread-safe.
 */
public final class CallContext {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ocpkit.ocpi.client");

    private final ClientCore core;
    private final Supplier<Partner> partner;
    private final OcpiVersion version;
    private final Routing routing;
    private final @Nullable String correlationId;

    public CallContext(
            ClientCore core,
            Supplier<Partner> partner,
            OcpiVersion version,
            Routing routing,
            @Nullable String correlationId) {
        this.core = Objects.requireNonNull(core);
        this.partner = Objects.requireNonNull(partner);
        this.version = Objects.requireNonNull(version);
        this.routing = Objects.requireNonNull(routing);
        this.correlationId = correlationId;
    }

    public CallContext withRouting(Routing newRouting) {
        return new CallContext(core, partner, version, newRouting, correlationId);
    }

    public CallContext withCorrelationId(@Nullable String id) {
        return new CallContext(core, partner, version, routing, id);
    }

    public ClientCore core() {
        return core;
    }

    public OcpiVersion version() {
        return version;
    }

    public Routing routing() {
        return routing;
    }

    public @Nullable String correlationId() {
        return correlationId;
    }

    /** The partner as it is now. */
    public Partner partner() {
        return partner.get();
    }

    /** The JSON mapping for this version and the partner's timestamp quirk. */
    public OcpiJson json(Partner p) {
        return core.json(version, p.quirks().writeTimestampsWithZone());
    }

    /** A request builder for a module endpoint of the partner. */
    public Req req(String method, String module, String role, String operation) {
        return new Req(this, method, module, role, operation);
    }

    /** The partner's endpoint URL; throws when the version differs or the endpoint is missing. */
    String endpoint(Partner p, String module, String role) {
        if (p.version() != version) {
            throw new OcpiMissingEndpointException("partner " + p.id() + " uses OCPI "
                    + (p.version() == null ? "no version yet" : p.version().value()) + ", not " + version.value());
        }
        return p.endpoint(module, role)
                .orElseThrow(() -> new OcpiMissingEndpointException("partner " + p.id() + " has no " + module
                        + (role.isEmpty() || version == OcpiVersion.V2_1_1 ? "" : " " + role) + " endpoint"));
    }

    /** The routing headers of one request. */
    Map<String, String> routingHeaders(Partner p, String module, String method, boolean listGet) {
        if (version == OcpiVersion.V2_1_1 || isConfigurationModule(module)) {
            return Map.of();
        }
        Routing r = routing.mode() == Routing.Mode.AUTO ? resolveAuto(p, listGet) : routing;
        return r.headers(method, listGet);
    }

    static boolean isConfigurationModule(String module) {
        return module.equals("credentials") || module.equals("versions") || module.equals("hubclientinfo");
    }

    private Routing resolveAuto(Partner p, boolean listGet) {
        List<String[]> ours = parties(core.localParty().roles());
        if (ours.size() != 1) {
            return Routing.none();
        }
        String[] from = ours.get(0);
        try {
            PartyRole hub = null;
            for (PartyRole r : p.roles()) {
                if (r.role().equalsIgnoreCase("HUB")) {
                    hub = r;
                }
            }
            if (hub != null) {
                return listGet
                        ? Routing.getAllViaHub(from[0], from[1], hub.countryCode(), hub.partyId())
                        : Routing.openRouting(from[0], from[1]);
            }
            List<String[]> theirs = parties(p.roles());
            if (theirs.size() == 1) {
                return Routing.direct(from[0], from[1], theirs.get(0)[0], theirs.get(0)[1]);
            }
            return theirs.isEmpty() ? Routing.none() : Routing.openRouting(from[0], from[1]);
        } catch (IllegalArgumentException e) {
            LOG.debug(
                    "OCPI routing: parties of {} do not fit the routing headers ({}); none sent",
                    p.id(),
                    e.getMessage());
            return Routing.none();
        }
    }

    private static List<String[]> parties(List<PartyRole> roles) {
        List<String[]> out = new ArrayList<>();
        for (PartyRole r : roles) {
            String cc = r.countryCode().toUpperCase(Locale.ROOT);
            String pid = r.partyId().toUpperCase(Locale.ROOT);
            if (out.stream().noneMatch(x -> x[0].equals(cc) && x[1].equals(pid))) {
                out.add(new String[] {cc, pid});
            }
        }
        return out;
    }
}
