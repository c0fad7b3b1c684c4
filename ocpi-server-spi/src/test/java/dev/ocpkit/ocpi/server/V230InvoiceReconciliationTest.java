package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.VERSIONS_URL;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.PartnerQuirks;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v230.InvoiceReconciliationRecord;
import dev.ocpkit.ocpi.server.v230.InvoiceReconciliationReceiver;
import dev.ocpkit.ocpi.server.v230.InvoiceReconciliationSender;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The Invoice Reconciliation module of OCPI 2.3.0 edition 2: the issuer's Sender and the recipient's Receiver. */
class V230InvoiceReconciliationTest {
    private static final String P = "/ocpi/2.3.0";
    private static final String CPO_TOKEN = "token-of-the-cpo";

    private static TestServer server(PartyRole local, java.util.function.Consumer<OcpiDispatcher.Builder> config) {
        TestServer s = new TestServer(
                new LocalParty(VERSIONS_URL, List.of(OcpiVersion.V2_3_0), List.of(local)), config, PartnerQuirks.SPEC);
        s.partners.save(TestServer.registered(
                "cpo", CPO_TOKEN, PartnerQuirks.SPEC, new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
        return s;
    }

    private static String recordJson(String cc, String pid, String id, String invoice) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","invoice_id":"%s","cdrs":["CDR1","CDR2"],
                 "last_updated":"2025-02-01T00:00:00Z"}"""
                .formatted(cc, pid, id, invoice);
    }

    @Test
    void receiver_postGetPutDelete_withTheOwnerChecked() {
        Map<String, InvoiceReconciliationRecord> stored = new ConcurrentHashMap<>();
        InvoiceReconciliationReceiver emsp = new InvoiceReconciliationReceiver() {
            @Override
            public Optional<InvoiceReconciliationRecord> getRecord(
                    OcpiContext ctx, String countryCode, String partyId, String id) {
                return Optional.ofNullable(stored.get(countryCode + "/" + partyId + "/" + id));
            }

            @Override
            public void postRecord(OcpiContext ctx, InvoiceReconciliationRecord record) {
                String key = record.countryCode() + "/" + record.partyId() + "/" + record.id();
                if (stored.putIfAbsent(key, record) != null) {
                    throw OcpiErrors.invalid("record " + record.id() + " exists");
                }
            }

            @Override
            public PutOutcome putRecord(
                    OcpiContext ctx, String countryCode, String partyId, String id, InvoiceReconciliationRecord r) {
                if (stored.replace(countryCode + "/" + partyId + "/" + id, r) == null) {
                    throw OcpiErrors.notFound("unknown record " + id);
                }
                return PutOutcome.UPDATED;
            }

            @Override
            public boolean deleteRecord(OcpiContext ctx, String countryCode, String partyId, String id) {
                return stored.remove(countryCode + "/" + partyId + "/" + id) != null;
            }
        };
        TestServer s = server(TestServer.EMSP, b -> b.service(emsp));
        String base = P + "/receiver/invoicereconciliation";
        assertThat(json(s.send("GET", P, CPO_TOKEN, null))
                        .get("data")
                        .get("endpoints")
                        .get(1)
                        .get("identifier")
                        .asString())
                .isEqualTo("invoicereconciliation");

        assertThat(status(s.send("POST", base, CPO_TOKEN, recordJson("BE", "CPO", "R1", "INV-1"))))
                .isEqualTo(1000);
        assertThat(status(s.send("POST", base, CPO_TOKEN, recordJson("BE", "CPO", "R1", "INV-1"))))
                .isEqualTo(2001);
        assertThat(status(s.send("POST", base, CPO_TOKEN, recordJson("FR", "XXX", "R2", "INV-2"))))
                .isEqualTo(2001);
        assertThat(stored).containsOnlyKeys("BE/CPO/R1");

        String url = base + "/BE/CPO/R1";
        assertThat(json(s.send("GET", url, CPO_TOKEN, null)).get("data").get("cdrs"))
                .hasSize(2);
        assertThat(s.send("PUT", url, CPO_TOKEN, recordJson("BE", "CPO", "R1", "INV-1b"))
                        .status())
                .isEqualTo(200);
        assertThat(stored.get("BE/CPO/R1").invoiceId()).isEqualTo("INV-1b");
        assertThat(status(s.send("PUT", url, CPO_TOKEN, recordJson("BE", "CPO", "R9", "INV-1b"))))
                .isEqualTo(2001);
        assertThat(s.send("PUT", base + "/BE/CPO/R9", CPO_TOKEN, recordJson("BE", "CPO", "R9", "X"))
                        .status())
                .isEqualTo(404);
        assertThat(s.send("PATCH", url, CPO_TOKEN, "{\"invoice_id\":\"X\"}").status())
                .isEqualTo(405);
        assertThat(status(s.send("DELETE", url, CPO_TOKEN, null))).isEqualTo(1000);
        OcpiResponse again = s.send("DELETE", url, CPO_TOKEN, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(status(again)).isEqualTo(2001);
    }

    @Test
    void sender_listsTheRecordsWithPagination_andOnlyGet() {
        OcpiJson ocpi = OcpiJson.forVersion(OcpiVersion.V2_3_0);
        List<InvoiceReconciliationRecord> records = List.of(
                ocpi.read(recordJson("NL", "CPO", "R1", "INV-1"), InvoiceReconciliationRecord.class),
                ocpi.read(recordJson("NL", "CPO", "R2", "INV-2"), InvoiceReconciliationRecord.class),
                ocpi.read(recordJson("NL", "CPO", "R3", "INV-3"), InvoiceReconciliationRecord.class));
        InvoiceReconciliationSender cpo =
                (ctx, page) -> Page.of(records, page, InvoiceReconciliationRecord::lastUpdated);
        TestServer s = server(TestServer.CPO, b -> b.service(cpo));
        String url = P + "/sender/invoicereconciliation";
        OcpiResponse page = s.get(url + "?offset=1&limit=1");
        assertThat(json(page).get("data").get(0).get("invoice_id").asString()).isEqualTo("INV-2");
        assertThat(page.header("X-Total-Count")).isEqualTo("3");
        assertThat(page.header("Link")).contains("offset=2&limit=1");
        assertThat(s.get(url + "/R1").status()).isEqualTo(404);
        assertThat(s.send("POST", url, CPO_TOKEN, recordJson("BE", "CPO", "R4", "X"))
                        .status())
                .isEqualTo(405);
    }
}
