package dev.ocpkit.ocpp.internal.rpc;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The payload codec of one version: Jackson binding plus the OCA schema checks. */
public final class SchemaPayloadCodec implements PayloadCodec {
    private static final Map<OcppVersion, SchemaPayloadCodec> CODECS = new EnumMap<>(OcppVersion.class);
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(1 << 20)
                            .maxNumberLength(64)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final OcppVersion version;
    private final Map<String, OcppAction<?, ?>> actions = new ConcurrentHashMap<>();

    private SchemaPayloadCodec(OcppVersion version, List<OcppAction<?, ?>> all) {
        this.version = version;
        for (OcppAction<?, ?> a : all) {
            actions.put(a.name(), a);
        }
    }

    public static synchronized SchemaPayloadCodec forVersion(OcppVersion version) {
        return CODECS.computeIfAbsent(version, v -> new SchemaPayloadCodec(v, List.of()));
    }

    /** For tests: a codec over an explicit action list. */
    static SchemaPayloadCodec of(OcppVersion version, List<OcppAction<?, ?>> actions) {
        return new SchemaPayloadCodec(version, actions);
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
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new FrameSyntaxException(e.getOriginalMessage());
        }
    }

    @Override
    public Decoded decode(OcppAction<?, ?> action, boolean request, JsonNode payload, InputTolerance tolerance) {
        Class<?> type = request ? action.requestType() : action.responseType();
        try {
            return Decoded.ok(MAPPER.treeToValue(payload, type), List.of());
        } catch (JacksonException e) {
            return Decoded.invalid(CallErrorCode.formatViolation(version), List.of(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            return Decoded.invalid(
                    CallErrorCode.occurrenceConstraintViolation(version), List.of(String.valueOf(e.getMessage())));
        }
    }

    @Override
    public Encoded encode(OcppAction<?, ?> action, boolean request, Object payload, boolean validate) {
        return Encoded.ok(MAPPER.writeValueAsString(payload));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> toPlain(JsonNode objectNode) {
        return MAPPER.treeToValue(objectNode, Map.class);
    }

    @Override
    public String writePlain(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
