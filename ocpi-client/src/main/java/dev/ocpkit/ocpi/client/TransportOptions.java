package dev.ocpkit.ocpi.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Settings shared by the transports ocpkit ships: timeouts, the response size limit, TLS and connection reuse.
 *
 * <p>Immutable; build with {@link #builder()}. {@link #DEFAULTS} suits most partners.
 *
 * @param connectTimeout longest wait for a TCP (and TLS) connection
 * @param requestTimeout default longest time for a whole exchange, used when a request does not set its own
 * @param maxResponseBytes largest response body read; a longer body fails the request without being buffered whole
 * @param maxConnectionsPerHost how many requests may be in flight to one host at a time (OkHttp's dispatcher limit)
 * @param keepAlive how long an idle connection stays open for reuse
 * @param sslContext TLS context for {@code https} (client certificates, private CAs), or {@code null} for the JVM
 *     default
 * @param trustManager the trust manager of {@code sslContext} (OkHttp needs both), or {@code null} with a {@code null}
 *     context
 * @param executor runs the transport's callbacks, or {@code null} for the transport's own threads
 * @since 0.1
 */
public record TransportOptions(
        Duration connectTimeout,
        Duration requestTimeout,
        long maxResponseBytes,
        int maxConnectionsPerHost,
        Duration keepAlive,
        @Nullable SSLContext sslContext,
        @Nullable X509TrustManager trustManager,
        @Nullable Executor executor) {

    /** 10 s to connect, 30 s per exchange, 32 MiB per response, 64 requests per host, 5 min keep-alive. */
    public static final TransportOptions DEFAULTS = builder().build();

    /** Checks the values. */
    public TransportOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(keepAlive, "keepAlive");
        if (connectTimeout.isNegative()
                || connectTimeout.isZero()
                || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxResponseBytes < 1 || maxResponseBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxResponseBytes must be between 1 and 2^31 - 9");
        }
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be >= 1");
        }
        if ((sslContext == null) != (trustManager == null)) {
            throw new IllegalArgumentException("give both sslContext and trustManager, or neither");
        }
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.maxResponseBytes = maxResponseBytes;
        b.maxConnectionsPerHost = maxConnectionsPerHost;
        b.keepAlive = keepAlive;
        b.sslContext = sslContext;
        b.trustManager = trustManager;
        b.executor = executor;
        return b;
    }

    /** Builds {@link TransportOptions}; not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private long maxResponseBytes = 32L << 20;
        private int maxConnectionsPerHost = 64;
        private Duration keepAlive = Duration.ofMinutes(5);
        private @Nullable SSLContext sslContext;
        private @Nullable X509TrustManager trustManager;
        private @Nullable Executor executor;

        private Builder() {}

        /** Longest wait for a connection; default 10 s. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** Default longest time for a whole exchange; default 30 s. */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        /** Largest response body; default 32 MiB. */
        public Builder maxResponseBytes(long value) {
            this.maxResponseBytes = value;
            return this;
        }

        /** Requests in flight per host; default 64. */
        public Builder maxConnectionsPerHost(int value) {
            this.maxConnectionsPerHost = value;
            return this;
        }

        /** Idle connection lifetime; default 5 minutes. */
        public Builder keepAlive(Duration value) {
            this.keepAlive = value;
            return this;
        }

        /** TLS context and its trust manager (both or neither); default the JVM's. */
        public Builder tls(@Nullable SSLContext context, @Nullable X509TrustManager manager) {
            this.sslContext = context;
            this.trustManager = manager;
            return this;
        }

        /** Executor for callbacks; default the transport's own threads. */
        public Builder executor(@Nullable Executor value) {
            this.executor = value;
            return this;
        }

        /** The options. */
        public TransportOptions build() {
            return new TransportOptions(
                    connectTimeout,
                    requestTimeout,
                    maxResponseBytes,
                    maxConnectionsPerHost,
                    keepAlive,
                    sslContext,
                    trustManager,
                    executor);
        }
    }
}
