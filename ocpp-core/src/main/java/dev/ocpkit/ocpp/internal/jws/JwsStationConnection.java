package dev.ocpkit.ocpp.internal.jws;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.OcppWebSocket;
import dev.ocpkit.ocpp.internal.rpc.RpcEndpoint;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javax.net.ssl.SSLContext;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One connection attempt of a station to a CSMS, on Java-WebSocket's client. */
public final class JwsStationConnection extends WebSocketClient {
    private static final Logger LOG = LoggerFactory.getLogger(JwsStationConnection.class);

    /** Told when a connection dropped or could not be opened. */
    @FunctionalInterface
    public interface LostCallback {
        void lost(@Nullable RpcEndpoint endpoint, int code, String reason);
    }

    private final BiFunction<OcppWebSocket, OcppVersion, RpcEndpoint> onOpen;
    private final LostCallback onLost;
    private volatile @Nullable RpcEndpoint endpoint;
    private volatile boolean reported;

    public JwsStationConnection(
            URI url,
            List<OcppVersion> versions,
            @Nullable String authorization,
            @Nullable SSLContext sslContext,
            Duration connectTimeout,
            Duration pingInterval,
            BiFunction<OcppWebSocket, OcppVersion, RpcEndpoint> onOpen,
            LostCallback onLost) {
        super(url, draft(versions), headers(authorization), (int)
                Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        this.onOpen = onOpen;
        this.onLost = onLost;
        setTcpNoDelay(true);
        setConnectionLostTimeout((int) pingInterval.toSeconds());
        if (sslContext != null) {
            setSocketFactory(sslContext.getSocketFactory());
        }
    }

    private static Draft_6455 draft(List<OcppVersion> versions) {
        List<IProtocol> protocols = new ArrayList<>();
        for (OcppVersion v : versions) {
            protocols.add(new Protocol(v.subprotocol()));
        }
        return new Draft_6455(Collections.emptyList(), protocols, 16 << 20);
    }

    private static Map<String, String> headers(@Nullable String authorization) {
        Map<String, String> h = new HashMap<>();
        if (authorization != null) {
            h.put("Authorization", authorization);
        }
        return h;
    }

    /** Starts connecting (asynchronously). */
    public void start() {
        connect();
    }

    /** Closes at once, without reporting a loss (the client is shutting down). */
    public void closeNow() {
        reported = true;
        close(CloseFrame.NORMAL, "Station client closed");
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        String protocol = getProtocol() == null ? "" : getProtocol().getProvidedProtocol();
        OcppVersion version = OcppVersion.fromSubprotocol(protocol).orElse(null);
        if (version == null) {
            LOG.warn("CSMS at {} accepted no OCPP subprotocol; closing", getURI());
            close(CloseFrame.PROTOCOL_ERROR, "No OCPP subprotocol negotiated");
            return;
        }
        OcppWebSocket socket = new OcppWebSocket() {
            @Override
            public void sendText(String text) {
                send(text);
            }

            @Override
            public void close(int code, String reason) {
                JwsStationConnection.this.close(code, reason);
            }
        };
        endpoint = onOpen.apply(socket, version);
    }

    @Override
    public void onMessage(String message) {
        RpcEndpoint ep = endpoint;
        if (ep != null) {
            ep.onText(message);
        }
    }

    @Override
    public void onMessage(ByteBuffer bytes) {
        RpcEndpoint ep = endpoint;
        if (ep != null) {
            byte[] b = new byte[bytes.remaining()];
            bytes.get(b);
            ep.onBinary(b);
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        if (reported) {
            return;
        }
        reported = true;
        onLost.lost(endpoint, code, reason == null ? "" : reason);
    }

    @Override
    public void onError(Exception ex) {
        LOG.debug("Connection error to {}", getURI(), ex);
    }
}
