package dev.ocpkit.ocpp.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * For every payload schema of every version: each kind of violation the schema allows is planted into a valid
 * payload, found at the right JSON pointer, and answered with the CALLERROR code of that version's spelling.
 */
class CatalogViolationsTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The codes as the specs spell them (OCPP-J 1.6 section 4.2.3; OCPP 2.x Part 4 section 4.3). */
    private static final Map<ViolationKind, String> V16_CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(ViolationKind.NOT_AN_OBJECT, "FormationViolation"),
            Map.entry(ViolationKind.UNKNOWN_PROPERTY, "FormationViolation"),
            Map.entry(ViolationKind.MISSING_REQUIRED, "OccurenceConstraintViolation"),
            Map.entry(ViolationKind.TOO_FEW_ITEMS, "OccurenceConstraintViolation"),
            Map.entry(ViolationKind.TOO_MANY_ITEMS, "OccurenceConstraintViolation"),
            Map.entry(ViolationKind.WRONG_TYPE, "TypeConstraintViolation"),
            Map.entry(ViolationKind.INTEGER_OUT_OF_RANGE, "TypeConstraintViolation"),
            Map.entry(ViolationKind.ENUM_VALUE, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MAX_LENGTH, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MINIMUM, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MAXIMUM, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MULTIPLE_OF, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.DATE_TIME_FORMAT, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.URI_FORMAT, "PropertyConstraintViolation")));

    private static final Map<ViolationKind, String> V2_CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(ViolationKind.NOT_AN_OBJECT, "FormatViolation"),
            Map.entry(ViolationKind.UNKNOWN_PROPERTY, "ProtocolError"),
            Map.entry(ViolationKind.MISSING_REQUIRED, "OccurrenceConstraintViolation"),
            Map.entry(ViolationKind.TOO_FEW_ITEMS, "OccurrenceConstraintViolation"),
            Map.entry(ViolationKind.TOO_MANY_ITEMS, "OccurrenceConstraintViolation"),
            Map.entry(ViolationKind.WRONG_TYPE, "TypeConstraintViolation"),
            Map.entry(ViolationKind.INTEGER_OUT_OF_RANGE, "TypeConstraintViolation"),
            Map.entry(ViolationKind.ENUM_VALUE, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MAX_LENGTH, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MINIMUM, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MAXIMUM, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.MULTIPLE_OF, "PropertyConstraintViolation"),
            Map.entry(ViolationKind.DATE_TIME_FORMAT, "PropertyConstraintViolation")));

    private static final Map<OcppVersion, Set<ViolationKind>> EXERCISED = new ConcurrentHashMap<>();

    /** A place in a payload where one kind of violation can be planted. */
    private record Site(ViolationKind kind, String pointer, JsonNode bad) {}

    static List<Arguments> payloads() {
        List<Arguments> out = new ArrayList<>();
        for (OcppVersion v : OcppVersion.values()) {
            for (OcppAction<?, ?> a : ProtocolCatalog.of(v).actions()) {
                out.add(Arguments.of(v, a.name(), true));
                if (!a.isSend()) {
                    out.add(Arguments.of(v, a.name(), false));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} request={2}")
    @MethodSource("payloads")
    void everyPlantedViolation_isFoundWithItsPointerAndVersionCode(
            OcppVersion version, String action, boolean request) {
        ProtocolCatalog catalog = ProtocolCatalog.of(version);
        OcppAction<?, ?> a = catalog.action(action);
        ObjectSchema schema = request ? catalog.requestSchema(a) : catalog.responseSchema(a);
        ObjectNode valid = SamplePayloads.maximal(schema);
        assertThat(SchemaValidator.validate(schema, valid).errors()).isEmpty();

        List<Site> sites = new ArrayList<>();
        sites.add(new Site(ViolationKind.NOT_AN_OBJECT, "", F.arrayNode().add(valid)));
        sites.add(new Site(ViolationKind.UNKNOWN_PROPERTY, "/zzNotInTheSchema", F.numberNode(1)));
        collect(schema, valid, "", sites, EnumSet.noneOf(ViolationKind.class));

        Map<ViolationKind, String> codes = version.isTwoX() ? V2_CODES : V16_CODES;
        for (Site site : sites) {
            JsonNode payload = plant(valid, site);
            ValidationResult r = SchemaValidator.validate(schema, payload);
            assertThat(r.errors())
                    .as("%s planted at %s", site.kind(), site.pointer())
                    .extracting(SchemaViolation::kind, SchemaViolation::path)
                    .contains(org.assertj.core.groups.Tuple.tuple(site.kind(), site.pointer()));
            assertThat(r.errors()).allSatisfy(e -> assertThat(e.path()).isEqualTo(site.pointer()));
            assertThat(site.kind().callErrorCode(version)).isEqualTo(codes.get(site.kind()));
            EXERCISED
                    .computeIfAbsent(version, k -> ConcurrentHashMap.newKeySet())
                    .add(site.kind());
        }
    }

    @AfterAll
    static void everyKindTheSchemasAllow_wasExercised() {
        EnumSet<ViolationKind> common = EnumSet.of(
                ViolationKind.NOT_AN_OBJECT,
                ViolationKind.UNKNOWN_PROPERTY,
                ViolationKind.MISSING_REQUIRED,
                ViolationKind.TOO_FEW_ITEMS,
                ViolationKind.WRONG_TYPE,
                ViolationKind.INTEGER_OUT_OF_RANGE,
                ViolationKind.ENUM_VALUE,
                ViolationKind.MAX_LENGTH,
                ViolationKind.DATE_TIME_FORMAT);
        EnumSet<ViolationKind> v16 = EnumSet.copyOf(common);
        v16.addAll(EnumSet.of(ViolationKind.MULTIPLE_OF, ViolationKind.URI_FORMAT));
        EnumSet<ViolationKind> v2 = EnumSet.copyOf(common);
        v2.addAll(EnumSet.of(ViolationKind.MINIMUM, ViolationKind.MAXIMUM, ViolationKind.TOO_MANY_ITEMS));
        if (EXERCISED.size() == OcppVersion.values().length) {
            assertThat(EXERCISED.get(OcppVersion.V16)).containsExactlyInAnyOrderElementsOf(v16);
            assertThat(EXERCISED.get(OcppVersion.V201)).containsExactlyInAnyOrderElementsOf(v2);
            assertThat(EXERCISED.get(OcppVersion.V21)).containsExactlyInAnyOrderElementsOf(v2);
        }
    }

    /** The first site of each kind, depth first in schema order. */
    private static void collect(Schema s, JsonNode value, String pointer, List<Site> sites, Set<ViolationKind> done) {
        if (s instanceof ObjectSchema o) {
            for (String req : o.required()) {
                add(sites, done, ViolationKind.MISSING_REQUIRED, pointer + "/" + req, null);
            }
            for (Map.Entry<String, Schema> e : o.properties().entrySet()) {
                JsonNode child = value.get(e.getKey());
                if (child != null) {
                    collect(e.getValue(), child, pointer + "/" + e.getKey(), sites, done);
                }
            }
        } else if (s instanceof ArraySchema a) {
            if (a.minItemsValue() >= 1) {
                add(sites, done, ViolationKind.TOO_FEW_ITEMS, pointer, F.arrayNode());
            }
            if (a.maxItemsValue() >= 0 && value.size() > 0) {
                ArrayNode more = F.arrayNode();
                for (int i = 0; i <= a.maxItemsValue(); i++) {
                    more.add(value.get(0).deepCopy());
                }
                add(sites, done, ViolationKind.TOO_MANY_ITEMS, pointer, more);
            }
            if (value.size() > 0) {
                collect(a.items(), value.get(0), pointer + "/0", sites, done);
            }
        } else if (s instanceof StringSchema str) {
            add(sites, done, ViolationKind.WRONG_TYPE, pointer, F.numberNode(42));
            if (str.enumValues() != null) {
                add(sites, done, ViolationKind.ENUM_VALUE, pointer, F.stringNode("NotAValueOfTheSchema"));
            }
            if (str.maxLengthValue() >= 0) {
                add(sites, done, ViolationKind.MAX_LENGTH, pointer, F.stringNode("x".repeat(str.maxLengthValue() + 1)));
            }
            if (str.format() == StringSchema.Format.DATE_TIME) {
                add(sites, done, ViolationKind.DATE_TIME_FORMAT, pointer, F.stringNode("2024-13-01T00:00:00Z"));
            }
            if (str.format() == StringSchema.Format.URI) {
                add(sites, done, ViolationKind.URI_FORMAT, pointer, F.stringNode("no scheme here"));
            }
        } else if (s instanceof NumberSchema n) {
            BigDecimal one = BigDecimal.ONE;
            if (n.minimumValue() != null) {
                add(
                        sites,
                        done,
                        ViolationKind.MINIMUM,
                        pointer,
                        number(n, n.minimumValue().subtract(one)));
            }
            if (n.maximumValue() != null) {
                add(
                        sites,
                        done,
                        ViolationKind.MAXIMUM,
                        pointer,
                        number(n, n.maximumValue().add(one)));
            }
            if (n.multipleOfValue() != null) {
                BigDecimal half = n.multipleOfValue().divide(BigDecimal.valueOf(2));
                add(sites, done, ViolationKind.MULTIPLE_OF, pointer, F.numberNode(half));
            }
            if (n.isInteger() && n.maximumValue() == null) {
                add(sites, done, ViolationKind.INTEGER_OUT_OF_RANGE, pointer, F.numberNode(3_000_000_000L));
            }
        } else if (s instanceof BooleanSchema) {
            add(sites, done, ViolationKind.WRONG_TYPE, pointer, F.stringNode("true"));
        }
    }

    private static JsonNode number(NumberSchema n, BigDecimal v) {
        return n.isInteger() ? F.numberNode(v.intValueExact()) : F.numberNode(v);
    }

    private static void add(
            List<Site> sites, Set<ViolationKind> done, ViolationKind kind, String pointer, JsonNode bad) {
        if (done.add(kind)) {
            sites.add(new Site(kind, pointer, bad));
        }
    }

    /** A copy of the payload with the site's bad value in place (or its property removed when bad is null). */
    private static JsonNode plant(ObjectNode valid, Site site) {
        if (site.pointer().isEmpty()) {
            return site.bad();
        }
        ObjectNode copy = valid.deepCopy();
        int cut = site.pointer().lastIndexOf('/');
        String parentPointer = site.pointer().substring(0, cut);
        String last = site.pointer().substring(cut + 1);
        JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), site.bad());
        } else if (site.bad() == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, site.bad());
        }
        return copy;
    }
}
