package dev.ocpkit.tariff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The official OCPI example files, read from {@code shared/ocpi-examples} above the module directory. Tests that need
 * them skip (JUnit assumption) when the folder is absent, as in CI.
 */
final class SpecExamples {
    private SpecExamples() {}

    static @Nullable Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("ocpi-examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** A file of a folder ({@code 2.2.1-bugfixes}, ...); skips the test when the examples are not on this machine. */
    static Path file(String version, String name) {
        Path folder = folder();
        assumeTrue(
                folder != null,
                "the official OCPI examples (a folder shared/ocpi-examples above the project) are not on this machine:"
                        + " skipped");
        Path f = folder.resolve(version).resolve(name);
        assumeTrue(Files.isRegularFile(f), f + " is missing: skipped");
        return f;
    }

    static Tariff tariff221(String name) {
        return read(file("2.2.1-bugfixes", name), Tariff.class);
    }

    static Cdr cdr221(String name) {
        return read(file("2.2.1-bugfixes", name), Cdr.class);
    }

    private static <T> T read(Path f, Class<T> type) {
        try {
            return OcpiJson.v221().read(Files.readAllBytes(f), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
