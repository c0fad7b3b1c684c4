package dev.ocpkit.codegen;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one OCA schema file into {@link SchemaNode}s. Every keyword that constrains a value is understood; an
 * unknown keyword stops the generator, so a new kind of constraint in a future schema is never dropped silently.
 */
final class SchemaReader {
    /** Keywords that document but do not constrain. */
    private static final Set<String> IGNORED =
            Set.of("$schema", "$id", "id", "title", "description", "comment", "$comment", "default", "javaType");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String file;
    private final JsonNode definitions;
    private final Map<String, SchemaNode> resolved = new HashMap<>();
    private final Set<String> resolving = new java.util.HashSet<>();

    private SchemaReader(String file, JsonNode root) {
        this.file = file;
        JsonNode defs = root.get("definitions");
        this.definitions = defs == null ? MAPPER.createObjectNode() : defs;
    }

    /** Reads a schema file; {@code rootName} names the payload, e.g. {@code BootNotificationRequest}. */
    static SchemaNode read(Path path) throws IOException {
        String text = Files.readString(path);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return read(path.getFileName().toString(), MAPPER.readTree(text));
    }

    static SchemaNode read(String fileName, JsonNode root) {
        SchemaReader reader = new SchemaReader(fileName, root);
        String stem = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        SchemaNode node = reader.parse(root, stem, Set.of("definitions"));
        if (node.kind != SchemaNode.Kind.OBJECT) {
            throw new SchemaException(fileName + ": the payload schema must be an object");
        }
        return node;
    }

    private SchemaNode ref(String ref, String path) {
        String prefix = "#/definitions/";
        if (!ref.startsWith(prefix)) {
            throw new SchemaException(file + " " + path + ": unsupported $ref " + ref);
        }
        String name = ref.substring(prefix.length());
        SchemaNode done = resolved.get(name);
        if (done != null) {
            return done;
        }
        JsonNode def = definitions.get(name);
        if (def == null) {
            throw new SchemaException(file + " " + path + ": $ref to missing definition " + name);
        }
        if (!resolving.add(name)) {
            throw new SchemaException(file + ": recursive definition " + name + " is not supported");
        }
        String stem = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        SchemaNode node = parse(def, stem + "#" + name, Set.of());
        node.definition = name;
        resolving.remove(name);
        resolved.put(name, node);
        return node;
    }

