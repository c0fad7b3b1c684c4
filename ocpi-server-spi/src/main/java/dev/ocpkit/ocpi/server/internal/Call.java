package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.model.OcpiEnvelope;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.Violation;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiRequest;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One authenticated request to a module or to the credentials endpoint: its parts and the ways to answer it. */
public final class Call {
    private final Engine engine;
    private final OcpiRequest request;
    private final OcpiContext ctx;
    private final List<String> segments;
    private final String moduleUrl;
    private final OcpiJson json;
    private final Map<String, String> headers;
    private @Nullable Query query;

    Call(
            Engine engine,
            OcpiRequest request,
            OcpiContext ctx,
            List<String> segments,
            String moduleUrl,
            OcpiJson json,
            Map<String, String> headers) {
        this.engine = engine;
        this.request = request;
        this.ctx = ctx;
        this.segments = segments;
        this.moduleUrl = moduleUrl;
        this.json = json;
        this.headers = headers;
    }

    /** The roles of this platform. */
    public List<dev.ocpkit.ocpi.client.PartyRole> localRoles() {
        return engine.settings().localParty().roles();
    }

    public OcpiContext ctx() {
        return ctx;
    }

    public String method() {
        return request.method();
    }

    /** The number of path segments after the module URL. */
    public int size() {
        return segments.size();
    }

    /** A decoded path segment after the module URL. */
    public String seg(int i) {
        return segments.get(i);
    }

    /** The segments from {@code from} on, joined with {@code /}. */
    public String rest(int from) {
        return String.join("/", segments.subList(from, segments.size()));
    }

    /** The public URL of the module endpoint. */
    public String moduleUrl() {
        return moduleUrl;
    }

    /** A decoded query parameter, or {@code null}. */
    public @Nullable String query(String name) {
        if (query == null) {
            query = Query.parse(request.rawQuery());
        }
        return query.get(name);
    }

    // ------------------------------------------------------------------ bodies

    /**
     * Reads, parses and validates the body as {@code type}: malformed JSON answers 400 / 2001, JSON that does not bind
     * or breaks the specification 200 / 2001 with the JSON paths.
     */
    public <T> T body(Class<T> type) {
        T value = optionalBody(type);
        if (value == null) {
            throw new OcpiException(
                    OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(),
                    400,
                    "a JSON body is required (" + type.getSimpleName() + ")",
                    null);
        }
        return value;
    }

    /**
     * Like {@link #body}, but a missing value at {@code requiredPath} (a JSON path such as {@code $.terminal_id}) is
     * accepted: for requests where the specification relaxes one field's cardinality.
     */
    public <T> T bodyWithout(Class<T> type, String requiredPath) {
        T value = parse(type, Set.of(requiredPath));
        if (value == null) {
            throw new OcpiException(
                    OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(),
                    400,
                    "a JSON body is required (" + type.getSimpleName() + ")",
                    null);
        }
        return value;
    }

    /** Like {@link #body} but {@code null} when the request has no body (or an empty one). */
    public <T> @Nullable T optionalBody(Class<T> type) {
        return parse(type, Set.of());
    }

    private <T> @Nullable T parse(Class<T> type, Set<String> optionalPaths) {
        byte[] bytes = readBody();
        if (bytes.length == 0 || isBlank(bytes)) {
            return null;
        }
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (OcpiParseException e) {
            throw new OcpiException(
                    OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(),
                    400,
                    "malformed JSON: " + e.getMessage(),
                    null);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new OcpiException(
                    OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(), 400, "malformed JSON: no value", null);
        }
        T value;
        try {
            value = json.treeToValue(tree, type);
        } catch (OcpiParseException e) {
            throw OcpiErrors.invalid("not a valid " + type.getSimpleName() + ": " + e.getMessage());
        }
        engine.validate(value, type, ctx, optionalPaths);
        return value;
    }

