package dev.ocpkit.ocpp;

import dev.ocpkit.ocpp.internal.jws.JwsCsmsServer;
import dev.ocpkit.ocpp.internal.netty.NettyCsmsServer;
import dev.ocpkit.ocpp.internal.server.CsmsCore;
import dev.ocpkit.ocpp.internal.server.CsmsTransport;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * An OCPP-J server for charging stations: the CSMS (central system) side.
 *
 * <p>Stations connect to {@code ws(s)://host:port/any/path/<identity>}; the identity is the last path segment. The
 * server negotiates the subprotocol in the order of {@link Builder#versions} (the host's preference), refuses a
 * station that offers none of them (the handshake completes without a subprotocol and the connection is closed, as
 * OCPP-J prescribes), checks the security profile's credentials at the handshake (HTTP 401 when wrong; repeated
 * failures are slowed down by the {@link LoginThrottle}) and hands
 * each connection's CALLs to the {@link OcppHandlers}.
 *
 * <pre>{@code
 * CsmsServer server = CsmsServer.builder()
 *     .port(9000)
 *     .versions(OcppVersion.V201, OcppVersion.V16)
 *     .handlers(OcppHandlers.builder()
 *         .on(Ocpp16Actions.BOOT_NOTIFICATION, (ctx, req) -> BootNotificationResponse.builder()
 *             .status(RegistrationStatus.ACCEPTED).currentTime(Instant.now()).interval(300).build())
 *         .build())
 *     .build()
 *     .start();
 * server.station("CP-7").ifPresent(s -> s.call(new ResetRequest(ResetType.SOFT)));
 * }</pre>
 *
 * <p>Thread-safe. The connection of a station that connects again replaces (and closes) its older connection.
 *
 * @since 0.1
 */
public final class CsmsServer implements AutoCloseable {
    private final CsmsCore core;
    private final CsmsTransport transport;
    private final String nodeId;

    private CsmsServer(Builder b) {
        this.nodeId = b.nodeId;
        this.core = new CsmsCore(
                List.copyOf(b.versions),
                b.profile,
                b.authenticator,
                b.handlers,
                b.options,
                b.registry,
                b.nodeId,
                b.loginThrottle);
        InetSocketAddress address = new InetSocketAddress(b.host, b.port);
        boolean clientAuth = b.profile == SecurityProfile.MUTUAL_TLS;
        int ping = (int) b.pingInterval.toSeconds();
        this.transport = b.transport == Transport.NETTY
                ? new NettyCsmsServer(core, address, b.sslContext, clientAuth, ping, b.decoderThreads)
                : new JwsCsmsServer(core, address, b.sslContext, clientAuth, ping, b.decoderThreads);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts accepting stations.
     *
     * @return this server
     * @throws IllegalStateException when the port cannot be bound
     */
    public CsmsServer start() {
        try {
            transport.start();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("CSMS server could not start", e);
        }
        return this;
    }

    /** The port the server listens on (the actual one when built with port 0). */
    public int port() {
        return transport.port();
    }

    /** This server's node id in the {@link SessionRegistry}. */
    public String nodeId() {
        return nodeId;
    }

    /** The open connection of a station connected to this server, if any. */
    public Optional<OcppSession> station(String identity) {
        return core.station(identity);
    }

    /** The open connections of this server (a snapshot). */
    public Collection<OcppSession> stations() {
        return core.stations();
    }

    /** Closes every connection (close code 1001) and stops listening. Pending calls fail. Idempotent. */
    public void stop() {
        transport.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The WebSocket library a {@link CsmsServer} runs on. */
    public enum Transport {
        /** Java-WebSocket: the light default (one dependency). */
        JAVA_WEBSOCKET,
        /**
         * Netty: the high-throughput transport (1.6-1.8 times the calls per second of Java-WebSocket on the same
         * machine, and much faster at accepting many connections at once; see {@code docs/benchmarks.md}); needs
         * {@code io.netty:netty-codec-http} and {@code netty-handler} on the class path (optional dependencies of
         * ocpp-core).
         */
        NETTY
    }

    /** Builds a {@link CsmsServer}; not thread-safe. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = 0;
        private final LinkedHashSet<OcppVersion> versions =
                new LinkedHashSet<>(List.of(OcppVersion.V21, OcppVersion.V201, OcppVersion.V16));
        private OcppHandlers handlers = OcppHandlers.empty();
        private OcppOptions options = OcppOptions.defaults();
        private SecurityProfile profile = SecurityProfile.NONE;
        private StationAuthenticator authenticator = StationAuthenticator.ACCEPT_ALL;
        private LoginThrottle loginThrottle = LoginThrottle.DEFAULT;
        private @Nullable SSLContext sslContext;
        private Duration pingInterval = Duration.ofSeconds(60);
        private int decoderThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private SessionRegistry registry = SessionRegistry.inMemory();
        private String nodeId = UUID.randomUUID().toString();
        private Transport transport = Transport.JAVA_WEBSOCKET;

        private Builder() {}

        /** The WebSocket library; default {@link Transport#JAVA_WEBSOCKET}. */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** The address to bind; default {@code 0.0.0.0} (all interfaces). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; default 0 (an ephemeral port, see {@link CsmsServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The versions to accept, most preferred first; default 2.1, 2.0.1, 1.6. */
        public Builder versions(OcppVersion... versions) {
            if (versions.length == 0) {
                throw new IllegalArgumentException("at least one version");
            }
            this.versions.clear();
            this.versions.addAll(List.of(versions));
            return this;
        }

        /** The handlers of incoming CALLs, for every version. */
        public Builder handlers(OcppHandlers handlers) {
            this.handlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /** RPC settings. */
        public Builder options(OcppOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The security profile; default {@link SecurityProfile#NONE}. Profiles 2 and 3 need {@link #tls}. */
        public Builder securityProfile(SecurityProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** Decides which stations may connect; default accepts every station that passed the profile's checks. */
        public Builder authenticator(StationAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /**
         * How refused handshakes slow down further attempts of the same identity from the same address; default
         * {@link LoginThrottle#DEFAULT} (5 free failures, then waits of 1 s doubling up to 60 s during which the
         * identity is refused with HTTP 401 unchecked). {@link LoginThrottle#NONE} turns it off.
         */
        public Builder loginThrottle(LoginThrottle loginThrottle) {
            this.loginThrottle = Objects.requireNonNull(loginThrottle, "loginThrottle");
            return this;
        }

        /**
         * The TLS context (server certificate; for profile 3 also the trust store of client certificates). Required
         * for profiles 2 and 3. The Java-WebSocket transport speaks TLS 1.2 only (its TLS 1.3 handshakes can stall);
         * the Netty transport speaks TLS 1.2 and 1.3.
         */
        public Builder tls(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /** WebSocket ping interval, also the time after which a silent connection is closed; 0 disables. */
        public Builder pingInterval(Duration pingInterval) {
            this.pingInterval = Objects.requireNonNull(pingInterval, "pingInterval");
            return this;
        }

        /** Threads that decode frames (Java-WebSocket decoders, Netty event loops); default one per core. */
        public Builder decoderThreads(int decoderThreads) {
            if (decoderThreads < 1) {
                throw new IllegalArgumentException("decoderThreads must be positive");
            }
            this.decoderThreads = decoderThreads;
            return this;
        }

        /** Where connections are recorded for multi-node routing; default in memory. */
        public Builder sessionRegistry(SessionRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** This node's id in the {@link SessionRegistry}; default a random UUID. */
        public Builder nodeId(String nodeId) {
            this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
            return this;
        }

        /**
         * Builds the server (not started).
         *
         * @throws IllegalStateException when the security profile needs TLS and no context was given
         */
        public CsmsServer build() {
            if (profile.usesTls() && sslContext == null) {
                throw new IllegalStateException("Security profile " + profile.number() + " needs tls(SSLContext)");
            }
            if (!profile.usesTls() && sslContext != null) {
                throw new IllegalStateException(
                        "tls(SSLContext) given, but security profile " + profile.number() + " is not a TLS profile");
            }
            return new CsmsServer(this);
        }
    }
}
