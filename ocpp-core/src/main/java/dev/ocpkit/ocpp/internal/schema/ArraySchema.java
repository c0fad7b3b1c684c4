package dev.ocpkit.ocpp.internal.schema;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** {@code "type": "array"} with {@code items}, {@code minItems} and {@code maxItems} (-1 when absent). */
public final class ArraySchema extends Schema {
    private final Schema items;
    private final int minItems;
    private final int maxItems;

    ArraySchema(Schema items, int minItems, int maxItems) {
        this.items = Objects.requireNonNull(items, "items");
        this.minItems = minItems;
        this.maxItems = maxItems;
    }

    /** The same array with {@code minItems}. */
    public ArraySchema minItems(int n) {
        return new ArraySchema(items, n, maxItems);
    }

    /** The same array with {@code maxItems}. */
    public ArraySchema maxItems(int n) {
        return new ArraySchema(items, minItems, n);
    }

    public Schema items() {
        return items;
    }

    /** {@code minItems}, or -1. */
    public int minItemsValue() {
        return minItems;
    }

    /** {@code maxItems}, or -1. */
    public int maxItemsValue() {
        return maxItems;
    }

    @Override
    JsonNode check(JsonNode node, ValidationContext ctx) {
        if (!node.isArray()) {
            ctx.error(ViolationKind.WRONG_TYPE, "expected an array, got " + jsonType(node));
            return node;
        }
        ArrayNode array = (ArrayNode) node;
        int size = array.size();
        if (minItems >= 0 && size < minItems) {
            ctx.error(ViolationKind.TOO_FEW_ITEMS, "array has " + size + " items, minItems is " + minItems);
        }
        if (maxItems >= 0 && size > maxItems) {
            ctx.error(ViolationKind.TOO_MANY_ITEMS, "array has " + size + " items, maxItems is " + maxItems);
        }
        for (int i = 0; i < size && !ctx.full(); i++) {
            JsonNode element = array.get(i);
            ctx.push(i);
            JsonNode kept = items.check(element, ctx);
            ctx.pop();
            if (kept != element) {
                array.set(i, kept);
            }
        }
        return node;
    }

    @Override
    public String type() {
        return "array";
    }
}
