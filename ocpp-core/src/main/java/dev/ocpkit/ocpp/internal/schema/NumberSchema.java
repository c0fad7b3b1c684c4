package dev.ocpkit.ocpp.internal.schema;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;

/**
 * {@code "type": "integer"} or {@code "type": "number"} with {@code minimum}, {@code maximum} and {@code multipleOf}.
 * Every comparison is exact ({@link BigDecimal}): {@code 8.1} is a multiple of {@code 0.1}, {@code 8.15} is not. An
 * OCPP integer is 32 bits wide: a JSON integer outside that range is a type violation.
 */
public final class NumberSchema extends Schema {
    /** Decimal exponents beyond this are refused before any arithmetic (a {@code 1e999999999} must not cost time). */
    private static final int MAX_EXPONENT = 1000;

    static final NumberSchema INTEGER = new NumberSchema(true, null, null, null);
    static final NumberSchema NUMBER = new NumberSchema(false, null, null, null);

    private final boolean integer;
    private final @Nullable BigDecimal minimum;
    private final @Nullable BigDecimal maximum;
    private final @Nullable BigDecimal multipleOf;
    private final long minLong;
    private final long maxLong;

    private NumberSchema(
            boolean integer,
            @Nullable BigDecimal minimum,
            @Nullable BigDecimal maximum,
            @Nullable BigDecimal multipleOf) {
        if (multipleOf != null && multipleOf.signum() <= 0) {
            throw new IllegalArgumentException("multipleOf must be positive");
        }
        this.integer = integer;
        this.minimum = minimum;
        this.maximum = maximum;
        this.multipleOf = multipleOf;
        this.minLong = minimum == null
                ? Long.MIN_VALUE
                : minimum.setScale(0, java.math.RoundingMode.CEILING)
                        .max(BigDecimal.valueOf(Integer.MIN_VALUE))
                        .longValue();
        this.maxLong = maximum == null
                ? Long.MAX_VALUE
                : maximum.setScale(0, java.math.RoundingMode.FLOOR)
                        .min(BigDecimal.valueOf(Integer.MAX_VALUE))
                        .longValue();
    }

    /** The same schema with {@code minimum} (inclusive), given as decimal text, e.g. {@code "0"}. */
    public NumberSchema minimum(String value) {
        return new NumberSchema(integer, new BigDecimal(value), maximum, multipleOf);
    }

    /** The same schema with {@code maximum} (inclusive). */
    public NumberSchema maximum(String value) {
        return new NumberSchema(integer, minimum, new BigDecimal(value), multipleOf);
    }

    /** The same schema with {@code multipleOf}. */
    public NumberSchema multipleOf(String value) {
        return new NumberSchema(integer, minimum, maximum, new BigDecimal(value));
    }

    /** Whether this is {@code integer} (otherwise {@code number}). */
    public boolean isInteger() {
        return integer;
    }

    public @Nullable BigDecimal minimumValue() {
        return minimum;
    }

    public @Nullable BigDecimal maximumValue() {
        return maximum;
    }

    public @Nullable BigDecimal multipleOfValue() {
        return multipleOf;
    }

    @Override
    JsonNode check(JsonNode node, ValidationContext ctx) {
        JsonNode value = node;
        if (!node.isNumber()) {
            if (node.isString() && ctx.tolerance().acceptNumbersAsStrings()) {
                JsonNode parsed = parse(node.stringValue());
                if (parsed == null) {
                    ctx.error(ViolationKind.WRONG_TYPE, "expected " + type() + ", got a string that is no " + type());
                    return node;
                }
                ctx.warning(ViolationKind.WRONG_TYPE, type() + " sent as a string; converted");
                value = parsed;
            } else {
                ctx.error(ViolationKind.WRONG_TYPE, "expected " + type() + ", got " + jsonType(node));
                return node;
            }
        }
        if (integer && value.isIntegralNumber()) {
            if (!value.canConvertToInt()) {
                ctx.error(ViolationKind.INTEGER_OUT_OF_RANGE, "integer does not fit 32 bits");
                return value;
            }
            long v = value.longValue();
            if (v < minLong) {
                ctx.error(ViolationKind.MINIMUM, v + " is less than minimum " + minimum.toPlainString());
            }
            if (v > maxLong) {
                ctx.error(ViolationKind.MAXIMUM, v + " is greater than maximum " + maximum.toPlainString());
            }
            if (multipleOf != null) {
                checkMultiple(BigDecimal.valueOf(v), ctx);
            }
            return value;
        }
        BigDecimal d = value.decimalValue();
        if (Math.abs(d.scale()) > MAX_EXPONENT || d.precision() > MAX_EXPONENT) {
            ctx.error(ViolationKind.WRONG_TYPE, "number is outside the decimal range OCPP uses");
            return value;
        }
        if (integer) {
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                ctx.error(ViolationKind.WRONG_TYPE, "expected an integer, got " + d.toPlainString());
                return value;
            }
            if (d.compareTo(INT_MIN) < 0 || d.compareTo(INT_MAX) > 0) {
                ctx.error(ViolationKind.INTEGER_OUT_OF_RANGE, "integer does not fit 32 bits");
                return value;
            }
        }
        if (minimum != null && d.compareTo(minimum) < 0) {
            ctx.error(ViolationKind.MINIMUM, d.toPlainString() + " is less than minimum " + minimum.toPlainString());
        }
        if (maximum != null && d.compareTo(maximum) > 0) {
            ctx.error(ViolationKind.MAXIMUM, d.toPlainString() + " is greater than maximum " + maximum.toPlainString());
        }
        if (multipleOf != null) {
            checkMultiple(d, ctx);
        }
        return value;
    }

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private void checkMultiple(BigDecimal d, ValidationContext ctx) {
        if (d.remainder(multipleOf).signum() != 0) {
            ctx.error(
                    ViolationKind.MULTIPLE_OF,
                    d.toPlainString() + " is not a multiple of " + multipleOf.toPlainString());
        }
    }

    /** A numeric node for a number sent as a string, or null when the text is not a number of this type. */
    private @Nullable JsonNode parse(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 64) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
        if (Math.abs(d.scale()) > MAX_EXPONENT) {
            return null;
        }
        if (integer) {
            try {
                return IntNode.valueOf(d.intValueExact());
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return DecimalNode.valueOf(d);
    }

    @Override
    public String type() {
        return integer ? "integer" : "number";
    }
}
