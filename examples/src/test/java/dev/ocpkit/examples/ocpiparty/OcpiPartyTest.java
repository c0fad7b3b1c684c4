package dev.ocpkit.examples.ocpiparty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.model.OcpiValidator;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo CPO and eMSP against each other on 127.0.0.1. */
class OcpiPartyTest {
    private final StringWriter log = new StringWriter();
    private OcpiParty cpo;
    private OcpiParty emsp;

    private OcpiParty start(OcpiParty.Kind kind, String cc, String pid, String tokenA) throws Exception {
        Printer printer = new Printer(new PrintWriter(log), kind.name());
        return new OcpiParty(
                new OcpiParty.Options(kind, "127.0.0.1", 0, cc, pid, tokenA, null, 4, Duration.ofMillis(50)), printer);
    }

    @AfterEach
    void stop() {
        if (emsp != null) {
            emsp.close();
        }
        if (cpo != null) {
            cpo.close();
        }
    }

    @Test
    void demoData_isValidOcpi() {
        assertThat(OcpiValidator.errors(DemoData.locations("NL", "CPO", 5))).isEmpty();
        assertThat(OcpiValidator.errors(DemoData.tariffs("NL", "CPO"))).isEmpty();
        assertThat(OcpiValidator.errors(DemoData.completedSession("NL", "CPO", "DE", "EMS")))
                .isEmpty();
        assertThat(OcpiValidator.errors(DemoData.cdr("NL", "CPO", "DE", "EMS"))).isEmpty();
        assertThat(OcpiValidator.errors(DemoData.tokens("DE", "EMS"))).isEmpty();
    }

    @Test
    void emspRegistersWithCpo_sharesData_andRunsASessionByCommand() throws Exception {
        cpo = start(OcpiParty.Kind.CPO, "NL", "CPO", "cpo-token-a");
        emsp = start(OcpiParty.Kind.EMSP, "DE", "EMS", "emsp-token-a");

        Partner p = emsp.register(cpo.versionsUrl(), "cpo-token-a");
        assertThat(p.state()).isEqualTo(Partner.State.REGISTERED);
        assertThat(cpo.partners.find("partner").orElseThrow().state()).isEqualTo(Partner.State.REGISTERED);
        // the eMSP pushed its tokens and pulled the CPO's locations and tariffs
        assertThat(cpo.tokens.all()).hasSize(3);
        assertThat(emsp.locations.all()).hasSize(4);
        assertThat(emsp.tariffs.all()).hasSize(2);

        String sessionId = emsp.demoSession("partner", Duration.ofMillis(200));

        Cdr cdr = waitFor(() -> emsp.cdrs.all().stream()
                .filter(c -> sessionId.equals(c.sessionId()))
                .findFirst()
                .orElse(null));
        assertThat(OcpiValidator.errors(cdr)).isEmpty();
        assertThat(cdr.totalEnergy()).isPositive();
        Session session = waitFor(() -> emsp.sessions
                .find("NL", "CPO", sessionId)
                .filter(s -> "COMPLETED".equals(s.statusAsString()))
                .orElse(null));
        assertThat(session.kwh()).isEqualByComparingTo(cdr.totalEnergy());
        // the EVSE went CHARGING and back to AVAILABLE at the CPO
        assertThat(cpo.locations.all().get(0).evses().get(0).statusAsString()).isEqualTo("AVAILABLE");
        assertThat(log.toString()).contains("START_SESSION result ACCEPTED").contains("STOP_SESSION result ACCEPTED");
        assertThat(log.toString()).doesNotContain("cpo-token-a").doesNotContain("emsp-token-a");
    }

    @Test
    void cpoRegistersWithEmsp_andPushesLocationsAndTariffs() throws Exception {
        cpo = start(OcpiParty.Kind.CPO, "NL", "CPO", "cpo-token-a");
        emsp = start(OcpiParty.Kind.EMSP, "DE", "EMS", "emsp-token-a");
        cpo.register(emsp.versionsUrl(), "emsp-token-a");
        assertThat(emsp.locations.all()).hasSize(4);
        assertThat(emsp.tariffs.all()).hasSize(2);
        // the eMSP, told by its registration listener, pushes its tokens back a moment later
        assertThat(waitFor(() -> cpo.tokens.all().size() == 3 ? Boolean.TRUE : null))
                .isTrue();
        List<String> lines = log.toString().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("partner partner registered with us"));
    }

    private static <T> T waitFor(java.util.function.Supplier<T> probe) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            T v = probe.get();
            if (v != null) {
                return v;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within 5 s");
    }
}
