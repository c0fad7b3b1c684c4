package dev.ocpkit.ocpp.internal.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code "type": "object"} with its properties, the required ones, and whether other properties are allowed
 * ({@code additionalProperties}; the OCA schemas close every object except {@code CustomDataType}).
 */
public final class ObjectSchema extends Schema {
    private final Map<String, Schema> properties;
    private final HashMap<String, Schema> lookup;
    private final String[] required;
    private final Set<String> requiredSet;
    private final boolean additionalProperties;

    private ObjectSchema(Map<String, Schema> properties, Set<String> required, boolean additionalProperties) {
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.lookup = new HashMap<>(properties);
        this.required = required.toArray(new String[0]);
        this.requiredSet = Collections.unmodifiableSet(new LinkedHashSet<>(required));
        this.additionalProperties = additionalProperties;
    }

    /** Starts an object schema. */
    public static Builder builder() {
        return new Builder();
    }

    /** The declared properties in schema order. */
    public Map<String, Schema> properties() {
        return properties;
    }

    /** The names of the required properties. */
    public Set<String> required() {
        return requiredSet;
    }

    /** Whether properties other than the declared ones are allowed. */
    public boolean additionalProperties() {
        return additionalProperties;
    }

    /** The schema of a declared property, or null. */
    public @Nullable Schema property(String name) {
        return lookup.get(name);
    }

    @Override
    JsonNode check(JsonNode node, ValidationContext ctx) {
        if (!node.isObject()) {
            if (ctx.atRoot()) {
                ctx.error(ViolationKind.NOT_AN_OBJECT, "payload must be a JSON object, got " + jsonType(node));
            } else {
                ctx.error(ViolationKind.WRONG_TYPE, "expected an object, got " + jsonType(node));
            }
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        for (String name : required) {
            if (object.get(name) == null) {
                ctx.push(name);
                ctx.error(ViolationKind.MISSING_REQUIRED, "required property '" + name + "' is missing");
                ctx.pop();
            }
        }
        List<Object> replacements = null;
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (ctx.full()) {
                break;
            }
            String name = entry.getKey();
            Schema schema = lookup.get(name);
            ctx.push(name);
            if (schema == null) {
                if (!additionalProperties) {
                    ctx.deviation(
                            ctx.tolerance().acceptUnknownProperties(),
                            ViolationKind.UNKNOWN_PROPERTY,
                            "property '" + ValidationContext.abbreviate(name) + "' is not defined by the schema");
                }
            } else {
                JsonNode value = entry.getValue();
                JsonNode kept = schema.check(value, ctx);
                if (kept != value) {
                    if (replacements == null) {
                        replacements = new ArrayList<>(4);
                    }
                    replacements.add(name);
                    replacements.add(kept);
                }
            }
            ctx.pop();
        }
        if (replacements != null) {
            for (int i = 0; i < replacements.size(); i += 2) {
                object.set((String) replacements.get(i), (JsonNode) replacements.get(i + 1));
            }
        }
        return node;
    }

    @Override
    public String type() {
        return "object";
    }

    /** Collects properties; not thread-safe, used once per schema at class initialisation. */
    public static final class Builder {
        private final Map<String, Schema> properties = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();

        private Builder() {}

        /** Adds a property that must be present. */
        public Builder required(String name, Schema schema) {
            put(name, schema);
            required.add(name);
            return this;
        }

        /** Adds a property that may be absent. */
        public Builder optional(String name, Schema schema) {
            put(name, schema);
            return this;
        }

        private void put(String name, Schema schema) {
            if (properties.putIfAbsent(name, schema) != null) {
                throw new IllegalArgumentException("duplicate property " + name);
            }
        }

        /** Builds with {@code additionalProperties: false}. */
        public ObjectSchema closed() {
            return new ObjectSchema(properties, required, false);
        }

        /** Builds allowing properties that are not declared (e.g. {@code CustomDataType}). */
        public ObjectSchema open() {
            return new ObjectSchema(properties, required, true);
        }
    }
}
