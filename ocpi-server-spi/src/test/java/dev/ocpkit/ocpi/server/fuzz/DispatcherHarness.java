package dev.ocpkit.ocpi.server.fuzz;

import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.OcpiRequest;
import dev.ocpkit.ocpi.server.OcpiResponse;
import dev.ocpkit.ocpi.server.v221.InMemoryCdrs;
import dev.ocpkit.ocpi.server.v221.InMemoryHubClientInfo;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher, the input format and the oracle of {@link OcpiDispatcherFuzzTest}, in a class of their own: the fuzz
 * test class mentions no ocpkit type, so that none is loaded before Jazzer instruments classes (an ocpkit class loaded
 * earlier is retransformed, and its nestmates then fail with IllegalAccessError in fuzzing mode).
 */
final class DispatcherHarness {
    private DispatcherHarness() {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Separates the requests of one input, handled one after the other by the same dispatcher. */
    static final String NEXT_REQUEST = "\n=====\n";

    private static final int MAX_REQUESTS = 4;
    /** The specification's quirks, but tokens accepted raw too, so that short tokens in the input authenticate. */
    private static final PartnerQuirks RAW_OR_BASE64 =
            new PartnerQuirks(PartnerQuirks.TokenEncoding.AUTO, true, false, false);

    private static final OcpiJson OCPI = OcpiJson.v221();
    private static final String VERSIONS_URL = "https://cpo.example.com/ocpi/versions";
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Location LOCATION = OCPI.read(
            """
            {"country_code":"NL","party_id":"CPO","id":"LOC1","publish":true,"address":"Kade 1","city":"Delft",
             "country":"NLD","coordinates":{"latitude":"52.0116","longitude":"4.3571"},"time_zone":"Europe/Amsterdam",
             "evses":[{"uid":"E1","evse_id":"NL*CPO*E1","status":"AVAILABLE","connectors":[{"id":"1",
               "standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE","max_voltage":230,
               "max_amperage":16,"last_updated":"2025-01-01T00:00:00Z"}],"last_updated":"2025-01-01T00:00:00Z"}],
             "last_updated":"2025-01-01T00:00:00Z"}""",
            Location.class);
    private static final Tariff TARIFF = OCPI.read(
            """
            {"country_code":"NL","party_id":"CPO","id":"T1","currency":"EUR",
             "elements":[{"price_components":[{"type":"ENERGY","price":0.25,"step_size":1}]}],
             "last_updated":"2025-01-01T00:00:00Z"}""",
            Tariff.class);
    private static final Token TOKEN = OCPI.read(
            """
            {"country_code":"NL","party_id":"EMP","uid":"RFID1","type":"RFID","contract_id":"NL-EMP-C00001-1",
             "issuer":"Fuzz eMSP","valid":true,"whitelist":"ALLOWED","last_updated":"2025-01-01T00:00:00Z"}""",
            Token.class);

    private static OcpiDispatcher dispatcher() {
        InMemoryPartnerStore partners = new InMemoryPartnerStore();
        partners.save(registered("emsp", "tokc", new PartyRole("EMSP", "DE", "EMS", "Fuzz eMSP", null)));
        partners.save(registered("cpo", "cpot", new PartyRole("CPO", "BE", "CPO", "Fuzz CPO", null)));
        partners.save(registered("hub", "hubt", new PartyRole("HUB", "EU", "HUB", "Fuzz hub", null)));
        partners.save(Partner.pending("newcomer", "toka", RAW_OR_BASE64));
        LocalParty local = new LocalParty(
                VERSIONS_URL,
                List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1, OcpiVersion.V2_3_0),
                List.of(
                        new PartyRole("CPO", "NL", "CPO", "Fuzz CPO here", null),
                        new PartyRole("EMSP", "NL", "EMP", "Fuzz eMSP here", null)));
        InMemoryLocations locations = new InMemoryLocations();
        locations.put(LOCATION);
        InMemoryTariffs tariffs = new InMemoryTariffs();
        tariffs.put(TARIFF);
        InMemoryTokens tokens = new InMemoryTokens();
        tokens.put(TOKEN);
        InMemorySessions sessions = new InMemorySessions();
        InMemoryCdrs cdrs = new InMemoryCdrs();
        InMemoryHubClientInfo clientInfo = new InMemoryHubClientInfo();
        dev.ocpkit.ocpi.server.v230.InMemoryLocations locations230 =
                new dev.ocpkit.ocpi.server.v230.InMemoryLocations();
        locations230.put(OcpiJson.forVersion(OcpiVersion.V2_3_0)
                .read(OCPI.write(LOCATION), dev.ocpkit.ocpi.model.v230.Location.class));
        dev.ocpkit.ocpi.server.v230.InMemoryTariffs tariffs230 = new dev.ocpkit.ocpi.server.v230.InMemoryTariffs();
        dev.ocpkit.ocpi.server.v230.InMemoryTokens tokens230 = new dev.ocpkit.ocpi.server.v230.InMemoryTokens();
        dev.ocpkit.ocpi.server.v230.InMemorySessions sessions230 = new dev.ocpkit.ocpi.server.v230.InMemorySessions();
        dev.ocpkit.ocpi.server.v230.InMemoryCdrs cdrs230 = new dev.ocpkit.ocpi.server.v230.InMemoryCdrs();
        Map<String, dev.ocpkit.ocpi.model.v211.Token> tokens211 = new java.util.concurrent.ConcurrentHashMap<>();
        return OcpiDispatcher.builder(local, partners)
                .service(locations230.asSender())
                .service(locations230.asReceiver())
                .service(tariffs230.asSender())
                .service(tariffs230.asReceiver())
                .service(tokens230.asSender())
                .service(tokens230.asReceiver())
                .service(sessions230.asSender())
                .service(sessions230.asReceiver())
                .service(cdrs230.asSender())
                .service(cdrs230.asReceiver())
                .service(new dev.ocpkit.ocpi.server.v211.TokensReceiver() {
                    @Override
                    public java.util.Optional<dev.ocpkit.ocpi.model.v211.Token> getToken(
                            dev.ocpkit.ocpi.server.OcpiContext ctx, String countryCode, String partyId, String uid) {
                        return java.util.Optional.ofNullable(tokens211.get(countryCode + "/" + partyId + "/" + uid));
                    }

                    @Override
                    public dev.ocpkit.ocpi.server.PutOutcome putToken(
                            dev.ocpkit.ocpi.server.OcpiContext ctx,
                            String countryCode,
                            String partyId,
                            String uid,
                            dev.ocpkit.ocpi.model.v211.Token token) {
                        return tokens211.put(countryCode + "/" + partyId + "/" + uid, token) == null
                                ? dev.ocpkit.ocpi.server.PutOutcome.CREATED
                                : dev.ocpkit.ocpi.server.PutOutcome.UPDATED;
                    }
                })
                .service(locations.asSender())
                .service(locations.asReceiver())
                .service(tariffs.asSender())
                .service(tariffs.asReceiver())
                .service(tokens.asSender())
                .service(tokens.asReceiver())
                .service(sessions.asSender())
                .service(sessions.asReceiver())
                .service(cdrs.asSender())
                .service(cdrs.asReceiver())
                .service(clientInfo.asReceiver())
                .discovery((url, token, version, quirks) -> List.of(
                        new PartnerEndpoint(
                                "credentials", "RECEIVER", "https://new.example.com/ocpi/2.2.1/credentials"),
                        new PartnerEndpoint("locations", "RECEIVER", "https://new.example.com/ocpi/2.2.1/locations")))
                .maxBodyBytes(64 * 1024)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    private static Partner registered(String id, String tokenC, PartyRole role) {
        return new Partner(
                id,
                Partner.State.REGISTERED,
                "https://" + id + ".example.com/ocpi/versions",
                OcpiVersion.V2_2_1,
                List.of(new PartnerEndpoint(
                        "credentials", "RECEIVER", "https://" + id + ".example.com/ocpi/2.2.1/credentials")),
                "token-b-" + id,
                tokenC,
                List.of(role),
                RAW_OR_BASE64);
    }

    /** Parses the text form of a request (see the class comment). */
    static OcpiRequest request(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\n\n");
        String head = headEnd < 0 ? text : text.substring(0, headEnd);
        String body = headEnd < 0 ? null : text.substring(headEnd + 2);
        String[] lines = head.split("\n", -1);
        String requestLine = lines[0];
        int sp = requestLine.indexOf(' ');
        String method = sp < 0 ? requestLine : requestLine.substring(0, sp);
        String target = sp < 0 ? "/" : requestLine.substring(sp + 1);
        OcpiRequest.Builder b = OcpiRequest.builder(method.isEmpty() ? "GET" : method, target);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                b.header(
                        lines[i].substring(0, colon),
                        lines[i].substring(colon + 1).strip());
            }
        }
        if (body != null) {
            b.body(body);
        }
        return b.build();
    }

    /** Parses the input, handles it with a fresh dispatcher and checks the response; throws AssertionError. */
    static void run(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        OcpiDispatcher dispatcher = dispatcher();
        int from = 0;
        for (int n = 0; n < MAX_REQUESTS; n++) {
            int next = text.indexOf(NEXT_REQUEST, from);
            String one = next < 0 || n == MAX_REQUESTS - 1 ? text.substring(from) : text.substring(from, next);
            OcpiRequest request = request(one.getBytes(StandardCharsets.UTF_8));
            check(request, dispatcher.handle(request));
            if (next < 0) {
                return;
            }
            from = next + NEXT_REQUEST.length();
        }
    }

    private static void check(OcpiRequest request, OcpiResponse r) {
        if (r == null) {
            throw new AssertionError("no response to " + request);
        }
        if (r.status() < 200 || r.status() > 599) {
            throw new AssertionError("HTTP status " + r.status() + " for " + request);
        }
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            for (char c : (h.getKey() + h.getValue()).toCharArray()) {
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    throw new AssertionError(
                            "control character " + (int) c + " in response header " + h.getKey() + " for " + request);
                }
            }
        }
        if (r.header("X-Request-ID") == null || r.header("X-Correlation-ID") == null) {
            throw new AssertionError("no X-Request-ID/X-Correlation-ID in " + r + " for " + request);
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (JacksonException e) {
            throw new AssertionError("response body is not JSON for " + request + ": " + r.bodyText(), e);
        }
        if (body == null || !body.isObject()) {
            throw new AssertionError("response body is not a JSON object for " + request + ": " + r.bodyText());
        }
        JsonNode code = body.get("status_code");
        if (code == null || !code.isIntegralNumber() || code.asInt() < 1000 || code.asInt() > 4999) {
            throw new AssertionError("bad status_code in " + r.bodyText() + " for " + request);
        }
        if (code.asInt() == 3000) {
            throw new AssertionError("internal error (an exception the dispatcher did not expect) for " + request);
        }
        JsonNode timestamp = body.get("timestamp");
        if (timestamp == null || !timestamp.isString()) {
            throw new AssertionError("no timestamp in " + r.bodyText() + " for " + request);
        }
    }
}
