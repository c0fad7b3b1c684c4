package dev.ocpkit.codegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Javadoc text for constraints, written by the generator (never the OCA description prose). */
final class Docs {
    private Docs() {}

    static final String SPEC_URL = "https://openchargealliance.org/protocols/open-charge-point-protocol/";

    /** E.g. {@code required; at most 20 characters}. */
    static String constraints(SchemaNode p, boolean required) {
        List<String> parts = new ArrayList<>();
        parts.add(required ? "required" : "optional");
        describe(p, parts, "");
        return String.join("; ", parts);
    }

    private static void describe(SchemaNode p, List<String> parts, String prefix) {
        switch (p.kind) {
            case OBJECT -> {}
            case ARRAY -> {
                if (p.minItems != null) {
                    parts.add("at least " + p.minItems + (p.minItems == 1 ? " item" : " items"));
                }
                if (p.maxItems != null) {
                    parts.add("at most " + p.maxItems + (p.maxItems == 1 ? " item" : " items"));
                }
                describe(p.items, parts, "each item ");
            }
            case STRING -> {
                if (p.isEnum()) {
                    parts.add(prefix + "one of the {@link " + p.javaName + "} values");
                }
                if ("date-time".equals(p.format)) {
                    parts.add(prefix + "an RFC 3339 date-time");
                }
                if ("uri".equals(p.format)) {
                    parts.add(prefix + "an absolute URI");
                }
                if (p.maxLength != null) {
                    parts.add(prefix + "at most " + p.maxLength + " characters");
                }
                if (p.minLength != null) {
                    parts.add(prefix + "at least " + p.minLength + " characters");
                }
            }
            case INTEGER, NUMBER -> {
                if (p.minimum != null) {
                    parts.add(prefix + "minimum " + plain(p.minimum));
                }
                if (p.maximum != null) {
                    parts.add(prefix + "maximum " + plain(p.maximum));
                }
                if (p.multipleOf != null) {
                    parts.add(prefix + "a multiple of " + plain(p.multipleOf));
                }
            }
            case BOOLEAN -> {}
            case ANY -> parts.add(prefix + "any JSON value (maps, lists, strings, numbers, booleans)");
        }
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A human list of at most {@code max} items: {@code A, B and 3 more}. */
    static String list(java.util.Collection<String> items, int max) {
        List<String> all = new ArrayList<>(items);
        if (all.size() <= max) {
            if (all.size() <= 1) {
                return String.join("", all);
            }
            return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
        }
        return String.join(", ", all.subList(0, max)) + " and " + (all.size() - max) + " more";
    }
}
