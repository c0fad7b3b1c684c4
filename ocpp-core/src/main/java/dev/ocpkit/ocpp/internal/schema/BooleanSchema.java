package dev.ocpkit.ocpp.internal.schema;

import tools.jackson.databind.JsonNode;

/** {@code "type": "boolean"}. */
public final class BooleanSchema extends Schema {
    static final BooleanSchema INSTANCE = new BooleanSchema();

    private BooleanSchema() {}

    @Override
    JsonNode check(JsonNode node, ValidationContext ctx) {
        if (!node.isBoolean()) {
            ctx.error(ViolationKind.WRONG_TYPE, "expected a boolean, got " + jsonType(node));
        }
        return node;
    }

    @Override
    public String type() {
        return "boolean";
    }
}
