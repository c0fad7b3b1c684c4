package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OCPI numbers: whatever a reader accepts, the writer writes plain and the reader reads back equal; numbers that could
 * not be written back (found by fuzzing: a tariff stored with {@code 1e99999} could never be served again) are a
 * parse error with a JSON path, in every version.
 */
class OcpiNumbersTest {
    private static String priceComponent(String price) {
        return "{\"type\":\"ENERGY\",\"price\":" + price + ",\"step_size\":1}";
    }

    private static Class<?> priceComponentType(OcpiVersion v) {
        return switch (v) {
            case V2_1_1 -> dev.ocpkit.ocpi.model.v211.PriceComponent.class;
            case V2_2_1 -> dev.ocpkit.ocpi.model.v221.PriceComponent.class;
            case V2_3_0 -> dev.ocpkit.ocpi.model.v230.PriceComponent.class;
            default -> throw new IllegalArgumentException(v.toString());
        };
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
}
