package dev.ocpkit.ocpp.internal.server;

import dev.ocpkit.ocpp.HandshakeRequest;
import dev.ocpkit.ocpp.LoginThrottle;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppOptions;
import dev.ocpkit.ocpp.OcppRole;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.OcppWebSocket;
import dev.ocpkit.ocpp.SecurityProfile;
import dev.ocpkit.ocpp.SessionRegistry;
import dev.ocpkit.ocpp.StationAuthenticator;
import dev.ocpkit.ocpp.internal.rpc.RpcEndpoint;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every CSMS transport shares: handshake decisions, the station table and the registry. */
public final class CsmsCore {
    private static final Logger LOG = LoggerFactory.getLogger(CsmsCore.class);

    private final List<OcppVersion> versions;
    private final SecurityProfile profile;
    private final StationAuthenticator authenticator;
    private final OcppHandlers handlers;
    private final OcppOptions options;
    private final SessionRegistry registry;
    private final String nodeId;
    private final ConcurrentHashMap<String, RpcEndpoint> stations = new ConcurrentHashMap<>();
    private final FailedLogins failedLogins;

    public CsmsCore(
            List<OcppVersion> versions,
            SecurityProfile profile,
            StationAuthenticator authenticator,
            OcppHandlers handlers,
            OcppOptions options,
            SessionRegistry registry,
            String nodeId,
            LoginThrottle loginThrottle) {
        this.failedLogins = new FailedLogins(loginThrottle);
        this.versions = List.copyOf(versions);
        this.profile = profile;
        this.authenticator = authenticator;
        this.handlers = handlers;
        this.options = options;
        this.registry = registry;
        this.nodeId = nodeId;
    }

    public List<OcppVersion> versions() {
        return versions;
    }

    public SecurityProfile profile() {
        return profile;
    }

    public OcppOptions options() {
        return options;
    }

    /**
     * Decides whether a handshake may proceed.
     *
     * @return null to accept, or the reason for refusing with 401
     */
    public @Nullable String refusal(HandshakeRequest req) {
        String key = req.identity() + "@"
                + (req.remoteAddress() == null ? "" : req.remoteAddress().getAddress());
        if (failedLogins.blocked(key)) {
            return "too many refused handshakes of this identity from this address; retry later";
        }
        String refusal = check(req);
        if (refusal == null) {
            failedLogins.succeeded(key);
        } else {
            failedLogins.failed(key);
        }
        return refusal;
    }

    private @Nullable String check(HandshakeRequest req) {
        if (profile.usesBasicAuth()) {
            if (req.username() == null || req.password() == null) {
                return "no HTTP Basic credentials";
            }
            if (!req.username().equals(req.identity())) {
                return "Basic user name differs from the identity in the URL";
            }
        }
        if (profile == SecurityProfile.MUTUAL_TLS) {
            List<X509Certificate> chain = req.clientCertificates();
            String cn = chain.isEmpty() ? null : Handshakes.commonName(chain.get(0));
            if (cn == null) {
                return "no client certificate";
            }
            if (!cn.equals(req.identity())) {
                return "client certificate CN differs from the identity in the URL";
            }
        }
        boolean ok;
        try {
            ok = authenticator.authenticate(req);
        } catch (RuntimeException e) {
            LOG.warn("StationAuthenticator failed for {}; refusing", req.identity(), e);
            return "authenticator failed";
        }
        return ok ? null : "refused by the authenticator";
    }

    /** Opens the RPC layer of an accepted connection; an older connection of the same identity is closed. */
    public RpcEndpoint open(OcppWebSocket socket, OcppVersion version, String identity) {
        RpcEndpoint ep = new RpcEndpoint(socket, OcppRole.CSMS, version, identity, handlers, options);
        RpcEndpoint old = stations.put(identity, ep);
        if (old != null) {
            LOG.info("Station {} reconnected; closing its previous connection", identity);
            old.close();
        }
        registry.register(identity, nodeId);
        options.listener().connected(ep);
        return ep;
    }

    /** Forgets a closed connection. */
    public void closed(RpcEndpoint ep, int code, String reason) {
        ep.onClosed(code, reason);
        if (stations.remove(ep.identity(), ep)) {
            registry.unregister(ep.identity(), nodeId);
        }
    }

    public Optional<OcppSession> station(String identity) {
        return Optional.ofNullable(stations.get(identity));
    }

    public Collection<OcppSession> stations() {
        return List.copyOf(stations.values());
    }

    /** Closes every connection (server shutdown). */
    public void closeAll(int code, String reason) {
        for (RpcEndpoint ep : stations.values()) {
            closed(ep, code, reason);
        }
    }
}
