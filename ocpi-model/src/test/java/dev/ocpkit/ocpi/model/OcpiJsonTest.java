package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ocpkit.ocpi.model.v221.Connector;
import dev.ocpkit.ocpi.model.v221.ConnectorPatch;
import dev.ocpkit.ocpi.model.v221.ConnectorType;
import dev.ocpkit.ocpi.model.v221.Evse;
import dev.ocpkit.ocpi.model.v221.PowerType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcpiJsonTest {
    private static final OcpiJson JSON = OcpiJson.v221();

    private static final String CONNECTOR =
            """
            {"id":"1","standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE",
             "max_voltage":230,"max_amperage":32,"tariff_ids":["11"],"last_updated":"2015-06-29T20:39:09Z"}""";

    @Test
    void read_connector_bindsEveryField() {
        Connector c = JSON.read(CONNECTOR, Connector.class);
        assertThat(c.id()).isEqualTo("1");
        assertThat(c.standard()).isEqualTo(ConnectorType.IEC_62196_T2);
        assertThat(c.powerType()).isEqualTo(PowerType.AC_3_PHASE);
        assertThat(c.maxVoltage()).isEqualTo(230);
        assertThat(c.tariffIds()).containsExactly("11");
        assertThat(c.lastUpdated()).isEqualTo(Instant.parse("2015-06-29T20:39:09Z"));
        assertThat(c.maxElectricPower()).isNull();
    }

    @Test
    void read_timestampWithoutZone_isUtc_andIsWrittenWithZ() {
        Connector c = JSON.read(CONNECTOR.replace("20:39:09Z", "20:39:09"), Connector.class);
        assertThat(c.lastUpdated()).isEqualTo(Instant.parse("2015-06-29T20:39:09Z"));
        assertThat(JSON.write(c)).contains("\"last_updated\":\"2015-06-29T20:39:09Z\"");
    }

    @Test
    void read_timestampWithOffset_isConvertedToUtc() {
        Connector c = JSON.read(CONNECTOR.replace("20:39:09Z", "22:39:09.5+02:00"), Connector.class);
        assertThat(c.lastUpdated()).isEqualTo(Instant.parse("2015-06-29T20:39:09.500Z"));
        assertThat(JSON.write(c)).contains("\"last_updated\":\"2015-06-29T20:39:09.500Z\"");
    }

    @Test
    void write_withoutZoneOption_omitsTheDesignator() {
        OcpiJson noZ = OcpiJson.builder(OcpiVersion.V2_2_1)
                .writeTimestampsWithoutZone(true)
                .build();
        Connector c = JSON.read(CONNECTOR, Connector.class);
        assertThat(noZ.write(c)).contains("\"last_updated\":\"2015-06-29T20:39:09\"");
    }

    @Test
    void read_unknownEnumValue_keepsTheRawStringAndWritesItBack() {
        Connector c = JSON.read(CONNECTOR.replace("IEC_62196_T2", "MCS"), Connector.class);
        assertThat(c.standard()).isEqualTo(ConnectorType.UNRECOGNIZED);
        assertThat(c.standardAsString()).isEqualTo("MCS");
        assertThat(JSON.write(c)).contains("\"standard\":\"MCS\"");
        assertThat(OcpiValidator.errors(c)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.standard");
            assertThat(v.kind()).isEqualTo(Violation.Kind.ENUM_VALUE);
        });
    }

    @Test
    void read_numberInAnEnumField_isNeverAnOrdinal() {
        Connector c = JSON.read(CONNECTOR.replace("\"SOCKET\"", "0"), Connector.class);
        assertThat(c.format()).isEqualTo(dev.ocpkit.ocpi.model.v221.ConnectorFormat.UNRECOGNIZED);
        assertThat(OcpiValidator.errors(c)).extracting(Violation::path).containsExactly("$.format");
    }

    @Test
    void read_unknownFields_areIgnored() {
        Connector c = JSON.read(CONNECTOR.replace("{\"id\"", "{\"vendor_x\":{\"a\":[1,2]},\"id\""), Connector.class);
        assertThat(c.id()).isEqualTo("1");
        assertThat(JSON.write(c)).doesNotContain("vendor_x");
    }

    @Test
    void readForwardable_keepsUnknownFieldsForForwarding() {
        Forwardable<Connector> f = JSON.readForwardable(
                CONNECTOR.replace("{\"id\"", "{\"vendor_x\":7,\"id\"").getBytes(StandardCharsets.UTF_8),
                Connector.class);
        assertThat(f.value().id()).isEqualTo("1");
        assertThat(f.json().get("vendor_x").intValue()).isEqualTo(7);
    }

    @Test
    void numbers_areBigDecimalAndWrittenPlain() {
        Price p = new Price(new BigDecimal("1E+3"), new BigDecimal("0.250"));
        assertThat(JSON.write(p)).isEqualTo("{\"excl_vat\":1000,\"incl_vat\":0.250}");
        Price back = JSON.read("{\"excl_vat\":0.1,\"incl_vat\":12345678901234567890.123456789}", Price.class);
        assertThat(back.exclVat()).isEqualByComparingTo("0.1");
        assertThat(back.inclVat()).isEqualByComparingTo("12345678901234567890.123456789");
    }

    private record Price(
            @com.fasterxml.jackson.annotation.JsonProperty("excl_vat") BigDecimal exclVat,
            @com.fasterxml.jackson.annotation.JsonProperty("incl_vat") BigDecimal inclVat) {}

    @Test
    void missingOptionalList_readsEmpty_andIsNotWritten() {
        Connector c = JSON.read(CONNECTOR.replace(",\"tariff_ids\":[\"11\"]", ""), Connector.class);
        assertThat(c.tariffIds()).isEmpty();
        assertThat(JSON.write(c)).doesNotContain("tariff_ids");
    }

    @Test
    void malformedJson_isAParseExceptionWithStatus2001() {
        OcpiParseException e =
                catchThrowableOfType(OcpiParseException.class, () -> JSON.read("{\"id\":\"1\",", Connector.class));
        assertThat(e.statusCode()).isEqualTo(2001);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.reason()).startsWith("malformed JSON");
    }

    @Test
    void wrongType_namesThePathOfTheValue() {
        String evse =
                """
                {"uid":"1","status":"AVAILABLE","connectors":[%s,%s],"last_updated":"2015-06-29T20:39:09Z"}"""
                        .formatted(CONNECTOR, CONNECTOR.replace("\"max_voltage\":230", "\"max_voltage\":{\"v\":1}"));
        OcpiParseException e = catchThrowableOfType(OcpiParseException.class, () -> JSON.read(evse, Evse.class));
        assertThat(e.path()).isEqualTo("$.connectors[1].max_voltage");
        assertThat(e.reason()).contains("expected a number");
    }

    @Test
    void badTimestamp_isAParseExceptionWithPath() {
        OcpiParseException e = catchThrowableOfType(
                OcpiParseException.class,
                () -> JSON.read(CONNECTOR.replace("2015-06-29T20:39:09Z", "yesterday"), Connector.class));
        assertThat(e.path()).isEqualTo("$.last_updated");
        assertThat(e.getMessage()).doesNotContain("yesterday");
    }

    @Test
    void deepNesting_isBoundedByTheParser() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        OcpiParseException e = catchThrowableOfType(
                OcpiParseException.class, () -> JSON.readTree(deep.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.reason()).startsWith("input exceeds the parser's limits");
    }

    @Test
    void hugeString_isBoundedByTheParser() {
        OcpiJson small = OcpiJson.builder(OcpiVersion.V2_2_1)
                .limits(new OcpiJson.Limits(64, 1000, 1 << 20, 100))
                .build();
        String json = CONNECTOR.replace("\"id\":\"1\"", "\"id\":\"" + "x".repeat(5000) + "\"");
        assertThatThrownBy(() -> small.read(json, Connector.class))
                .isInstanceOf(OcpiParseException.class)
                .hasMessageContaining("limits");
    }

    @Test
    void hugeNumber_isBoundedByTheParser() {
        String json = CONNECTOR.replace("\"max_voltage\":230", "\"max_voltage\":" + "9".repeat(5000));
        assertThatThrownBy(() -> JSON.read(json, Connector.class)).isInstanceOf(OcpiParseException.class);
    }

    @Test
    void documentLongerThanTheLimit_isRejectedBeforeParsing() {
        OcpiJson small = OcpiJson.builder(OcpiVersion.V2_2_1)
                .limits(new OcpiJson.Limits(64, 1000, 100, 100))
                .build();
        assertThatThrownBy(() -> small.read(CONNECTOR.getBytes(StandardCharsets.UTF_8), Connector.class))
                .isInstanceOf(OcpiParseException.class)
                .hasMessageContaining("Document length");
    }

    @Test
    void nullDocument_isAParseException() {
        assertThatThrownBy(() -> JSON.read("null", Connector.class))
                .isInstanceOf(OcpiParseException.class)
                .hasMessageContaining("null");
    }

    @Test
    void envelope_readsDataAndStatus() {
        String env = "{\"data\":[" + CONNECTOR + "],\"status_code\":1000,\"status_message\":\"ok\","
                + "\"timestamp\":\"2015-06-30T21:59:59Z\"}";
        OcpiEnvelope<List<Connector>> e = JSON.readEnvelopeList(env.getBytes(StandardCharsets.UTF_8), Connector.class);
        assertThat(e.isSuccess()).isTrue();
        assertThat(e.status()).isEqualTo(OcpiStatusCode.SUCCESS);
        assertThat(e.data()).singleElement().extracting(Connector::id).isEqualTo("1");
        assertThat(JSON.write(e)).doesNotContain("success");
    }

    @Test
    void patch_absentNullAndValueAreThreeStates() {
        ConnectorPatch p = JSON.read(
                "{\"max_electric_power\":null,\"tariff_ids\":[\"12\"],\"last_updated\":\"2016-01-01T00:00:00Z\"}",
                ConnectorPatch.class);
        assertThat(p.maxElectricPower().isNull()).isTrue();
        assertThat(p.maxVoltage().isAbsent()).isTrue();
        assertThat(p.tariffIds().value()).containsExactly("12");
        assertThat(JSON.write(p))
                .isEqualTo("{\"max_electric_power\":null,\"tariff_ids\":[\"12\"],"
                        + "\"last_updated\":\"2016-01-01T00:00:00Z\"}");

        Connector base = JSON.read(
                CONNECTOR.replace("\"max_amperage\":32", "\"max_amperage\":32,\"max_electric_power\":22000"),
                Connector.class);
        Connector patched = p.applyTo(base);
        assertThat(patched.maxElectricPower()).isNull();
        assertThat(patched.maxVoltage()).isEqualTo(230);
        assertThat(patched.tariffIds()).containsExactly("12");
        assertThat(patched.lastUpdated()).isEqualTo(Instant.parse("2016-01-01T00:00:00Z"));
        assertThat(base.maxElectricPower()).isEqualTo(22000);
    }

    @Test
    void patch_builder_writesOnlyWhatWasSet() {
        ConnectorPatch p = ConnectorPatch.builder()
                .standard(ConnectorType.CHADEMO)
                .termsAndConditions(null)
                .build();
        assertThat(JSON.write(p)).isEqualTo("{\"standard\":\"CHADEMO\",\"terms_and_conditions\":null}");
        assertThat(p.standard().value()).isEqualTo(ConnectorType.CHADEMO);
    }

    @Test
    void forVersion_rejectsUnsupportedVersions() {
        assertThat(OcpiJson.forVersion(OcpiVersion.V2_3_0)).isSameAs(OcpiJson.v230());
        assertThatThrownBy(() -> OcpiJson.forVersion(OcpiVersion.V2_2)).isInstanceOf(IllegalArgumentException.class);
    }
}
