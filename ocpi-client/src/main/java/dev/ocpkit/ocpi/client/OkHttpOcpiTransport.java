package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.client.internal.BoundedBody;
import dev.ocpkit.ocpi.client.internal.TransportErrors;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link OcpiTransport}, on OkHttp 5 ({@code okhttp-jvm}): HTTP/1.1 and HTTP/2, connection pooling, TLS
 * through the JVM's (or the given) {@code SSLContext}. Each request's {@link OcpiHttpRequest#timeout()} becomes
 * OkHttp's call timeout, which spans connecting, sending and reading the whole response body.
 *
 * <p>Thread-safe. Callbacks run on OkHttp's dispatcher threads (or on {@link TransportOptions#executor()}). Redirects
 * are not followed (an OCPI endpoint that redirects is misconfigured, and a redirect would carry the credentials token
 * elsewhere).
 *
 * @since 0.1
 */
public final class OkHttpOcpiTransport implements OcpiTransport {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final TransportOptions options;
    private final boolean owned;

    /**
     * A transport with its own OkHttp client built from {@code options}.
     *
     * @param options timeouts, limits and TLS
     */
    public OkHttpOcpiTransport(TransportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, options.maxConnectionsPerHost()));
        dispatcher.setMaxRequestsPerHost(options.maxConnectionsPerHost());
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(
                        Math.max(5, options.maxConnectionsPerHost()),
                        options.keepAlive().toMillis(),
                        TimeUnit.MILLISECONDS))
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.requestTimeout())
                .writeTimeout(options.requestTimeout())
                .callTimeout(options.requestTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false);
        if (options.sslContext() != null && options.trustManager() != null) {
            b.sslSocketFactory(options.sslContext().getSocketFactory(), options.trustManager());
        }
        this.client = b.build();
        this.owned = true;
    }

    /**
     * A transport over the host's own OkHttp client (interceptors, proxy, certificate pinning). Of {@code options},
     * only {@link TransportOptions#maxResponseBytes()}, {@link TransportOptions#executor()} and per-request timeouts
     * apply; {@link #close()} leaves the client alone.
     *
     * @param client the host's client
     * @param options the response size limit and the callback executor
     */
    public OkHttpOcpiTransport(OkHttpClient client, TransportOptions options) {
        this.client = Objects.requireNonNull(client, "client");
        this.options = Objects.requireNonNull(options, "options");
        this.owned = false;
    }

    /** A transport with {@link TransportOptions#DEFAULTS}. */
    public static OkHttpOcpiTransport create() {
        return new OkHttpOcpiTransport(TransportOptions.DEFAULTS);
    }

    @Override
    public CompletableFuture<OcpiHttpResponse> send(OcpiHttpRequest request) {
        CompletableFuture<OcpiHttpResponse> result = new CompletableFuture<>();
        String target = request.method() + " " + request.uri().getHost() + ":"
                + request.uri().getPort();
        Call call;
        try {
            Request.Builder b = new Request.Builder().url(request.uri().toString());
            for (Map.Entry<String, String> h : request.headers().entrySet()) {
                b.header(h.getKey(), h.getValue());
            }
            byte[] body = request.body();
            RequestBody rb = body != null
                    ? RequestBody.create(body, JSON)
                    : needsBody(request.method()) ? RequestBody.create(new byte[0], JSON) : null;
            b.method(request.method(), rb);
            call = client.newCall(b.build());
            call.timeout().timeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(new OcpiTransportException(
                    OcpiTransportException.Kind.IO,
                    0,
                    target + ": invalid request (" + e.getMessage() + ")",
                    null,
                    null));
            return result;
        }
        Call theCall = call;
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                theCall.cancel();
            }
        });
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                deliver(result, null, TransportErrors.map(e, 0, target, request.timeout()));
            }

            @Override
            public void onResponse(Call c, Response response) {
                int status = response.code();
                try (response) {
                    ResponseBody rbody = response.body();
                    byte[] bytes;
                    try (InputStream in = rbody.byteStream()) {
                        bytes = BoundedBody.read(in, rbody.contentLength(), options.maxResponseBytes());
                    }
                    deliver(result, new OcpiHttpResponse(status, headers(response.headers()), bytes), null);
                } catch (IOException e) {
                    deliver(result, null, TransportErrors.map(e, status, target, request.timeout()));
                } catch (RuntimeException e) {
                    deliver(result, null, TransportErrors.map(e, status, target, request.timeout()));
                }
            }
        });
        return result;
    }

    private void deliver(
            CompletableFuture<OcpiHttpResponse> f, @Nullable OcpiHttpResponse r, @Nullable Throwable error) {
        Executor ex = options.executor();
        if (ex == null) {
            complete(f, r, error);
        } else {
            try {
                ex.execute(() -> complete(f, r, error));
            } catch (RuntimeException rejected) {
                complete(f, r, error);
            }
        }
    }

    private static void complete(
            CompletableFuture<OcpiHttpResponse> f, @Nullable OcpiHttpResponse r, @Nullable Throwable error) {
        if (error != null) {
            f.completeExceptionally(error);
        } else {
            f.complete(r);
        }
    }

    private static boolean needsBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static Map<String, List<String>> headers(Headers headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : headers.names()) {
            out.put(name, headers.values(name));
        }
        return out;
    }

    /** Shuts down the dispatcher and closes idle connections (only when this transport built the client). */
    @Override
    public void close() {
        if (owned) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
