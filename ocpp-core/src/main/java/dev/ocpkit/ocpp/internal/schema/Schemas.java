package dev.ocpkit.ocpp.internal.schema;

/**
 * The schema DSL the generated catalogues are written in ({@code import static ...Schemas.*}), e.g.
 * {@code object().required("idTag", string().maxLength(20)).closed()}.
 */
public final class Schemas {
    private Schemas() {}

    public static ObjectSchema.Builder object() {
        return ObjectSchema.builder();
    }

    public static ArraySchema array(Schema items) {
        return new ArraySchema(items, -1, -1);
    }

    public static StringSchema string() {
        return StringSchema.PLAIN;
    }

    /** {@code "type": "string", "format": "date-time"} (RFC 3339). */
    public static StringSchema dateTime() {
        return StringSchema.ofFormat(StringSchema.Format.DATE_TIME);
    }

    /** {@code "type": "string", "format": "uri"} (an absolute URI). */
    public static StringSchema uri() {
        return StringSchema.ofFormat(StringSchema.Format.URI);
    }

    /** {@code "type": "string", "enum": [...]}. */
    public static StringSchema enumOf(String... values) {
        return StringSchema.ofEnum(values);
    }

    public static NumberSchema integer() {
        return NumberSchema.INTEGER;
    }

    public static NumberSchema number() {
        return NumberSchema.NUMBER;
    }

    public static BooleanSchema bool() {
        return BooleanSchema.INSTANCE;
    }

    /** {@code {}}: any JSON value. */
    public static AnySchema any() {
        return AnySchema.INSTANCE;
    }
}
