package dev.ocpkit.ocpi.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.client.RegistrationOptions;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.Terminal;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.v230.InMemoryLocations;
import dev.ocpkit.ocpi.server.v230.PaymentsReceiver;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One CPO serving OCPI 2.1.1, 2.2.1 and 2.3.0 over 127.0.0.1, and eMSPs of different versions registering with the
 * ocpi-client: each negotiates the highest common version and then talks that version's modules.
 */
class MultiVersionIT {
    private static final PartyRole CPO_ROLE = new PartyRole("CPO", "NL", "CPO", "Example CPO", null);
    private static final PartyRole EMSP_ROLE = new PartyRole("EMSP", "DE", "EMS", "Example eMSP", null);
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private final InMemoryLocations locations230 = new InMemoryLocations();
    private final List<dev.ocpkit.ocpi.model.v211.Location> locations211 = new ArrayList<>();
    private final Map<String, dev.ocpkit.ocpi.model.v211.Token> tokens211 = new ConcurrentHashMap<>();
    private final Map<String, Terminal> terminals = new ConcurrentHashMap<>();
    private Party cpo;
    private final List<Party> emsps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        for (int i = 0; i < 25; i++) {
            Instant t = T0.plusSeconds(60L * i);
            locations230.put(OcpiJson.forVersion(OcpiVersion.V2_3_0)
                    .read(
                            location("\"country_code\":\"NL\",\"party_id\":\"CPO\",\"publish\":true,", "LOC" + i, t),
                            dev.ocpkit.ocpi.model.v230.Location.class));
            locations211.add(OcpiJson.forVersion(OcpiVersion.V2_1_1)
                    .read(
                            location("\"type\":\"ON_STREET\",\"postal_code\":\"2611\",", "LOC" + i, t),
                            dev.ocpkit.ocpi.model.v211.Location.class));
        }
        dev.ocpkit.ocpi.server.v211.LocationsSender sender211 = new dev.ocpkit.ocpi.server.v211.LocationsSender() {
            @Override
            public Page<dev.ocpkit.ocpi.model.v211.Location> getLocations(OcpiContext ctx, PageRequest page) {
                return Page.of(locations211, page, dev.ocpkit.ocpi.model.v211.Location::lastUpdated);
            }

            @Override
            public Optional<dev.ocpkit.ocpi.model.v211.Location> getLocation(OcpiContext ctx, String locationId) {
                return locations211.stream()
                        .filter(l -> locationId.equals(l.id()))
                        .findFirst();
            }
        };
        dev.ocpkit.ocpi.server.v211.TokensReceiver receiver211 = new dev.ocpkit.ocpi.server.v211.TokensReceiver() {
            @Override
            public Optional<dev.ocpkit.ocpi.model.v211.Token> getToken(
                    OcpiContext ctx, String countryCode, String partyId, String tokenUid) {
                return Optional.ofNullable(tokens211.get(countryCode + "/" + partyId + "/" + tokenUid));
            }

            @Override
            public PutOutcome putToken(
                    OcpiContext ctx,
                    String countryCode,
                    String partyId,
                    String tokenUid,
                    dev.ocpkit.ocpi.model.v211.Token token) {
                return tokens211.put(countryCode + "/" + partyId + "/" + tokenUid, token) == null
                        ? PutOutcome.CREATED
                        : PutOutcome.UPDATED;
            }
        };
        PaymentsReceiver payments = new PaymentsReceiver() {
            @Override
            public Optional<Terminal> getTerminal(OcpiContext ctx, String terminalId) {
                return Optional.ofNullable(terminals.get(terminalId));
            }

            @Override
            public void postTerminal(OcpiContext ctx, Terminal terminal) {
                terminals.put(terminal.terminalId(), terminal);
            }

            @Override
            public Optional<dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation> getFinancialAdviceConfirmation(
                    OcpiContext ctx, String id) {
                return Optional.empty();
            }

            @Override
            public void postFinancialAdviceConfirmation(
                    OcpiContext ctx, dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation confirmation) {
                throw new IllegalStateException("not used in this test");
            }
        };
        cpo = new Party(CPO_ROLE, List.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1, OcpiVersion.V2_3_0), b -> b.service(
                        new dev.ocpkit.ocpi.server.v221.InMemoryLocations().asSender())
                .service(locations230.asSender())
                .service(payments)
                .service(sender211)
                .service(receiver211));
    }

    @AfterEach
    void stop() {
        emsps.forEach(Party::close);
        if (cpo != null) {
            cpo.close();
        }
    }

    private static String location(String extra, String id, Instant t) {
        return """
                {%s"id":"%s","address":"Main 1","city":"Delft","country":"NLD",
                 "coordinates":{"latitude":"52.0","longitude":"4.3"},"time_zone":"Europe/Amsterdam",
                 "evses":[{"uid":"%s-E1","status":"AVAILABLE","connectors":[{"id":"1","standard":"IEC_62196_T2",
                 "format":"SOCKET","power_type":"AC_3_PHASE","max_voltage":230,"max_amperage":16,"voltage":230,
                 "amperage":16,"last_updated":"%s"}],"last_updated":"%s"}],"last_updated":"%s"}"""
                .formatted(extra, id, id, t, t, t);
    }

    private Party emspRegistering(List<OcpiVersion> versions) throws IOException {
        Party emsp = new Party(EMSP_ROLE, versions, b -> {});
        emsps.add(emsp);
        String tokenA = cpo.dispatcher.issueTokenA("emsp", PartnerQuirks.SPEC);
        Partner atEmsp = emsp.client.register(
                tokenA, cpo.local.versionsUrl(), new RegistrationOptions("cpo", PartnerQuirks.SPEC, List.of()));
        assertThat(atEmsp.state()).isEqualTo(Partner.State.REGISTERED);
        return emsp;
    }

    @Test
    void emspOf230_negotiates230_andPullsTheCposLocationsPageByPage_andReadsItsPayments() throws IOException {
        Party emsp = emspRegistering(List.of(OcpiVersion.V2_2_1, OcpiVersion.V2_3_0));
        Partner atCpo = cpo.partners.find("emsp").orElseThrow();
        assertThat(atCpo.version()).isEqualTo(OcpiVersion.V2_3_0);
        assertThat(emsp.partners.find("cpo").orElseThrow().version()).isEqualTo(OcpiVersion.V2_3_0);
        assertThat(emsp.partners.find("cpo").orElseThrow().endpoint("payments", "RECEIVER"))
                .contains(cpo.base + "/2.3.0/receiver/payments");

        List<String> ids = new ArrayList<>();
        emsp.client
                .partner("cpo")
                .v230()
                .locationsSender()
                .list(PageRequest.FIRST)
                .forEach(l -> ids.add(l.id()));
        assertThat(ids).hasSize(25).startsWith("LOC0", "LOC1").endsWith("LOC24");

        terminals.put(
                "T1",
                OcpiJson.forVersion(OcpiVersion.V2_3_0)
                        .read(
                                "{\"terminal_id\":\"T1\",\"city\":\"Delft\",\"last_updated\":\"2024-05-01T00:00:00Z\"}",
                                Terminal.class));
        assertThat(emsp.client
                        .partner("cpo")
                        .v230()
                        .paymentsReceiver()
                        .getTerminal("T1")
                        .city())
                .isEqualTo("Delft");
    }

    @Test
    void emspOf211_negotiates211_withRawTokens_pullsLocations_andPushesATokenToTheCpo() throws IOException {
        Party emsp = emspRegistering(List.of(OcpiVersion.V2_1_1));
        Partner atCpo = cpo.partners.find("emsp").orElseThrow();
        assertThat(atCpo.version()).isEqualTo(OcpiVersion.V2_1_1);
        assertThat(atCpo.hasParty("DE", "EMS")).isTrue();
        Partner atEmsp = emsp.partners.find("cpo").orElseThrow();
        assertThat(atEmsp.version()).isEqualTo(OcpiVersion.V2_1_1);
        assertThat(atEmsp.hasParty("NL", "CPO")).isTrue();

        List<String> ids = new ArrayList<>();
        emsp.client
                .partner("cpo")
                .v211()
                .locationsSender()
                .list(PageRequest.FIRST)
                .forEach(l -> ids.add(l.id()));
        assertThat(ids).hasSize(25).endsWith("LOC24");
        assertThat(emsp.client
                        .partner("cpo")
                        .v211()
                        .locationsSender()
                        .connector("LOC3", "LOC3-E1", "1")
                        .voltage())
                .isEqualTo(230);

        dev.ocpkit.ocpi.model.v211.Token token = OcpiJson.forVersion(OcpiVersion.V2_1_1)
                .read(
                        """
                        {"uid":"RFID0001","type":"RFID","auth_id":"DE-EMS-C1","issuer":"Example eMSP","valid":true,
                         "whitelist":"ALLOWED","last_updated":"2024-02-01T00:00:00Z"}""",
                        dev.ocpkit.ocpi.model.v211.Token.class);
        emsp.client.partner("cpo").v211().tokensReceiver().putToken("DE", "EMS", token);
        assertThat(tokens211).containsOnlyKeys("DE/EMS/RFID0001");
        assertThat(emsp.client
                        .partner("cpo")
                        .v211()
                        .tokensReceiver()
                        .getToken("DE", "EMS", "RFID0001")
                        .authId())
                .isEqualTo("DE-EMS-C1");
    }
}
