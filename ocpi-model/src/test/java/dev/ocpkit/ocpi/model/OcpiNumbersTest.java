package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ocpkit.ocpi.model.internal.NumberBounds;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * OCPI numbers: whatever a reader accepts, the writer writes plain and the reader reads back equal; numbers that could
 * not be written back (found by fuzzing: a tariff stored with {@code 1e99999} could never be served again) are a
 * parse error with a JSON path, in every version.
 */
class OcpiNumbersTest {
    private static String priceComponent(String price) {
        return "{\"type\":\"ENERGY\",\"price\":" + price + ",\"step_size\":1}";
    }

    /** The class of the version's model, one per version given (2.1.1, 2.2.1, 2.3.0). */
    private static Class<?> modelType(OcpiVersion v, Class<?> v211, Class<?> v221, Class<?> v230) {
        return switch (v) {
            case V2_1_1 -> v211;
            case V2_2_1 -> v221;
            case V2_3_0 -> v230;
            default -> throw new IllegalArgumentException(v.toString());
        };
    }

    private static Class<?> priceComponentType(OcpiVersion v) {
        return modelType(
                v,
                dev.ocpkit.ocpi.model.v211.PriceComponent.class,
                dev.ocpkit.ocpi.model.v221.PriceComponent.class,
                dev.ocpkit.ocpi.model.v230.PriceComponent.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999", "1e999", "-1e-99999", "1e41111111111111111", "1e51", "1e-51"})
    void unwritableNumbers_areAParseErrorWithItsPath_v221(String number) {
        OcpiJson json = OcpiJson.v221();
        OcpiParseException e = catchThrowableOfType(
                () -> json.read(priceComponent(number), dev.ocpkit.ocpi.model.v221.PriceComponent.class),
                OcpiParseException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("$.price").doesNotContain(number);
    }

    @ParameterizedTest
    @EnumSource(
            value = OcpiVersion.class,
            names = {"V2_1_1", "V2_2_1", "V2_3_0"})
    void hugeExponent_isAParseError_inEveryVersion_alsoThroughTheTree(OcpiVersion v) {
        OcpiJson json = OcpiJson.forVersion(v);
        assertThat(catchThrowableOfType(
                        () -> json.read(priceComponent("1e99999"), priceComponentType(v)), OcpiParseException.class))
                .isNotNull();
        // Jackson itself cannot build this one: it must not escape as a NumberFormatException
        assertThat(catchThrowableOfType(
                        () -> json.readTree(
                                priceComponent("1e41111111111111111").getBytes()),
                        OcpiParseException.class))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0",
                "0.25",
                "1e-4",
                "1E+3",
                "-12.3456",
                "123456789012345678901234567890",
                "0.00000000000000000000000000000000000000000000000001",
                "1e49",
                "99999999999999999999999999999999999999999999999999"
            })
    void acceptedNumbers_roundTripExactly(String number) {
        OcpiJson json = OcpiJson.v221();
        var read = json.read(priceComponent(number), dev.ocpkit.ocpi.model.v221.PriceComponent.class);
        String written = json.write(read);
        var again = json.read(written, dev.ocpkit.ocpi.model.v221.PriceComponent.class);
        assertThat(again.price()).isEqualByComparingTo(new BigDecimal(number));
        assertThat(again.price()).isEqualByComparingTo(read.price());
        String price = written.substring(written.indexOf("\"price\":") + 8, written.indexOf(",\"step_size\""));
        assertThat(price).matches("-?[0-9]+(\\.[0-9]+)?");
    }

    private static Class<?> cdrType(OcpiVersion v) {
        return modelType(
                v,
                dev.ocpkit.ocpi.model.v211.Cdr.class,
                dev.ocpkit.ocpi.model.v221.Cdr.class,
                dev.ocpkit.ocpi.model.v230.Cdr.class);
    }

    static Stream<Arguments> versionsAndUnwritableNumbers() {
        return Stream.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1, OcpiVersion.V2_3_0)
                .flatMap(v -> Stream.of("1e99999", "1e999", "-1e-99999", "0e99999", "1e51", "1e-51")
                        .map(n -> Arguments.of(v, n)));
    }

    @ParameterizedTest
    @MethodSource("versionsAndUnwritableNumbers")
    void unwritableNumber_inACdrsTotalEnergy_isOutOfRangeAtItsPath_inEveryVersion(OcpiVersion v, String number) {
        OcpiJson json = OcpiJson.forVersion(v);
        OcpiParseException e = catchThrowableOfType(
                () -> json.read("{\"id\":\"C1\",\"total_energy\":" + number + "}", cdrType(v)),
                OcpiParseException.class);
        assertThat(e).isNotNull();
        assertThat(e.path()).isEqualTo("$.total_energy");
        assertThat(e.reason()).startsWith("number out of range").doesNotContain(number);
        assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code());
        assertThat(e.httpStatus()).isEqualTo(400);
    }

