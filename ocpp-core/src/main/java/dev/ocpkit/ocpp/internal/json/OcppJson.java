package dev.ocpkit.ocpp.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapping of OCPP payloads: one configured Jackson 3 {@link JsonMapper}, created once and shared.
 *
 * <ul>
 *   <li>floats read as {@link java.math.BigDecimal} and written plain ({@code 1000}, never {@code 1E+3});
 *   <li>a number never binds to an enum ordinal ({@code FAIL_ON_NUMBERS_FOR_ENUMS});
 *   <li>{@link Instant}s are read from RFC 3339 text with {@code Z} or an offset (a missing zone reads as UTC; the
 *       schema validator decides whether that is allowed) and written in UTC with {@code Z};
 *   <li>null components are not written; unknown properties are ignored when binding (the validator reports them);
 *   <li>duplicate property names are a parse error; nesting depth, string, number and document length are bounded by
 *       {@link StreamReadConstraints} (see {@link Limits}).
 * </ul>
 *
 * <p>Thread-safe. Readers and writers are cached per type, so binding does no per-call reflection.
 */
public final class OcppJson {
    /** Parser bounds. */
    public record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxNumberLength) {
        /** Depth 64 (OCPP payloads need about 10), strings 1 M chars, documents 8 MiB, numbers 100 digits. */
        public static final Limits DEFAULT = new Limits(64, 1_000_000, 8L << 20, 100);
    }

    private static final OcppJson DEFAULT = new OcppJson(Limits.DEFAULT);

    private final JsonMapper mapper;
    private final long maxDocumentLength;
    private final ClassValue<ObjectReader> readers;
    private final ClassValue<ObjectWriter> writers;

    private OcppJson(Limits limits) {
        Objects.requireNonNull(limits, "limits");
        this.maxDocumentLength = limits.maxDocumentLength();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule time = new SimpleModule("ocpkit-time");
        time.addSerializer(Instant.class, new InstantSerializer());
        time.addDeserializer(Instant.class, new InstantDeserializer());
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .addModule(time)
                .build();
        this.readers = new ClassValue<>() {
            @Override
            protected ObjectReader computeValue(Class<?> type) {
                return mapper.readerFor(type);
            }
        };
        this.writers = new ClassValue<>() {
            @Override
            protected ObjectWriter computeValue(Class<?> type) {
                return mapper.writerFor(type);
            }
        };
    }

    /** The shared instance with {@link Limits#DEFAULT}. */
    public static OcppJson defaults() {
        return DEFAULT;
    }

    /** An instance with other parser bounds (create once and keep it: each instance has its own caches). */
    public static OcppJson withLimits(Limits limits) {
        return limits.equals(Limits.DEFAULT) ? DEFAULT : new OcppJson(limits);
    }

    public JsonMapper mapper() {
        return mapper;
    }

    /** Parses JSON text. @throws JacksonException when it is not JSON or exceeds the bounds */
    public JsonNode readTree(String json) {
        checkLength(json.length());
        return mapper.readTree(json);
    }

    /** Parses UTF-8 JSON. @throws JacksonException when it is not JSON or exceeds the bounds */
    public JsonNode readTree(byte[] json) {
        checkLength(json.length);
        return mapper.readTree(json);
    }

    /** Jackson checks the document length only when it refills its buffer, so never for in-memory input. */
    private void checkLength(long length) {
        if (length > maxDocumentLength) {
            throw new StreamConstraintsException(
                    "Document length (" + length + ") exceeds the maximum allowed (" + maxDocumentLength + ")");
        }
    }

    /** Binds a (validated) tree to a payload type. @throws JacksonException when it does not bind */
    public <T> T treeToValue(JsonNode tree, Class<T> type) {
        return readers.get(type).readValue(tree);
    }

    /** The tree of a payload, as it would be written. */
    public JsonNode valueToTree(Object value) {
        return mapper.valueToTree(value);
    }

    /** JSON text of a payload (or of a tree). */
    public String write(Object value) {
        if (value instanceof JsonNode node) {
            return mapper.writeValueAsString(node);
        }
        return writers.get(value.getClass()).writeValueAsString(value);
    }

    /** UTF-8 JSON of a payload (or of a tree). */
    public byte[] writeBytes(Object value) {
        if (value instanceof JsonNode node) {
            return mapper.writeValueAsBytes(node);
        }
        return writers.get(value.getClass()).writeValueAsBytes(value);
    }

    static final class InstantSerializer extends ValueSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    static final class InstantDeserializer extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getString();
            Instant instant = DateTimes.parse(text);
            if (instant == null) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 date-time");
            }
            return instant;
        }
    }
}
