package dev.ocpkit.ocpp.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class OcppJsonTest {
    enum Color {
        RED("Red"),
        UNKNOWN("");

        private final String value;

        Color(String value) {
            this.value = value;
        }

        @JsonValue
        String value() {
            return value;
        }

        @JsonCreator
        static Color fromValue(String v) {
            return "Red".equals(v) ? RED : UNKNOWN;
        }
    }

    record Sample(
            @JsonProperty("at") @Nullable Instant at,
            @JsonProperty("amount") @Nullable BigDecimal amount,
            @JsonProperty("count") @Nullable Integer count,
            @JsonProperty("color") @Nullable Color color) {}

    private final OcppJson json = OcppJson.defaults();

    @Test
    void readTree_floats_areBigDecimalsKeepingScale() {
        JsonNode tree = json.readTree("{\"amount\":8.10}");
        assertThat(tree.get("amount").decimalValue()).isEqualTo(new BigDecimal("8.10"));
        assertThat(json.treeToValue(tree, Sample.class).amount()).isEqualTo(new BigDecimal("8.10"));
    }

    @Test
    void write_bigDecimal_isPlainNotScientific() {
        assertThat(json.write(new Sample(null, new BigDecimal("1E+3"), null, null)))
                .isEqualTo("{\"amount\":1000}");
    }

    @Test
    void write_nullComponents_areOmitted() {
        assertThat(json.write(new Sample(null, null, 3, null))).isEqualTo("{\"count\":3}");
    }

    @Test
    void instant_readWithOffset_writtenInUtcWithZ() {
        Sample s = json.treeToValue(json.readTree("{\"at\":\"2024-05-01T12:00:00.250+02:00\"}"), Sample.class);
        assertThat(s.at()).isEqualTo(Instant.parse("2024-05-01T10:00:00.250Z"));
        assertThat(json.write(s)).isEqualTo("{\"at\":\"2024-05-01T10:00:00.250Z\"}");
    }

    @Test
    void instant_withoutZone_readsAsUtc() {
        Sample s = json.treeToValue(json.readTree("{\"at\":\"2024-05-01T12:00:00\"}"), Sample.class);
        assertThat(s.at()).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    }

    @Test
    void instant_garbage_failsToBind() {
        JsonNode tree = json.readTree("{\"at\":\"yesterday\"}");
        assertThatThrownBy(() -> json.treeToValue(tree, Sample.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void enum_numberNeverBindsToOrdinal() {
        Sample s = json.treeToValue(json.readTree("{\"color\":0}"), Sample.class);
        assertThat(s.color()).isNotEqualTo(Color.RED);
    }

    @Test
    void readTree_duplicateProperty_isRejected() {
        assertThatThrownBy(() -> json.readTree("{\"count\":1,\"count\":2}")).isInstanceOf(JacksonException.class);
    }

    @Test
    void readTree_tooDeep_isRejected() {
        OcppJson shallow = OcppJson.withLimits(new OcppJson.Limits(3, 1000, 10_000, 20));
        assertThat(shallow.readTree("[[[1]]]").get(0).get(0).get(0).intValue()).isEqualTo(1);
        assertThatThrownBy(() -> shallow.readTree("[[[[1]]]]")).isInstanceOf(JacksonException.class);
    }

    @Test
    void readTree_overlongStringOrDocument_isRejected() {
        OcppJson small = OcppJson.withLimits(new OcppJson.Limits(10, 10, 100, 20));
        assertThatThrownBy(() -> small.readTree("\"" + "x".repeat(11) + "\"")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> small.readTree("[" + "1,".repeat(60) + "1]")).isInstanceOf(JacksonException.class);
    }

    @Test
    void readTree_bytesAndString_giveEqualTrees() {
        String text = "{\"count\":1,\"amount\":2.5}";
        assertThat(json.readTree(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(json.readTree(text));
        assertThat(new String(json.writeBytes(json.readTree(text)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(text);
    }
}
