package dev.ocpkit.ocpi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ocpkit.ocpi.model.internal.JsonErrors;
import dev.ocpkit.ocpi.model.internal.NumberBounds;
import dev.ocpkit.ocpi.model.internal.OcpiJsonModule;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON entry point of one OCPI version: a configured Jackson 3 mapper and typed read/write methods that never
 * let a raw Jackson exception out.
 *
 * <ul>
 *   <li>Unknown fields are ignored (use {@link #readForwardable} to keep them for forwarding);
 *   <li>unknown enum values never fail: records keep the raw string ({@code xxxAsString()});
 *   <li>timestamps are read with {@code Z}, with an offset, or without a zone (read as UTC, as OCPI says), and
 *       written in UTC with {@code Z} (or without a zone designator for partners that need it, see
 *       {@link Builder#writeTimestampsWithoutZone});
 *   <li>numbers are {@link java.math.BigDecimal} and written plain ({@code 0.25}, never {@code 2.5E-1}); a number
 *       never binds to an enum ordinal; a number with an exponent reads with a scale of at least 0 ({@code 1E+3} as
 *       {@code 1000});
 *   <li>every number read, wherever it is in the document, can be written plain and read back: one with more than 50
 *       digits before or after the decimal point written plain (such as {@code 1e99999}, {@code 1e999} or
 *       {@code 1e-99999}), or whose plain form would exceed the number length limit, is an {@link OcpiParseException}
 *       with its JSON path;
 *   <li>a missing list reads as an empty list, a single value where a list is expected as a list of one; an empty
 *       optional list is not written;
 *   <li>PATCH bodies ({@code ...Patch} records) keep absent and {@code null} apart ({@link PatchValue});
 *   <li>nesting depth, string, number and document length are bounded ({@link Limits}); beyond them a parse fails
 *       with an {@link OcpiParseException}, never an {@link OutOfMemoryError}.
 * </ul>
 *
 * <p>Parsing does not validate: run {@link OcpiValidator} on the result to find missing required fields, too long
 * strings and values outside an enumeration.
 *
 * <p>Instances are immutable and thread-safe; create one per configuration and share it (readers and writers are
 * cached per type).
 *
 * @since 0.1
 */
public final class OcpiJson {
    /**
     * Parser bounds.
     *
     * @param maxNestingDepth deepest nesting of arrays and objects
     * @param maxStringLength longest string value, in characters
     * @param maxDocumentLength largest document, in bytes or characters
     * @param maxNumberLength longest number, in digits (those before and after the decimal point and of the
     *     exponent, not the sign), as read and as it would be written plain ({@code 1e-40} needs 41)
     */
    public record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxNumberLength) {
        /**
         * Depth 64 (OCPI objects nest about 8 deep), strings 1 M characters, documents 64 MiB (a page of thousands
         * of locations), numbers 100 characters.
         */
        public static final Limits DEFAULT = new Limits(64, 1_000_000, 64L << 20, 100);
    }

    private static final OcpiJson V211 = builder(OcpiVersion.V2_1_1).build();
    private static final OcpiJson V221 = builder(OcpiVersion.V2_2_1).build();
    private static final OcpiJson V230 = builder(OcpiVersion.V2_3_0).build();

    private final OcpiVersion version;
    private final Limits limits;
    private final boolean timestampsWithoutZone;
    private final JsonMapper mapper;
    private final ClassValue<ObjectReader> readers;
    private final ClassValue<ObjectWriter> writers;

    private OcpiJson(Builder b) {
        this.version = b.version;
        this.limits = b.limits;
        this.timestampsWithoutZone = b.timestampsWithoutZone;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .addModule(new OcpiJsonModule(timestampsWithoutZone))
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

    /** The shared default instance for OCPI 2.1.1. */
    public static OcpiJson v211() {
        return V211;
    }

    /** The shared default instance for OCPI 2.2.1. */
    public static OcpiJson v221() {
        return V221;
    }

    /** The shared default instance for OCPI 2.3.0. */
    public static OcpiJson v230() {
        return V230;
    }

    /**
     * The shared default instance of a supported version.
     *
     * @throws IllegalArgumentException for a version ocpkit does not support
     */
    public static OcpiJson forVersion(OcpiVersion version) {
        return switch (version) {
            case V2_1_1 -> V211;
            case V2_2_1 -> V221;
            case V2_3_0 -> V230;
            default -> throw new IllegalArgumentException("OCPI " + version + " is not supported");
        };
    }

    /** A builder for an instance with other limits or write options. */
    public static Builder builder(OcpiVersion version) {
        return new Builder(version);
    }

    /**
     * A Jackson 3 module with ocpkit's timestamp handling and the {@link PatchValue} binding, for hosts that bind the
     * model records with their own mapper.
     */
    public static JacksonModule module() {
        return new OcpiJsonModule(false);
    }

    /** The OCPI version of this instance. */
    public OcpiVersion version() {
        return version;
    }

    /** The parser bounds. */
    public Limits limits() {
        return limits;
    }

    /** The configured mapper; do not reconfigure it. */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Reads UTF-8 JSON as {@code type}.
     *
     * @throws OcpiParseException when it is not JSON, exceeds the bounds or does not bind
     */
    public <T> T read(byte[] json, Class<T> type) {
        checkLength(json.length);
        try {
            return checkNumbers(Objects.requireNonNull(readers.get(type).readValue(json), "null document"));
        } catch (JacksonException e) {
            throw JsonErrors.toParseException(e);
        } catch (NumberFormatException e) {
            throw JsonErrors.numberOutOfRange(e);
        } catch (NullPointerException e) {
            throw new OcpiParseException("$", "the document is null, expected " + type.getSimpleName(), null);
        }
    }

    /**
     * Reads JSON text as {@code type}.
     *
     * @throws OcpiParseException when it is not JSON, exceeds the bounds or does not bind
     */
    public <T> T read(String json, Class<T> type) {
        checkLength(json.length());
        try {
            return checkNumbers(Objects.requireNonNull(readers.get(type).readValue(json), "null document"));
        } catch (JacksonException e) {
            throw JsonErrors.toParseException(e);
        } catch (NumberFormatException e) {
            throw JsonErrors.numberOutOfRange(e);
        } catch (NullPointerException e) {
            throw new OcpiParseException("$", "the document is null, expected " + type.getSimpleName(), null);
        }
    }

    /**
     * Reads a stream of UTF-8 JSON as {@code type}; the stream is not closed.
     *
     * @throws OcpiParseException when it is not JSON, exceeds the bounds or does not bind
     */
    public <T> T read(InputStream json, Class<T> type) {
        try {
            return checkNumbers(Objects.requireNonNull(readers.get(type).readValue(json), "null document"));
        } catch (JacksonException e) {
            throw JsonErrors.toParseException(e);
        } catch (NumberFormatException e) {
            throw JsonErrors.numberOutOfRange(e);
        } catch (NullPointerException e) {
            throw new OcpiParseException("$", "the document is null, expected " + type.getSimpleName(), null);
        }
    }

    /**
     * Reads a JSON array of {@code elementType}.
     *
     * @throws OcpiParseException when it is not a JSON array of such objects
     */
    public <T> List<T> readList(byte[] json, Class<T> elementType) {
        checkLength(json.length);
        try {
            JavaType t = mapper.getTypeFactory().constructCollectionType(List.class, elementType);
            List<T> list = mapper.readerFor(t).readValue(json);
            return list == null ? List.of() : list;
        } catch (JacksonException e) {
            throw JsonErrors.toParseException(e);
        } catch (NumberFormatException e) {
            throw JsonErrors.numberOutOfRange(e);
        }
    }

    /**
     * Reads a response envelope whose {@code data} is one {@code dataType} (or null).
     *
     * @throws OcpiParseException when it is not such an envelope
     */
    public <T> OcpiEnvelope<T> readEnvelope(byte[] json, Class<T> dataType) {
        return readEnvelope(json, mapper.getTypeFactory().constructType(dataType));
    }

    /**
     * Reads a response envelope whose {@code data} is a list of {@code elementType}.
     *
     * @throws OcpiParseException when it is not such an envelope
     */
    public <T> OcpiEnvelope<List<T>> readEnvelopeList(byte[] json, Class<T> elementType) {
        return readEnvelope(json, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    private <T> OcpiEnvelope<T> readEnvelope(byte[] json, JavaType dataType) {
        checkLength(json.length);
        try {
            JavaType t = mapper.getTypeFactory().constructParametricType(OcpiEnvelope.class, dataType);
            OcpiEnvelope<T> env = mapper.readerFor(t).readValue(json);
            if (env == null) {
                throw new OcpiParseException("$", "the document is null, expected a response envelope", null);
            }
            return env;
        } catch (JacksonException e) {
            throw JsonErrors.toParseException(e);
        } catch (NumberFormatException e) {
            throw JsonErrors.numberOutOfRange(e);
        }
    }

    /**
     * Parses JSON into a tree.
     *
     * @throws OcpiParseException when it is not JSON or exceeds the bounds
     */
    public JsonNode readTree(byte[] json) {
        checkLength(json.length);
        try {
            return checkNumbers(mapper.readTree(json));
        } catch (JacksonException e) {
            throw JsonErrors.toParseException(e);
        } catch (NumberFormatException e) {
            throw JsonErrors.numberOutOfRange(e);
        }
    }

    /**
     * Binds a tree to {@code type}.
     *
     * @throws OcpiParseException when it does not bind
     */
    public <T> T treeToValue(JsonNode tree, Class<T> type) {
        try {
            return Objects.requireNonNull(readers.get(type).readValue(tree), "null document");
        } catch (JacksonException e) {
            throw JsonErrors.toParseException(e);
        } catch (NumberFormatException e) {
            throw JsonErrors.numberOutOfRange(e);
        } catch (NullPointerException e) {
            throw new OcpiParseException("$", "the document is null, expected " + type.getSimpleName(), null);
        }
    }

    /**
     * Reads an object and keeps the JSON it came from, so that a hub can forward fields this SDK does not model.
     *
     * @throws OcpiParseException when it is not JSON or does not bind
     */
    public <T> Forwardable<T> readForwardable(byte[] json, Class<T> type) {
        JsonNode tree = readTree(json);
        return new Forwardable<>(treeToValue(tree, type), tree);
    }

    /** The tree of a value, as it would be written. */
    public JsonNode valueToTree(Object value) {
        return mapper.valueToTree(value);
    }

    /** JSON text of a record, list, envelope or tree. */
    public String write(Object value) {
        return writers.get(value.getClass()).writeValueAsString(value);
    }

    /** UTF-8 JSON of a record, list, envelope or tree. */
    public byte[] writeBytes(Object value) {
        return writers.get(value.getClass()).writeValueAsBytes(value);
    }

    /**
     * A tree is kept as read (a {@link Forwardable}'s, or one bound later): its numbers are checked here, those of
     * records when they bind ({@code OcpiJsonModule}).
     */
    private <T> T checkNumbers(T value) {
        if (value instanceof JsonNode tree) {
            NumberBounds.check(tree, limits.maxNumberLength());
        }
        return value;
    }

    /** Jackson checks the document length only when it refills a buffer, so never for in-memory input. */
    private void checkLength(long length) {
        if (length > limits.maxDocumentLength()) {
            throw JsonErrors.toParseException(new StreamConstraintsException("Document length (" + length
                    + ") exceeds the maximum allowed (" + limits.maxDocumentLength() + ")"));
        }
    }

    /** Builds an {@link OcpiJson}; not thread-safe. */
    public static final class Builder {
        private final OcpiVersion version;
        private Limits limits = Limits.DEFAULT;
        private boolean timestampsWithoutZone;

        private Builder(OcpiVersion version) {
            if (!version.isSupported()) {
                throw new IllegalArgumentException("OCPI " + version + " is not supported");
            }
            this.version = version;
        }

        /** Parser bounds; default {@link Limits#DEFAULT}. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Writes timestamps without a zone designator ({@code 2015-06-29T20:39:09}), which OCPI reads as UTC, for
         * partners whose parsers reject {@code Z}. Default {@code false}.
         */
        public Builder writeTimestampsWithoutZone(boolean withoutZone) {
            this.timestampsWithoutZone = withoutZone;
            return this;
        }

        /** The instance. */
        public OcpiJson build() {
            return new OcpiJson(this);
        }
    }
}
