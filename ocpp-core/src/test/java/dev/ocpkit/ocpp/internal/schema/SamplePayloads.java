package dev.ocpkit.ocpp.internal.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic payloads from a schema descriptor: the minimal valid instance (required properties only, shortest
 * arrays, lowest numbers) and the maximal one (every optional property, longest strings, highest numbers, extra
 * properties in open objects such as customData).
 */
public final class SamplePayloads {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Strings are generated up to this length (maxLength up to 100000 exists; the check is the same). */
    private static final int LONGEST = 2048;

    private SamplePayloads() {}

    public static ObjectNode minimal(ObjectSchema schema) {
        return (ObjectNode) value(schema, false);
    }

    public static ObjectNode maximal(ObjectSchema schema) {
        return (ObjectNode) value(schema, true);
    }

    static JsonNode value(Schema schema, boolean max) {
        if (schema instanceof ObjectSchema o) {
            ObjectNode node = F.objectNode();
            for (Map.Entry<String, Schema> e : o.properties().entrySet()) {
                if (max || o.required().contains(e.getKey())) {
                    node.set(e.getKey(), value(e.getValue(), max));
                }
            }
            if (max && o.additionalProperties()) {
                ObjectNode extra = node.putObject("vendorExtension");
                extra.putArray("list")
                        .add(1)
                        .add("two")
                        .add(true)
                        .addNull()
                        .addObject()
                        .put("n", new BigDecimal("1.5"));
                node.put("vendorFlag", false);
            }
            return node;
        }
        if (schema instanceof ArraySchema a) {
            ArrayNode node = F.arrayNode();
            int n;
            if (max) {
                n = a.maxItemsValue() >= 0 ? Math.min(a.maxItemsValue(), 3) : 3;
                n = Math.max(n, a.minItemsValue());
            } else {
                n = Math.max(a.minItemsValue(), 0);
            }
            for (int i = 0; i < n; i++) {
                node.add(value(a.items(), max));
            }
            return node;
        }
        if (schema instanceof StringSchema s) {
            List<String> values = s.enumValues();
            if (values != null) {
                return F.stringNode(max ? values.get(values.size() - 1) : values.get(0));
            }
            return switch (s.format()) {
                case DATE_TIME -> F.stringNode(max ? "2024-02-29T23:59:59.999Z" : "2024-01-01T00:00:00Z");
                case URI -> F.stringNode(max ? "https://example.com/firmware/v2.bin?x=1" : "ftp://h/f");
                case NONE -> {
                    int length;
                    if (max) {
                        length = s.maxLengthValue() >= 0 ? Math.min(s.maxLengthValue(), LONGEST) : 64;
                    } else {
                        length = Math.max(1, s.minLengthValue());
                    }
                    StringBuilder b = new StringBuilder(length);
                    for (int i = 0; i < length; i++) {
                        b.append((char) ('a' + i % 26));
                    }
                    yield F.stringNode(b.toString());
                }
            };
        }
        if (schema instanceof NumberSchema num) {
            return number(num, max);
        }
        if (schema instanceof BooleanSchema) {
            return F.booleanNode(max);
        }
        // any
        if (max) {
            ObjectNode node = F.objectNode();
            node.putArray("k").add(1).add("two").add(true).addNull().addObject().put("n", new BigDecimal("2.25"));
            return node;
        }
        return F.stringNode("x");
    }

    private static JsonNode number(NumberSchema s, boolean max) {
        BigDecimal bound = max ? s.maximumValue() : s.minimumValue();
        BigDecimal v;
        if (bound != null) {
            v = bound;
        } else if (s.isInteger()) {
            v = BigDecimal.valueOf(max ? Integer.MAX_VALUE : 0);
        } else {
            BigDecimal step = s.multipleOfValue() != null ? s.multipleOfValue() : new BigDecimal("0.25");
            v = step.multiply(BigDecimal.valueOf(max ? 12345 : 3));
        }
        if (s.isInteger()) {
            return F.numberNode(v.intValueExact());
        }
        return F.numberNode(v);
    }
}
