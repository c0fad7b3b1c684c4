package dev.ocpkit.ocpp.internal.netty;

import dev.ocpkit.ocpp.HandshakeRequest;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.OcppWebSocket;
import dev.ocpkit.ocpp.internal.rpc.RpcEndpoint;
import dev.ocpkit.ocpp.internal.server.CsmsCore;
import dev.ocpkit.ocpp.internal.server.CsmsTransport;
import dev.ocpkit.ocpp.internal.server.Handshakes;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CSMS WebSocket server on Netty: the high-throughput transport. */
public final class NettyCsmsServer implements CsmsTransport {
    private static final Logger LOG = LoggerFactory.getLogger(NettyCsmsServer.class);

    private final CsmsCore core;
    private final InetSocketAddress address;
    private final @Nullable JdkSslContext ssl;
    private final int pingSeconds;
    private final int workers;
    private final int maxFrameBytes;
    private @Nullable EventLoopGroup boss;
    private @Nullable EventLoopGroup worker;
    private @Nullable Channel serverChannel;

    public NettyCsmsServer(
            CsmsCore core,
            InetSocketAddress address,
            @Nullable SSLContext sslContext,
            boolean needClientAuth,
            int pingSeconds,
            int workers) {
        this.core = core;
        this.address = address;
        this.ssl = sslContext == null
                ? null
                : new JdkSslContext(
                        sslContext,
                        false,
                        null,
                        io.netty.handler.ssl.IdentityCipherSuiteFilter.INSTANCE,
                        null,
                        needClientAuth ? ClientAuth.REQUIRE : ClientAuth.NONE,
                        null,
                        false);
        this.pingSeconds = pingSeconds;
        this.workers = workers;
        this.maxFrameBytes = Math.max(4 << 20, core.options().maxFrameChars() * 4 + 1024);
    }

