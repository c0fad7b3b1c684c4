package dev.ocpkit.ocpp.internal.jws;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLEngine;
import org.java_websocket.WrappedByteChannel;
import org.java_websocket.interfaces.ISSLChannel;
import org.jspecify.annotations.Nullable;

/**
 * Wraps a connection's channel (plain or TLS) so that a refused handshake can be answered with the HTTP status
 * OCPP requires (401 for bad credentials) instead of Java-WebSocket's fixed "404 WebSocket Upgrade Failure".
 */
class InterceptingChannel implements WrappedByteChannel {
    private static final byte[] LIBRARY_REJECTION = "HTTP/1.1 404".getBytes(StandardCharsets.US_ASCII);

    final ByteChannel inner;
    private volatile @Nullable ByteBuffer replacement;

    InterceptingChannel(ByteChannel inner) {
        this.inner = inner;
    }

    /** The next handshake rejection written on this channel becomes this HTTP response instead. */
    void replaceRejection(String httpResponse) {
        replacement = ByteBuffer.wrap(httpResponse.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ByteBuffer r = replacement;
        if (r != null && startsWith(src, LIBRARY_REJECTION)) {
            inner.write(r);
            if (r.hasRemaining()) {
                return 0;
            }
            int n = src.remaining();
            src.position(src.limit());
            return n;
        }
        return inner.write(src);
    }

    private static boolean startsWith(ByteBuffer b, byte[] prefix) {
        if (b.remaining() < prefix.length) {
            return false;
        }
        int p = b.position();
        for (int i = 0; i < prefix.length; i++) {
            if (b.get(p + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return inner.read(dst);
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }

    @Override
    public boolean isNeedWrite() {
        return inner instanceof WrappedByteChannel w && w.isNeedWrite();
    }

    @Override
    public void writeMore() throws IOException {
        if (inner instanceof WrappedByteChannel w) {
            w.writeMore();
        }
    }

    @Override
    public boolean isNeedRead() {
        return inner instanceof WrappedByteChannel w && w.isNeedRead();
    }

    @Override
    public int readMore(ByteBuffer dst) throws IOException {
        return inner instanceof WrappedByteChannel w ? w.readMore(dst) : 0;
    }

    @Override
    public boolean isBlocking() {
        return inner instanceof WrappedByteChannel w && w.isBlocking();
    }

    /** Wraps a plain or TLS channel. */
    static InterceptingChannel wrap(ByteChannel inner) {
        return inner instanceof ISSLChannel ? new Tls(inner) : new InterceptingChannel(inner);
    }

    /** The TLS variant, so that Java-WebSocket still sees an SSL channel. */
    static final class Tls extends InterceptingChannel implements ISSLChannel {
        Tls(ByteChannel inner) {
            super(inner);
        }

        @Override
        public SSLEngine getSSLEngine() {
            return ((ISSLChannel) inner).getSSLEngine();
        }
    }
}