    @ParameterizedTest
    @MethodSource("versionsAndUnwritableNumbers")
    void unwritableNumber_inAPriceComponentsPrice_isOutOfRangeAtItsPath_inEveryVersion(OcpiVersion v, String number) {
        OcpiParseException e = catchThrowableOfType(
                () -> OcpiJson.forVersion(v).read(priceComponent(number), priceComponentType(v)),
                OcpiParseException.class);
        assertThat(e).isNotNull();
        assertThat(e.path()).isEqualTo("$.price");
        assertThat(e.reason()).startsWith("number out of range");
    }

    @ParameterizedTest
    @MethodSource("versionsAndUnwritableNumbers")
    void readTreeAndReadForwardable_refuseAnUnwritableNumberAnywhere_evenInAFieldTheModelDoesNotKnow(
            OcpiVersion v, String number) {
        // a Forwardable keeps unknown fields to write them again: 1e99999 there could never be written
        OcpiJson json = OcpiJson.forVersion(v);
        byte[] doc =
                ("{\"id\":\"C1\",\"total_energy\":1.5,\"x_extension\":{\"values\":[1," + number + "]}}").getBytes();
        for (Runnable read : new Runnable[] {() -> json.readTree(doc), () -> json.readForwardable(doc, cdrType(v))}) {
            OcpiParseException e = catchThrowableOfType(read::run, OcpiParseException.class);
            assertThat(e).isNotNull();
            assertThat(e.path()).isEqualTo("$.x_extension.values[1]");
            assertThat(e.reason()).startsWith("number out of range").doesNotContain(number);
        }
    }

    @Test
    void readTree_keepsNumbersWithinTheBound_andWritesThemBackReadable() {
        OcpiJson json = OcpiJson.v221();
        byte[] doc =
                "{\"a\":[0,-0.0,1e-4,1E+3,1e49,-1e-50,123456789012345678901234567890,0.30000000000000004]}".getBytes();
        JsonNode tree = json.readTree(doc);
        JsonNode again = json.readTree(json.writeBytes(tree));
        for (int i = 0; i < tree.get("a").size(); i++) {
            assertThat(again.get("a").get(i).decimalValue())
                    .isEqualByComparingTo(tree.get("a").get(i).decimalValue());
        }
        assertThat(json.write(again)).isEqualTo(json.write(tree));
    }

    @Test
    void numberWithAnExponent_readsWithScaleZero_soTheRecordReadsBackEqual() {
        OcpiJson json = OcpiJson.v221();
        var read = json.read(priceComponent("1E+3"), dev.ocpkit.ocpi.model.v221.PriceComponent.class);
        assertThat(read.price()).isEqualTo(new BigDecimal("1000"));
        assertThat(json.write(read)).contains("\"price\":1000,");
        assertThat(json.read(json.write(read), dev.ocpkit.ocpi.model.v221.PriceComponent.class))
                .isEqualTo(read);
    }

