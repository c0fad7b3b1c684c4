package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every official OCPI example file (the folder {@code shared/ocpi-examples}, read in place, never copied) parses with
 * its version's model, re-serialises to an equivalent JSON tree, and validates without errors, except for the
 * upstream defects listed in that folder's README, which the validator must report.
 */
class OfficialExamplesTest {

    /** How one file is read. */
    enum Shape {
        OBJECT,
        LIST,
        ENVELOPE_OBJECT,
        ENVELOPE_LIST,
        /** A PATCH body, or a fragment of an object (validated only as a PATCH body when {@code patch}). */
        PATCH
    }

    record Mapping(String type, Shape shape) {}

    /** File name prefix to model type, most specific first; the same for every version folder. */
    private static final List<Map.Entry<String, Mapping>> MAPPINGS = List.of(
            Map.entry("transport_and_format_get_token_list_example", new Mapping("Token", Shape.ENVELOPE_LIST)),
            Map.entry("transport_and_format_get_token_example", new Mapping("Token", Shape.ENVELOPE_OBJECT)),
            Map.entry(
                    "transport_and_format_version_details_example",
                    new Mapping("VersionDetails", Shape.ENVELOPE_OBJECT)),
            Map.entry("transport_and_format_version_info_example", new Mapping("Version", Shape.ENVELOPE_LIST)),
            Map.entry("versions_info_example", new Mapping("Version", Shape.LIST)),
            Map.entry("version_details_example", new Mapping("VersionDetails", Shape.OBJECT)),
            Map.entry("credentials_example", new Mapping("Credentials", Shape.OBJECT)),
            Map.entry("location_energymix_example", new Mapping("LocationPatch", Shape.PATCH)),
            Map.entry("location_hours_", new Mapping("Hours", Shape.OBJECT)),
            Map.entry("location_regularhours_example", new Mapping("LocationPatch", Shape.PATCH)),
            Map.entry("location_patch_example_location", new Mapping("LocationPatch", Shape.PATCH)),
            Map.entry("location_patch_example_remove_evse", new Mapping("EvsePatch", Shape.PATCH)),
            Map.entry("location_patch_example_status", new Mapping("EvsePatch", Shape.PATCH)),
            Map.entry("location_patch_example_tariff", new Mapping("ConnectorPatch", Shape.PATCH)),
            Map.entry("location_put_example_add_evse", new Mapping("Evse", Shape.OBJECT)),
            Map.entry("location_example", new Mapping("Location", Shape.OBJECT)),
            Map.entry("session_patch_example", new Mapping("SessionPatch", Shape.PATCH)),
            Map.entry("session_example", new Mapping("Session", Shape.OBJECT)),
            Map.entry("cdr_example", new Mapping("Cdr", Shape.OBJECT)),
            Map.entry("tariffrestriction_example", new Mapping("Tariff", Shape.OBJECT)),
            Map.entry("tariff_", new Mapping("Tariff", Shape.OBJECT)),
            Map.entry("token_patch_example", new Mapping("TokenPatch", Shape.PATCH)),
            Map.entry("token_", new Mapping("Token", Shape.OBJECT)),
            Map.entry("type_displaytext_example", new Mapping("DisplayText", Shape.OBJECT)));

    @TestFactory
    Stream<DynamicTest> everyOfficialExample_parsesRoundTripsAndValidates() throws IOException {
        Path root = OcpiExamples.folder();
        assumeTrue(root != null, OcpiExamples.SKIP_MESSAGE);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".json"))
                            .sorted()
                            .toList()) {
                        String name = folder.getFileName() + "/" + file.getFileName();
                        tests.add(DynamicTest.dynamicTest(
                                name, () -> check(folder.getFileName().toString(), file)));
                    }
                }
            }
        }
        assertThat(tests).as("official example files").hasSizeGreaterThanOrEqualTo(260);
        return tests.stream();
    }

    private static void check(String folder, Path file) throws Exception {
        String fileName = file.getFileName().toString();
        String base = fileName.substring(0, fileName.length() - ".json".length());
        Mapping m = ExampleMappings.mapping(folder, base, MAPPINGS);
        if (m == null) {
            fail("no model type is mapped for " + folder + "/" + fileName);
        }
        OcpiJson json = folder.startsWith("2.2.1") ? OcpiJson.v221() : OcpiJson.v230();
        String pkg = folder.startsWith("2.2.1") ? "v221" : "v230";
        Class<?> type = Class.forName("dev.ocpkit.ocpi.model." + pkg + "." + m.type());
        byte[] bytes = Files.readAllBytes(file);
        Object value =
                switch (m.shape()) {
                    case OBJECT, PATCH -> json.read(bytes, type);
                    case LIST -> json.readList(bytes, type);
                    case ENVELOPE_OBJECT -> json.readEnvelope(bytes, type);
                    case ENVELOPE_LIST -> json.readEnvelopeList(bytes, type);
                };
        JsonNode original = json.readTree(bytes);
        JsonNode written = json.readTree(json.writeBytes(value));
        List<String> differences = JsonEquivalence.differences(original, written);
        String key = folder + "/" + base;
        KnownDefects.Defect defect = KnownDefects.DEFECTS.get(key);
        List<String> expectedDifferences = defect == null ? List.of() : defect.roundTripDifferences();
        assertThat(differences).as("round trip of " + key).containsExactlyInAnyOrderElementsOf(expectedDifferences);

        List<Violation> errors = OcpiValidator.errors(value);
        List<String> errorPaths =
                errors.stream().map(v -> v.path() + " " + v.kind()).toList();
        if (defect != null) {
            assertThat(errorPaths).as("violations of " + key).containsExactlyInAnyOrderElementsOf(defect.violations());
        } else if (ExampleMappings.isFragment(base)) {
            // a fragment of an object, not a PATCH body: only its values are checked, not the PATCH rules
            assertThat(errors.stream().filter(v -> v.kind() != Violation.Kind.PATCH_REQUIRED))
                    .as("violations of " + key)
                    .isEmpty();
        } else {
            assertThat(errors).as("violations of " + key).isEmpty();
        }
    }
}