    private byte[] readBody() {
        InputStream in = request.body();
        if (in == null) {
            return new byte[0];
        }
        int max = engine.settings().maxBodyBytes();
        if (request.contentLength() > max) {
            throw new BodyTooLargeException(max);
        }
        try {
            byte[] buf = new byte
                    [(int) Math.min(max + 1L, request.contentLength() >= 0 ? request.contentLength() + 1 : 8192)];
            int n = 0;
            while (true) {
                if (n == buf.length) {
                    if (n > max) {
                        throw new BodyTooLargeException(max);
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(max + 1L, buf.length * 2L));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
                if (n > max) {
                    throw new BodyTooLargeException(max);
                }
            }
            return n == buf.length ? buf : Arrays.copyOf(buf, n);
        } catch (IOException e) {
            throw new OcpiException(
                    OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(), 400, "could not read the request body", e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ parameters

    /**
     * The pagination parameters; the limit is capped to the configured maximum (and set to it when absent).
     *
     * @param dateFromRequired whether {@code date_from} is mandatory (enforced under the strict policy only)
     */
    public PageRequest page(boolean dateFromRequired) {
        int offset = intParam("offset", 0, 0);
        int max = engine.settings().maxPageSize();
        int limit = intParam("limit", max, 1);
        Instant from = dateParam("date_from");
        Instant to = dateParam("date_to");
        if (dateFromRequired && from == null && engine.strict()) {
            throw OcpiErrors.invalid("date_from is required");
        }
        return new PageRequest(offset, Math.min(limit, max), from, to);
    }

    /** A required positive integer query parameter. */
    public int requiredPositiveInt(String name) {
        if (query(name) == null) {
            throw OcpiErrors.invalid(name + " is required");
        }
        return intParam(name, 0, 1);
    }

    /** A required query parameter. */
    public String requiredQuery(String name) {
        String v = query(name);
        if (v == null || v.isBlank()) {
            throw OcpiErrors.invalid(name + " is required");
        }
        return v;
    }

    private int intParam(String name, int dflt, int min) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min) {
                throw OcpiErrors.invalid(name + " must be at least " + min);
            }
            return i;
        } catch (NumberFormatException e) {
            throw OcpiErrors.invalid(name + " is not an integer");
        }
    }

    private @Nullable Instant dateParam(String name) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        // an unencoded '+' of an offset arrives as a space
        String s = v.trim().replace(' ', '+');
        if (s.indexOf('"') >= 0 || s.indexOf('\\') >= 0) {
            throw OcpiErrors.invalid(name + " is not a DateTime");
        }
        try {
            return json.read("\"" + s + "\"", Instant.class);
        } catch (OcpiParseException e) {
            throw OcpiErrors.invalid(name + " is not a DateTime");
        }
    }

    // ------------------------------------------------------------------ checks

    /**
     * The party in the URL of a client-owned object must be one of the caller's roles (unless the caller is a hub,
     * which pushes on behalf of others): else 404, as the specification allows.
     */
    public void checkUrlParty(String countryCode, String partyId) {
        if (!ctx.viaHub() && !ctx.partner().roles().isEmpty() && !ctx.partner().hasParty(countryCode, partyId)) {
            throw OcpiErrors.notFound(countryCode + "/" + partyId + " is not a party of the caller");
        }
    }

    /** The owner in a pushed object must be the party in the URL: else 2001. */
    public void checkOwner(
            String urlCountryCode, String urlPartyId, @Nullable String countryCode, @Nullable String partyId) {
        if (countryCode != null && !countryCode.equalsIgnoreCase(urlCountryCode)) {
            throw OcpiErrors.invalid("country_code " + countryCode + " differs from the URL's " + urlCountryCode);
        }
        if (partyId != null && !partyId.equalsIgnoreCase(urlPartyId)) {
            throw OcpiErrors.invalid("party_id " + partyId + " differs from the URL's " + urlPartyId);
        }
    }

    /** The id in a pushed object must be the id in the URL (CiString: case-insensitive): else 2001. */
    public void checkId(String field, String urlId, @Nullable String objectId) {
        if (objectId != null && !objectId.equalsIgnoreCase(urlId)) {
            throw OcpiErrors.invalid(field + " " + objectId + " differs from the URL's " + urlId);
        }
    }

    // ------------------------------------------------------------------ answers

