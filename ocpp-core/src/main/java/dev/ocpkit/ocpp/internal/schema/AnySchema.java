package dev.ocpkit.ocpp.internal.schema;

import tools.jackson.databind.JsonNode;

/** A schema without constraints ({@code {}}), e.g. the {@code data} of a 2.x DataTransfer. */
public final class AnySchema extends Schema {
    static final AnySchema INSTANCE = new AnySchema();

    private AnySchema() {}

    @Override
    JsonNode check(JsonNode node, ValidationContext ctx) {
        return node;
    }

    @Override
    public String type() {
        return "any";
    }
}
