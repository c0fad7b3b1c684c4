package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.internal.OcpiTimestamps;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OcpiTimestampsTest {
    @ParameterizedTest
    @CsvSource({
        "2015-06-29T20:39:09Z, 2015-06-29T20:39:09Z",
        "2015-06-29T20:39:09, 2015-06-29T20:39:09Z",
        "2015-06-29t20:39:09z, 2015-06-29T20:39:09Z",
        "2015-06-29T20:39:09.123456789123Z, 2015-06-29T20:39:09.123456789Z",
        "2015-06-29T22:39:09+02:00, 2015-06-29T20:39:09Z",
        "2015-06-29T18:39:09.5-02:00, 2015-06-29T20:39:09.500Z",
        "2016-12-31T23:59:60Z, 2016-12-31T23:59:59Z"
    })
    void parse_acceptsRfc3339WithAndWithoutZone(String text, String expected) {
        assertThat(OcpiTimestamps.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2015-06-29",
                "2015-06-29T20:39",
                "2015-13-29T20:39:09Z",
                "2015-02-30T20:39:09Z",
                "2015-06-29T20:39:09.Z",
                "2015-06-29T20:39:09+2",
                "2015-06-29T20:39:09ZZ",
                "2015-06-29T25:39:09Z",
                "15-06-29T20:39:09Z"
            })
    void parse_rejectsAnythingElse(String text) {
        assertThat(OcpiTimestamps.parse(text)).isNull();
    }
}
