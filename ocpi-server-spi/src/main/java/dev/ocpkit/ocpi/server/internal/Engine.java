package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.client.AsyncResults;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiEnvelope;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.OcpiValidator;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.RoutingHeaders;
import dev.ocpkit.ocpi.model.Violation;
import dev.ocpkit.ocpi.model.v221.Version;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiRequest;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.ParsingPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dispatcher's logic: resolve, authenticate, route, answer. Thread-safe; immutable after construction. */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger("dev.ocpkit.ocpi.server");

    private enum Kind {
        VERSIONS,
        DETAILS,
        CREDENTIALS,
        MODULE,
        RESULTS,
        UNSUPPORTED_VERSION,
        NOT_FOUND
    }

    private record Target(Kind kind, @Nullable OcpiVersion version, @Nullable Binding binding, List<String> segments) {
        boolean tokenAAllowed() {
            return kind == Kind.VERSIONS
                    || kind == Kind.DETAILS
                    || kind == Kind.CREDENTIALS
                    || kind == Kind.UNSUPPORTED_VERSION;
        }
    }

    private final Settings settings;
    private final Map<OcpiVersion, VersionSupport> supports = new EnumMap<>(OcpiVersion.class);
    private final Map<OcpiVersion, List<Binding>> bindings = new EnumMap<>(OcpiVersion.class);
    private final Map<OcpiVersion, OcpiJson> jsonWithoutZone = new EnumMap<>(OcpiVersion.class);
    private final Map<OcpiJson, SerializedCache> caches = new IdentityHashMap<>();
    /** The end of a list envelope (status and timestamp) for one version's JSON and one instant. */
    private record ListTail(OcpiJson json, Instant at, byte[] bytes) {}

    /** The last {@link ListTail} written; racing threads at worst write it twice. */
    private volatile @Nullable ListTail listTail;

    private final String origin;
    private final String basePath;
    private final String versionsPath;
    private final String publicBase;
    private final CredentialsEndpoint credentials;

    public Engine(Settings settings, List<VersionSupport> available) {
        this.settings = settings;
        LocalParty local = settings.localParty();
        URI uri = URI.create(local.versionsUrl());
        if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawPath() == null) {
            throw new IllegalArgumentException("the versions URL must be absolute: " + local.versionsUrl());
        }
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
        String path = uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0 || slash == path.length() - 1) {
            throw new IllegalArgumentException("the versions URL needs a path, e.g. /ocpi/versions");
        }
        this.versionsPath = path;
        this.basePath = path.substring(0, slash);
        this.publicBase = origin + basePath;
        for (OcpiVersion v : local.versions()) {
            VersionSupport s = available.stream()
                    .filter(a -> a.version() == v)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no server support for OCPI " + v));
            supports.put(v, s);
            bindings.put(v, new ArrayList<>());
            OcpiJson withoutZone =
                    OcpiJson.builder(v).writeTimestampsWithoutZone(true).build();
            jsonWithoutZone.put(v, withoutZone);
            caches.put(withoutZone, new SerializedCache(withoutZone, settings.serializationCache()));
            caches.put(
                    OcpiJson.forVersion(v), new SerializedCache(OcpiJson.forVersion(v), settings.serializationCache()));
        }
        for (OcpiService service : settings.services()) {
            int bound = 0;
            for (VersionSupport s : supports.values()) {
                List<Binding> list = new ArrayList<>();
                s.bind(service, list);
                for (Binding b : list) {
                    for (Binding existing : bindings.get(s.version())) {
                        if (existing.moduleId().equals(b.moduleId()) && existing.role() == b.role()) {
                            throw new IllegalArgumentException(
                                    "two services for " + b.moduleId() + " " + b.role() + " in OCPI " + s.version());
                        }
                        if (existing.moduleId().equals(b.moduleId()) && !s.interfaceRoles()) {
                            throw new IllegalArgumentException("two sides of " + b.moduleId() + " in OCPI "
                                    + s.version() + ": its endpoints have no role, so a platform offers one side");
                        }
                    }
                    bindings.get(s.version()).add(b);
                }
                bound += list.size();
            }
            if (bound == 0) {
                throw new IllegalArgumentException(service.getClass().getName()
                        + " implements no service interface of the versions this party offers: " + local.versions());
            }
        }
        this.credentials = new CredentialsEndpoint(this);
    }

    public Settings settings() {
        return settings;
    }

    String origin() {
        return origin;
    }

    public String publicBase() {
        return publicBase;
    }

    public String resultsUrl() {
        return publicBase + "/results";
    }

    boolean strict() {
        return settings.policy() == ParsingPolicy.STRICT;
    }

    /** OCPI DateTime is string(25): milliseconds at most ({@code 2016-12-29T17:45:09.231Z}). */
    Instant now() {
        return settings.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    VersionSupport support(OcpiVersion v) {
        return supports.get(v);
    }

    /** The public URL of a module endpoint. */
    public String moduleUrl(OcpiVersion v, Binding b) {
        return publicBase + "/" + v.value() + "/" + b.role().segment() + "/" + b.moduleId();
    }

    public String credentialsUrl(OcpiVersion v) {
        return publicBase + "/" + v.value() + "/credentials";
    }

    public String detailsUrl(OcpiVersion v) {
        return publicBase + "/" + v.value();
    }

    /** The modules bound for a version, in registration order. */
    public List<Binding> bindings(OcpiVersion v) {
        return List.copyOf(bindings.getOrDefault(v, List.of()));
    }

    // ------------------------------------------------------------------ handling

    public OcpiResponse handle(OcpiRequest req) {
        Map<String, String> headers = Call.newHeaders();
        String requestId = idHeader(req, "X-Request-ID");
        String correlationId = idHeader(req, "X-Correlation-ID");
        headers.put("X-Request-ID", requestId);
        headers.put("X-Correlation-ID", correlationId);
        OcpiJson json = OcpiJson.v221();
        Target target = null;
        try {
            target = resolve(req.rawPath());
            Optional<Partner> found =
                    TokenAuth.authenticate(settings.partners(), req.header("Authorization"), target.version());
            if (found.isEmpty()) {
                throw new OcpiException(OcpiStatusCode.CLIENT_ERROR.code(), 401, "Unauthorized", null);
            }
            Partner partner = found.get();
            if (partner.state() != Partner.State.REGISTERED && !target.tokenAAllowed()) {
                throw new OcpiException(OcpiStatusCode.CLIENT_ERROR.code(), 401, "Unauthorized", null);
            }
            OcpiVersion version = target.version() != null
                    ? target.version()
                    : partner.version() != null ? partner.version() : OcpiVersion.V2_2_1;
            json = jsonFor(version, partner);
            OcpiResponse r =
                    switch (target.kind()) {
                        case VERSIONS -> versions(req, headers, json);
                        case DETAILS -> details(req, target, headers, json);
                        case UNSUPPORTED_VERSION -> throw new OcpiException(
                                OcpiStatusCode.UNSUPPORTED_VERSION.code(), 404, "unsupported version", null);
                        case NOT_FOUND -> throw new OcpiException(
                                OcpiStatusCode.CLIENT_ERROR.code(), 404, "no such endpoint", null);
                        case CREDENTIALS -> credentials.handle(
                                call(req, partner, version, null, target, "", json, headers));
                        case RESULTS -> results(call(req, partner, version, null, target, resultsUrl(), json, headers));
                        case MODULE -> module(req, partner, version, target, json, headers);
                    };
            log(req, r.status(), 1000, requestId);
            return r;
        } catch (OcpiException e) {
            int http = e.httpStatus() == 0 ? 200 : e.httpStatus();
            OcpiResponse r = error(http, e.statusCode(), e.getMessage(), headers, json);
            log(req, http, e.statusCode(), requestId);
            return r;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn(
                    "OCPI {} {} failed in the service (request id {}); answered 3000",
                    req.method(),
                    req.rawPath(),
                    requestId,
                    e);
            return error(200, OcpiStatusCode.SERVER_ERROR.code(), "internal error", headers, json);
        }
    }

    private static void log(OcpiRequest req, int http, int status, String requestId) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("OCPI {} {} -> {} {} (request id {})", req.method(), req.rawPath(), http, status, requestId);
        }
    }

    private static String idHeader(OcpiRequest req, String name) {
        String v = req.header(name);
        if (v == null || v.isBlank() || v.length() > 255 || hasControlCharacter(v.strip())) {
            return UUID.randomUUID().toString();
        }
        return v.strip();
    }

    /** A CR or LF echoed in a response header would split the response (found by OcpiDispatcherFuzzTest). */
    private static boolean hasControlCharacter(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private Call call(
            OcpiRequest req,
            Partner partner,
            OcpiVersion version,
            @Nullable RoutingHeaders routing,
            Target target,
            String moduleUrl,
            OcpiJson json,
            Map<String, String> headers) {
        OcpiContext ctx = new OcpiContext(
                partner, version, headers.get("X-Request-ID"), headers.get("X-Correlation-ID"), routing);
        return new Call(this, req, ctx, target.segments(), moduleUrl, json, headers);
    }

    private OcpiJson jsonFor(OcpiVersion v, Partner p) {
        if (!p.quirks().writeTimestampsWithZone() && jsonWithoutZone.containsKey(v)) {
            return jsonWithoutZone.get(v);
        }
        return OcpiJson.forVersion(v);
    }

    private Target resolve(String rawPath) {
        String path = rawPath;
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals(versionsPath)) {
            return new Target(Kind.VERSIONS, null, null, List.of());
        }
        if (!path.startsWith(basePath + "/")) {
            return new Target(Kind.NOT_FOUND, null, null, List.of());
        }
        List<String> segs = new ArrayList<>();
        for (String s : path.substring(basePath.length() + 1).split("/")) {
            if (!s.isEmpty()) {
                segs.add(Query.decode(s.replace("+", "%2B")));
            }
        }
        if (segs.isEmpty()) {
            return new Target(Kind.NOT_FOUND, null, null, List.of());
        }
        String first = segs.get(0);
        if (first.equals("results") && settings.asyncResults() != null && segs.size() == 2) {
            return new Target(Kind.RESULTS, null, null, segs);
        }
        Optional<OcpiVersion> v = OcpiVersion.fromValue(first);
        if (v.isEmpty() || !supports.containsKey(v.get())) {
            boolean looksLikeVersion = first.matches("[0-9]+(\\.[0-9A-Za-z-]+)*");
            return new Target(looksLikeVersion ? Kind.UNSUPPORTED_VERSION : Kind.NOT_FOUND, null, null, List.of());
        }
        OcpiVersion version = v.get();
        if (segs.size() == 1) {
            return new Target(Kind.DETAILS, version, null, List.of());
        }
        String second = segs.get(1);
        if (second.equals("credentials")) {
            return new Target(segs.size() == 2 ? Kind.CREDENTIALS : Kind.NOT_FOUND, version, null, List.of());
        }
        if (segs.size() >= 3) {
            EndpointRole role = second.equals("sender")
                    ? EndpointRole.SENDER
                    : second.equals("receiver") ? EndpointRole.RECEIVER : null;
            if (role != null) {
                for (Binding b : bindings.get(version)) {
                    if (b.role() == role && b.moduleId().equals(segs.get(2))) {
                        return new Target(Kind.MODULE, version, b, List.copyOf(segs.subList(3, segs.size())));
                    }
                }
            }
        }
        return new Target(Kind.NOT_FOUND, version, null, List.of());
    }

    // ------------------------------------------------------------------ configuration endpoints

    private OcpiResponse versions(OcpiRequest req, Map<String, String> headers, OcpiJson json) {
        if (!req.method().equals("GET")) {
            throw new OcpiException(OcpiStatusCode.CLIENT_ERROR.code(), 405, "only GET is allowed", null);
        }
        List<Version> list = new ArrayList<>();
        for (OcpiVersion v : supports.keySet()) {
            list.add(new Version(v.value(), detailsUrl(v)));
        }
        return envelope(200, OcpiEnvelope.success(list, now()), headers, json);
    }

    private OcpiResponse details(OcpiRequest req, Target target, Map<String, String> headers, OcpiJson json) {
        if (!req.method().equals("GET")) {
            throw new OcpiException(OcpiStatusCode.CLIENT_ERROR.code(), 405, "only GET is allowed", null);
        }
        OcpiVersion v = target.version();
        List<VersionSupport.Published> endpoints = new ArrayList<>();
        endpoints.add(new VersionSupport.Published("credentials", EndpointRole.SENDER, credentialsUrl(v)));
        for (Binding b : bindings.get(v)) {
            endpoints.add(new VersionSupport.Published(b.moduleId(), b.role(), moduleUrl(v, b)));
        }
        return envelope(200, OcpiEnvelope.success(supports.get(v).versionDetails(endpoints), now()), headers, json);
    }

    private OcpiResponse results(Call call) {
        AsyncResults results = settings.asyncResults();
        if (!call.method().equals("POST") && !call.method().equals("PUT")) {
            throw call.methodNotAllowed();
        }
        String id = call.seg(1);
        Class<?> type = results.expectedType(id);
        if (type == null) {
            throw OcpiErrors.notFound("no result is expected at this response_url (unknown, answered or expired)");
        }
        Object value = call.body(type);
        if (!results.complete(id, value)) {
            throw OcpiErrors.notFound("no result is expected at this response_url (answered or expired)");
        }
        return call.ok(null);
    }

    // ------------------------------------------------------------------ modules

    private OcpiResponse module(
            OcpiRequest req,
            Partner partner,
            OcpiVersion version,
            Target target,
            OcpiJson json,
            Map<String, String> headers) {
        Binding b = target.binding();
        RoutingHeaders routing = null;
        if (b.functional() && version.base64Tokens()) {
            routing = routing(req, partner, headers);
        }
        Call call = call(req, partner, version, routing, target, moduleUrl(version, b), json, headers);
        return b.handler().handle(call);
    }

    /** Validates the routing headers of a request to a functional module; adds the reversed route to the answer. */
    private @Nullable RoutingHeaders routing(OcpiRequest req, Partner partner, Map<String, String> out) {
        String fcc = req.header(RoutingHeaders.FROM_COUNTRY_CODE);
        String fpi = req.header(RoutingHeaders.FROM_PARTY_ID);
        String tcc = req.header(RoutingHeaders.TO_COUNTRY_CODE);
        String tpi = req.header(RoutingHeaders.TO_PARTY_ID);
        boolean hub = partner.roles().stream().anyMatch(r -> r.role().equalsIgnoreCase("HUB"));
        boolean anyFrom = fcc != null || fpi != null;
        boolean anyTo = tcc != null || tpi != null;
        if (hub && !(fcc != null && fpi != null && tcc != null && tpi != null)) {
            throw routingError("requests from a hub must carry the four OCPI-from/to routing headers");
        }
        if (anyFrom) {
            if (fcc == null || fpi == null) {
                throw routingError("OCPI-from-country-code and OCPI-from-party-id go together");
            }
            checkCode(fcc, 2, RoutingHeaders.FROM_COUNTRY_CODE);
            checkCode(fpi, 3, RoutingHeaders.FROM_PARTY_ID);
            if (!hub && !partner.roles().isEmpty() && !partner.hasParty(fcc, fpi)) {
                throw routingError("OCPI-from " + fcc + "/" + fpi + " is not a party of the caller");
            }
        }
        if (anyTo) {
            if (tcc == null || tpi == null) {
                throw routingError("OCPI-to-country-code and OCPI-to-party-id go together");
            }
            checkCode(tcc, 2, RoutingHeaders.TO_COUNTRY_CODE);
            checkCode(tpi, 3, RoutingHeaders.TO_PARTY_ID);
            boolean ours = false;
            for (PartyRole r : settings.localParty().roles()) {
                ours |= r.isParty(tcc, tpi);
            }
            if (!ours) {
                throw routingError("OCPI-to " + tcc + "/" + tpi + " is not a party of this platform");
            }
        }
        if (anyFrom && anyTo) {
            RoutingHeaders route = new RoutingHeaders(fcc, fpi, tcc, tpi);
            out.put(RoutingHeaders.FROM_COUNTRY_CODE, tcc);
            out.put(RoutingHeaders.FROM_PARTY_ID, tpi);
            out.put(RoutingHeaders.TO_COUNTRY_CODE, fcc);
            out.put(RoutingHeaders.TO_PARTY_ID, fpi);
            return route;
        }
        return null;
    }

    private static void checkCode(String value, int length, String header) {
        if (value.length() != length) {
            throw routingError(header + " must be " + length + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x7e || !Character.isLetterOrDigit(c)) {
                throw routingError(header + " must be letters or digits");
            }
        }
    }

    private static OcpiException routingError(String message) {
        return new OcpiException(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(), 400, message, null);
    }

    // ------------------------------------------------------------------ bodies and answers

    /** Validates a parsed body under the policy: throws 2001 with the violations. */
    void validate(Object value, Class<?> type, OcpiContext ctx) {
        validate(value, type, ctx, java.util.Set.of());
    }

    /** As {@link #validate(Object, Class, OcpiContext)}; a missing required value at one of {@code optionalPaths} is no error. */
    void validate(Object value, Class<?> type, OcpiContext ctx, java.util.Set<String> optionalPaths) {
        List<Violation> errors = OcpiValidator.errors(value);
        if (!optionalPaths.isEmpty()) {
            errors = errors.stream()
                    .filter(v -> v.kind() != Violation.Kind.REQUIRED || !optionalPaths.contains(v.path()))
                    .toList();
        }
        if (errors.isEmpty()) {
            return;
        }
        List<Violation> refused = errors;
        if (settings.policy() == ParsingPolicy.LENIENT) {
            refused = new ArrayList<>();
            for (Violation v : errors) {
                switch (v.kind()) {
                    case TOO_LONG, NOT_ASCII, ENUM_VALUE -> LOG.warn(
                            "OCPI {} from partner {} accepted with {} (request id {})",
                            type.getSimpleName(),
                            ctx.partner().id(),
                            v,
                            ctx.requestId());
                    default -> refused.add(v);
                }
            }
        }
        if (!refused.isEmpty()) {
            throw OcpiErrors.invalid(Call.describe(refused));
        }
    }

    /**
     * A success envelope around a list, written item by item through the serialization cache; the same bytes as
     * {@code json.writeBytes(OcpiEnvelope.success(items, now()))}.
     */
    OcpiResponse listEnvelope(List<?> items, Map<String, String> headers, OcpiJson json) {
        SerializedCache cache = caches.get(json);
        if (cache == null) {
            return envelope(200, OcpiEnvelope.success(items, now()), headers, json);
        }
        byte[][] parts = new byte[items.size()][];
        int size = Math.max(0, parts.length - 1); // the commas
        for (int i = 0; i < parts.length; i++) {
            parts[i] = cache.bytes(items.get(i));
            size += parts[i].length;
        }
        Instant now = now();
        ListTail cached = listTail;
        if (cached == null || cached.json() != json || !cached.at().equals(now)) {
            // the same for every list answered in this millisecond: written once, not through Jackson per request
            cached = new ListTail(
                    json,
                    now,
                    ("],\"status_code\":" + OcpiStatusCode.SUCCESS.code() + ",\"status_message\":"
                                    + json.write(OcpiStatusCode.SUCCESS.description()) + ",\"timestamp\":"
                                    + json.write(now) + "}")
                            .getBytes(StandardCharsets.UTF_8));
            listTail = cached;
        }
        byte[] tail = cached.bytes();
        byte[] body = new byte[LIST_HEAD.length + size + tail.length];
        System.arraycopy(LIST_HEAD, 0, body, 0, LIST_HEAD.length);
        int pos = LIST_HEAD.length;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                body[pos++] = ',';
            }
            System.arraycopy(parts[i], 0, body, pos, parts[i].length);
            pos += parts[i].length;
        }
        System.arraycopy(tail, 0, body, pos, tail.length);
        pos += tail.length;
        if (pos != body.length) {
            body = java.util.Arrays.copyOf(body, pos);
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.putAll(headers);
        return new OcpiResponse(200, h, body);
    }

    private static final byte[] LIST_HEAD = "{\"data\":[".getBytes(StandardCharsets.US_ASCII);

    OcpiResponse envelope(int http, OcpiEnvelope<?> envelope, Map<String, String> headers, OcpiJson json) {
        byte[] body = json.writeBytes(envelope);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.putAll(headers);
        return new OcpiResponse(http, h, body);
    }

    private OcpiResponse error(
            int http, int code, @Nullable String message, Map<String, String> headers, OcpiJson json) {
        headers.remove("Link");
        headers.remove("X-Total-Count");
        headers.remove("X-Limit");
        headers.remove("Location");
        if (http == 401) {
            headers.put("WWW-Authenticate", "Token");
        }
        String msg = message == null || message.isBlank() ? describeCode(code) : message;
        return envelope(http, new OcpiEnvelope<>(null, code, msg, now()), headers, json);
    }

    private static String describeCode(int code) {
        OcpiStatusCode c = OcpiStatusCode.of(code);
        return c == null ? "error " + code : c.description().toLowerCase(Locale.ROOT);
    }
}