    private SchemaNode parse(JsonNode n, String path, Set<String> alsoIgnored) {
        if (!n.isObject()) {
            throw new SchemaException(file + " " + path + ": a schema must be an object");
        }
        if (n.has("$ref")) {
            for (String k : n.propertyNames()) {
                if (!k.equals("$ref") && !IGNORED.contains(k)) {
                    throw new SchemaException(file + " " + path + ": keyword " + k + " next to $ref is not supported");
                }
            }
            return ref(n.get("$ref").stringValue(), path);
        }
        JsonNode typeNode = n.get("type");
        SchemaNode.Kind kind;
        if (typeNode == null) {
            kind = SchemaNode.Kind.ANY;
        } else if (!typeNode.isString()) {
            throw new SchemaException(file + " " + path + ": only a single type name is supported");
        } else {
            kind = switch (typeNode.stringValue()) {
                case "object" -> SchemaNode.Kind.OBJECT;
                case "array" -> SchemaNode.Kind.ARRAY;
                case "string" -> SchemaNode.Kind.STRING;
                case "integer" -> SchemaNode.Kind.INTEGER;
                case "number" -> SchemaNode.Kind.NUMBER;
                case "boolean" -> SchemaNode.Kind.BOOLEAN;
                default -> throw new SchemaException(file + " " + path + ": unsupported type " + typeNode);
            };
        }
        SchemaNode node = new SchemaNode(kind, file, path);
        JsonNode hint = n.get("javaType");
        if (hint != null) {
            node.javaTypeHint = hint.stringValue();
        }
        for (String key : n.propertyNames()) {
            if (IGNORED.contains(key) || alsoIgnored.contains(key) || key.equals("type")) {
                continue;
            }
            JsonNode v = n.get(key);
            switch (key) {
                case "properties" -> {
                    expect(kind, SchemaNode.Kind.OBJECT, key, path);
                    for (String p : v.propertyNames()) {
                        node.properties.put(p, parse(v.get(p), path + "/" + p, Set.of()));
                    }
                }
                case "required" -> {
                    expect(kind, SchemaNode.Kind.OBJECT, key, path);
                    for (JsonNode r : v) {
                        node.required.add(r.stringValue());
                    }
                }
                case "additionalProperties" -> {
                    if (!v.isBoolean()) {
                        throw new SchemaException(file + " " + path + ": additionalProperties must be a boolean");
                    }
                    // the OCA files also put it on strings, where it means nothing
                    node.additionalProperties = v.booleanValue();
                }
                case "items" -> {
                    expect(kind, SchemaNode.Kind.ARRAY, key, path);
                    node.items = parse(v, path + "[]", Set.of());
                }
                case "additionalItems" -> {
                    // meaningful only when "items" is an array of schemas (tuple form), which OCA never uses
                    expect(kind, SchemaNode.Kind.ARRAY, key, path);
                }
                case "minItems" -> node.minItems = intValue(v, key, path);
                case "maxItems" -> node.maxItems = intValue(v, key, path);
                case "maxLength" -> node.maxLength = intValue(v, key, path);
                case "minLength" -> node.minLength = intValue(v, key, path);
                case "enum" -> {
                    expect(kind, SchemaNode.Kind.STRING, key, path);
                    node.enumValues = new java.util.ArrayList<>();
                    for (JsonNode e : v) {
                        node.enumValues.add(e.stringValue());
                    }
                }
                case "format" -> {
                    expect(kind, SchemaNode.Kind.STRING, key, path);
                    String f = v.stringValue();
                    if (!f.equals("date-time") && !f.equals("uri")) {
                        throw new SchemaException(file + " " + path + ": unsupported format " + f);
                    }
                    node.format = f;
                }
                case "minimum" -> node.minimum = decimal(v, key, path, kind);
                case "maximum" -> node.maximum = decimal(v, key, path, kind);
                case "multipleOf" -> node.multipleOf = decimal(v, key, path, kind);
                default -> throw new SchemaException(file + " " + path + ": unsupported keyword " + key);
            }
        }
        if (kind == SchemaNode.Kind.ARRAY && node.items == null) {
            throw new SchemaException(file + " " + path + ": array without items");
        }
        for (String r : node.required) {
            if (!node.properties.containsKey(r)) {
                throw new SchemaException(file + " " + path + ": required property " + r + " is not defined");
            }
        }
        if (kind != SchemaNode.Kind.OBJECT) {
            node.additionalProperties = true;
        }
        return node;
    }

    private void expect(SchemaNode.Kind actual, SchemaNode.Kind wanted, String key, String path) {
        if (actual != wanted) {
            throw new SchemaException(file + " " + path + ": " + key + " on a " + actual + " is not supported");
        }
    }

    private int intValue(JsonNode v, String key, String path) {
        if (!v.isNumber() || !v.canConvertToExactIntegral() || v.intValue() < 0) {
            throw new SchemaException(file + " " + path + ": " + key + " must be a non-negative integer");
        }
        return v.intValue();
    }

    private BigDecimal decimal(JsonNode v, String key, String path, SchemaNode.Kind kind) {
        if (kind != SchemaNode.Kind.INTEGER && kind != SchemaNode.Kind.NUMBER) {
            throw new SchemaException(file + " " + path + ": " + key + " on a " + kind + " is not supported");
        }
        if (!v.isNumber()) {
            throw new SchemaException(file + " " + path + ": " + key + " must be a number");
        }
        // read as BigDecimal, so that 0.1 stays exactly 0.1
        return v.decimalValue();
    }
}
