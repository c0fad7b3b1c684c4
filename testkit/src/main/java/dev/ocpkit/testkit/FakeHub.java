package dev.ocpkit.testkit;

import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryHubClientInfo;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A fake OCPI 2.2.1 hub for host tests: a party with the role {@code HUB} on {@code 127.0.0.1} and an ephemeral port
 * that parties register with (credentials handshake as with any party) and that forwards their requests to each
 * other.
 *
 * <p>What it forwards: a request to one of its module endpoints ({@code /ocpi/2.2.1/{sender|receiver}/{module}...})
 * from a registered party whose {@code OCPI-to-country-code}/{@code OCPI-to-party-id} name another registered party
 * (direct routing) goes, with the same method, path suffix, query, body, routing headers and {@code
 * X-Correlation-ID}, a new {@code X-Request-ID} and the hub's own token for that party, to that party's endpoint of
 * the same module and role. The receiver's answer (status, body, {@code Content-Type}, pagination and routing
 * headers) goes back to the sender unchanged. Both legs are recorded: the incoming one in {@link #requests()}, the
 * outgoing one in {@link #forwarded()}. An unknown receiver is answered with status 4001, a refused connection with
 * 4003 and a timeout (10 s) with 4002, all in an HTTP 200 envelope.
 *
 * <p>Limits, on purpose or because this is a fake: no broadcast or open routing (a request without TO headers, or
 * addressed to the hub itself, is handled by the hub's own in-memory stores); no GET All via Hub (a list GET without
 * TO headers answers the hub's own store); {@code Link} headers of forwarded pages still point at the receiver, so
 * the sender's next page request goes to the receiver directly and fails authentication there; {@code response_url}s
 * in commands are forwarded as they are (the result goes straight back to the sender, not through the hub); Hub
 * Client Info is served from {@link #clientInfo()} but not pushed on connection changes. OCPI 2.2.1 only.
 *
 * <p>Thread-safe. See {@link FakeOcpiParty} for recording and scripted failures (which apply to the incoming leg).
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/transport_and_format.asciidoc#message-routing">OCPI 2.2.1,
 *     Message routing</a>
 * @since 0.1
 */
public final class FakeHub extends FakeOcpiParty {
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> PASSED_BACK = List.of(
            "Content-Type",
            "X-Total-Count",
            "X-Limit",
            "Link",
            "OCPI-from-country-code",
            "OCPI-from-party-id",
            "OCPI-to-country-code",
            "OCPI-to-party-id");

    private final InMemoryLocations locations = new InMemoryLocations();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryCdrs cdrs = new InMemoryCdrs();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryHubClientInfo clientInfo = new InMemoryHubClientInfo();
    private final List<RecordedRequest> forwarded = new CopyOnWriteArrayList<>();
    private final HttpClient http;

    private FakeHub(String countryCode, String partyId) {
        super("HUB", countryCode, partyId, (client, base) -> client);
        http = HttpClient.newBuilder()
                .connectTimeout(FORWARD_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        serve(OcpiDispatcher.builder(localPartyOf(), partners())
                .discovery(PartnerDiscovery.using(client()))
                .service(locations.asReceiver())
                .service(locations.asSender())
                .service(sessions.asReceiver())
                .service(sessions.asSender())
                .service(cdrs.asReceiver())
                .service(cdrs.asSender())
                .service(tariffs.asReceiver())
                .service(tariffs.asSender())
                .service(tokens.asReceiver())
                .service(tokens.asSender())
                .service(new CommandsReceiver() {})
                .service(clientInfo.asSender())
                .build());
    }

    /**
     * Starts a hub {@code NL*HUB}.
     *
     * @return the running fake; close it
     */
    public static FakeHub start() {
        return start("NL", "HUB");
    }

    /**
     * Starts a hub with these ids.
     *
     * @param countryCode the hub's country code
     * @param partyId the hub's party id
     * @return the running fake; close it
     */
    public static FakeHub start(String countryCode, String partyId) {
        return new FakeHub(Objects.requireNonNull(countryCode), Objects.requireNonNull(partyId));
    }

    /**
     * The outgoing legs of forwarded requests, oldest first: method, the receiver's path and query, headers as sent
     * (the {@code Authorization} value reduced to its scheme) and body.
     *
     * @return a snapshot
     */
    public List<RecordedRequest> forwarded() {
        return List.copyOf(forwarded);
    }

    /**
     * The hub's client info store, served by its Hub Client Info Sender.
     *
     * @return the live store
     */
    public InMemoryHubClientInfo clientInfo() {
        return clientInfo;
    }

    /**
     * Locations pushed to the hub itself (no TO headers, or addressed to the hub).
     *
     * @return the live store
     */
    public InMemoryLocations locations() {
        return locations;
    }

    @Override
    @Nullable
    OcpiResponse intercept(RecordedRequest request, byte[] body, @Nullable String authorization) {
        String tcc = request.header("OCPI-to-country-code");
        String tpi = request.header("OCPI-to-party-id");
        if (tcc == null || tpi == null || (tcc.equalsIgnoreCase(countryCode()) && tpi.equalsIgnoreCase(partyId()))) {
            return null;
        }
        String prefix = "/ocpi/2.2.1/";
        String path = request.path();
        if (!path.startsWith(prefix)) {
            return null;
        }
        String[] parts = path.substring(prefix.length()).split("/", 3);
        if (parts.length < 2 || !(parts[0].equals("sender") || parts[0].equals("receiver"))) {
            return null;
        }
        Optional<Partner> caller = caller(authorization);
        if (caller.isEmpty()) {
            return null; // the dispatcher answers 401 for an unknown token
        }
        String role = parts[0].toUpperCase(java.util.Locale.ROOT);
        String module = parts[1];
        String rest = parts.length == 3 ? "/" + parts[2] : "";
        Optional<Partner> target = partners().all().stream()
                .filter(p -> p.state() == Partner.State.REGISTERED && p.hasParty(tcc, tpi))
                .findFirst();
        Optional<PartnerEndpoint> endpoint = target.flatMap(p -> p.endpoints().stream()
                .filter(e -> e.moduleId().equals(module) && e.role().equalsIgnoreCase(role))
                .findFirst());
        if (target.isEmpty() || endpoint.isEmpty() || target.get().tokenWeUse() == null) {
            return envelope(new ScriptedResponse(
                    200,
                    OcpiStatusCode.UNKNOWN_RECEIVER.code(),
                    "no registered party " + tcc + "*" + tpi + " with " + module + " " + parts[0]));
        }
        return forward(
                request,
                body,
                endpoint.get().url() + rest,
                Objects.requireNonNull(target.get().tokenWeUse()));
    }

    private Optional<Partner> caller(@Nullable String auth) {
        if (auth == null || !auth.regionMatches(true, 0, "Token ", 0, 6)) {
            return Optional.empty();
        }
        String presented = auth.substring(6).trim();
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(presented), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = presented;
        }
        String d = decoded;
        return partners().all().stream()
                .filter(p -> p.state() == Partner.State.REGISTERED
                        && (presented.equals(p.tokenTheyUse()) || d.equals(p.tokenTheyUse())))
                .findFirst();
    }

    private OcpiResponse forward(RecordedRequest in, byte[] body, String url, String token) {
        String target = in.query() == null ? url : url + "?" + in.query();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target))
                .timeout(FORWARD_TIMEOUT)
                .method(
                        in.method(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, List<String>> sent = new LinkedHashMap<>();
        String requestId = UUID.randomUUID().toString();
        b.header(
                "Authorization", "Token " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        sent.put("Authorization", List.of("Token"));
        b.header("X-Request-ID", requestId);
        sent.put("X-Request-ID", List.of(requestId));
        for (String h : List.of(
                "X-Correlation-ID",
                "Content-Type",
                "OCPI-from-country-code",
                "OCPI-from-party-id",
                "OCPI-to-country-code",
                "OCPI-to-party-id")) {
            String v = in.header(h);
            if (v != null) {
                b.header(h, v);
                sent.put(h, List.of(v));
            }
        }
        URI uri = URI.create(target);
        forwarded.add(new RecordedRequest(
                in.method(), uri.getRawPath(), uri.getRawQuery(), sent, new String(body, StandardCharsets.UTF_8)));
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : PASSED_BACK) {
                r.headers().firstValue(h).ifPresent(v -> headers.put(h, v));
            }
            return new OcpiResponse(r.statusCode(), headers, r.body());
        } catch (HttpTimeoutException e) {
            return envelope(new ScriptedResponse(
                    200, OcpiStatusCode.TIMEOUT_ON_FORWARDED_REQUEST.code(), "receiver did not answer in time"));
        } catch (ConnectException e) {
            return envelope(new ScriptedResponse(
                    200, OcpiStatusCode.CONNECTION_PROBLEM.code(), "cannot connect to the receiver"));
        } catch (IOException e) {
            return envelope(new ScriptedResponse(
                    200, OcpiStatusCode.CONNECTION_PROBLEM.code(), "connection problem with the receiver"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return envelope(new ScriptedResponse(200, OcpiStatusCode.HUB_ERROR.code(), "interrupted"));
        }
    }
}
