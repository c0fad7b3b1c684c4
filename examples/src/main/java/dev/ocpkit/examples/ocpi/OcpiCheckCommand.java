package dev.ocpkit.examples.ocpi;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiTypes;
import dev.ocpkit.ocpi.model.OcpiValidator;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code ocpkit ocpi check FILE --version 2.2.1 --object location [--normalize]}: parses an OCPI object (or a JSON
 * array of them) with the version's model and validates it. Prints {@code OK}, or one line per violation with its
 * JSON path; exits 1 on any error. With {@code --normalize} prints the canonical JSON instead of {@code OK}.
 *
 * @since 0.1
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Parse and validate an OCPI object; print OK or one line per violation (exit 1).")
public final class OcpiCheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "JSON file with one object or an array of objects")
    Path file;

    @Option(
            names = "--version",
            defaultValue = "2.2.1",
            description = "OCPI version: 2.1.1, 2.2.1 or 2.3.0 (default ${DEFAULT-VALUE})")
    String version;

    @Option(
            names = "--object",
            required = true,
            description = "object type, e.g. location, evse, connector, session, cdr, tariff, token, credentials,"
                    + " version_details, location_patch")
    String object;

    @Option(names = "--normalize", description = "print the canonical JSON (UTC timestamps with Z, plain numbers)")
    boolean normalize;

    @Option(names = "--warnings", description = "also print warnings (e.g. unknown values of a 2.3.0 OpenEnum)")
    boolean warnings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OcpiVersion v = OcpiVersion.fromValue(version)
                .filter(OcpiVersion::isSupported)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "--version must be 2.1.1, 2.2.1 or 2.3.0, not " + version));
        Class<? extends Record> type = OcpiTypes.find(v, object)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "OCPI " + v + " has no object '" + object + "'"));
        OcpiJson json = OcpiJson.forVersion(v);
        byte[] bytes = Files.readAllBytes(file);
        Object value;
        try {
            JsonNode tree = json.readTree(bytes);
            value = tree.isArray() ? json.readList(bytes, type) : json.treeToValue(tree, type);
        } catch (OcpiParseException e) {
            out.println(e.path() + ": " + e.reason());
            return 1;
        }
        List<Violation> violations = OcpiValidator.validate(value);
        int errors = 0;
        for (Violation violation : violations) {
            if (violation.severity() == Violation.Severity.ERROR) {
                errors++;
                out.println(violation.path() + ": " + violation.message());
            } else if (warnings) {
                out.println(violation.path() + ": warning: " + violation.message());
            }
        }
        if (errors > 0) {
            return 1;
        }
        if (normalize) {
            out.println(json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } else {
            out.println("OK");
        }
        err.flush();
        return 0;
    }
}
