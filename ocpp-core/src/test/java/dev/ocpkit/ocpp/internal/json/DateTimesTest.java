package dev.ocpkit.ocpp.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {
    @ParameterizedTest
    @CsvSource({
        "2024-01-02T03:04:05Z, 2024-01-02T03:04:05Z",
        "2024-01-02t03:04:05z, 2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05.123Z, 2024-01-02T03:04:05.123Z",
        "2024-01-02T03:04:05.1234567891Z, 2024-01-02T03:04:05.123456789Z",
        "2024-01-02T03:04:05+02:00, 2024-01-02T01:04:05Z",
        "2024-01-02T03:04:05-00:30, 2024-01-02T03:34:05Z",
        "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z",
        "1969-12-31T23:59:59Z, 1969-12-31T23:59:59Z",
        "2016-12-31T23:59:60Z, 2016-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z"
    })
    void parse_rfc3339_givesInstantInUtc(String text, String expected) {
        assertThat(DateTimes.classify(text)).isEqualTo(DateTimes.Shape.VALID);
        assertThat(DateTimes.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-01-02",
                "2024-01-02 03:04:05Z",
                "2024-13-02T03:04:05Z",
                "2023-02-29T03:04:05Z",
                "2024-04-31T03:04:05Z",
                "2024-01-02T24:00:00Z",
                "2024-01-02T03:60:00Z",
                "2024-01-02T03:04:60Z",
                "2024-01-02T03:04:05.Z",
                "2024-01-02T03:04:05+0200",
                "2024-01-02T03:04:05+24:00",
                "2024-01-02T03:04:05ZZ",
                "2024-01-02T03:04Z",
                "24-01-02T03:04:05Z",
                "2024-01-02T03:04:05 Z",
                "x024-01-02T03:04:05Z"
            })
    void classify_malformed_isInvalid(String text) {
        assertThat(DateTimes.classify(text)).isEqualTo(DateTimes.Shape.INVALID);
        assertThat(DateTimes.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02T03:04:05", "2024-01-02T03:04:05.5"})
    void classify_missingZone_isNoZoneAndParsesAsUtc(String text) {
        assertThat(DateTimes.classify(text)).isEqualTo(DateTimes.Shape.NO_ZONE);
        assertThat(DateTimes.parse(text)).isEqualTo(Instant.parse(text + "Z"));
    }
}
