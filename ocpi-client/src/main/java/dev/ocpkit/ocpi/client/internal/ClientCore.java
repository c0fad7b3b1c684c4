package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.AsyncResults;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClientException;
import dev.ocpkit.ocpi.client.OcpiHttpRequest;
import dev.ocpkit.ocpi.client.OcpiHttpResponse;
import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.OcpiTransport;
import dev.ocpkit.ocpi.client.OcpiTransportException;
import dev.ocpkit.ocpi.client.PartnerQuirks.TokenEncoding;
import dev.ocpkit.ocpi.client.PartnerStore;
import dev.ocpkit.ocpi.client.RetryPolicy;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request of one {@code OcpiClient} shares: transport, retry policy, ids, JSON per version, who we are,
 * and the request loop (headers, token encoding, retries, decoding). Thread-safe.
 */
public final class ClientCore {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ocpkit.ocpi.client");

    private final OcpiTransport transport;
    private final boolean ownsTransport;
    private final RetryPolicy retryPolicy;
    private final Duration requestTimeout;
    private final Supplier<String> ids;
    private final Executor executor;
    private final LocalParty localParty;
    private final PartnerStore partnerStore;
    private final @Nullable AsyncResults asyncResults;
    private final Duration asyncResultTimeout;
    private final ConcurrentMap<String, Boolean> rawWorks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, OcpiJson> jsons = new ConcurrentHashMap<>();

    /** See {@code OcpiClient.Builder} for the meaning of each value. */
    public ClientCore(
            OcpiTransport transport,
            boolean ownsTransport,
            RetryPolicy retryPolicy,
            Duration requestTimeout,
            Supplier<String> ids,
            Executor executor,
            LocalParty localParty,
            PartnerStore partnerStore,
            @Nullable AsyncResults asyncResults,
            Duration asyncResultTimeout) {
        this.transport = Objects.requireNonNull(transport);
        this.ownsTransport = ownsTransport;
        this.retryPolicy = Objects.requireNonNull(retryPolicy);
        this.requestTimeout = Objects.requireNonNull(requestTimeout);
        this.ids = Objects.requireNonNull(ids);
        this.executor = Objects.requireNonNull(executor);
        this.localParty = Objects.requireNonNull(localParty);
        this.partnerStore = Objects.requireNonNull(partnerStore);
        this.asyncResults = asyncResults;
        this.asyncResultTimeout = Objects.requireNonNull(asyncResultTimeout);
    }

    public LocalParty localParty() {
        return localParty;
    }

    public PartnerStore partnerStore() {
        return partnerStore;
    }

    public @Nullable AsyncResults asyncResults() {
        return asyncResults;
    }

    public Duration asyncResultTimeout() {
        return asyncResultTimeout;
    }

    public Executor executor() {
        return executor;
    }

    /** A new request or correlation id. */
    public String newId() {
        return ids.get();
    }

    /** The JSON mapping for a version (2.2.1 for an unknown one) and timestamp style. */
    public OcpiJson json(@Nullable OcpiVersion version, boolean timestampsWithZone) {
        OcpiVersion v = version == null || !version.isSupported() ? OcpiVersion.V2_2_1 : version;
        return jsons.computeIfAbsent(v.value() + "/" + timestampsWithZone, k -> OcpiJson.builder(v)
                .writeTimestampsWithoutZone(!timestampsWithZone)
                .build());
    }

    /** Closes the transport when the client created it. */
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    /**
     * Sends {@code call}, retrying as the policy allows, and decodes the response.
     *
     * @return a future that completes with the decoded reply, or exceptionally with an {@link OcpiException}
     */
    public <T> CompletableFuture<Reply<T>> send(Call call, Decoder<T> decoder) {
        CompletableFuture<Reply<T>> out = new CompletableFuture<>();
        attempt(call, decoder, out, 1, initialRaw(call.auth()), false);
        return out;
    }

