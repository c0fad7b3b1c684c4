package dev.ocpkit.ocpp.internal.jws;

import dev.ocpkit.ocpp.HandshakeRequest;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.rpc.RpcEndpoint;
import dev.ocpkit.ocpp.internal.server.CsmsCore;
import dev.ocpkit.ocpp.internal.server.CsmsTransport;
import dev.ocpkit.ocpp.internal.server.Handshakes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.DefaultWebSocketServerFactory;
import org.java_websocket.server.SSLParametersWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CSMS WebSocket server on Java-WebSocket. */
public final class JwsCsmsServer extends WebSocketServer implements CsmsTransport {
    private static final Logger LOG = LoggerFactory.getLogger(JwsCsmsServer.class);
    private static final String UNAUTHORIZED = "HTTP/1.1 401 Unauthorized\r\n"
            + "WWW-Authenticate: Basic realm=\"OCPP\", charset=\"UTF-8\"\r\n"
            + "Content-Length: 0\r\nConnection: close\r\n\r\n";
    private static final String BAD_REQUEST =
            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

    private final CsmsCore core;
    private final WriteWatchdog watchdog;
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    /**
     * Creates the server; call {@link #start()}.
     *
     * @param sslContext TLS context for profiles 2 and 3, or null
     * @param needClientAuth require client certificates (profile 3)
     * @param pingIntervalSeconds WebSocket ping interval and lost-connection timeout; 0 disables
     * @param decoders worker threads that decode frames
     */
    public JwsCsmsServer(
            CsmsCore core,
            InetSocketAddress address,
            @Nullable SSLContext sslContext,
            boolean needClientAuth,
            int pingIntervalSeconds,
            int decoders) {
        super(address, decoders, drafts(core));
        this.core = core;
        this.watchdog = new WriteWatchdog("ocpkit-jws-write-watchdog-" + address.getPort());
        setReuseAddr(true);
        setTcpNoDelay(true);
        setConnectionLostTimeout(pingIntervalSeconds);
        setDaemon(true);
        WebSocketServerFactory base;
        if (sslContext != null) {
            SSLParameters params = sslContext.getDefaultSSLParameters();
            params.setNeedClientAuth(needClientAuth);
            // Java-WebSocket's non-blocking TLS channel stalls about one TLS 1.3 handshake in 30 here (client
            // certificates, post-handshake messages); TLS 1.2 never did in 100 runs. OCPP requires TLS 1.2 or later.
            params.setProtocols(new String[] {"TLSv1.2"});
            base = new SSLParametersWebSocketServerFactory(sslContext, params);
        } else {
            base = new DefaultWebSocketServerFactory();
        }
        setWebSocketFactory(new InterceptingFactory(base));
    }

    private static List<Draft> drafts(CsmsCore core) {
        List<IProtocol> protocols = new ArrayList<>();
        for (OcppVersion v : core.versions()) {
            protocols.add(new Protocol(v.subprotocol()));
        }
        // OCPP-J: a handshake that offers none of ours completes without a subprotocol and is then closed
        protocols.add(new Protocol(""));
        int maxBytes = Math.max(4 << 20, core.options().maxFrameChars() * 4 + 1024);
        return List.of(new Draft_6455(Collections.emptyList(), protocols, maxBytes));
    }

    @Override
    public void start() {
        watchdog.start();
        super.start();
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            watchdog.stop();
            throw new IllegalStateException(
                    "CSMS server could not start: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            watchdog.stop();
            throw new IllegalStateException("CSMS server could not start", e);
        }
    }

    @Override
    public int port() {
        return getPort();
    }

