package dev.ocpkit.ocpi.client;

import dev.ocpkit.ocpi.client.internal.BoundedBody;
import dev.ocpkit.ocpi.client.internal.TransportErrors;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An {@link OcpiTransport} on the JDK's {@code java.net.http.HttpClient}: no dependency beyond the JDK, HTTP/1.1,
 * connection reuse, TLS through the JVM's (or the given) {@code SSLContext}. The JDK's request timeout only covers
 * the wait for the response headers, so this transport enforces {@link OcpiHttpRequest#timeout()} over the whole
 * exchange itself, with one daemon timer thread.
 *
 * <p>Thread-safe. Callbacks run on the HTTP client's executor ({@link TransportOptions#executor()} or the JDK's).
 * Redirects are not followed.
 *
 * @since 0.1
 */
public final class JdkHttpOcpiTransport implements OcpiTransport {
    private final HttpClient client;
    private final TransportOptions options;
    private final ScheduledThreadPoolExecutor timer;

    /**
     * A transport with its own {@code HttpClient} built from {@code options}.
     *
     * @param options timeouts, limits, TLS and the executor
     */
    public JdkHttpOcpiTransport(TransportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout());
        if (options.sslContext() != null) {
            b.sslContext(options.sslContext());
        }
        if (options.executor() != null) {
            b.executor(options.executor());
        }
        this.client = b.build();
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ocpkit-jdk-transport-timer");
            t.setDaemon(true);
            return t;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** A transport with {@link TransportOptions#DEFAULTS}. */
    public static JdkHttpOcpiTransport create() {
        return new JdkHttpOcpiTransport(TransportOptions.DEFAULTS);
    }

    @Override
    public CompletableFuture<OcpiHttpResponse> send(OcpiHttpRequest request) {
        CompletableFuture<OcpiHttpResponse> result = new CompletableFuture<>();
        String target = request.method() + " " + request.uri().getHost() + ":"
                + request.uri().getPort();
        HttpRequest jdkRequest;
        try {
            byte[] body = request.body();
            HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
                    .timeout(request.timeout())
                    .method(
                            request.method(),
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, String> h : request.headers().entrySet()) {
                b.header(h.getKey(), h.getValue());
            }
            jdkRequest = b.build();
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(new OcpiTransportException(
                    OcpiTransportException.Kind.IO,
                    0,
                    target + ": invalid request (" + e.getMessage() + ")",
                    null,
                    null));
            return result;
        }
        long max = options.maxResponseBytes();
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = client.sendAsync(
                    jdkRequest,
                    info -> BoundedBody.subscriber(
                            info.headers().firstValueAsLong("Content-Length").orElse(-1), max));
        } catch (RuntimeException e) {
            result.completeExceptionally(TransportErrors.map(e, 0, target, request.timeout()));
            return result;
        }
        ScheduledFuture<?> deadline = timer.schedule(
                () -> {
                    if (result.completeExceptionally(new OcpiTransportException(
                            OcpiTransportException.Kind.TIMEOUT,
                            0,
                            target + ": no complete response within "
                                    + request.timeout().toMillis() + " ms",
                            null,
                            null))) {
                        exchange.cancel(true);
                    }
                },
                request.timeout().toMillis(),
                TimeUnit.MILLISECONDS);
        exchange.whenComplete((r, e) -> {
            deadline.cancel(false);
            if (e != null) {
                result.completeExceptionally(TransportErrors.map(e, 0, target, request.timeout()));
            } else {
                result.complete(new OcpiHttpResponse(r.statusCode(), r.headers().map(), r.body()));
            }
        });
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                deadline.cancel(false);
                exchange.cancel(true);
            }
        });
        return result;
    }

    /** Stops the timer thread; the JDK client releases its connections when unreferenced. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
