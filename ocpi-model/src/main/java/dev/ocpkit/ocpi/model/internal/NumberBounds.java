package dev.ocpkit.ocpi.model.internal;

import dev.ocpkit.ocpi.model.OcpiParseException;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The bound on the numbers {@code OcpiJson} reads, so that whatever it reads it can write plain (as it always writes
 * numbers) and read back: at most {@value #MAX_DIGITS} digits before and {@value #MAX_DIGITS} after the decimal point,
 * and the plain form no longer than the reader's number length limit (which counts the digits before and after the
 * point of a number it reads, and those of its exponent, not the sign). OCPI's {@code number} type has 4 decimals "and a
 * sufficiently large amount of digits"; 50 leaves room for any real quantity and for floating-point noise from
 * partners ({@code 1.1102230246251565E-16} has 32 decimals written plain). Stateless and thread-safe.
 */
public final class NumberBounds {
    /** The most digits before, and the most after, the decimal point of a number written plain. */
    public static final int MAX_DIGITS = 50;

    private NumberBounds() {}

    /**
     * Why {@code value} is out of range, or {@code null} when it is within the bound.
     *
     * @param maxNumberLength the reader's number length limit ({@code StreamReadConstraints.getMaxNumberLength()})
     */
    public static @Nullable String violation(BigDecimal value, int maxNumberLength) {
        long scale = value.scale();
        long integerDigits = Math.max(1L, value.precision() - scale);
        long decimals = Math.max(0L, scale);
        if (integerDigits > MAX_DIGITS || decimals > MAX_DIGITS) {
            return "number out of range: more than " + MAX_DIGITS + " digits before or after the decimal point";
        }
        if (integerDigits + decimals > maxNumberLength) {
            return "number out of range: written plain it would have more than " + maxNumberLength
                    + " digits (the number length limit)";
        }
        return null;
    }

    /**
     * {@code value} (within the bound) with a scale of at least 0, so that {@code 1E+3} reads as {@code 1000}: the
     * same value as it is written and read back, and equal to it.
     */
    public static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Checks every number of a tree (a document read with {@code readTree}, whose values may be kept and written
     * again, such as the unknown fields of a {@code Forwardable}).
     *
     * @throws OcpiParseException at the path of the first number out of range
     */
    public static void check(JsonNode tree, int maxNumberLength) {
        StringBuilder path = new StringBuilder("$");
        String reason = find(tree, maxNumberLength, path);
        if (reason != null) {
            throw new OcpiParseException(path.toString(), reason, null);
        }
    }

    /** The reason of the first number out of range below {@code node}, with {@code path} left pointing to it. */
    private static @Nullable String find(JsonNode node, int maxNumberLength, StringBuilder path) {
        if (node.isBigDecimal() || node.isBigInteger()) {
            return violation(node.decimalValue(), maxNumberLength);
        }
        int length = path.length();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                path.append('.').append(e.getKey());
                String reason = find(e.getValue(), maxNumberLength, path);
                if (reason != null) {
                    return reason;
                }
                path.setLength(length);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.append('[').append(i).append(']');
                String reason = find(node.get(i), maxNumberLength, path);
                if (reason != null) {
                    return reason;
                }
                path.setLength(length);
            }
        }
        return null;
    }

    /** A number out of range where a {@code BigDecimal} is bound, with its reason (the number is not quoted). */
    public static final class OutOfRangeException extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        private final String reason;

        /**
         * @param parser the parser at the number
         * @param reason why it is out of range
         */
        public OutOfRangeException(JsonParser parser, String reason) {
            super(parser, reason, null, BigDecimal.class);
            this.reason = reason;
        }

        /** Why the number is out of range. */
        public String reason() {
            return reason;
        }
    }
}
