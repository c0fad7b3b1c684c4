package dev.ocpkit.tariff.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Money is kept internally as 3600 times its value ("x3600"): a price per hour times seconds is then exact, and so are
 * sums, VAT and comparisons. Converting back divides by 3600, which is exact unless the value is not a multiple of 9
 * units of its last digit; then 34 significant digits are kept.
 */
public final class Money {
    public static final BigDecimal B3600 = BigDecimal.valueOf(3600);
    public static final BigDecimal B3_6 = new BigDecimal("3.6");
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigInteger NINE = BigInteger.valueOf(9);
    private static final BigInteger TWENTY_FIVE = BigInteger.valueOf(25);

    private Money() {}

    /** Whether {@code x3600 / 3600} has a finite decimal expansion. */
    public static boolean exact(BigDecimal x3600) {
        BigInteger u = x3600.unscaledValue();
        if (u.bitLength() < 63) {
            return u.longValue() % 9 == 0;
        }
        return u.mod(NINE).signum() == 0;
    }

    /** {@code x3600 / 3600}, exact when possible, else to 34 significant digits; trailing zeros stripped. */
    public static BigDecimal amount(BigDecimal x3600) {
        if (x3600.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigInteger u = x3600.unscaledValue();
        if (u.bitLength() < 58) {
            // |u| < 2^57: u / 9 * 25 fits a long; the same digits and scale as the BigInteger path below
            long v = u.longValue();
            if (v % 9 == 0) {
                return BigDecimal.valueOf(v / 9 * 25, x3600.scale() + 4).stripTrailingZeros();
            }
        } else if (exact(x3600)) {
            BigInteger q = u.divide(NINE).multiply(TWENTY_FIVE);
            return new BigDecimal(q, x3600.scale() + 4).stripTrailingZeros();
        }
        return x3600.divide(B3600, MathContext.DECIMAL128).stripTrailingZeros();
    }

    /** {@code present(amount(x3600), digits)} for {@code digits} up to this, without the zero's scaling. */
    private static final BigDecimal[] PRESENTED_ZERO = new BigDecimal[8];

    static {
        for (int d = 0; d < PRESENTED_ZERO.length; d++) {
            PRESENTED_ZERO[d] = BigDecimal.ZERO.setScale(d);
        }
    }

    /**
     * {@code present(amount(x3600), digits)} when {@link #exact(BigDecimal) exact(x3600)}, else {@code null}: the same
     * value and scale (the exact amount without trailing zeros, then zeros added up to {@code digits}), with the
     * unscaled value read once and the zeros stripped on a long.
     */
    public static @Nullable BigDecimal presentedIfExact(BigDecimal x3600, int digits) {
        if (x3600.signum() == 0) {
            return digits >= 0 && digits < PRESENTED_ZERO.length
                    ? PRESENTED_ZERO[digits]
                    : present(BigDecimal.ZERO, digits);
        }
        if (x3600.precision() <= 17) {
            // the unscaled value, |v| < 10^17 < 2^57 (so v / 9 * 25 fits a long), read without a BigInteger
            long v = x3600.scaleByPowerOfTen(x3600.scale()).longValue();
            if (v % 9 != 0) {
                return null;
            }
            // x / 3600 = (v / 9 * 25) * 10^-(scale + 4), then the zeros stripped down to the presented scale
            long w = v / 9 * 25;
            long scale = (long) x3600.scale() + 4;
            while (scale > digits && w % 10 == 0) {
                w /= 10;
                scale--;
            }
            if (scale > Integer.MAX_VALUE || scale < Integer.MIN_VALUE) {
                return present(amount(x3600), digits); // at the edge of the scale range: the general path
            }
            BigDecimal a = BigDecimal.valueOf(w, (int) scale);
            return scale < digits ? a.setScale(digits) : a;
        }
        return exact(x3600) ? present(amount(x3600), digits) : null;
    }

    /**
     * {@code a.add(b)}: the same value and scale, without a new object when one of them is a zero that does not widen
     * the scale (a sum of a category with nothing in it, say).
     */
    public static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        if (a.signum() == 0 && a.scale() <= b.scale()) {
            return b;
        }
        return a.add(b);
    }

    /** {@code x3600 / 3600} rounded to {@code scale} digits, from the exact value. */
    public static BigDecimal rounded(BigDecimal x3600, int scale, RoundingMode mode) {
        return x3600.divide(B3600, scale, mode);
    }

    /** An amount in x3600 form. */
    public static BigDecimal x3600(BigDecimal amount) {
        return amount.multiply(B3600);
    }

    /** {@code a * b / c}: exact when it has a finite expansion, else 34 significant digits; {@code exact[0]} is cleared then. */
    public static BigDecimal scale(BigDecimal a, BigDecimal b, BigDecimal c, boolean[] exact) {
        BigDecimal p = a.multiply(b);
        try {
            return p.divide(c);
        } catch (ArithmeticException nonTerminating) {
            exact[0] = false;
            return p.divide(c, MathContext.DECIMAL128);
        }
    }

    /** Adds trailing zeros up to {@code digits} fraction digits (never removes digits). */
    public static BigDecimal present(BigDecimal amount, int digits) {
        BigDecimal a = amount.scale() < 0 ? amount.setScale(0) : amount;
        return a.scale() < digits ? a.setScale(digits) : a;
    }
}
