package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.CPO;
import static dev.ocpkit.ocpi.server.TestServer.VERSIONS_URL;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation;
import dev.ocpkit.ocpi.model.v230.Terminal;
import dev.ocpkit.ocpi.server.v230.PaymentsReceiver;
import dev.ocpkit.ocpi.server.v230.PaymentsSender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OCPI 2.3.0 Payments module: the PTP's Sender interface and the CPO's Receiver interface. */
class V230PaymentsTest {
    private static final String P = "/ocpi/2.3.0";
    private static final String PTP_TOKEN = "token-of-the-ptp";
    private static final String CPO_TOKEN = "token-of-the-cpo";
    private static final OcpiJson JSON = OcpiJson.forVersion(OcpiVersion.V2_3_0);

    private static TestServer server(PartyRole local, Consumer<OcpiDispatcher.Builder> config) {
        TestServer s = new TestServer(
                new LocalParty(VERSIONS_URL, List.of(OcpiVersion.V2_3_0), List.of(local)), config, PartnerQuirks.SPEC);
        s.partners.save(TestServer.registered(
                "ptp", PTP_TOKEN, PartnerQuirks.SPEC, new PartyRole("PTP", "DE", "PAY", "Terminals Inc", null)));
        s.partners.save(TestServer.registered(
                "cpo", CPO_TOKEN, PartnerQuirks.SPEC, new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
        return s;
    }

    private static String terminalJson(String id, String locations) {
        return """
                {"terminal_id":"%s","address":"Stationsplein 1","city":"Utrecht","country":"NLD",
                 "invoice_creator":"PTP","location_ids":[%s],"last_updated":"2024-05-01T00:00:00Z"}"""
                .formatted(id, locations);
    }

    private static String confirmationJson(String id) {
        return """
                {"id":"%s","authorization_reference":"AUTH-1",
                 "total_costs":{"before_taxes":10.00,"taxes":[{"name":"VAT","percentage":19,"amount":1.90}]},
                 "currency":"EUR","eft_data":["card ****1234"],"capture_status_code":"SUCCESS",
                 "last_updated":"2024-05-01T12:00:00Z"}"""
                .formatted(id);
    }

    /** A PTP that keeps its terminals in a map and records activations. */
    private static final class Ptp implements PaymentsSender {
        final Map<String, Terminal> terminals = new ConcurrentHashMap<>();
        final List<String> calls = new ArrayList<>();
        final List<FinancialAdviceConfirmation> confirmations = new ArrayList<>();

        @Override
        public Page<Terminal> getTerminals(OcpiContext ctx, PageRequest page) {
            return Page.of(new ArrayList<>(new java.util.TreeMap<>(terminals).values()), page, Terminal::lastUpdated);
        }

        @Override
        public Optional<Terminal> getTerminal(OcpiContext ctx, String terminalId) {
            return Optional.ofNullable(terminals.get(terminalId));
        }

        @Override
        public PutOutcome putTerminal(OcpiContext ctx, String terminalId, Terminal terminal) {
            if (!terminals.containsKey(terminalId)) {
                throw OcpiErrors.notFound("unknown terminal " + terminalId);
            }
            terminals.put(terminalId, terminal);
            return PutOutcome.UPDATED;
        }

        @Override
        public void activateTerminal(OcpiContext ctx, Terminal terminal) {
            calls.add("activate " + terminal.terminalId() + " " + terminal.city());
        }

        @Override
        public void deactivateTerminal(OcpiContext ctx, String terminalId) {
            if (terminals.remove(terminalId) == null) {
                throw OcpiErrors.notFound("unknown terminal " + terminalId);
            }
            calls.add("deactivate " + terminalId);
        }

        @Override
        public Page<FinancialAdviceConfirmation> getFinancialAdviceConfirmations(OcpiContext ctx, PageRequest page) {
            return Page.of(confirmations, page, FinancialAdviceConfirmation::lastUpdated);
        }

        @Override
        public Optional<FinancialAdviceConfirmation> getFinancialAdviceConfirmation(OcpiContext ctx, String id) {
            return confirmations.stream().filter(f -> id.equals(f.id())).findFirst();
        }
    }

    @Test
    void ptpSender_terminals_listGetPutPatch_andTheVersionDetailsPublishPayments() {
        Ptp ptp = new Ptp();
        for (String id : List.of("T1", "T2", "T3")) {
            ptp.terminals.put(id, JSON.read(terminalJson(id, ""), Terminal.class));
        }
        TestServer s = server(new PartyRole("PTP", "DE", "PAY", "Terminals Inc", null), b -> b.service(ptp));
        JsonNode endpoints = json(s.send("GET", P, CPO_TOKEN, null)).get("data").get("endpoints");
        assertThat(endpoints.get(1).get("identifier").asString()).isEqualTo("payments");
        assertThat(endpoints.get(1).get("role").asString()).isEqualTo("SENDER");
        assertThat(endpoints.get(1).get("url").asString())
                .isEqualTo("https://cpo.example.com/ocpi/2.3.0/sender/payments");

        String terminals = P + "/sender/payments/terminals";
        OcpiResponse page = s.send("GET", terminals + "?limit=2", CPO_TOKEN, null);
        assertThat(json(page).get("data")).hasSize(2);
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.header("Link"))
                .isEqualTo("<https://cpo.example.com" + terminals + "?offset=2&limit=2>; rel=\"next\"");
        assertThat(json(s.send("GET", terminals + "/T2", CPO_TOKEN, null))
                        .get("data")
                        .get("terminal_id")
                        .asString())
                .isEqualTo("T2");
        OcpiResponse unknown = s.send("GET", terminals + "/T9", CPO_TOKEN, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(unknown)).isEqualTo(2001);

        OcpiResponse put = s.send("PUT", terminals + "/T1", CPO_TOKEN, terminalJson("T1", "\"LOC1\""));
        assertThat(put.status()).isEqualTo(200);
        assertThat(ptp.terminals.get("T1").locationIds()).containsExactly("LOC1");
        assertThat(status(s.send("PUT", terminals + "/T1", CPO_TOKEN, terminalJson("T2", ""))))
                .isEqualTo(2001);

        OcpiResponse patch = s.send(
                "PATCH",
                terminals + "/T2",
                CPO_TOKEN,
                "{\"location_ids\":[\"LOC7\",\"LOC8\"],\"last_updated\":\"2024-05-02T00:00:00Z\"}");
        assertThat(status(patch)).isEqualTo(1000);
        assertThat(ptp.terminals.get("T2").locationIds()).containsExactly("LOC7", "LOC8");
        assertThat(ptp.terminals.get("T2").city()).isEqualTo("Utrecht");
        assertThat(s.send("DELETE", terminals + "/T2", CPO_TOKEN, null).status())
                .isEqualTo(405);
    }

    @Test
    void ptpSender_activateWithoutTerminalId_andDeactivate() {
        Ptp ptp = new Ptp();
        ptp.terminals.put("T1", JSON.read(terminalJson("T1", ""), Terminal.class));
        TestServer s = server(new PartyRole("PTP", "DE", "PAY", "Terminals Inc", null), b -> b.service(ptp));
        String terminals = P + "/sender/payments/terminals";

        String activation =
                "{\"address\":\"Dorpsstraat 2\",\"city\":\"Zeist\",\"last_updated\":\"2024-05-01T00:00:00Z\"}";
        OcpiResponse activated = s.send("POST", terminals + "/activate", CPO_TOKEN, activation);
        assertThat(status(activated)).isEqualTo(1000);
        // only terminal_id may be missing: other required fields still are
        OcpiResponse incomplete = s.send("POST", terminals + "/activate", CPO_TOKEN, "{\"city\":\"Zeist\"}");
        assertThat(status(incomplete)).isEqualTo(2001);
        assertThat(TestServer.message(incomplete)).contains("last_updated");

        assertThat(status(s.send("POST", terminals + "/T1/deactivate", CPO_TOKEN, null)))
                .isEqualTo(1000);
        assertThat(s.send("POST", terminals + "/T1/deactivate", CPO_TOKEN, null).status())
                .isEqualTo(404);
        assertThat(s.send("GET", terminals + "/T1/deactivate", CPO_TOKEN, null).status())
                .isEqualTo(405);
        assertThat(ptp.calls).containsExactly("activate null Zeist", "deactivate T1");
    }

    @Test
    void ptpSender_financialAdviceConfirmations_listAndOne() {
        Ptp ptp = new Ptp();
        ptp.confirmations.add(JSON.read(confirmationJson("FAC1"), FinancialAdviceConfirmation.class));
        ptp.confirmations.add(JSON.read(confirmationJson("FAC2"), FinancialAdviceConfirmation.class));
        TestServer s = server(new PartyRole("PTP", "DE", "PAY", "Terminals Inc", null), b -> b.service(ptp));
        String url = P + "/sender/payments/financial-advice-confirmations";

        OcpiResponse list = s.send("GET", url, CPO_TOKEN, null);
        assertThat(json(list).get("data")).hasSize(2);
        assertThat(list.header("X-Total-Count")).isEqualTo("2");
        JsonNode one = json(s.send("GET", url + "/FAC2", CPO_TOKEN, null)).get("data");
        assertThat(one.get("total_costs").get("before_taxes").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(s.send("GET", url + "/FAC9", CPO_TOKEN, null).status()).isEqualTo(404);
        assertThat(s.send("POST", url, CPO_TOKEN, confirmationJson("FAC3")).status())
                .isEqualTo(405);
        assertThat(s.send("GET", P + "/sender/payments/other", CPO_TOKEN, null).status())
                .isEqualTo(404);
    }

    @Test
    void cpoReceiver_ptpPostsTerminalsAndConfirmations_andReadsThemBack() {
        Map<String, Terminal> terminals = new ConcurrentHashMap<>();
        Map<String, FinancialAdviceConfirmation> confirmations = new ConcurrentHashMap<>();
        PaymentsReceiver cpo = new PaymentsReceiver() {
            @Override
            public Optional<Terminal> getTerminal(OcpiContext ctx, String terminalId) {
                return Optional.ofNullable(terminals.get(terminalId));
            }

            @Override
            public void postTerminal(OcpiContext ctx, Terminal terminal) {
                terminals.put(terminal.terminalId(), terminal);
            }

            @Override
            public Optional<FinancialAdviceConfirmation> getFinancialAdviceConfirmation(OcpiContext ctx, String id) {
                return Optional.ofNullable(confirmations.get(id));
            }

            @Override
            public void postFinancialAdviceConfirmation(OcpiContext ctx, FinancialAdviceConfirmation confirmation) {
                if (confirmations.putIfAbsent(confirmation.id(), confirmation) != null) {
                    throw OcpiErrors.invalid("confirmation " + confirmation.id() + " exists");
                }
            }
        };
        TestServer s = server(CPO, b -> b.service(cpo));
        String base = P + "/receiver/payments";

        String minimal = "{\"terminal_id\":\"T1\",\"last_updated\":\"2024-05-01T00:00:00Z\"}";
        assertThat(status(s.send("POST", base + "/terminals", PTP_TOKEN, minimal)))
                .isEqualTo(1000);
        assertThat(json(s.send("GET", base + "/terminals/T1", PTP_TOKEN, null))
                        .get("data")
                        .get("terminal_id")
                        .asString())
                .isEqualTo("T1");
        OcpiResponse noId =
                s.send("POST", base + "/terminals", PTP_TOKEN, "{\"last_updated\":\"2024-05-01T00:00:00Z\"}");
        assertThat(status(noId)).isEqualTo(2001);
        assertThat(terminals).containsOnlyKeys("T1");

        assertThat(status(s.send("POST", base + "/financial-advice-confirmations", PTP_TOKEN, confirmationJson("F1"))))
                .isEqualTo(1000);
        assertThat(status(s.send("POST", base + "/financial-advice-confirmations", PTP_TOKEN, confirmationJson("F1"))))
                .isEqualTo(2001);
        assertThat(confirmations.get("F1").eftData()).containsExactly("card ****1234");
        OcpiResponse missing = s.send("GET", base + "/financial-advice-confirmations/F2", PTP_TOKEN, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(status(missing)).isEqualTo(2001);
        assertThat(s.send("PUT", base + "/terminals/T1", PTP_TOKEN, minimal).status())
                .isEqualTo(405);
    }
}