    @Test
    void smallerNumberLengthLimit_alsoBoundsThePlainForm_soTheSameReaderReadsWhatItWrote() {
        OcpiJson json = OcpiJson.builder(OcpiVersion.V2_2_1)
                .limits(new OcpiJson.Limits(64, 1000, 100_000, 20))
                .build();
        // "1e-40" is 3 digits as read, but 41 written plain
        OcpiParseException e = catchThrowableOfType(
                () -> json.read(priceComponent("1e-40"), dev.ocpkit.ocpi.model.v221.PriceComponent.class),
                OcpiParseException.class);
        assertThat(e).isNotNull();
        assertThat(e.path()).isEqualTo("$.price");
        assertThat(e.reason()).contains("20 digits");
        assertThat(catchThrowableOfType(
                                () -> json.readTree(priceComponent("1e-40").getBytes()), OcpiParseException.class)
                        .path())
                .isEqualTo("$.price");
        // 20 digits written plain is within it, and reads back
        var read = json.read(priceComponent("1e-19"), dev.ocpkit.ocpi.model.v221.PriceComponent.class);
        assertThat(json.read(json.write(read), dev.ocpkit.ocpi.model.v221.PriceComponent.class))
                .isEqualTo(read);
    }

    @Provide
    Arbitrary<OcpiVersion> versions() {
        return Arbitraries.of(OcpiVersion.V2_1_1, OcpiVersion.V2_2_1, OcpiVersion.V2_3_0);
    }

    /**
     * Any JSON number {@code [-]digits e exponent}: within the bound (at most 50 digits before and 50 after the
     * decimal point, written plain) it reads, is written plain, and reads back equal with the same writing; beyond it
     * it is refused at its path. The bound is computed here from the text, not with {@code BigDecimal}.
     */
    @Property(tries = 1500)
    void anyNumber_roundTripsPlainAndEqual_orIsRefusedExactlyBeyondTheBound(
            @ForAll("versions") OcpiVersion v,
            @ForAll @IntRange(min = 1, max = 60) int digitCount,
            @ForAll @IntRange(min = -80, max = 80) int exponent,
            @ForAll boolean negative,
            @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder digits = new StringBuilder();
        digits.append(digitCount == 1 ? random.nextInt(10) : 1 + random.nextInt(9));
        for (int i = 1; i < digitCount; i++) {
            digits.append(random.nextInt(10));
        }
        String number = (negative ? "-" : "") + digits + "e" + exponent;
        boolean within = Math.max(1, digitCount + exponent) <= NumberBounds.MAX_DIGITS
                && Math.max(0, -exponent) <= NumberBounds.MAX_DIGITS;
        OcpiJson json = OcpiJson.forVersion(v);
        Class<?> type = priceComponentType(v);
        Object read;
        try {
            read = json.read(priceComponent(number), type);
        } catch (OcpiParseException e) {
            assertThat(within)
                    .as(number + " is within the bound but was refused: " + e.getMessage())
                    .isFalse();
            assertThat(e.path()).isEqualTo("$.price");
            assertThat(e.reason()).startsWith("number out of range");
            return;
        }
        assertThat(within).as(number + " is beyond the bound but was read").isTrue();
        String written = json.write(read);
        String price = written.substring(written.indexOf("\"price\":") + 8, written.indexOf(",\"step_size\""));
        assertThat(price).matches("-?[0-9]+(\\.[0-9]+)?");
        assertThat(new BigDecimal(price)).isEqualByComparingTo(new BigDecimal(number));
        Object again = json.read(written, type);
        assertThat(again).isEqualTo(read);
        assertThat(json.write(again)).isEqualTo(written);
        JsonNode tree = json.readTree(priceComponent(number).getBytes());
        assertThat(json.readTree(json.writeBytes(tree)).get("price").decimalValue())
                .isEqualByComparingTo(new BigDecimal(number));
    }
}
