package dev.ocpkit.examples.ocpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.examples.OcpkitCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OcpiCheckCommandTest {
    private static final String CONNECTOR =
            """
            {"id":"1","standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE",
             "max_voltage":230,"max_amperage":16.0,"last_updated":"2015-06-29T20:39:09"}""";

    @TempDir
    Path dir;

    private record Run(int exit, String out) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = OcpkitCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString());
    }

    private Path file(String json) throws IOException {
        Path f = Files.createTempFile(dir, "obj", ".json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void validObject_printsOk_andExitsZero() throws IOException {
        Run r = run("ocpi", "check", file(CONNECTOR).toString(), "--version", "2.2.1", "--object", "connector");
        assertThat(r.out().strip()).isEqualTo("OK");
        assertThat(r.exit()).isZero();
    }

    @Test
    void violations_printOneLineEachWithPath_andExitOne() throws IOException {
        String evse = "{\"uid\":\"" + "u".repeat(40) + "\",\"status\":\"SLEEPING\",\"connectors\":["
                + CONNECTOR.replace("\"max_voltage\":230,", "") + "]}";
        Run r = run("ocpi", "check", file(evse).toString(), "--object", "evse");
        assertThat(r.out().lines())
                .containsExactly(
                        "$.uid: CiString(36) but 40 characters",
                        "$.status: 'SLEEPING' is not a Status",
                        "$.connectors[0].max_voltage: required field is missing",
                        "$.last_updated: required field is missing");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void malformedJson_printsPathAndReason_andExitsOne() throws IOException {
        Run r = run("ocpi", "check", file(CONNECTOR.replace("230", "\"high\"")).toString(), "--object", "connector");
        assertThat(r.out().strip()).isEqualTo("$.max_voltage: invalid value for Integer");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void normalize_printsCanonicalJson() throws IOException {
        Run r = run("ocpi", "check", file(CONNECTOR).toString(), "--object", "connector", "--normalize");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("\"last_updated\" : \"2015-06-29T20:39:09Z\"")
                .contains("\"max_amperage\" : 16");
    }

    @Test
    void unknownObjectOrVersion_isAUsageError() throws IOException {
        Path f = file(CONNECTOR);
        assertThat(run("ocpi", "check", f.toString(), "--object", "spaceship").exit())
                .isEqualTo(2);
        assertThat(run("ocpi", "check", f.toString(), "--object", "connector", "--version", "2.2")
                        .exit())
                .isEqualTo(2);
    }
}
