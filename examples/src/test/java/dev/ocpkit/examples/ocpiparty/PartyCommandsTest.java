package dev.ocpkit.examples.ocpiparty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.examples.OcpkitCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ocpkit cpo} and {@code ocpkit emsp} as commands. */
class PartyCommandsTest {
    private static int run(StringWriter out, String... args) {
        CommandLine cl = OcpkitCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    @Test
    void emspCommand_registersWithACpo_andRunsTheDemoSession() throws Exception {
        try (OcpiParty cpo = new OcpiParty(
                new OcpiParty.Options(
                        OcpiParty.Kind.CPO, "127.0.0.1", 0, "NL", "CPO", "secret-a", null, 2, Duration.ofMillis(50)),
                new Printer(new PrintWriter(new StringWriter()), "CPO"))) {
            StringWriter out = new StringWriter();
            int code = run(
                    out,
                    "emsp",
                    "--port",
                    "0",
                    "--token-a",
                    "emsp-a",
                    "--register-with",
                    cpo.versionsUrl(),
                    "--register-token",
                    "secret-a",
                    "--demo-session",
                    "--charge-seconds",
                    "0",
                    "--duration",
                    "0");
            assertThat(code).as(out.toString()).isZero();
            assertThat(out.toString())
                    .contains("serving OCPI 2.2.1 at http://127.0.0.1:")
                    .contains("registered with " + cpo.versionsUrl())
                    .contains("pulled 2 locations")
                    .contains("START_SESSION result ACCEPTED")
                    .contains("STOP_SESSION result ACCEPTED")
                    .doesNotContain("secret-a")
                    .doesNotContain("emsp-a");
        }
    }

    @Test
    void cpoCommand_isOpenToRegistration_withTheGivenTokenA() throws Exception {
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(
                run(out, "cpo", "--port", "0", "--token-a", "cpo-secret", "--locations", "7", "--duration", "3")));
        t.start();
        String url = awaitUrl(out);
        try (OcpiParty emsp = new OcpiParty(
                new OcpiParty.Options(
                        OcpiParty.Kind.EMSP, "127.0.0.1", 0, "DE", "EMS", null, null, 0, Duration.ofMillis(50)),
                new Printer(new PrintWriter(new StringWriter()), "EMSP"))) {
            emsp.register(url, "cpo-secret");
            assertThat(emsp.locations.all()).hasSize(7);
        }
        t.join(10_000);
        assertThat(code.get()).isZero();
        assertThat(out.toString())
                .contains("data: 7 locations, 2 tariffs, 1 sessions, 1 CDRs")
                .contains("stopped");
    }

    @Test
    void cpoCommand_refusesInvalidDataFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("locations.json"), "[{\"id\":\"L1\"}]");
        StringWriter out = new StringWriter();
        int code = run(out, "cpo", "--port", "0", "--token-a", "x", "--data", dir.toString(), "--duration", "0");
        assertThat(code).isNotZero();
        assertThat(out.toString()).contains("locations.json").contains("violation");
    }

    @Test
    void cpoCommand_servesTheGivenData(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("tariffs.json"),
                dev.ocpkit.ocpi.model.OcpiJson.v221()
                        .write(DemoData.tariffs("NL", "CPO").subList(0, 1)));
        StringWriter out = new StringWriter();
        int code = run(out, "cpo", "--port", "0", "--token-a", "x", "--data", dir.toString(), "--duration", "0");
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("3 locations, 1 tariffs");
    }

    private static String awaitUrl(StringWriter out) throws InterruptedException {
        Pattern p = Pattern.compile("serving OCPI 2\\.2\\.1 at (\\S+);");
        for (int i = 0; i < 100; i++) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no URL printed: " + out);
    }
}
