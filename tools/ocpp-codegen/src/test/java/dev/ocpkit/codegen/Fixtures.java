package dev.ocpkit.codegen;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/** Small schemas written for these tests (shaped like, but not taken from, the OCA files). */
final class Fixtures {
    private Fixtures() {}

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Reads a fixture written with single quotes. */
    static SchemaNode schema(String file, String json) {
        return SchemaReader.read(file, MAPPER.readTree(json.replace('\'', '"')));
    }

    /** A 1.6-style version: inline types, files {@code Action.json} / {@code ActionResponse.json}. */
    static VersionSpec inlineSpec(Map<String, String> directions, Map<String, String> inlineNames) {
        return new VersionSpec(
                "1.6",
                "V16",
                "test.gen.inline",
                "Inline",
                "",
                directions,
                Set.of(),
                inlineNames,
                "Test spec",
                Set.of(),
                "");
    }

    /** A 2.x-style version with definitions, javaType hints and one SEND action {@code Ping}. */
    static VersionSpec defsSpec(Map<String, String> directions) {
        return new VersionSpec(
                "2.1",
                "V21",
                "test.gen.defs",
                "Defs",
                "Request",
                directions,
                Set.of("Ping"),
                Map.of(),
                "Test spec 2",
                Set.of(),
                "");
    }

    static final String METER = "{'type':'object','additionalProperties':false,'properties':{"
            + "'connectorId':{'type':'integer'},"
            + "'reading':{'type':'array','minItems':1,'items':{'type':'object','additionalProperties':false,"
            + "'properties':{'value':{'type':'number','multipleOf':0.1},"
            + "'unit':{'type':'string','additionalProperties':false,'enum':['Wh','kWh']},"
            + "'at':{'type':'string','format':'date-time'}},'required':['value']}},"
            + "'note':{'type':'string','maxLength':20},"
            + "'tags':{'type':'array','minItems':1,'items':{'type':'string','maxLength':8}}},"
            + "'required':['connectorId','reading']}";

    static final String STOP = "{'type':'object','additionalProperties':false,'properties':{"
            + "'reason':{'type':'string','additionalProperties':false,'enum':['Local','Remote']},"
            + "'data':{'type':'array','items':{'type':'object','additionalProperties':false,"
            + "'properties':{'value':{'type':'number'},"
            + "'unit':{'type':'string','additionalProperties':false,'enum':['Wh','kWh','Hertz']},"
            + "'at':{'type':'string','format':'date-time'}},'required':['value']}}},"
            + "'required':['reason']}";

    static final String STATUS_RESPONSE = "{'type':'object','additionalProperties':false,'properties':{"
            + "'status':{'type':'string','additionalProperties':false,'enum':['Accepted','Rejected']}},"
            + "'required':['status']}";

    static final String EMPTY = "{'type':'object','additionalProperties':false,'properties':{}}";

    /** Meter (station), Stop (station) and Reset (CSMS) with Accepted/Rejected responses. */
    static Map<String, SchemaNode> inlineFiles() {
        Map<String, SchemaNode> files = new TreeMap<>();
        files.put("Meter.json", schema("Meter.json", METER));
        files.put("MeterResponse.json", schema("MeterResponse.json", EMPTY));
        files.put("Stop.json", schema("Stop.json", STOP));
        files.put("StopResponse.json", schema("StopResponse.json", STATUS_RESPONSE));
        files.put("Reset.json", schema("Reset.json", EMPTY));
        files.put("ResetResponse.json", schema("ResetResponse.json", STATUS_RESPONSE));
        return files;
    }

    static Map<String, String> inlineDirections() {
        return Map.of(
                "Meter", VersionSpec.STATION,
                "Stop", VersionSpec.STATION,
                "Reset", VersionSpec.CSMS);
    }

    static Map<String, String> inlineNames() {
        Map<String, String> names = new TreeMap<>();
        names.put("Meter/reading[]", "Reading");
        names.put("Meter/reading[]/unit", "Unit");
        names.put("Stop/data[]", "Reading");
        names.put("Stop/data[]/unit", "Unit");
        names.put("StopResponse/status", "StopStatus");
        names.put("ResetResponse/status", "ResetStatus");
        names.put("Stop/reason", "Reason");
        return names;
    }

    static final String CUSTOM = "'CustomDataType':{'javaType':'CustomData','type':'object',"
            + "'properties':{'vendorId':{'type':'string','maxLength':255}},'required':['vendorId']}";

    static final String BOOT_REQUEST = "{'$schema':'http://json-schema.org/draft-06/schema#','definitions':{"
            + CUSTOM + ","
            + "'ReasonEnumType':{'javaType':'ReasonEnum','type':'string','additionalProperties':false,"
            + "'enum':['PowerUp','Unknown']},"
            + "'StationType':{'javaType':'Station','type':'object','additionalProperties':false,'properties':{"
            + "'customData':{'$ref':'#/definitions/CustomDataType'},"
            + "'model':{'type':'string','maxLength':20},'serial':{'type':'string','maxLength':25},"
            + "'phases':{'type':'integer','minimum':1,'maximum':3},"
            + "'ratios':{'type':'array','additionalItems':false,'items':{'type':'number','minimum':0.0},"
            + "'minItems':1,'maxItems':4},"
            + "'online':{'type':'boolean'},'extra':{}},"
            + "'required':['model']}},"
            + "'type':'object','additionalProperties':false,'properties':{"
            + "'customData':{'$ref':'#/definitions/CustomDataType'},"
            + "'station':{'$ref':'#/definitions/StationType'},"
            + "'reason':{'$ref':'#/definitions/ReasonEnumType'}},'required':['station','reason']}";

    static final String BOOT_RESPONSE = "{'definitions':{" + CUSTOM + "},'type':'object','additionalProperties':false,"
            + "'properties':{'customData':{'$ref':'#/definitions/CustomDataType'},"
            + "'interval':{'type':'integer'}},'required':['interval']}";

    static final String PING = "{'definitions':{" + CUSTOM + "},'type':'object','additionalProperties':false,"
            + "'properties':{'customData':{'$ref':'#/definitions/CustomDataType'},"
            + "'seq':{'type':'integer','minimum':0}},'required':['seq']}";

    /** Boot (station, CALL) and Ping (station, SEND). */
    static Map<String, SchemaNode> defsFiles() {
        Map<String, SchemaNode> files = new TreeMap<>();
        files.put("BootRequest.json", schema("BootRequest.json", BOOT_REQUEST));
        files.put("BootResponse.json", schema("BootResponse.json", BOOT_RESPONSE));
        files.put("Ping.json", schema("Ping.json", PING));
        return files;
    }

    static Map<String, String> defsDirections() {
        return Map.of("Boot", VersionSpec.STATION, "Ping", VersionSpec.STATION);
    }
}
