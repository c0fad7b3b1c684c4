package dev.ocpkit.ocpp.internal.schema;

import dev.ocpkit.ocpp.internal.json.DateTimes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** {@code "type": "string"} with {@code maxLength}, {@code minLength} (-1 when absent), {@code enum} and format. */
public final class StringSchema extends Schema {
    /** The {@code format} keyword values the OCA schemas use. */
    public enum Format {
        NONE,
        DATE_TIME,
        URI
    }

    static final StringSchema PLAIN = new StringSchema(-1, -1, null, Format.NONE);

    private final int maxLength;
    private final int minLength;
    private final @Nullable List<String> enumValues;
    private final @Nullable Set<String> enumSet;
    private final Format format;

    private StringSchema(int maxLength, int minLength, @Nullable List<String> enumValues, Format format) {
        this.maxLength = maxLength;
        this.minLength = minLength;
        this.enumValues = enumValues == null ? null : List.copyOf(enumValues);
        this.enumSet = enumValues == null ? null : Set.copyOf(enumValues);
        this.format = format;
    }

    static StringSchema ofEnum(String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("empty enum");
        }
        return new StringSchema(-1, -1, List.of(values), Format.NONE);
    }

    static StringSchema ofFormat(Format format) {
        return new StringSchema(-1, -1, null, format);
    }

    /** The same string with {@code maxLength}. */
    public StringSchema maxLength(int n) {
        return new StringSchema(n, minLength, enumValues, format);
    }

    /** The same string with {@code minLength}. */
    public StringSchema minLength(int n) {
        return new StringSchema(maxLength, n, enumValues, format);
    }

    /** {@code maxLength} in characters (Unicode code points), or -1. */
    public int maxLengthValue() {
        return maxLength;
    }

    /** {@code minLength}, or -1. */
    public int minLengthValue() {
        return minLength;
    }

    /** The allowed values in schema order, or null when any string is allowed. */
    public @Nullable List<String> enumValues() {
        return enumValues;
    }

    public Format format() {
        return format;
    }

    @Override
    JsonNode check(JsonNode node, ValidationContext ctx) {
        if (!node.isString()) {
            ctx.error(ViolationKind.WRONG_TYPE, "expected a string, got " + jsonType(node));
            return node;
        }
        String s = node.stringValue();
        if (enumSet != null && !enumSet.contains(s)) {
            ctx.deviation(
                    ctx.tolerance().acceptUnknownEnumValues(),
                    ViolationKind.ENUM_VALUE,
                    "'" + ValidationContext.abbreviate(s) + "' is not one of " + enumValues);
        }
        if (maxLength >= 0 && s.length() > maxLength) {
            int length = s.codePointCount(0, s.length());
            if (length > maxLength) {
                ctx.deviation(
                        ctx.tolerance().acceptOverlongStrings(),
                        ViolationKind.MAX_LENGTH,
                        "string of " + length + " characters exceeds maxLength " + maxLength);
            }
        }
        if (minLength > 0 && s.codePointCount(0, s.length()) < minLength) {
            ctx.error(ViolationKind.MIN_LENGTH, "string is shorter than minLength " + minLength);
        }
        switch (format) {
            case DATE_TIME -> {
                DateTimes.Shape shape = DateTimes.classify(s);
                if (shape == DateTimes.Shape.NO_ZONE) {
                    boolean tolerated = ctx.tolerance().acceptDateTimesWithoutZone();
                    ctx.deviation(
                            tolerated,
                            ViolationKind.DATE_TIME_FORMAT,
                            "date-time '" + ValidationContext.abbreviate(s) + "' has no zone designator"
                                    + (tolerated ? "; read as UTC" : ""));
                    if (tolerated) {
                        return StringNode.valueOf(s + 'Z');
                    }
                } else if (shape == DateTimes.Shape.INVALID) {
                    ctx.error(
                            ViolationKind.DATE_TIME_FORMAT,
                            "'" + ValidationContext.abbreviate(s) + "' is not an RFC 3339 date-time");
                }
            }
            case URI -> {
                if (!isAbsoluteUri(s)) {
                    ctx.error(
                            ViolationKind.URI_FORMAT,
                            "'" + ValidationContext.abbreviate(s) + "' is not an absolute URI");
                }
            }
            case NONE -> {}
        }
        return node;
    }

    static boolean isAbsoluteUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String type() {
        return "string";
    }
}
