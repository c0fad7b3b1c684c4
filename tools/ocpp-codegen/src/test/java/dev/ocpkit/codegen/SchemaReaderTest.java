package dev.ocpkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaReaderTest {
    @Test
    void read_keepsEveryConstraint() {
        SchemaNode root = Fixtures.schema("BootRequest.json", Fixtures.BOOT_REQUEST);
        assertThat(root.additionalProperties).isFalse();
        assertThat(root.required).containsExactly("station", "reason");
        SchemaNode station = root.properties.get("station");
        assertThat(station.definition).isEqualTo("StationType");
        assertThat(station.javaTypeHint).isEqualTo("Station");
        assertThat(station.properties.get("model").maxLength).isEqualTo(20);
        SchemaNode phases = station.properties.get("phases");
        assertThat(phases.kind).isEqualTo(SchemaNode.Kind.INTEGER);
        assertThat(phases.minimum).isEqualByComparingTo("1");
        assertThat(phases.maximum).isEqualByComparingTo("3");
        SchemaNode ratios = station.properties.get("ratios");
        assertThat(ratios.minItems).isEqualTo(1);
        assertThat(ratios.maxItems).isEqualTo(4);
        assertThat(ratios.items.minimum).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(station.properties.get("extra").kind).isEqualTo(SchemaNode.Kind.ANY);
        assertThat(root.properties.get("reason").enumValues).containsExactly("PowerUp", "Unknown");
        SchemaNode custom = root.properties.get("customData");
        assertThat(custom.additionalProperties).isTrue();
        assertThat(custom).isSameAs(station.properties.get("customData"));
    }

    @Test
    void read_multipleOfStaysExactDecimal() {
        SchemaNode root = Fixtures.schema("Meter.json", Fixtures.METER);
        assertThat(root.properties.get("reading").items.properties.get("value").multipleOf)
                .isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void read_unknownKeyword_stopsTheGenerator() {
        assertThatThrownBy(() -> Fixtures.schema(
                        "X.json", "{'type':'object','properties':{'a':{'type':'string','pattern':'^a'}}}"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("pattern");
    }

    @Test
    void read_unsupportedFormatOrRef_stopsTheGenerator() {
        assertThatThrownBy(() -> Fixtures.schema(
                        "X.json", "{'type':'object','properties':{'a':{'type':'string','format':'email'}}}"))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> Fixtures.schema(
                        "X.json", "{'type':'object','properties':{'a':{'$ref':'#/definitions/Missing'}}}"))
                .hasMessageContaining("Missing");
        assertThatThrownBy(() -> Fixtures.schema(
                        "X.json",
                        "{'definitions':{'A':{'type':'object','properties':{'a':{'$ref':'#/definitions/A'}}}},"
                                + "'type':'object','properties':{'a':{'$ref':'#/definitions/A'}}}"))
                .hasMessageContaining("recursive");
        assertThatThrownBy(() -> Fixtures.schema("X.json", "{'type':'object','properties':{},'required':['ghost']}"))
                .hasMessageContaining("ghost");
    }

    @Test
    void read_fileWithByteOrderMark(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("Heartbeat.json");
        Files.writeString(f, "\uFEFF{\"type\":\"object\",\"properties\":{}}", StandardCharsets.UTF_8);
        assertThat(SchemaReader.read(f).kind).isEqualTo(SchemaNode.Kind.OBJECT);
    }

    @Test
    void key_isEqualForIdenticalAndDifferentForChangedSchemas() {
        SchemaNode a = Fixtures.schema("Meter.json", Fixtures.METER).properties.get("reading").items;
        SchemaNode b = Fixtures.schema("Other.json", Fixtures.METER).properties.get("reading").items;
        SchemaNode c = Fixtures.schema("Stop.json", Fixtures.STOP).properties.get("data").items;
        assertThat(a.key()).isEqualTo(b.key());
        assertThat(a.key()).isNotEqualTo(c.key());
    }
}