    /** 200 with status 1000 and {@code data} (omitted when {@code null}). */
    public OcpiResponse ok(@Nullable Object data) {
        return engine.envelope(200, OcpiEnvelope.success(data, engine.now()), headers, json);
    }

    /** 201 for {@link PutOutcome#CREATED}, 200 for {@link PutOutcome#UPDATED}, status 1000 without data. */
    public OcpiResponse put(PutOutcome outcome) {
        return engine.envelope(
                outcome == PutOutcome.CREATED ? 201 : 200, OcpiEnvelope.success(null, engine.now()), headers, json);
    }

    /**
     * The URL of a Link header with every byte that a URL must not hold raw percent-encoded: controls, space,
     * {@code <}, {@code >}, {@code "} and non-ASCII (as UTF-8). A client's query is echoed into the next link, and a raw
     * control character there would split or break the header (found by fuzzing: a NUL in the query).
     */
    static String linkSafe(String url) {
        StringBuilder out = null;
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean raw = b > 0x20 && b < 0x7F && b != '<' && b != '>' && b != '"';
            if (!raw && out == null) {
                out = new StringBuilder(url.length() + 16);
                out.append(new String(bytes, 0, i, StandardCharsets.US_ASCII));
            }
            if (out != null) {
                if (raw) {
                    out.append((char) b);
                } else {
                    out.append('%')
                            .append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        return out == null ? url : out.toString();
    }

    /** 201 with a {@code Location} header. */
    public OcpiResponse created(String location) {
        headers.put("Location", location);
        return engine.envelope(201, OcpiEnvelope.success(null, engine.now()), headers, json);
    }

    /** The object, or the exception made by {@code notFound}. */
    public OcpiResponse found(Optional<?> value, Supplier<OcpiException> notFound) {
        return ok(value.orElseThrow(notFound));
    }

    /** A page with the pagination headers. */
    public <T> OcpiResponse page(boolean dateFromRequired, Function<PageRequest, Page<T>> source) {
        PageRequest req = page(dateFromRequired);
        Page<T> page = source.apply(req);
        List<T> items = page.items();
        int limit = req.limit() == null ? engine.settings().maxPageSize() : req.limit();
        if (items.size() > limit) {
            items = items.subList(0, limit);
        }
        headers.put("X-Total-Count", Long.toString(page.totalCount()));
        headers.put("X-Limit", Integer.toString(engine.settings().maxPageSize()));
        long next = (long) req.offset() + items.size();
        if (!items.isEmpty() && next < page.totalCount()) {
            if (query == null) {
                query = Query.parse(request.rawQuery());
            }
            String others = query.rawWithout("offset", "limit");
            headers.put(
                    "Link",
                    "<"
                            + linkSafe(engine.origin() + request.rawPath() + "?offset=" + next + "&limit=" + limit
                                    + (others.isEmpty() ? "" : "&" + others))
                            + ">; rel=\"next\"");
        }
        return engine.listEnvelope(items, headers, json);
    }

    /** The exception for a path this module does not serve: 404 / 2000. */
    public OcpiException noSuchPath() {
        return new OcpiException(OcpiStatusCode.CLIENT_ERROR.code(), 404, "no such endpoint", null);
    }

    /** The exception for a method this module does not support on this path: 405 / 2000. */
    public OcpiException methodNotAllowed() {
        return new OcpiException(
                OcpiStatusCode.CLIENT_ERROR.code(), 405, "method " + method() + " not allowed here", null);
    }

    /** Percent-encodes one path segment. */
    public static String encodeSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The violations of a value as a message (at most 20). */
    static String describe(List<Violation> violations) {
        StringBuilder sb = new StringBuilder("invalid object: ");
        int i = 0;
        for (Violation v : violations) {
            if (i == 20) {
                sb.append("; and ").append(violations.size() - 20).append(" more");
                break;
            }
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(v.path()).append(": ").append(v.message());
            i++;
        }
        return sb.toString();
    }

    Map<String, String> headers() {
        return headers;
    }

    static Map<String, String> newHeaders() {
        return new LinkedHashMap<>();
    }
}
