package dev.ocpkit.ocpi.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Finds the official OCPI example files ({@code shared/ocpi-examples}) above the working directory, if present. */
final class OcpiExamples {
    private OcpiExamples() {}

    static @Nullable Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("ocpi-examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = dir.resolve("ocpi-examples");
            if (Files.isDirectory(candidate) && Files.isDirectory(candidate.resolve("2.2.1"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    static final String SKIP_MESSAGE = "the official OCPI examples (a folder shared/ocpi-examples above the project)"
            + " are not on this machine: skipped";
}
