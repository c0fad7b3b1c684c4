package dev.ocpkit.ocpp.internal.rpc;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import dev.ocpkit.ocpp.internal.schema.ProtocolCatalog;
import dev.ocpkit.ocpp.internal.schema.Schema;
import dev.ocpkit.ocpp.internal.schema.SchemaValidator;
import dev.ocpkit.ocpp.internal.schema.SchemaViolation;
import dev.ocpkit.ocpp.internal.schema.ValidationResult;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The payload codec of one version: JSON via {@link OcppJson}, checks against the OCA schemas of the
 * {@link ProtocolCatalog} (strict on output, with the connection's tolerance on input), binding to the generated
 * records.
 */
public final class SchemaPayloadCodec implements PayloadCodec {
    private static final Map<OcppVersion, SchemaPayloadCodec> CODECS = new EnumMap<>(OcppVersion.class);

    private final OcppVersion version;
    private final OcppJson json;
    private final Map<String, OcppAction<?, ?>> actions;
    private final @Nullable ProtocolCatalog catalog;

    private SchemaPayloadCodec(OcppVersion version, List<OcppAction<?, ?>> actions, @Nullable ProtocolCatalog catalog) {
        this.version = version;
        this.json = OcppJson.defaults();
        this.catalog = catalog;
        Map<String, OcppAction<?, ?>> map = new HashMap<>();
        for (OcppAction<?, ?> a : actions) {
            map.put(a.name(), a);
        }
        this.actions = Map.copyOf(map);
    }

    /** The codec of a version (built once). */
    public static SchemaPayloadCodec forVersion(OcppVersion version) {
        synchronized (CODECS) {
            return CODECS.computeIfAbsent(version, v -> {
                ProtocolCatalog c = ProtocolCatalog.of(v);
                return new SchemaPayloadCodec(v, c.actions(), c);
            });
        }
    }

    /** For tests of the RPC engine: a codec over hand-made actions, binding without schema checks. */
    static SchemaPayloadCodec withoutSchemas(OcppVersion version, List<OcppAction<?, ?>> actions) {
        return new SchemaPayloadCodec(version, actions, null);
    }

    @Override
    public OcppVersion version() {
        return version;
    }

    @Override
    public @Nullable OcppAction<?, ?> action(String name) {
        return actions.get(name);
    }

    @Override
    public JsonNode parseFrame(String text) throws FrameSyntaxException {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new FrameSyntaxException(e.getOriginalMessage());
        } catch (RuntimeException e) {
            throw new FrameSyntaxException(String.valueOf(e.getMessage()));
        }
    }

    private @Nullable Schema schema(OcppAction<?, ?> action, boolean request) {
        if (catalog == null) {
            return null;
        }
        return request ? catalog.requestSchema(action) : catalog.responseSchema(action);
    }

    @Override
    public Decoded decode(OcppAction<?, ?> action, boolean request, JsonNode payload, InputTolerance tolerance) {
        Schema schema = schema(action, request);
        List<String> warnings = List.of();
        if (schema != null) {
            ValidationResult r = SchemaValidator.validate(schema, payload, tolerance);
            if (!r.isValid()) {
                SchemaViolation first = Objects.requireNonNull(r.firstError());
                return Decoded.invalid(first.kind().callError(version), r.describeErrors());
            }
            warnings = r.describeWarnings();
        }
        Class<?> type = request ? action.requestType() : action.responseType();
        try {
            return Decoded.ok(json.treeToValue(payload, type), warnings);
        } catch (JacksonException e) {
            return Decoded.invalid(CallErrorCode.formatViolation(version), List.of(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // a record refused a value the schema allows (should not happen with generated records)
            return Decoded.invalid(CallErrorCode.formatViolation(version), List.of(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public Encoded encode(OcppAction<?, ?> action, boolean request, Object payload, boolean validate) {
        JsonNode tree;
        try {
            tree = json.valueToTree(payload);
        } catch (JacksonException e) {
            return Encoded.invalid(CallErrorCode.INTERNAL_ERROR, List.of(e.getOriginalMessage()));
        }
        Schema schema = validate ? schema(action, request) : null;
        if (schema != null) {
            ValidationResult r = SchemaValidator.validate(schema, tree);
            if (!r.isValid()) {
                SchemaViolation first = Objects.requireNonNull(r.firstError());
                return Encoded.invalid(first.kind().callError(version), r.describeErrors());
            }
        }
        return Encoded.ok(json.write(tree));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> toPlain(JsonNode objectNode) {
        return json.treeToValue(objectNode, Map.class);
    }

    @Override
    public String writePlain(Object value) {
        return json.write(value);
    }
}