    private boolean initialRaw(Call.Auth auth) {
        OcpiVersion v = auth.version();
        boolean byVersion = v != null && !v.base64Tokens();
        return switch (auth.encoding()) {
            case RAW -> true;
            case BASE64 -> false;
            case BY_VERSION -> v == null ? rawWorks.getOrDefault(auth.token(), false) : byVersion;
            case AUTO -> rawWorks.getOrDefault(auth.token(), byVersion);
        };
    }

    private static boolean canSwitch(Call.Auth auth) {
        return auth.encoding() == TokenEncoding.AUTO
                || (auth.encoding() == TokenEncoding.BY_VERSION && auth.version() == null);
    }

    /** The Authorization header value. */
    public static String authorization(String token, boolean raw) {
        return "Token " + (raw ? token : Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    private <T> void attempt(
            Call call, Decoder<T> decoder, CompletableFuture<Reply<T>> out, int n, boolean raw, boolean switched) {
        if (out.isDone()) {
            return;
        }
        String requestId = ids.get();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization(call.auth().token(), raw));
        headers.put("X-Request-ID", requestId);
        headers.put("X-Correlation-ID", call.correlationId());
        headers.putAll(call.headers());
        if (call.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        long start = System.nanoTime();
        CompletableFuture<OcpiHttpResponse> sent;
        try {
            sent = transport.send(
                    new OcpiHttpRequest(call.method(), URI.create(call.url()), headers, call.body(), requestTimeout));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<OcpiHttpResponse> inFlight = sent;
        out.whenComplete((r, e) -> {
            if (out.isCancelled()) {
                inFlight.cancel(true);
            }
        });
        inFlight.whenComplete((response, error) -> {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (error != null) {
                OcpiTransportException te =
                        withRequestId(TransportErrors.map(error, 0, call.operation(), requestTimeout), requestId);
                LOG.debug(
                        "OCPI {} failed after {} ms: {} (X-Request-ID {})", call.operation(), ms, te.kind(), requestId);
                retryOrFail(call, decoder, out, n, raw, switched, te);
                return;
            }
            LOG.debug(
                    "OCPI {} -> HTTP {} in {} ms (X-Request-ID {})",
                    call.operation(),
                    response.statusCode(),
                    ms,
                    requestId);
            if (response.statusCode() == 401 && !switched && canSwitch(call.auth())) {
                LOG.debug("OCPI {}: HTTP 401, trying the {} token encoding", call.operation(), raw ? "Base64" : "raw");
                attempt(call, decoder, out, n, !raw, true);
                return;
            }
            T value;
            try {
                value = decoder.decode(response, requestId);
            } catch (OcpiException e) {
                retryOrFail(call, decoder, out, n, raw, switched, e);
                return;
            } catch (RuntimeException e) {
                out.completeExceptionally(new OcpiInvalidResponseException(
                        response.statusCode(),
                        call.operation() + ": unreadable response ("
                                + e.getClass().getSimpleName() + "), X-Request-ID " + requestId,
                        requestId));
                return;
            }
            if (switched) {
                rawWorks.put(call.auth().token(), raw);
            }
            out.complete(new Reply<>(value, response, requestId));
        });
    }

    private <T> void retryOrFail(
            Call call,
            Decoder<T> decoder,
            CompletableFuture<Reply<T>> out,
            int n,
            boolean raw,
            boolean switched,
            OcpiException failure) {
        if (call.idempotent()
                && failure instanceof OcpiClientException c
                && c.retryable()
                && n < retryPolicy.maxAttempts()
                && !out.isDone()) {
            Duration wait = retryPolicy.backoff(n);
            LOG.debug(
                    "OCPI {}: attempt {} failed ({}), retrying in {} ms",
                    call.operation(),
                    n,
                    failure.getMessage(),
                    wait.toMillis());
            CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, executor)
                    .execute(() -> attempt(call, decoder, out, n + 1, raw, switched));
        } else {
            out.completeExceptionally(failure);
        }
    }

    private static OcpiTransportException withRequestId(OcpiTransportException e, String requestId) {
        return new OcpiTransportException(
                e.kind(), e.httpStatus(), e.getMessage() + ", X-Request-ID " + requestId, requestId, e.getCause());
    }
}