    @Override
    public void start() throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        worker = new MultiThreadIoEventLoopGroup(workers, NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, worker)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        if (ssl != null) {
                            p.addLast("ssl", ssl.newHandler(ch.alloc()));
                        }
                        p.addLast("flush", new FlushConsolidationHandler(256, true));
                        p.addLast("http", new HttpServerCodec(4096, 16384, 8192));
                        p.addLast("aggregator", new HttpObjectAggregator(16384));
                        p.addLast("upgrade", new UpgradeHandler());
                    }
                });
        try {
            serverChannel = b.bind(address).sync().channel();
        } catch (RuntimeException | InterruptedException e) {
            stop();
            throw e;
        }
    }

    @Override
    public int port() {
        Channel c = serverChannel;
        return c == null ? -1 : ((InetSocketAddress) c.localAddress()).getPort();
    }

    @Override
    public void stop() {
        core.closeAll(1001, "Server shutting down");
        Channel c = serverChannel;
        if (c != null) {
            c.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        }
        if (worker != null) {
            worker.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    /** Handles the HTTP upgrade: identity, credentials, subprotocol, then swaps in the frame handler. */
    private final class UpgradeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
            if (!req.decoderResult().isSuccess()
                    || !"websocket".equalsIgnoreCase(req.headers().get(HttpHeaderNames.UPGRADE))) {
                respond(ctx, HttpResponseStatus.BAD_REQUEST, null);
                return;
            }
            String identity = Handshakes.identityFromPath(req.uri());
            if (identity == null) {
                respond(ctx, HttpResponseStatus.BAD_REQUEST, null);
                return;
            }
            List<String> offered = Handshakes.subprotocols(req.headers().get(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL));
            String[] basic = Handshakes.basicCredentials(req.headers().get(HttpHeaderNames.AUTHORIZATION));
            HandshakeRequest hr = new HandshakeRequest(
                    identity,
                    Handshakes.pathOf(req.uri()),
                    (InetSocketAddress) ctx.channel().remoteAddress(),
                    offered,
                    basic == null ? null : basic[0],
                    basic == null ? null : basic[1],
                    clientCertificates(ctx));
            String refusal = core.refusal(hr);
            if (refusal != null) {
                LOG.info(
                        "Refused station {} from {}: {}",
                        identity,
                        ctx.channel().remoteAddress(),
                        refusal);
                respond(ctx, HttpResponseStatus.UNAUTHORIZED, "Basic realm=\"OCPP\", charset=\"UTF-8\"");
                return;
            }
            OcppVersion chosen = null;
            for (OcppVersion v : core.versions()) {
                if (offered.contains(v.subprotocol())) {
                    chosen = v;
                    break;
                }
            }
            String scheme = ssl != null ? "wss://" : "ws://";
            WebSocketServerHandshakerFactory factory = new WebSocketServerHandshakerFactory(
                    scheme + req.headers().get(HttpHeaderNames.HOST) + req.uri(),
                    chosen == null ? null : chosen.subprotocol(),
                    false,
                    maxFrameBytes);
            WebSocketServerHandshaker handshaker = factory.newHandshaker(req);
            if (handshaker == null) {
                WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
                return;
            }
            OcppVersion version = chosen;
            ChannelPipeline p = ctx.pipeline();
            handshaker.handshake(ctx.channel(), req).addListener((ChannelFutureListener) f -> {
                if (!f.isSuccess()) {
                    ctx.close();
                    return;
                }
                if (version == null) {
                    LOG.info(
                            "Closing connection of {}: it offered no supported OCPP subprotocol ({})",
                            identity,
                            offered);
                    ctx.writeAndFlush(new CloseWebSocketFrame(1002, "No supported OCPP subprotocol offered"))
                            .addListener(ChannelFutureListener.CLOSE);
                    return;
                }
                FrameHandler frames = new FrameHandler(handshaker);
                if (pingSeconds > 0) {
                    p.addBefore("upgrade", "idle", new IdleStateHandler(pingSeconds * 2, pingSeconds, 0));
                }
                p.addBefore("upgrade", "wsagg", new WebSocketFrameAggregator(maxFrameBytes));
                p.replace("upgrade", "ocpp", frames);
                frames.open(ctx.channel(), version, identity);
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("Handshake failed from {}", ctx.channel().remoteAddress(), cause);
            ctx.close();
        }

        private void respond(ChannelHandlerContext ctx, HttpResponseStatus status, @Nullable String authenticate) {
            FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
            res.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
            res.headers().set(HttpHeaderNames.CONNECTION, "close");
            if (authenticate != null) {
                res.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, authenticate);
            }
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }

        private List<X509Certificate> clientCertificates(ChannelHandlerContext ctx) {
            SslHandler h = ctx.pipeline().get(SslHandler.class);
            if (h == null) {
                return List.of();
            }
            try {
                List<X509Certificate> out = new ArrayList<>();
                for (Certificate c : h.engine().getSession().getPeerCertificates()) {
                    if (c instanceof X509Certificate x) {
                        out.add(x);
                    }
                }
                return out;
            } catch (SSLPeerUnverifiedException e) {
                return List.of();
            }
        }
    }

    /** Frames of one open OCPP connection. */
    private final class FrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final WebSocketServerHandshaker handshaker;
        private @Nullable RpcEndpoint endpoint;

        FrameHandler(WebSocketServerHandshaker handshaker) {
            this.handshaker = handshaker;
        }

        void open(Channel ch, OcppVersion version, String identity) {
            OcppWebSocket socket = new OcppWebSocket() {
                @Override
                public void sendText(String text) {
                    if (!ch.isActive()) {
                        throw new IllegalStateException("channel closed");
                    }
                    ch.writeAndFlush(new TextWebSocketFrame(text), ch.voidPromise());
                }

                @Override
                public void close(int code, String reason) {
                    if (ch.isActive()) {
                        ch.writeAndFlush(new CloseWebSocketFrame(code, reason))
                                .addListener(ChannelFutureListener.CLOSE);
                    }
                }
            };
            RpcEndpoint ep = core.open(socket, version, identity);
            endpoint = ep;
            ch.closeFuture().addListener(f -> core.closed(ep, 1006, "connection closed"));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            RpcEndpoint ep = endpoint;
            if (frame instanceof TextWebSocketFrame t) {
                if (ep != null) {
                    ep.onText(t.text());
                }
            } else if (frame instanceof BinaryWebSocketFrame || frame instanceof ContinuationWebSocketFrame) {
                if (ep != null) {
                    ByteBuf c = frame.content();
                    ep.onBinary(ByteBufUtil.getBytes(c));
                }
            } else if (frame instanceof PingWebSocketFrame) {
                ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
            } else if (frame instanceof CloseWebSocketFrame c) {
                int code = c.statusCode();
                String reason = c.reasonText();
                if (ep != null) {
                    core.closed(ep, code < 0 ? 1005 : code, reason == null ? "" : reason);
                }
                handshaker.close(ctx.channel(), c.retain());
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent e) {
                if (e.state() == IdleState.READER_IDLE) {
                    LOG.info("Closing silent connection {}", ctx.channel().remoteAddress());
                    ctx.writeAndFlush(new CloseWebSocketFrame(1001, "No traffic"))
                            .addListener(ChannelFutureListener.CLOSE);
                } else if (e.state() == IdleState.WRITER_IDLE) {
                    ctx.writeAndFlush(new PingWebSocketFrame());
                }
                return;
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("Connection error on {}", ctx.channel().remoteAddress(), cause);
            ctx.close();
        }
    }
}
