package dev.ocpkit.ocpp.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-reads the official OCA schema files and checks that the generated catalogue holds exactly their constraints.
 *
 * <p>Runs only when {@code -Docpp.schemas.dir=DIR} names a folder with {@code v16}, {@code v201} and {@code v21}
 * subfolders (each holding the JSON files directly or in {@code schemas/}, as in mobilityhouse/ocpp's {@code ocpp/}
 * folder); the files are never part of this repository. See tools/ocpp-codegen/README.md.
 */
class OcaSchemaConformanceTest {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Set<String> DOC_ONLY =
            Set.of("$schema", "$id", "id", "title", "description", "comment", "$comment", "default", "javaType");

    private static Path versionDir(OcppVersion version) {
        String root = System.getProperty("ocpp.schemas.dir");
        assumeTrue(
                root != null && !root.isBlank(),
                "OCA schema files not given; run with -Docpp.schemas.dir=<folder with v16, v201, v21>");
        String name =
                switch (version) {
                    case V16 -> "v16";
                    case V201 -> "v201";
                    case V21 -> "v21";
                };
        Path dir = Path.of(root, name);
        if (Files.isDirectory(dir.resolve("schemas"))) {
            dir = dir.resolve("schemas");
        }
        assertThat(dir).as("schema folder of OCPP " + version.label()).isDirectory();
        return dir;
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void generatedCatalogue_holdsEveryConstraintOfTheOcaFiles(OcppVersion version) throws IOException {
        Path dir = versionDir(version);
        ProtocolCatalog catalog = ProtocolCatalog.of(version);
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.toString().endsWith(".json"))
                    .forEach(p -> files.put(p.getFileName().toString(), p));
        }
        Set<String> expectedFiles = new TreeSet<>();
        for (OcppAction<?, ?> a : catalog.actions()) {
            String request = version == OcppVersion.V16 || a.isSend() ? a.name() : a.name() + "Request";
            expectedFiles.add(request + ".json");
            if (!a.isSend()) {
                expectedFiles.add(a.name() + "Response.json");
            }
        }
        assertThat(files.keySet()).as("schema files of OCPP " + version.label()).isEqualTo(expectedFiles);

        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String stem = e.getKey().substring(0, e.getKey().length() - 5);
            boolean response = stem.endsWith("Response");
            String action = response
                    ? stem.substring(0, stem.length() - 8)
                    : stem.endsWith("Request") ? stem.substring(0, stem.length() - 7) : stem;
            OcppAction<?, ?> a = catalog.action(action);
            assertThat(a).as(e.getKey()).isNotNull();
            Schema generated = response ? catalog.responseSchema(a) : catalog.requestSchema(a);
            String text = Files.readString(e.getValue());
            JsonNode root = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            String expected = canonical(root, root.get("definitions"), e.getKey());
            String actual = canonical(generated);
            if (!expected.equals(actual)) {
                mismatches.add(e.getKey() + "\n  OCA:       " + expected + "\n  generated: " + actual);
            }
        }
        assertThat(mismatches).as("schemas whose generated descriptor differs").isEmpty();
    }

    // ---------------------------------------------------------------- canonical text of an OCA schema

    private static String canonical(JsonNode n, JsonNode definitions, String file) {
        if (n.has("$ref")) {
            String ref = n.get("$ref").stringValue();
            return canonical(definitions.get(ref.substring("#/definitions/".length())), definitions, file);
        }
        for (String k : n.propertyNames()) {
            if (!DOC_ONLY.contains(k)
                    && !Set.of(
                                    "type",
                                    "properties",
                                    "required",
                                    "additionalProperties",
                                    "items",
                                    "additionalItems",
                                    "minItems",
                                    "maxItems",
                                    "maxLength",
                                    "minLength",
                                    "enum",
                                    "format",
                                    "minimum",
                                    "maximum",
                                    "multipleOf",
                                    "definitions")
                            .contains(k)) {
                throw new AssertionError(file + ": keyword " + k + " is not understood by this check");
            }
        }
        String type = n.has("type") ? n.get("type").stringValue() : "any";
        StringBuilder b = new StringBuilder(type);
        switch (type) {
            case "object" -> {
                JsonNode ap = n.get("additionalProperties");
                b.append(ap != null && !ap.booleanValue() ? "{closed" : "{open");
                Set<String> required = new TreeSet<>();
                if (n.has("required")) {
                    n.get("required").forEach(r -> required.add(r.stringValue()));
                }
                Map<String, JsonNode> props = new TreeMap<>();
                if (n.has("properties")) {
                    n.get("properties").properties().forEach(p -> props.put(p.getKey(), p.getValue()));
                }
                props.forEach((k, v) -> b.append(',')
                        .append(k)
                        .append(required.contains(k) ? "!" : "?")
                        .append(canonical(v, definitions, file)));
                b.append('}');
            }
            case "array" -> b.append('[')
                    .append(intOrNull(n.get("minItems")))
                    .append(',')
                    .append(intOrNull(n.get("maxItems")))
                    .append(',')
                    .append(canonical(n.get("items"), definitions, file))
                    .append(']');
            case "string" -> {
                List<String> values = null;
                if (n.has("enum")) {
                    values = new ArrayList<>();
                    for (JsonNode v : n.get("enum")) {
                        values.add(v.stringValue());
                    }
                }
                b.append('(')
                        .append(intOrNull(n.get("maxLength")))
                        .append(',')
                        .append(intOrNull(n.get("minLength")))
                        .append(',')
                        .append(n.has("format") ? n.get("format").stringValue() : "none")
                        .append(',')
                        .append(values)
                        .append(')');
            }
            case "integer", "number" -> b.append('(')
                    .append(decimal(n.has("minimum") ? n.get("minimum").decimalValue() : null))
                    .append(',')
                    .append(decimal(n.has("maximum") ? n.get("maximum").decimalValue() : null))
                    .append(',')
                    .append(decimal(n.has("multipleOf") ? n.get("multipleOf").decimalValue() : null))
                    .append(')');
            default -> {}
        }
        return b.toString();
    }

    private static String intOrNull(JsonNode n) {
        return n == null ? "null" : String.valueOf(n.intValue());
    }

    private static String decimal(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- the same text of a generated descriptor

    private static String canonical(Schema s) {
        StringBuilder b = new StringBuilder(s.type());
        if (s instanceof ObjectSchema o) {
            b.append(o.additionalProperties() ? "{open" : "{closed");
            new TreeMap<>(o.properties()).forEach((k, v) -> b.append(',')
                    .append(k)
                    .append(o.required().contains(k) ? "!" : "?")
                    .append(canonical(v)));
            b.append('}');
        } else if (s instanceof ArraySchema a) {
            b.append('[')
                    .append(a.minItemsValue() < 0 ? "null" : String.valueOf(a.minItemsValue()))
                    .append(',')
                    .append(a.maxItemsValue() < 0 ? "null" : String.valueOf(a.maxItemsValue()))
                    .append(',')
                    .append(canonical(a.items()))
                    .append(']');
        } else if (s instanceof StringSchema str) {
            String format =
                    switch (str.format()) {
                        case NONE -> "none";
                        case DATE_TIME -> "date-time";
                        case URI -> "uri";
                    };
            b.append('(')
                    .append(str.maxLengthValue() < 0 ? "null" : String.valueOf(str.maxLengthValue()))
                    .append(',')
                    .append(str.minLengthValue() < 0 ? "null" : String.valueOf(str.minLengthValue()))
                    .append(',')
                    .append(format)
                    .append(',')
                    .append(str.enumValues())
                    .append(')');
        } else if (s instanceof NumberSchema num) {
            b.append('(')
                    .append(decimal(num.minimumValue()))
                    .append(',')
                    .append(decimal(num.maximumValue()))
                    .append(',')
                    .append(decimal(num.multipleOfValue()))
                    .append(')');
        }
        return b.toString();
    }
}
