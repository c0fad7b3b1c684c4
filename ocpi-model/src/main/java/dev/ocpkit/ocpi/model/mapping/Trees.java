package dev.ocpkit.ocpi.model.mapping;

import dev.ocpkit.ocpi.model.OcpiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for conversions done on JSON trees. */
final class Trees {
    private Trees() {}

    static ObjectNode tree(OcpiJson json, Object value) {
        return (ObjectNode) json.valueToTree(value);
    }

    static void rename(ObjectNode o, String from, String to) {
        JsonNode v = o.remove(from);
        if (v != null && !v.isNull()) {
            o.set(to, v);
        }
    }

    static void put(ObjectNode o, String field, @Nullable String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    static @Nullable String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    static ArrayNode array(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        return v instanceof ArrayNode a ? a : o.putArray(field);
    }

    /** A number field becomes a Price object {@code {"excl_vat": n}}. */
    static void numberToPrice(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v != null && v.isNumber()) {
            ObjectNode price = o.objectNode();
            price.set("excl_vat", v);
            o.set(field, price);
        }
    }

    /** A Price object becomes its {@code excl_vat} number (the VAT-inclusive amount is lost). */
    static void priceToNumber(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v != null && v.isObject()) {
            JsonNode excl = v.get("excl_vat");
            if (excl == null) {
                o.remove(field);
            } else {
                o.set(field, excl);
            }
        }
    }
}
