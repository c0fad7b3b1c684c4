package dev.ocpkit.ocpi.client.internal;

import dev.ocpkit.ocpi.client.OcpiInvalidResponseException;
import dev.ocpkit.ocpi.client.OcpiMissingEndpointException;
import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Builds and sends one request of a version client. Not thread-safe; use once. */
public final class Req {
    private final CallContext session;
    private final String method;
    private final String module;
    private final String role;
    private final String operation;
    private final List<String> segments = new ArrayList<>();
    private final Map<String, @Nullable String> query = new LinkedHashMap<>();
    private final Map<String, java.time.Instant> timestamps = new LinkedHashMap<>();
    private @Nullable Object body;
    private @Nullable String absoluteUrl;
    private @Nullable RuntimeException invalid;

    Req(CallContext session, String method, String module, String role, String operation) {
        this.session = session;
        this.method = method;
        this.module = module;
        this.role = role;
        this.operation = operation;
    }

    /** Appends path segments (encoded) to the endpoint URL. */
    public Req path(String... more) {
        for (String s : more) {
            if (s == null || s.isEmpty()) {
                invalid = new IllegalArgumentException(operation + ": a path parameter is null or empty");
            } else {
                segments.add(s);
            }
        }
        return this;
    }

    /** Adds a query parameter; {@code null} values are left out. */
    public Req query(String name, @Nullable String value) {
        query.put(name, value);
        return this;
    }

    /** Adds a DateTime query parameter, written with or without {@code Z} as the partner needs; {@code null} skipped. */
    public Req queryTimestamp(String name, java.time.@Nullable Instant value) {
        if (value != null) {
            timestamps.put(name, value);
        }
        return this;
    }

    /** The JSON body. */
    public Req body(Object value) {
        this.body = value;
        return this;
    }

    /** Sends to this absolute URL (a response_url, a CDR's Location) instead of the endpoint. */
    public Req url(String url) {
        this.absoluteUrl = url;
        return this;
    }

    /** Sends; completes with the required data object. */
    public <T> CompletableFuture<T> object(Class<T> type) {
        return this.<T>send(j -> Envelopes.object(j.json, type, true, operation, j.token))
                .thenApply(Sent::value);
    }

    /** Sends; completes with the required data object and the request id. */
    public <T> CompletableFuture<Reply<T>> objectReply(Class<T> type) {
        return this.<T>send(j -> Envelopes.object(j.json, type, true, operation, j.token))
                .thenApply(r -> new Reply<>(r.value(), r.response(), r.requestId()));
    }

    /** Sends; completes with the data object or {@code null}. */
    public <T> CompletableFuture<@Nullable T> optionalObject(Class<T> type) {
        return this.<@Nullable T>send(j -> Envelopes.object(j.json, type, false, operation, j.token))
                .thenApply(Sent::value);
    }

    /** Sends; completes when the partner answered with a success status. */
    public CompletableFuture<@Nullable Void> noData() {
        return this.<@Nullable Void>send(j -> Envelopes.none(j.json, operation, j.token))
                .thenApply(r -> null);
    }

    /** Sends; completes with the {@code Location} header of the success response (resolved to an absolute URL). */
    public CompletableFuture<String> location() {
        return this.<@Nullable Void>send(j -> Envelopes.none(j.json, operation, j.token))
                .thenApply(r -> {
                    String loc = r.response().header("Location");
                    if (loc == null || loc.isBlank()) {
                        throw new OcpiInvalidResponseException(
                                r.response().statusCode(),
                                operation + ": the response has no Location header, X-Request-ID " + r.requestId(),
                                r.requestId());
                    }
                    try {
                        return Urls.resolve(r.url(), loc.trim());
                    } catch (IllegalArgumentException e) {
                        throw new OcpiInvalidResponseException(
                                r.response().statusCode(),
                                operation + ": the Location header is not a URL, X-Request-ID " + r.requestId(),
                                r.requestId());
                    }
                });
    }

    /** A lazy paginated list with the pagination parameters of {@code page}. */
    public <T> Paginated<T> list(Class<T> type, PageRequest page) {
        Partner p = session.partner();
        String first;
        try {
            first = url(p);
        } catch (RuntimeException e) {
            return new PageWalker<>(
                    u -> CompletableFuture.failedFuture(e),
                    "http://invalid",
                    false,
                    null,
                    operation,
                    session.core().executor());
        }
        boolean withZone = p.quirks().writeTimestampsWithZone();
        Map<String, @Nullable String> params = new LinkedHashMap<>();
        if (page.offset() > 0) {
            params.put("offset", Integer.toString(page.offset()));
        }
        params.put("limit", page.limit() == null ? null : page.limit().toString());
        params.put("date_from", page.dateFrom() == null ? null : Urls.timestamp(page.dateFrom(), withZone));
        params.put("date_to", page.dateTo() == null ? null : Urls.timestamp(page.dateTo(), withZone));
        String firstUrl = Urls.withQuery(first, params);
        String correlation = correlation();
        Function<String, CompletableFuture<Reply<Envelopes.Items<T>>>> fetch = pageUrl -> {
            try {
                Partner now = session.partner();
                Prepared j = prepare(now);
                Call call = new Call(
                        "GET",
                        pageUrl,
                        null,
                        operation,
                        j.auth,
                        session.routingHeaders(now, module, "GET", true),
                        correlation);
                return session.core().send(call, Envelopes.list(j.json, type, operation, j.token));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
        return new PageWalker<>(
                fetch,
                firstUrl,
                p.quirks().tolerateMissingPaginationHeaders(),
                page.limit(),
                operation,
                session.core().executor());
    }

    private String correlation() {
        String c = session.correlationId();
        return c != null ? c : session.core().newId();
    }

    private String url(Partner p) {
        if (invalid != null) {
            throw invalid;
        }
        String base = absoluteUrl != null ? absoluteUrl : session.endpoint(p, module, role);
        boolean slash = absoluteUrl == null && p.quirks().trailingSlash();
        String u = Urls.join(base, slash, segments.toArray(String[]::new));
        if (absoluteUrl != null && segments.isEmpty()) {
            u = absoluteUrl;
        }
        Map<String, @Nullable String> all = new LinkedHashMap<>(query);
        timestamps.forEach((k, v) -> all.put(k, Urls.timestamp(v, p.quirks().writeTimestampsWithZone())));
        return Urls.withQuery(u, all);
    }

    private record Prepared(OcpiJson json, Call.Auth auth, String token) {}

    private Prepared prepare(Partner p) {
        String token = p.tokenWeUse();
        if (token == null) {
            throw new OcpiMissingEndpointException("partner " + p.id() + " has no token for us to use");
        }
        return new Prepared(
                session.json(p), new Call.Auth(token, p.quirks().tokenEncoding(), session.version()), token);
    }

    private record Sent<T>(T value, dev.ocpkit.ocpi.client.OcpiHttpResponse response, String requestId, String url) {}

    private <T> CompletableFuture<Sent<T>> send(Function<Prepared, Decoder<T>> decoder) {
        try {
            Partner p = session.partner();
            Prepared j = prepare(p);
            String u = url(p);
            byte[] bytes = body == null ? null : j.json.writeBytes(body);
            Call call = new Call(
                    method,
                    u,
                    bytes,
                    operation,
                    j.auth,
                    session.routingHeaders(p, module, method, false),
                    correlation());
            return session.core()
                    .send(call, decoder.apply(j))
                    .thenApply(r -> new Sent<>(r.value(), r.response(), r.requestId(), u));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
