package dev.ocpkit.ocpi.model.internal;

import dev.ocpkit.ocpi.model.PatchValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleModule;

/** Instants as OCPI timestamps, and {@link PatchValue} with its absent / null / value states. */
public final class OcpiJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public OcpiJsonModule(boolean timestampsWithoutZone) {
        super("ocpkit-ocpi");
        addSerializer(Instant.class, new InstantSerializer(timestampsWithoutZone));
        addDeserializer(Instant.class, new InstantDeserializer());
        addSerializer((Class) PatchValue.class, new PatchValueSerializer());
        addDeserializer((Class) PatchValue.class, new PatchValueDeserializer(null));
        addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    /**
     * OCPI numbers within what can be written back plain ({@link NumberBounds}): a number such as {@code 1e99999} (a
     * valid JSON number, and a valid {@code BigDecimal}) would otherwise be stored and then fail when written, and
     * {@code 1e41111111111111111} fails already in Jackson with a {@code NumberFormatException}; both are a
     * {@link NumberBounds.OutOfRangeException}, hence an OCPI parse error with the field's path (found by fuzzing the
     * dispatcher). A number with an exponent reads with a scale of at least 0 ({@code 1E+3} as {@code 1000}), as it
     * reads back after writing.
     */
    static final class BoundedDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public @Nullable BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value;
            try {
                value = super.deserialize(p, ctxt);
            } catch (NumberFormatException e) {
                throw new NumberBounds.OutOfRangeException(p, "number out of range: not representable");
            }
            if (value == null) {
                return null;
            }
            String violation =
                    NumberBounds.violation(value, p.streamReadConstraints().getMaxNumberLength());
            if (violation != null) {
                throw new NumberBounds.OutOfRangeException(p, violation);
            }
            return NumberBounds.plain(value);
        }
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new FastRecordInstantiator.Installer());
    }

    static final class InstantSerializer extends ValueSerializer<Instant> {
        private final boolean withoutZone;

        InstantSerializer(boolean withoutZone) {
            this.withoutZone = withoutZone;
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
            if (withoutZone) {
                gen.writeString(LocalDateTime.ofInstant(value, ZoneOffset.UTC).toString());
            } else {
                gen.writeString(value.toString());
            }
        }
    }

    static final class InstantDeserializer extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getString();
            Instant instant = OcpiTimestamps.parse(text);
            if (instant == null) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an OCPI DateTime (RFC 3339)");
            }
            return instant;
        }

        @Override
        public Class<?> handledType() {
            return Instant.class;
        }
    }

    static final class PatchValueSerializer extends ValueSerializer<PatchValue<?>> {
        @Override
        public void serialize(PatchValue<?> value, JsonGenerator gen, SerializationContext ctxt) {
            Object v = value.value();
            if (v == null) {
                gen.writeNull();
            } else {
                ctxt.writeValue(gen, v);
            }
        }

        @Override
        public boolean isEmpty(SerializationContext ctxt, PatchValue<?> value) {
            return value == null || value.isAbsent();
        }
    }

    static final class PatchValueDeserializer extends ValueDeserializer<PatchValue<?>> {
        private final @Nullable ValueDeserializer<Object> content;

        PatchValueDeserializer(@Nullable ValueDeserializer<Object> content) {
            this.content = content;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            if (type == null || type.containedTypeCount() != 1) {
                return this;
            }
            return new PatchValueDeserializer(ctxt.findContextualValueDeserializer(type.containedType(0), property));
        }

        @Override
        public PatchValue<?> deserialize(JsonParser p, DeserializationContext ctxt) {
            if (content == null) {
                return PatchValue.of(ctxt.readValue(p, Object.class));
            }
            return PatchValue.of(content.deserialize(p, ctxt));
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return PatchValue.ofNull();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return PatchValue.absent();
        }

        @Override
        public Class<?> handledType() {
            return PatchValue.class;
        }
    }
}
