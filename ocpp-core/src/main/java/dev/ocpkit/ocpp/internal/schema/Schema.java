package dev.ocpkit.ocpp.internal.schema;

import tools.jackson.databind.JsonNode;

/**
 * One node of a JSON schema as the OCA OCPP schemas use it (draft-04 / draft-06 subset: type, properties, required,
 * additionalProperties, items, minItems, maxItems, maxLength, minLength, enum, format, minimum, maximum, multipleOf).
 * Immutable and thread-safe; {@code $ref}s are resolved by sharing nodes.
 */
public abstract sealed class Schema
        permits ObjectSchema, ArraySchema, StringSchema, NumberSchema, BooleanSchema, AnySchema {
    Schema() {}

    /**
     * Checks one value and records violations in the context.
     *
     * @return the value to keep: {@code node} itself, or a coerced replacement when the tolerance converted it
     */
    abstract JsonNode check(JsonNode node, ValidationContext ctx);

    /** The JSON schema {@code type} keyword of this node ({@code "any"} when unconstrained). */
    public abstract String type();

    static String jsonType(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
