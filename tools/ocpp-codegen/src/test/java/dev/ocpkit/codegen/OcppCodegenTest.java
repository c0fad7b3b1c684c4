package dev.ocpkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcppCodegenTest {
    @Test
    void run_writesFilesDeletesStaleGeneratedOnesAndKeepsOthers(@TempDir Path tmp) throws Exception {
        Path schemas = tmp.resolve("schemas");
        Files.createDirectories(schemas);
        Files.writeString(schemas.resolve("BootRequest.json"), Fixtures.BOOT_REQUEST.replace('\'', '"'));
        Files.writeString(schemas.resolve("BootResponse.json"), Fixtures.BOOT_RESPONSE.replace('\'', '"'));
        Files.writeString(schemas.resolve("Ping.json"), Fixtures.PING.replace('\'', '"'));
        Path out = tmp.resolve("src");
        Path pkg = out.resolve("test/gen/defs");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("Stale.java"), OcppCodegen.HEADER_PREFIX + " from ...\nclass Stale {}\n");
        Files.writeString(pkg.resolve("HandWritten.java"), "class HandWritten {}\n");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int n = OcppCodegen.run(
                schemas,
                Fixtures.defsSpec(Fixtures.defsDirections()),
                out,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(n).isEqualTo(10);
        assertThat(pkg.resolve("Stale.java")).doesNotExist();
        assertThat(pkg.resolve("HandWritten.java")).exists();
        assertThat(pkg.resolve("Station.java")).exists();
        assertThat(pkg.resolve("internal/DefsSchemas.java")).exists();
        Map<String, String> first = snapshot(out);
        OcppCodegen.run(
                schemas,
                Fixtures.defsSpec(Fixtures.defsDirections()),
                out,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(snapshot(out)).isEqualTo(first);
    }

    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> m = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                m.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return m;
    }

    @Test
    void versionSpecs_coverTheOfficialActionCounts() {
        assertThat(VersionSpec.v16().directions()).hasSize(39);
        assertThat(VersionSpec.v201().directions()).hasSize(64);
        assertThat(VersionSpec.v21().directions()).hasSize(91);
        assertThat(VersionSpec.v21().sendActions()).containsExactly("NotifyPeriodicEventStream");
        assertThat(VersionSpec.v16().requestFile("Authorize")).isEqualTo("Authorize.json");
        assertThat(VersionSpec.v201().requestFile("Authorize")).isEqualTo("AuthorizeRequest.json");
        assertThat(VersionSpec.v21().requestFile("NotifyPeriodicEventStream"))
                .isEqualTo("NotifyPeriodicEventStream.json");
        assertThat(VersionSpec.v16().messageLabel("AuthorizeResponse")).isEqualTo("Authorize.conf");
    }
}
