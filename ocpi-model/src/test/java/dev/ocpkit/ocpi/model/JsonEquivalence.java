package dev.ocpkit.ocpi.model;

import dev.ocpkit.ocpi.model.internal.OcpiTimestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON trees as OCPI means them: numbers by value ({@code 0.20} equals {@code 0.2}), timestamps by
 * instant ({@code 2015-06-29T20:39:09} equals {@code 2015-06-29T20:39:09Z}), and an absent field equal to an empty
 * array (the model reads a missing list as empty and does not write an empty optional list).
 */
final class JsonEquivalence {
    private JsonEquivalence() {}

    /** The differences, one line each with its path; empty when equivalent. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, "$", out);
        return out;
    }

    private static void compare(JsonNode e, JsonNode a, String path, List<String> out) {
        if (e.isNumber() && a.isNumber()) {
            if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
                out.add(path + ": " + e + " != " + a);
            }
            return;
        }
        if (e.isString() && a.isString()) {
            String es = e.stringValue();
            String as = a.stringValue();
            if (!es.equals(as)) {
                Instant ei = OcpiTimestamps.parse(es);
                Instant ai = OcpiTimestamps.parse(as);
                if (ei == null || !ei.equals(ai)) {
                    out.add(path + ": \"" + es + "\" != \"" + as + "\"");
                }
            }
            return;
        }
        if (e.isObject() && a.isObject()) {
            for (Map.Entry<String, JsonNode> f : e.properties()) {
                JsonNode other = a.get(f.getKey());
                String p = path + "." + f.getKey();
                if (other == null) {
                    if (!(f.getValue().isArray() && f.getValue().isEmpty())) {
                        out.add(p + ": missing after round trip");
                    }
                } else {
                    compare(f.getValue(), other, p, out);
                }
            }
            for (Map.Entry<String, JsonNode> f : a.properties()) {
                if (e.get(f.getKey()) == null
                        && !(f.getValue().isArray() && f.getValue().isEmpty())) {
                    out.add(path + "." + f.getKey() + ": added by round trip");
                }
            }
            return;
        }
        if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                out.add(path + ": " + e.size() + " elements != " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(e.get(i), a.get(i), path + "[" + i + "]", out);
            }
            return;
        }
        if (!e.equals(a)) {
            out.add(path + ": " + e + " != " + a);
        }
    }
}
