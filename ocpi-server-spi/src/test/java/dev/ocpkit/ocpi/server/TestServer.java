package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerEndpoint;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A dispatcher for a CPO "NL/CPO" with a registered eMSP partner "DE/EMS" (token C) and a pending one (token A). */
final class TestServer {
    static final String VERSIONS_URL = "https://cpo.example.com/ocpi/versions";
    static final String BASE = "/ocpi";
    static final String V = "/ocpi/2.2.1";
    static final String TOKEN_C = "token-c-of-the-emsp";
    static final String TOKEN_B = "token-b-we-use";
    static final String TOKEN_A = "token-a-for-newcomer";

    static final PartyRole CPO = new PartyRole("CPO", "NL", "CPO", "Example CPO", "https://cpo.example.com");
    static final PartyRole EMSP = new PartyRole("EMSP", "DE", "EMS", "Example eMSP", null);
    static final LocalParty LOCAL = new LocalParty(VERSIONS_URL, List.of(OcpiVersion.V2_2_1), List.of(CPO));

    final InMemoryPartnerStore partners = new InMemoryPartnerStore();
    final OcpiDispatcher dispatcher;

    TestServer(Consumer<OcpiDispatcher.Builder> config) {
        this(config, PartnerQuirks.SPEC);
    }

    TestServer(Consumer<OcpiDispatcher.Builder> config, PartnerQuirks quirks) {
        this(LOCAL, config, quirks);
    }

    /** The same partners, for a party that offers other versions than {@link #LOCAL}. */
    TestServer(LocalParty local, Consumer<OcpiDispatcher.Builder> config, PartnerQuirks quirks) {
        partners.save(registered("emsp", TOKEN_C, quirks, EMSP));
        partners.save(Partner.pending("newcomer", TOKEN_A, quirks));
        OcpiDispatcher.Builder b = OcpiDispatcher.builder(local, partners);
        config.accept(b);
        dispatcher = b.build();
    }

    static Partner registered(String id, String tokenC, PartnerQuirks quirks, PartyRole... roles) {
        return new Partner(
                id,
                Partner.State.REGISTERED,
                "https://" + id + ".example.com/ocpi/versions",
                OcpiVersion.V2_2_1,
                List.of(new PartnerEndpoint(
                        "credentials", "SENDER", "https://" + id + ".example.com/ocpi/2.2.1/credentials")),
                TOKEN_B,
                tokenC,
                List.of(roles),
                quirks);
    }

    static String b64(String token) {
        return Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    OcpiResponse send(String method, String path, @Nullable String token, @Nullable String body) {
        return send(method, path, token == null ? null : "Token " + b64(token), body, b -> {});
    }

    OcpiResponse send(
            String method,
            String path,
            @Nullable String authorization,
            @Nullable String body,
            Consumer<OcpiRequest.Builder> more) {
        OcpiRequest.Builder b = OcpiRequest.builder(method, path);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").body(body);
        }
        more.accept(b);
        return dispatcher.handle(b.build());
    }

    OcpiResponse get(String path) {
        return send("GET", path, TOKEN_C, null);
    }

    static JsonNode json(OcpiResponse r) {
        return OcpiJson.v221().readTree(r.body());
    }

    static int status(OcpiResponse r) {
        return json(r).get("status_code").asInt();
    }

    static String message(OcpiResponse r) {
        JsonNode m = json(r).get("status_message");
        return m == null ? "" : m.asString();
    }
}
