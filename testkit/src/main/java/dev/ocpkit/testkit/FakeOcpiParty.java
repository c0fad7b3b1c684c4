package dev.ocpkit.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.RegistrationOptions;
import dev.ocpkit.ocpi.client.v221.Ocpi221Client;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.OcpiRequest;
import dev.ocpkit.ocpi.server.OcpiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What every fake OCPI 2.2.1 party has in common: a JDK HTTP server on {@code 127.0.0.1} and an ephemeral port in
 * front of an {@link OcpiDispatcher}, an {@link OcpiClient} for outgoing calls, its own partner store, a record of
 * every request it received and scripted failures.
 *
 * <p>Every request is recorded (see {@link RecordedRequest}) before it is answered; a scripted failure ({@link
 * #failNext(int)}, {@link #failWhen}) answers instead of the dispatcher, so the request has no effect on the fake's
 * data. Failures apply to any request, including the credentials handshake.
 *
 * <p>Thread-safe: requests are served on a small pool of the fake's own threads, and the accessors may be called
 * from the test thread at any time. {@link #toString()} shows the party, never a credentials token.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/credentials.asciidoc">OCPI 2.2.1, Credentials module</a>
 * @since 0.1
 */
public abstract class FakeOcpiParty implements AutoCloseable {
    private final String role;
    private final String countryCode;
    private final String partyId;
    private final HttpServer server;
    private final ExecutorService threads;
    private final InMemoryPartnerStore partners = new InMemoryPartnerStore();
    private final LocalParty localParty;
    private final OcpiClient client;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Script> scripts = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile @Nullable OcpiDispatcher dispatcher;
    private volatile @Nullable String tokenA;

    private record Script(Predicate<RecordedRequest> when, ScriptedResponse response, boolean once) {}

    FakeOcpiParty(String role, String countryCode, String partyId, ClientCustomizer customizer) {
        this.role = Objects.requireNonNull(role, "role");
        this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
        this.partyId = Objects.requireNonNull(partyId, "partyId");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1", e);
        }
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + countryCode + partyId);
            t.setDaemon(true);
            return t;
        });
        localParty = new LocalParty(
                baseUrl() + "/versions",
                List.of(dev.ocpkit.ocpi.model.OcpiVersion.V2_2_1),
                List.of(new dev.ocpkit.ocpi.client.PartyRole(
                        role, countryCode, partyId, "ocpkit fake " + role, "https://github.com/ocpkit")));
        client = customizer
                .customize(OcpiClient.builder(localParty).partnerStore(partners), baseUrl())
                .build();
    }

    /** Lets a subclass add to the client's builder (e.g. async results) before the client is built. */
    interface ClientCustomizer {
        OcpiClient.Builder customize(OcpiClient.Builder builder, String baseUrl);
    }

    /** Installs the dispatcher and starts serving; called once by the subclass's constructor. */
    final void serve(OcpiDispatcher d) {
        dispatcher = d;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
        tokenA = d.issueTokenA("host", PartnerQuirks.SPEC);
    }

    /** The base URL of the fake's OCPI endpoints, {@code http://127.0.0.1:<port>/ocpi}. */
    final String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ocpi";
    }

    /**
     * The URL of this party's versions endpoint, to hand to the party that registers with it.
     *
     * @return never {@code null}
     */
    public String versionsUrl() {
        return localParty.versionsUrl();
    }

    /**
     * The port the fake listens on ({@code 127.0.0.1} only).
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The role this party plays: {@code CPO}, {@code EMSP} or {@code HUB}.
     *
     * @return never {@code null}
     */
    public String role() {
        return role;
    }

    /**
     * This party's ISO 3166-1 alpha-2 country code.
     *
     * @return never {@code null}
     */
    public String countryCode() {
        return countryCode;
    }

    /**
     * This party's party id (3 characters).
     *
     * @return never {@code null}
     */
    public String partyId() {
        return partyId;
    }

    /**
     * The id other fakes use for this party in their partner stores: {@code countryCode + "-" + partyId}.
     *
     * @return never {@code null}
     */
    public String partnerId() {
        return countryCode + "-" + partyId;
    }

    /**
     * The credentials token A issued at start for the host's party (partner id {@code "host"}): give it with {@link
     * #versionsUrl()} to the host's OCPI client, which then registers with this fake. One registration per token.
     *
     * @return never {@code null}; a secret, do not log it
     */
    public String tokenA() {
        String t = tokenA;
        if (t == null) {
            throw new IllegalStateException("not started");
        }
        return t;
    }

    /**
     * Issues a new credentials token A for one more party that will register with this fake.
     *
     * @param partnerId the id under which this fake will keep the registering party
     * @return the token A; a secret, do not log it
     */
    public String issueTokenA(String partnerId) {
        return dispatcher().issueTokenA(partnerId, PartnerQuirks.SPEC);
    }

    /**
     * Registers this fake with another OCPI party through the credentials handshake (token A, then B and C both
     * ways, version 2.2.1 negotiated). Blocks until the handshake is done.
     *
     * @param theirTokenA the token A the other party issued for us
     * @param theirVersionsUrl the other party's versions URL
     * @param theirPartnerId the id under which this fake keeps the other party, for {@link #partner(String)}
     * @return the registered partner (state {@code REGISTERED})
     * @throws dev.ocpkit.ocpi.client.OcpiClientException when the handshake fails
     */
    public Partner register(String theirTokenA, String theirVersionsUrl, String theirPartnerId) {
        return client.register(
                theirTokenA, theirVersionsUrl, new RegistrationOptions(theirPartnerId, PartnerQuirks.SPEC, List.of()));
    }

    /**
     * Registers this fake with another fake: the other issues a token A for us, and we run the credentials
     * handshake with it. Afterwards each knows the other under its {@link #partnerId()}.
     *
     * @param other the fake to register with
     * @return the other party as our partner (state {@code REGISTERED})
     * @throws dev.ocpkit.ocpi.client.OcpiClientException when the handshake fails
     */
    public Partner register(FakeOcpiParty other) {
        String token = other.issueTokenA(partnerId());
        return register(token, other.versionsUrl(), other.partnerId());
    }

    /**
     * The typed OCPI 2.2.1 client for calls from this fake to a registered partner.
     *
     * @param partnerId the partner's id, e.g. another fake's {@link #partnerId()} or the id given to {@link
     *     #register(String, String, String)}
     * @return the client
     * @throws IllegalArgumentException when no such partner is known
     */
    public Ocpi221Client partner(String partnerId) {
        return client.partner(partnerId).v221();
    }

    /**
     * The partners this fake knows (registered with it, or that it registered with).
     *
     * @return the store, never {@code null}; it holds credentials tokens, do not print them
     */
    public InMemoryPartnerStore partners() {
        return partners;
    }

    /**
     * The fake's own OCPI client, for calls the typed shortcuts do not cover.
     *
     * @return never {@code null}; closed with the fake
     */
    public OcpiClient client() {
        return client;
    }

    /**
     * Every request this fake received so far, oldest first.
     *
     * @return an immutable snapshot
     */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Forgets the recorded requests. */
    public void clearRequests() {
        requests.clear();
    }

    /**
     * Answers the next request with an HTTP error instead of handling it (see {@link ScriptedResponse#http(int)}).
     *
     * @param httpStatus the HTTP status, e.g. 503
     */
    public void failNext(int httpStatus) {
        scripts.add(new Script(r -> true, ScriptedResponse.http(httpStatus), true));
    }

    /**
     * Answers the next request with an OCPI status code in an HTTP 200 envelope instead of handling it.
     *
     * @param code e.g. {@link OcpiStatusCode#SERVER_ERROR}
     */
    public void failNext(OcpiStatusCode code) {
        scripts.add(new Script(r -> true, ScriptedResponse.ocpi(code), true));
    }

    /**
     * Answers every request that matches {@code when} with {@code response} until {@link #clearFailures()}. One-shot
     * failures from {@link #failNext} are checked first, in order.
     *
     * @param when the test; called on the server's threads
     * @param response the answer
     */
    public void failWhen(Predicate<RecordedRequest> when, ScriptedResponse response) {
        scripts.add(new Script(Objects.requireNonNull(when), Objects.requireNonNull(response), false));
    }

    /** Removes every scripted failure. */
    public void clearFailures() {
        scripts.clear();
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops the server and the client; idempotent. Requests in flight are cut off. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            threads.shutdownNow();
            client.close();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + role + " " + countryCode + "*" + partyId + " at " + versionsUrl()
                + "]";
    }

    final dev.ocpkit.ocpi.client.LocalParty localPartyOf() {
        return localParty;
    }

    final OcpiDispatcher dispatcher() {
        OcpiDispatcher d = dispatcher;
        if (d == null) {
            throw new IllegalStateException("not started");
        }
        return d;
    }

    /** Called before the dispatcher for a request no script answered; a hub forwards here. */
    @Nullable
    OcpiResponse intercept(RecordedRequest request, byte[] body, @Nullable String authorization) {
        return null;
    }

    final void record(RecordedRequest request) {
        requests.add(request);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
            RecordedRequest recorded = new RecordedRequest(
                    exchange.getRequestMethod(),
                    path,
                    uri.getRawQuery(),
                    redacted(exchange.getRequestHeaders()),
                    redactedBody(path, body));
            requests.add(recorded);
            OcpiResponse response = scripted(recorded);
            if (response == null) {
                response =
                        intercept(recorded, body, exchange.getRequestHeaders().getFirst("Authorization"));
            }
            if (response == null) {
                OcpiRequest.Builder b =
                        OcpiRequest.builder(exchange.getRequestMethod(), path).rawQuery(uri.getRawQuery());
                for (Map.Entry<String, List<String>> h :
                        exchange.getRequestHeaders().entrySet()) {
                    for (String v : h.getValue()) {
                        b.header(h.getKey(), v);
                    }
                }
                if (body.length > 0) {
                    b.body(body);
                }
                response = dispatcher().handle(b.build());
            }
            for (Map.Entry<String, String> h : response.headers().entrySet()) {
                exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            byte[] out = response.body();
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    private @Nullable OcpiResponse scripted(RecordedRequest request) {
        for (Script s : scripts) {
            if (s.when().test(request) && (!s.once() || scripts.remove(s))) {
                return envelope(s.response());
            }
        }
        return null;
    }

    static OcpiResponse envelope(ScriptedResponse r) {
        String json = "{\"status_code\":" + r.statusCode() + ",\"status_message\":\"" + escape(r.statusMessage())
                + "\",\"timestamp\":\"" + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}";
        return new OcpiResponse(
                r.httpStatus(), Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The string value of a {@code "token"} member. Written as runs of plain characters between escapes (possessive),
     * so that matching recurses once per escape, not once per character: an alternation inside the repetition would
     * overflow the stack on a token of a few thousand characters.
     */
    private static final java.util.regex.Pattern TOKEN_FIELD =
            java.util.regex.Pattern.compile("(\"token\"\\s*:\\s*\")[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+(\")");

    /** A credentials object's {@code token} is a secret: recorded bodies of the credentials module hide it. */
    static String redactedBody(String path, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return path.endsWith("/credentials") ? TOKEN_FIELD.matcher(text).replaceAll("$1<redacted>$2") : text;
    }

    private static Map<String, List<String>> redacted(Map<String, List<String>> headers) {
        java.util.TreeMap<String, List<String>> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() == null) {
                continue;
            }
            if (h.getKey().equalsIgnoreCase("Authorization")) {
                List<String> schemes = new ArrayList<>();
                for (String v : h.getValue()) {
                    int sp = v.indexOf(' ');
                    schemes.add(sp < 0 ? "<redacted>" : v.substring(0, sp));
                }
                copy.put(h.getKey(), schemes);
            } else {
                copy.put(h.getKey(), h.getValue());
            }
        }
        return copy;
    }
}
