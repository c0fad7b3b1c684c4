package dev.ocpkit.ocpp.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;

/** The payload round trip every generated message must pass; shared by the per-version tests. */
public final class PayloadRoundTrip {
    private static final OcppJson JSON = OcppJson.defaults();

    private PayloadRoundTrip() {}

    /** One argument set per action, payload (request, response) and size (minimal, maximal). */
    public static List<Arguments> cases(OcppVersion version) {
        List<Arguments> out = new ArrayList<>();
        for (OcppAction<?, ?> a : ProtocolCatalog.of(version).actions()) {
            for (boolean max : new boolean[] {false, true}) {
                out.add(Arguments.of(a.name(), true, max));
                if (!a.isSend()) {
                    out.add(Arguments.of(a.name(), false, max));
                }
            }
        }
        return out;
    }

    /**
     * Generates the payload from the schema, checks it validates, binds it to the record, re-serialises the record
     * and checks the tree is the same (and validates strictly as output).
     *
     * @return the bound record
     */
    public static Object check(OcppVersion version, String actionName, boolean request, boolean max) {
        ProtocolCatalog catalog = ProtocolCatalog.of(version);
        OcppAction<?, ?> action = catalog.action(actionName);
        assertThat(action).isNotNull();
        ObjectSchema schema = request ? catalog.requestSchema(action) : catalog.responseSchema(action);
        assertThat(schema).isNotNull();
        JsonNode generated = max ? SamplePayloads.maximal(schema) : SamplePayloads.minimal(schema);
        String text = JSON.write(generated);
        JsonNode tree = JSON.readTree(text);

        ValidationResult in = SchemaValidator.validate(schema, tree);
        assertThat(in.errors()).as("input validation of %s", text).isEmpty();

        Class<?> type = request ? action.requestType() : action.responseType();
        Object bound = JSON.treeToValue(tree, type);
        assertThat(bound).isInstanceOf(type);

        JsonNode written = JSON.valueToTree(bound);
        ValidationResult out = SchemaValidator.validate(schema, written);
        assertThat(out.errors()).as("output validation of %s", written).isEmpty();
        assertThat(JSON.readTree(JSON.write(bound)))
                .as("re-serialised %s", type.getSimpleName())
                .isEqualTo(tree);
        return bound;
    }
}
