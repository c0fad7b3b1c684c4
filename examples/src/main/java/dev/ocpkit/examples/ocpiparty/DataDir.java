package dev.ocpkit.examples.ocpiparty;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiValidator;
import dev.ocpkit.ocpi.model.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --data DIR} of {@code ocpkit cpo}: optional files {@code locations.json}, {@code tariffs.json}, {@code
 * sessions.json} and {@code cdrs.json}, each a JSON array of OCPI 2.2.1 objects that must pass the validator.
 */
final class DataDir {
    private DataDir() {}

    /**
     * The objects of {@code dir/name}, or empty when the file does not exist.
     *
     * @throws IllegalArgumentException when the file is not such an array or an object breaks the specification
     */
    static <T> Optional<List<T>> read(Path dir, String name, Class<T> type) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<T> list;
        try {
            list = OcpiJson.v221().readList(Files.readAllBytes(file), type);
        } catch (OcpiParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        List<Violation> errors = OcpiValidator.errors(list);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + errors.size() + " violation(s), first: " + errors.get(0));
        }
        return Optional.of(list);
    }
}
