package dev.ocpkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.examples.OcpkitCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ocpkit demo} end to end on 127.0.0.1: every check of the scenario holds. */
class DemoIT {
    @Test
    void scenario_passesEveryCheck_fromHandshakeToAuditedCdrs() {
        StringWriter text = new StringWriter();
        DemoReport report;
        try (Demo demo = new Demo(
                new Demo.Options(120, Duration.ofSeconds(3), new BigDecimal("16000"), new BigDecimal("11000"), false),
                new PrintWriter(text, true))) {
            report = demo.run();
        }
        assertThat(report.checks())
                .as(text.toString())
                .extracting(DemoReport.Check::name)
                .contains(
                        "credentials handshake",
                        "eMSP tokens cached at the CPO",
                        "location and EVSE status at the eMSP",
                        "START_SESSION accepted",
                        "session pushed to the eMSP",
                        "RFID session pushed to the eMSP",
                        "site limit shared (SetChargingProfile)",
                        "lower site limit applied",
                        "meter values reach the eMSP",
                        "fault -> EVSE OUTOFORDER at the eMSP",
                        "repair -> EVSE AVAILABLE at the eMSP",
                        "freed capacity goes to the remaining session",
                        "STOP_SESSION accepted",
                        "session COMPLETED at the eMSP",
                        "two CDRs at the eMSP");
        assertThat(report.checks()).hasSize(18);
        assertThat(report.checks()).as(text.toString()).allSatisfy(c -> assertThat(c.passed())
                .as(c.name() + ": " + c.detail())
                .isTrue());
        assertThat(report.allPassed()).isTrue();
        // both CDRs were audited by the eMSP against the tariff it received
        assertThat(report.checks())
                .filteredOn(c -> c.name().startsWith("CDR of "))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.detail()).contains("EUR excl. VAT", "no discrepancy"));
    }

    @Test
    void command_exitsZero_andPrintsTheSummary() {
        StringWriter out = new StringWriter();
        CommandLine cl = OcpkitCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute("demo", "--charge-seconds", "2");
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("All 18 checks passed.", "eMSP <- CPO  postCdr");
    }

    @Test
    void command_rejectsANonPositiveLimit() {
        StringWriter err = new StringWriter();
        CommandLine cl = OcpkitCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("demo", "--site-limit-kw", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("must be positive");
    }
}
