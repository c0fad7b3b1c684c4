package dev.ocpkit.ocpi.server;

import static dev.ocpkit.ocpi.server.TestServer.TOKEN_C;
import static dev.ocpkit.ocpi.server.TestServer.V;
import static dev.ocpkit.ocpi.server.TestServer.json;
import static dev.ocpkit.ocpi.server.TestServer.message;
import static dev.ocpkit.ocpi.server.TestServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.server.v221.InMemoryLocations;
import dev.ocpkit.ocpi.server.v221.InMemorySessions;
import dev.ocpkit.ocpi.server.v221.InMemoryTariffs;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Client-owned object push (OCPI 2.2.1 "Client Owned Object Push"): 201 for created, 200 for replaced, ids in the URL
 * and the object must agree, PATCH semantics. The caller here is a CPO "BE/CPO" pushing to us (an eMSP).
 */
class ReceiverRulesTest {
    private static final String CPO_TOKEN = "token-of-the-cpo";
    private static final Instant T1 = Instant.parse("2024-03-01T10:00:00Z");
    private static final String LOC = V + "/receiver/locations/BE/CPO/LOC1";

    private final InMemoryLocations locations = new InMemoryLocations();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final TestServer server;

    ReceiverRulesTest() {
        server = new TestServer(b ->
                b.service(locations.asReceiver()).service(sessions.asReceiver()).service(tariffs.asReceiver()));
        server.partners.save(TestServer.registered(
                "cpo",
                CPO_TOKEN,
                dev.ocpkit.ocpi.client.PartnerQuirks.SPEC,
                new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null)));
    }

    private OcpiResponse send(String method, String path, String body) {
        return server.send(method, path, CPO_TOKEN, body);
    }

    @Test
    void put_newObject_is201_thenReplacement_is200() {
        OcpiResponse created = send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        assertThat(created.status()).isEqualTo(201);
        assertThat(status(created)).isEqualTo(1000);
        OcpiResponse replaced = send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1.plusSeconds(60)));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(locations.find("BE", "CPO", "LOC1").orElseThrow().lastUpdated())
                .isEqualTo(T1.plusSeconds(60));
    }

    @Test
    void get_returnsTheStoredObject_orUnknownLocation() {
        send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        OcpiResponse r = server.send("GET", LOC + "/LOC1-E1/1", CPO_TOKEN, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(json(r).get("data").get("standard").asString()).isEqualTo("IEC_62196_T2");
        OcpiResponse missing = server.send("GET", V + "/receiver/locations/BE/CPO/NOPE", CPO_TOKEN, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(status(missing)).isEqualTo(2003);
    }

    @Test
    void idsAreCaseInsensitive() {
        send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        assertThat(server.send("GET", V + "/receiver/locations/be/cpo/loc1", CPO_TOKEN, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void put_withIdDifferentFromTheUrl_is2001_andNothingIsStored() {
        OcpiResponse r = send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC2", T1));
        assertThat(status(r)).isEqualTo(2001);
        assertThat(message(r)).contains("LOC2").contains("LOC1");
        assertThat(locations.all()).isEmpty();
    }

    @Test
    void put_withOwnerDifferentFromTheUrl_is2001() {
        server.partners.save(TestServer.registered(
                "cpo",
                CPO_TOKEN,
                dev.ocpkit.ocpi.client.PartnerQuirks.SPEC,
                new PartyRole("CPO", "BE", "CPO", "Belgian CPO", null),
                new PartyRole("CPO", "BE", "CP2", "Belgian CPO 2", null)));
        OcpiResponse r = send("PUT", LOC, Fixtures.locationJson("BE", "CP2", "LOC1", T1));
        assertThat(status(r)).isEqualTo(2001);
        assertThat(locations.all()).isEmpty();
    }

    @Test
    void putEvse_setsTheLocationsLastUpdated() {
        send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        Instant t2 = T1.plusSeconds(300);
        String evse =
                """
                {"uid":"LOC1-E2","status":"CHARGING","connectors":[{"id":"1","standard":"CHADEMO",
                 "format":"CABLE","power_type":"DC","max_voltage":500,"max_amperage":125,
                 "last_updated":"%s"}],"last_updated":"%s"}"""
                        .formatted(t2, t2);
        OcpiResponse r = send("PUT", LOC + "/LOC1-E2", evse);
        assertThat(r.status()).isEqualTo(201);
        Location stored = locations.find("BE", "CPO", "LOC1").orElseThrow();
        assertThat(stored.evses()).hasSize(2);
        assertThat(stored.lastUpdated()).isEqualTo(t2);
    }

    @Test
    void patchEvseStatus_changesOnlyTheStatus_andPropagatesLastUpdated() {
        send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        Instant t2 = T1.plusSeconds(600);
        OcpiResponse r = send("PATCH", LOC + "/LOC1-E1", "{\"status\":\"CHARGING\",\"last_updated\":\"" + t2 + "\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(status(r)).isEqualTo(1000);
        Location stored = locations.find("BE", "CPO", "LOC1").orElseThrow();
        assertThat(stored.evses().get(0).statusAsString()).isEqualTo("CHARGING");
        assertThat(stored.evses().get(0).evseId()).isEqualTo("NL*CPO*ELOC11");
        assertThat(stored.evses().get(0).lastUpdated()).isEqualTo(t2);
        assertThat(stored.lastUpdated()).isEqualTo(t2);
    }

    @Test
    void patchConnector_propagatesLastUpdatedToEvseAndLocation() {
        send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        Instant t2 = T1.plusSeconds(900);
        OcpiResponse r = send("PATCH", LOC + "/LOC1-E1/1", "{\"max_amperage\":16,\"last_updated\":\"" + t2 + "\"}");
        assertThat(status(r)).isEqualTo(1000);
        Location stored = locations.find("BE", "CPO", "LOC1").orElseThrow();
        assertThat(stored.evses().get(0).connectors().get(0).maxAmperage()).isEqualTo(16);
        assertThat(stored.evses().get(0).lastUpdated()).isEqualTo(t2);
        assertThat(stored.lastUpdated()).isEqualTo(t2);
    }

    @Test
    void patchWithoutLastUpdated_is2001_andChangesNothing() {
        send("PUT", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        OcpiResponse r = send("PATCH", LOC + "/LOC1-E1", "{\"status\":\"CHARGING\"}");
        assertThat(status(r)).isEqualTo(2001);
        assertThat(message(r)).contains("$.last_updated");
        assertThat(locations
                        .find("BE", "CPO", "LOC1")
                        .orElseThrow()
                        .evses()
                        .get(0)
                        .statusAsString())
                .isEqualTo("AVAILABLE");
    }

    @Test
    void patchOfUnknownObject_is404() {
        OcpiResponse r = send("PATCH", LOC, "{\"name\":\"x\",\"last_updated\":\"" + T1 + "\"}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(status(r)).isEqualTo(2003);
    }

    @Test
    void sessionPatch_appendsChargingPeriods_whilePutReplacesThem() {
        String path = V + "/receiver/sessions/BE/CPO/S1";
        send(
                "PUT",
                path,
                Fixtures.sessionJson("BE", "CPO", "S1", T1)
                        .replace(
                                "\"currency\"",
                                "\"charging_periods\":[{\"start_date_time\":\"2024-03-01T10:00:00Z\","
                                        + "\"dimensions\":[{\"type\":\"ENERGY\",\"volume\":1}]}],\"currency\""));
        String period =
                "{\"start_date_time\":\"2024-03-01T10:15:00Z\",\"dimensions\":[{\"type\":\"ENERGY\",\"volume\":2}]}";
        OcpiResponse r = send(
                "PATCH",
                path,
                "{\"kwh\":3,\"charging_periods\":[" + period + "],\"last_updated\":\"2024-03-01T10:16:00Z\"}");
        assertThat(status(r)).isEqualTo(1000);
        Session s = sessions.find("BE", "CPO", "S1").orElseThrow();
        assertThat(s.chargingPeriods()).hasSize(2);
        assertThat(s.kwh()).isEqualByComparingTo("3");

        send("PUT", path, Fixtures.sessionJson("BE", "CPO", "S1", T1.plusSeconds(3600)));
        assertThat(sessions.find("BE", "CPO", "S1").orElseThrow().chargingPeriods())
                .isEmpty();
    }

    @Test
    void tariffDelete_removes_thenUnknownIs404() {
        String path = V + "/receiver/tariffs/BE/CPO/T1";
        assertThat(send("PUT", path, Fixtures.tariffJson("BE", "CPO", "T1")).status())
                .isEqualTo(201);
        OcpiResponse deleted = server.send("DELETE", path, CPO_TOKEN, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(tariffs.all()).isEmpty();
        OcpiResponse again = server.send("DELETE", path, CPO_TOKEN, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(status(again)).isEqualTo(2001);
    }

    @Test
    void receiverRejectsPost() {
        OcpiResponse r = send("POST", LOC, Fixtures.locationJson("BE", "CPO", "LOC1", T1));
        assertThat(r.status()).isEqualTo(405);
    }

    @Test
    void wrongPartnerForTheUrl_is404_evenForAGet() {
        OcpiResponse r = server.send("GET", LOC, TOKEN_C, null);
        assertThat(r.status()).isEqualTo(404);
    }
}
