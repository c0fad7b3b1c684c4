package dev.ocpkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TypeModelTest {
    private static TypeModel inline() {
        return TypeModel.build(
                Fixtures.inlineSpec(Fixtures.inlineDirections(), Fixtures.inlineNames()), Fixtures.inlineFiles());
    }

    @Test
    void build_namesMessagesAfterTheirActions() {
        TypeModel m = inline();
        assertThat(m.messages).extracting(TypeModel.Message::action).containsExactly("Meter", "Reset", "Stop");
        assertThat(m.types.get("MeterRequest").role).isEqualTo(TypeModel.Role.REQUEST);
        assertThat(m.types.get("StopResponse").role).isEqualTo(TypeModel.Role.RESPONSE);
        assertThat(m.warnings).isEmpty();
    }

    @Test
    void build_inlineTypesSharingAName_shareOneJavaTypeWithUnitedEnumValues() {
        TypeModel m = inline();
        TypeModel.JavaType unit = m.types.get("Unit");
        assertThat(unit.isEnum).isTrue();
        assertThat(unit.enumValues).containsExactly("Wh", "kWh", "Hertz");
        TypeModel.JavaType reading = m.types.get("Reading");
        assertThat(reading.nodes).hasSize(2);
        assertThat(reading.components)
                .extracting(TypeModel.Component::javaName, TypeModel.Component::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("value", "BigDecimal"),
                        org.assertj.core.groups.Tuple.tuple("unit", "Unit"),
                        org.assertj.core.groups.Tuple.tuple("at", "Instant"));
    }

    @Test
    void build_identicalEnumsWithDifferentSpecNames_stayDistinct() {
        TypeModel m = inline();
        assertThat(m.types).containsKeys("StopStatus", "ResetStatus");
        assertThat(m.types.get("StopStatus").enumValues).isEqualTo(m.types.get("ResetStatus").enumValues);
    }

    @Test
    void build_components_requiredPrimitiveOptionalBoxedListsNeverNull() {
        TypeModel.JavaType meter = inline().types.get("MeterRequest");
        assertThat(meter.components)
                .extracting(TypeModel.Component::javaName, TypeModel.Component::type, TypeModel.Component::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("connectorId", "int", true),
                        org.assertj.core.groups.Tuple.tuple("reading", "List<Reading>", true),
                        org.assertj.core.groups.Tuple.tuple("note", "String", false),
                        org.assertj.core.groups.Tuple.tuple("tags", "List<String>", false));
        assertThat(meter.components.get(3).docs())
                .isEqualTo("optional; at least 1 item; each item at most 8 characters");
    }

    @Test
    void build_unnamedInlineType_takesTheNameOfAnIdenticalNamedOne() {
        Map<String, String> names = new TreeMap<>(Fixtures.inlineNames());
        names.remove("Stop/data[]/unit");
        names.remove("Stop/data[]");
        // Stop's reading differs (Hertz) from Meter's, so without a table entry it gets a derived name
        TypeModel m = TypeModel.build(Fixtures.inlineSpec(Fixtures.inlineDirections(), names), Fixtures.inlineFiles());
        assertThat(m.types).containsKeys("Data", "Unit", "StopUnit");
        assertThat(m.warnings).hasSize(2);

        Map<String, SchemaNode> files = new TreeMap<>(Fixtures.inlineFiles());
        files.put(
                "Stop.json",
                Fixtures.schema(
                        "Stop.json",
                        Fixtures.STOP
                                .replace(",'Hertz'", "")
                                .replace("'value':{'type':'number'}", "'value':{'type':'number','multipleOf':0.1}")));
        m = TypeModel.build(Fixtures.inlineSpec(Fixtures.inlineDirections(), names), files);
        assertThat(m.types).containsKeys("Reading", "Unit").doesNotContainKeys("Data", "StopUnit");
        assertThat(m.types.get("Reading").nodes).hasSize(2);
        assertThat(m.warnings).isEmpty();
    }

    @Test
    void build_ambiguousUnnamedType_mustBeNamedInTheTable() {
        Map<String, String> names = new TreeMap<>(Fixtures.inlineNames());
        names.remove("ResetResponse/status");
        names.put("MeterResponse/x", "Nope");
        assertThatThrownBy(() -> TypeModel.build(
                        Fixtures.inlineSpec(Fixtures.inlineDirections(), names), Fixtures.inlineFiles()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("do not exist");
        names.remove("MeterResponse/x");
        Map<String, SchemaNode> files = new TreeMap<>(Fixtures.inlineFiles());
        files.put("MeterResponse.json", Fixtures.schema("MeterResponse.json", Fixtures.STATUS_RESPONSE));
        names.put("MeterResponse/status", "MeterStatus");
        assertThatThrownBy(() -> TypeModel.build(Fixtures.inlineSpec(Fixtures.inlineDirections(), names), files))
                .hasMessageContaining("ResetResponse/status")
                .hasMessageContaining("inline-name table");
    }

    @Test
    void build_directionTable_mustMatchTheFiles() {
        Map<String, String> missing = new TreeMap<>(Fixtures.inlineDirections());
        missing.remove("Reset");
        assertThatThrownBy(() ->
                        TypeModel.build(Fixtures.inlineSpec(missing, Fixtures.inlineNames()), Fixtures.inlineFiles()))
                .hasMessageContaining("Reset")
                .hasMessageContaining("no direction");
        Map<String, String> extra = new TreeMap<>(Fixtures.inlineDirections());
        extra.put("Ghost", VersionSpec.CSMS);
        assertThatThrownBy(() ->
                        TypeModel.build(Fixtures.inlineSpec(extra, Fixtures.inlineNames()), Fixtures.inlineFiles()))
                .hasMessageContaining("Ghost");
    }

    @Test
    void build_definitions_useJavaTypeHints_customDataLastAndOpen() {
        TypeModel m = TypeModel.build(Fixtures.defsSpec(Fixtures.defsDirections()), Fixtures.defsFiles());
        assertThat(m.types).containsKeys("Station", "ReasonEnum", "CustomData", "BootRequest", "BootResponse", "Ping");
        assertThat(m.types.get("Ping").role).isEqualTo(TypeModel.Role.SEND);
        assertThat(m.types.get("CustomData").open).isTrue();
        assertThat(m.types.get("CustomData").nodes).hasSize(3);
        assertThat(m.types.get("BootRequest").components)
                .extracting(TypeModel.Component::jsonName)
                .containsExactly("station", "reason", "customData");
        assertThat(m.messages.get(1).send()).isTrue();
        assertThat(m.messages.get(1).response()).isNull();
    }
}
