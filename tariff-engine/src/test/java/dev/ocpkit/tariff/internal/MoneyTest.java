package dev.ocpkit.tariff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The pricer's x3600 money: the short way to a presented amount gives what the general one gives. */
class MoneyTest {

    @Property(tries = 3000)
    void presentedIfExact_isPresentOfAmount_whenExact_elseNull(
            @ForAll @LongRange(min = -(1L << 60), max = 1L << 60) long unscaled,
            @ForAll @IntRange(min = -12, max = 20) int scale,
            @ForAll @IntRange(min = 0, max = 9) int digits,
            @ForAll @IntRange(min = 0, max = 4) int timesNine) {
        // multiples of 9 (exact amounts) as often as the others
        BigDecimal x3600 = BigDecimal.valueOf(timesNine == 0 ? unscaled : unscaled / 9 * 9, scale);
        assertPresented(x3600, digits);
    }

    @Test
    void presentedIfExact_atTheEdges() {
        for (BigDecimal x : new BigDecimal[] {
            BigDecimal.ZERO,
            new BigDecimal("0.000"),
            BigDecimal.valueOf(0, -5),
            new BigDecimal("3600"),
            new BigDecimal("36E+2"),
            new BigDecimal("0.0036"),
            new BigDecimal("-7200.00"),
            new BigDecimal("1234"), // not a multiple of 9
            new BigDecimal(
                    BigInteger.ONE.shiftLeft(57).multiply(BigInteger.valueOf(9)), 3), // beyond a long's fast path
            new BigDecimal(BigInteger.TEN.pow(40).multiply(BigInteger.valueOf(36)), 10),
        }) {
            for (int digits = 0; digits <= 4; digits++) {
                assertPresented(x, digits);
            }
        }
        assertThat(Money.presentedIfExact(new BigDecimal("9000"), 2)).hasToString("2.50");
        assertThat(Money.presentedIfExact(new BigDecimal("3600"), 0)).hasToString("1");
        assertThat(Money.presentedIfExact(new BigDecimal("1"), 2)).isNull();
    }

    @Property(tries = 2000)
    void plus_isAdd_sameValueAndScale(
            @ForAll @LongRange(min = -1000, max = 1000) long a,
            @ForAll @IntRange(min = -3, max = 6) int scaleA,
            @ForAll @LongRange(min = -1000, max = 1000) long b,
            @ForAll @IntRange(min = -3, max = 6) int scaleB,
            @ForAll @IntRange(min = 0, max = 3) int zeros) {
        // zeros of every scale as often as other values
        BigDecimal x = BigDecimal.valueOf((zeros & 1) == 0 ? a : 0, scaleA);
        BigDecimal y = BigDecimal.valueOf((zeros & 2) == 0 ? b : 0, scaleB);
        BigDecimal sum = Money.plus(x, y);
        assertThat(sum.unscaledValue()).isEqualTo(x.add(y).unscaledValue());
        assertThat(sum.scale()).isEqualTo(x.add(y).scale());
    }

    @Property(tries = 2000)
    void exactSum_isAddingOneByOneToZero(
            @ForAll @Size(max = 12) List<@LongRange(min = -5, max = 5) Long> picks,
            @ForAll @LongRange(min = -(1L << 62), max = 1L << 62) long big,
            @ForAll @IntRange(min = -3, max = 4) int otherScale) {
        // whole numbers small and near the long range (overflow), and now and then one of another scale
        ExactSum sum = new ExactSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (long p : picks) {
            BigDecimal x =
                    switch ((int) Math.abs(p)) {
                        case 0 -> BigDecimal.valueOf(p);
                        case 1 -> BigDecimal.valueOf(big);
                        case 2 -> BigDecimal.valueOf(-big);
                        case 3 -> BigDecimal.valueOf(p * 1234, otherScale);
                        case 4 -> new BigDecimal(BigInteger.TEN.pow(20).multiply(BigInteger.valueOf(p)));
                        default -> BigDecimal.valueOf(Long.MAX_VALUE - Math.abs(p));
                    };
            sum.add(x);
            expected = expected.add(x);
        }
        assertThat(sum.value().unscaledValue()).isEqualTo(expected.unscaledValue());
        assertThat(sum.value().scale()).isEqualTo(expected.scale());
    }

    @Test
    void exactSum_goesOnInBigDecimal_pastTheLongRange() {
        // 18-digit whole numbers are added as longs; ten of them pass Long.MAX_VALUE, ten negative ones Long.MIN_VALUE
        for (long sign : new long[] {1, -1}) {
            ExactSum sum = new ExactSum();
            BigDecimal expected = BigDecimal.ZERO;
            for (int i = 0; i < 12; i++) {
                BigDecimal x = BigDecimal.valueOf(sign * (999_999_999_999_999_999L - i));
                sum.add(x);
                expected = expected.add(x);
            }
            assertThat(sum.value()).isEqualTo(expected); // equals: value and scale
            assertThat(sum.value().abs()).isGreaterThan(BigDecimal.valueOf(Long.MAX_VALUE));
        }
    }

    private static void assertPresented(BigDecimal x3600, int digits) {
        BigDecimal fast = Money.presentedIfExact(x3600, digits);
        if (Money.exact(x3600)) {
            BigDecimal general = Money.present(Money.amount(x3600), digits);
            assertThat(fast).as("%s at %d digits", x3600, digits).isNotNull();
            // the same digits and scale, not only the same value
            assertThat(fast.unscaledValue())
                    .as("%s at %d digits", x3600, digits)
                    .isEqualTo(general.unscaledValue());
            assertThat(fast.scale()).as("%s at %d digits", x3600, digits).isEqualTo(general.scale());
        } else {
            assertThat(fast).as("%s at %d digits", x3600, digits).isNull();
        }
    }
}
