package dev.ocpkit.codegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of an OCA schema file as read, with every constraint the generated catalogue must reproduce. Object and
 * enum nodes also carry where they come from, so that they can be given a Java name.
 */
final class SchemaNode {
    enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        ANY
    }

    final Kind kind;
    /** Schema file name, e.g. {@code MeterValues.json}. */
    final String file;
    /** Location inside the file, e.g. {@code MeterValues/meterValue[]/sampledValue[]}. */
    final String path;
    /** The definition this node is, when it is one ({@code $ref} target), else null. */
    String definition;
    /** The {@code javaType} hint, or null. */
    String javaTypeHint;

    // OBJECT
    final Map<String, SchemaNode> properties = new LinkedHashMap<>();
    final List<String> required = new ArrayList<>();
    boolean additionalProperties = true;

    // ARRAY
    SchemaNode items;
    Integer minItems;
    Integer maxItems;

    // STRING
    Integer maxLength;
    Integer minLength;
    List<String> enumValues;
    String format;

    // INTEGER / NUMBER
    BigDecimal minimum;
    BigDecimal maximum;
    BigDecimal multipleOf;

    /** Assigned Java type name (objects and enums only). */
    String javaName;

    SchemaNode(Kind kind, String file, String path) {
        this.kind = kind;
        this.file = file;
        this.path = path;
    }

    boolean isEnum() {
        return kind == Kind.STRING && enumValues != null;
    }

    /** Objects and enums become Java types of their own. */
    boolean isNamedType() {
        return kind == Kind.OBJECT || isEnum();
    }

    /** The name of the message this node belongs to ({@code MeterValues} for {@code MeterValues/meterValue[]}). */
    String message() {
        int end = path.length();
        int slash = path.indexOf('/');
        int hash = path.indexOf('#');
        if (slash >= 0) {
            end = slash;
        }
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return path.substring(0, end);
    }

    /**
     * A canonical text of every constraint of this node and its children: equal keys mean structurally identical
     * schemas. Java names are not part of it.
     */
    String key() {
        StringBuilder b = new StringBuilder();
        appendKey(b);
        return b.toString();
    }

    private void appendKey(StringBuilder b) {
        b.append(kind.name().charAt(0)).append(kind.name().charAt(1));
        switch (kind) {
            case OBJECT -> {
                b.append(additionalProperties ? "{open" : "{closed");
                for (Map.Entry<String, SchemaNode> e : properties.entrySet()) {
                    b.append(',')
                            .append(e.getKey())
                            .append(required.contains(e.getKey()) ? "!" : "?")
                            .append(':');
                    e.getValue().appendKey(b);
                }
                b.append('}');
            }
            case ARRAY -> {
                b.append('[').append(minItems).append(',').append(maxItems).append(',');
                items.appendKey(b);
                b.append(']');
            }
            case STRING -> b.append('(')
                    .append(maxLength)
                    .append(',')
                    .append(minLength)
                    .append(',')
                    .append(format)
                    .append(',')
                    .append(enumValues)
                    .append(')');
            case INTEGER, NUMBER -> b.append('(')
                    .append(
                            minimum == null
                                    ? null
                                    : minimum.stripTrailingZeros().toPlainString())
                    .append(',')
                    .append(
                            maximum == null
                                    ? null
                                    : maximum.stripTrailingZeros().toPlainString())
                    .append(',')
                    .append(
                            multipleOf == null
                                    ? null
                                    : multipleOf.stripTrailingZeros().toPlainString())
                    .append(')');
            case BOOLEAN, ANY -> {}
        }
    }

    @Override
    public String toString() {
        return kind + " " + file + " " + path;
    }
}
