package dev.ocpkit.ocpp.internal.schema;

import dev.ocpkit.ocpp.InputTolerance;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Test helper: what an incoming CALL goes through (parse, validate with tolerance, bind when valid). */
public final class Decoding {
    private Decoding() {}

    /** The validation result and, when valid, the bound request. */
    public record Outcome<T>(ValidationResult result, @Nullable T value) {}

    public static <T extends dev.ocpkit.ocpp.OcppRequest<?>> Outcome<T> request(
            OcppAction<T, ?> action, String json, InputTolerance tolerance) {
        OcppJson mapper = OcppJson.defaults();
        JsonNode tree = mapper.readTree(json.replace('\'', '"'));
        ObjectSchema schema = ProtocolCatalog.of(action.version()).requestSchema(action);
        ValidationResult r = SchemaValidator.validate(schema, tree, tolerance);
        return new Outcome<>(r, r.isValid() ? mapper.treeToValue(tree, action.requestType()) : null);
    }
}