    @Override
    public void stop() {
        core.closeAll(CloseFrame.GOING_AWAY, "Server shutting down");
        try {
            super.stop(2000, "Server shutting down");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedSelectorException | CancelledKeyException e) {
            // Java-WebSocket's stop() closes each connection after its selector may already be closed (seen with
            // thousands of connections): the sockets are closed either way, so stopping has succeeded
            LOG.debug("Selector closed while closing connections during stop: {}", e.toString());
        } finally {
            watchdog.stop();
        }
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket conn, Draft draft, ClientHandshake request) throws InvalidDataException {
        ServerHandshakeBuilder builder = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        WebSocketImpl impl = (WebSocketImpl) conn;
        String resource = request.getResourceDescriptor();
        String identity = Handshakes.identityFromPath(resource);
        if (identity == null) {
            reject(impl, BAD_REQUEST, "no valid charging station identity in the URL path");
        }
        String[] basic = Handshakes.basicCredentials(request.getFieldValue("Authorization"));
        HandshakeRequest hr = new HandshakeRequest(
                identity,
                Handshakes.pathOf(resource),
                conn.getRemoteSocketAddress(),
                Handshakes.subprotocols(request.getFieldValue("Sec-WebSocket-Protocol")),
                basic == null ? null : basic[0],
                basic == null ? null : basic[1],
                clientCertificates(impl));
        String refusal = core.refusal(hr);
        if (refusal != null) {
            LOG.info("Refused station {} from {}: {}", identity, conn.getRemoteSocketAddress(), refusal);
            reject(impl, UNAUTHORIZED, refusal);
        }
        impl.setAttachment(identity);
        return builder;
    }

    private static List<X509Certificate> clientCertificates(WebSocketImpl conn) {
        if (!conn.hasSSLSupport()) {
            return List.of();
        }
        try {
            SSLSession session = conn.getSSLSession();
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x) {
                    out.add(x);
                }
            }
            return out;
        } catch (SSLPeerUnverifiedException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private static void reject(WebSocketImpl conn, String httpResponse, String reason) throws InvalidDataException {
        if (conn.getChannel() instanceof InterceptingChannel c) {
            c.replaceRejection(httpResponse);
        }
        throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, reason);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        WebSocketImpl impl = (WebSocketImpl) conn;
        String identity = impl.getAttachment();
        String protocol = conn.getProtocol() == null ? "" : conn.getProtocol().getProvidedProtocol();
        OcppVersion version = OcppVersion.fromSubprotocol(protocol).orElse(null);
        if (identity == null || version == null || !core.versions().contains(version)) {
            LOG.info(
                    "Closing connection of {}: it offered no supported OCPP subprotocol ({})",
                    identity,
                    handshake.getFieldValue("Sec-WebSocket-Protocol"));
            conn.close(
                    CloseFrame.PROTOCOL_ERROR,
                    "No supported OCPP subprotocol offered; supported: "
                            + core.versions().stream()
                                    .map(OcppVersion::subprotocol)
                                    .toList());
            return;
        }
        RpcEndpoint ep = core.open(new JwsSocket(impl, watchdog), version, identity);
        impl.setAttachment(ep);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        if (conn.getAttachment() instanceof RpcEndpoint ep) {
            ep.onText(message);
        }
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        if (conn.getAttachment() instanceof RpcEndpoint ep) {
            byte[] b = new byte[message.remaining()];
            message.get(b);
            ep.onBinary(b);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn.getAttachment() instanceof RpcEndpoint ep) {
            core.closed(ep, code, reason == null ? "" : reason);
        }
    }

    @Override
    public void onError(@Nullable WebSocket conn, Exception ex) {
        if (conn == null) {
            started.completeExceptionally(ex);
            LOG.error("CSMS server error", ex);
        } else {
            LOG.debug("Connection error on {}", conn.getRemoteSocketAddress(), ex);
        }
    }

    @Override
    public void onStart() {
        started.complete(null);
    }

    /** Wraps every channel so that refusals can be answered with the right HTTP status. */
    private static final class InterceptingFactory implements WebSocketServerFactory {
        private final WebSocketServerFactory delegate;

        InterceptingFactory(WebSocketServerFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter a, Draft d) {
            return delegate.createWebSocket(a, d);
        }

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter a, List<Draft> drafts) {
            return delegate.createWebSocket(a, drafts);
        }

        @Override
        public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) throws IOException {
            return InterceptingChannel.wrap(delegate.wrapChannel(channel, key));
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
