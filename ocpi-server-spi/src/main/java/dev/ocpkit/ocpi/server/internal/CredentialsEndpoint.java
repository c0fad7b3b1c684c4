package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credentials module as the receiving party: GET our credentials, POST to register (token A -> B -> C), PUT to
 * update, DELETE to unregister, with the 405 rules of the specification.
 */
final class CredentialsEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ocpkit.ocpi.server");

    private final Engine engine;
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    CredentialsEndpoint(Engine engine) {
        this.engine = engine;
    }

    OcpiResponse handle(Call call) {
        Partner partner = call.ctx().partner();
        OcpiVersion version = call.ctx().version();
        VersionSupport support = engine.support(version);
        LocalParty local = engine.settings().localParty();
        boolean registered = partner.state() == Partner.State.REGISTERED;
        switch (call.method()) {
            case "GET":
                return call.ok(support.credentials(partner.tokenTheyUse(), local.versionsUrl(), local.roles()));
            case "POST":
                if (registered) {
                    throw notAllowed("already registered: use PUT to update or DELETE to unregister");
                }
                return register(call, support, false);
            case "PUT":
                if (!registered) {
                    throw notAllowed("not registered yet: POST first");
                }
                return register(call, support, true);
            case "DELETE":
                if (!registered) {
                    throw notAllowed("not registered");
                }
                synchronized (lock(partner.id())) {
                    Partner gone = partner.withState(Partner.State.UNREGISTERED);
                    engine.settings().partners().save(gone);
                    notify(() -> engine.settings().listener().unregistered(gone));
                }
                return call.ok(null);
            default:
                throw notAllowed("method " + call.method() + " is not part of the credentials module");
        }
    }

    private OcpiResponse register(Call call, VersionSupport support, boolean update) {
        Partner partner = call.ctx().partner();
        OcpiVersion version = call.ctx().version();
        // parse and validate before anything is called or stored
        VersionSupport.CredentialsData theirs = support.readCredentials(call);
        synchronized (lock(partner.id())) {
            Partner current = engine.settings()
                    .partners()
                    .find(partner.id())
                    .orElseThrow(
                            () -> new OcpiException(OcpiStatusCode.CLIENT_ERROR.code(), 401, "Unauthorized", null));
            if (current.state() != partner.state() || !sameToken(current.tokenTheyUse(), partner.tokenTheyUse())) {
                throw notAllowed("the registration changed meanwhile");
            }
            List<PartnerEndpoint> endpoints = discover(theirs, version, current);
            for (String required : engine.settings().requiredPartnerModules()) {
                if (endpoints.stream().noneMatch(e -> e.moduleId().equals(required))) {
                    throw new OcpiException(
                            OcpiStatusCode.NO_MATCHING_ENDPOINTS.code(),
                            0,
                            "the partner offers no " + required + " endpoint",
                            null);
                }
            }
            String tokenC = Tokens.generate();
            Partner saved = new Partner(
                    current.id(),
                    Partner.State.REGISTERED,
                    theirs.url(),
                    version,
                    endpoints,
                    theirs.token(),
                    tokenC,
                    theirs.roles(),
                    current.quirks());
            engine.settings().partners().save(saved);
            LOG.info("OCPI partner {} {} with version {}", saved.id(), update ? "updated" : "registered", version);
            notify(() -> {
                if (update) {
                    engine.settings().listener().updated(saved);
                } else {
                    engine.settings().listener().registered(saved);
                }
            });
            LocalParty local = engine.settings().localParty();
            return call.ok(support.credentials(tokenC, local.versionsUrl(), local.roles()));
        }
    }

    private List<PartnerEndpoint> discover(VersionSupport.CredentialsData theirs, OcpiVersion version, Partner p) {
        PartnerDiscovery discovery = engine.settings().discovery();
        if (discovery == null) {
            throw new OcpiException(
                    OcpiStatusCode.UNABLE_TO_USE_CLIENT_API.code(), 0, "this server cannot call partners back", null);
        }
        List<PartnerEndpoint> endpoints;
        try {
            endpoints = discovery.endpoints(theirs.url(), theirs.token(), version, p.quirks());
        } catch (OcpiException e) {
            int code = e.statusCode() >= 3000 && e.statusCode() < 4000
                    ? e.statusCode()
                    : OcpiStatusCode.UNABLE_TO_USE_CLIENT_API.code();
            throw new OcpiException(code, 0, "could not use the partner's API: " + e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.info("OCPI registration of {}: calling its versions endpoint failed", p.id(), e);
            throw new OcpiException(
                    OcpiStatusCode.UNABLE_TO_USE_CLIENT_API.code(),
                    0,
                    "could not use the partner's API: " + e.getClass().getSimpleName(),
                    null);
        }
        if (endpoints == null || endpoints.isEmpty()) {
            throw new OcpiException(
                    OcpiStatusCode.NO_MATCHING_ENDPOINTS.code(), 0, "the partner offers no endpoints", null);
        }
        return endpoints;
    }

    private static boolean sameToken(String a, String b) {
        return a == null ? b == null : b != null && java.security.MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }

    private Object lock(String id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    private static void notify(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("OCPI registration listener failed", e);
        }
    }

    private static OcpiException notAllowed(String message) {
        return new OcpiException(OcpiStatusCode.CLIENT_ERROR.code(), 405, message, null);
    }
}
