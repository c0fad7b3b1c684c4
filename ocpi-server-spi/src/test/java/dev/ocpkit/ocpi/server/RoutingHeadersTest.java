package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.b64;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.RoutingHeaders;
import dev.ocpkit.ocpi.server.v221.InMemoryHubClientInfo;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemoryTokens;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** OCPI 2.2.1 "Message Routing": routing headers on traffic from a hub and from direct partners. */
class RoutingHeadersTest {
    private static final String HUB_TOKEN = "token-of-the-hub";
    private final InMemoryLocations locations = new InMemoryLocations();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryHubClientInfo clientInfo = new InMemoryHubClientInfo();
    private final AtomicReference<OcpiContext> seen = new AtomicReference<>();
    private final TestServer server;

    RoutingHeadersTest() {
        server = new TestServer(b -> b.service(locations.asSender())
                .service(clientInfo.asReceiver())
                .service((dev.ocpkit.ocpi.server.v221.TokensReceiver) new TokensSpy()));
        server.partners.save(TestServer.registered(
                "hub", HUB_TOKEN, PartnerQuirks.SPEC, new PartyRole("HUB", "NL", "HUB", "The Hub", null)));
    }

    private final class TokensSpy implements dev.ocpkit.ocpi.server.v221.TokensReceiver {
        private final dev.ocpkit.ocpi.server.v221.TokensReceiver delegate = tokens.asReceiver();

        @Override
        public java.util.Optional<dev.ocpkit.ocpi.model.v221.Token> getToken(
                OcpiContext ctx, String cc, String pid, String uid, dev.ocpkit.ocpi.model.v221.TokenType type) {
            seen.set(ctx);
            return delegate.getToken(ctx, cc, pid, uid, type);
        }

        @Override
        public PutOutcome putToken(
                OcpiContext ctx,
                String cc,
                String pid,
                String uid,
                dev.ocpkit.ocpi.model.v221.TokenType type,
                dev.ocpkit.ocpi.model.v221.Token token) {
            seen.set(ctx);
            return delegate.putToken(ctx, cc, pid, uid, type, token);
        }
    }

    private OcpiResponse send(String token, String path, String... headers) {
        return sendBody("GET", token, path, null, headers);
    }

    private OcpiResponse sendBody(String method, String token, String path, String body, String... headers) {
        return server.send(method, path, "Token " + b64(token), body, b -> {
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
        });
    }

    private static String[] route(String fcc, String fpi, String tcc, String tpi) {
        return new String[] {
            RoutingHeaders.FROM_COUNTRY_CODE, fcc,
            RoutingHeaders.FROM_PARTY_ID, fpi,
            RoutingHeaders.TO_COUNTRY_CODE, tcc,
            RoutingHeaders.TO_PARTY_ID, tpi
        };
    }

    @Test
    void hubTrafficWithoutRoutingHeaders_is400With2001() {
        OcpiResponse r = send(HUB_TOKEN, V + "/sender/locations");
        assertThat(r.status()).isEqualTo(400);
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void hubTrafficWithRoutingHeaders_isServed_andTheResponseCarriesTheReversedRoute() {
        OcpiResponse r = send(HUB_TOKEN, V + "/sender/locations", route("DE", "EMS", "NL", "CPO"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header(RoutingHeaders.FROM_COUNTRY_CODE)).isEqualTo("NL");
        assertThat(r.header(RoutingHeaders.FROM_PARTY_ID)).isEqualTo("CPO");
        assertThat(r.header(RoutingHeaders.TO_COUNTRY_CODE)).isEqualTo("DE");
        assertThat(r.header(RoutingHeaders.TO_PARTY_ID)).isEqualTo("EMS");
    }

    @Test
    void theServiceSeesTheRoute_andMayServeClientOwnedObjectsOfTheOriginalParty() {
        String body = Fixtures.tokenJson("DE", "EMS", "RFID0001", true);
        OcpiResponse r = sendBody(
                "PUT", HUB_TOKEN, V + "/receiver/tokens/DE/EMS/RFID0001", body, route("NL", "HUB", "NL", "CPO"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(seen.get().routing()).isEqualTo(new RoutingHeaders("NL", "HUB", "NL", "CPO"));
        assertThat(seen.get().viaHub()).isTrue();
    }

    @Test
    void malformedRoutingHeaders_are400With2001() {
        OcpiResponse r = send(HUB_TOKEN, V + "/sender/locations", route("DEU", "EMS", "NL", "CPO"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(status(r)).isEqualTo(2001);
        r = send(HUB_TOKEN, V + "/sender/locations", route("DE", "E$S", "NL", "CPO"));
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void receiverThatIsNotOnThisPlatform_is2001() {
        OcpiResponse r = send(HUB_TOKEN, V + "/sender/locations", route("DE", "EMS", "FR", "XYZ"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void directPartnerMayOmitRoutingHeaders_butIfSentTheSenderMustBeItself() {
        assertThat(send(TestServer.TOKEN_C, V + "/sender/locations").status()).isEqualTo(200);
        assertThat(send(TestServer.TOKEN_C, V + "/sender/locations", route("DE", "EMS", "NL", "CPO"))
                        .status())
                .isEqualTo(200);
        OcpiResponse spoofed = send(TestServer.TOKEN_C, V + "/sender/locations", route("FR", "OTH", "NL", "CPO"));
        assertThat(spoofed.status()).isEqualTo(400);
        assertThat(status(spoofed)).isEqualTo(2001);
    }

    @Test
    void halfARoute_is2001() {
        OcpiResponse r = send(TestServer.TOKEN_C, V + "/sender/locations", RoutingHeaders.FROM_COUNTRY_CODE, "DE");
        assertThat(status(r)).isEqualTo(2001);
    }

    @Test
    void configurationModules_ignoreRoutingRules_hubClientInfoFromAHubNeedsNoHeaders() {
        String body = "{\"party_id\":\"EMS\",\"country_code\":\"DE\",\"role\":\"EMSP\",\"status\":\"CONNECTED\","
                + "\"last_updated\":\"2024-01-01T00:00:00Z\"}";
        OcpiResponse r = sendBody("PUT", HUB_TOKEN, V + "/receiver/hubclientinfo/DE/EMS", body);
        assertThat(r.status()).isEqualTo(201);
        assertThat(clientInfo.all()).hasSize(1);
        assertThat(send(HUB_TOKEN, "/ocpi/versions").status()).isEqualTo(200);
    }
}
