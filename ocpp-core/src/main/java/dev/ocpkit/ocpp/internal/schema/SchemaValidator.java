package dev.ocpkit.ocpp.internal.schema;

import dev.ocpkit.ocpp.InputTolerance;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Validates Jackson trees against {@link Schema}s. Stateless and thread-safe; one run allocates only when it finds
 * something.
 *
 * <p>With a tolerant {@link InputTolerance}, accepted deviations come back as warnings and the tree is coerced in
 * place so that it binds: numbers sent as strings become numbers, date-times without zone get {@code Z}. Unknown enum
 * values stay as they are (they bind to the enum's sentinel constant), as do over-long strings and unknown properties
 * (ignored when binding).
 */
public final class SchemaValidator {
    private SchemaValidator() {}

    /** Validates an incoming payload with the given tolerance (the tree may be coerced). */
    public static ValidationResult validate(Schema schema, JsonNode payload, InputTolerance tolerance) {
        Objects.requireNonNull(payload, "payload");
        ValidationContext ctx = new ValidationContext(Objects.requireNonNull(tolerance, "tolerance"));
        schema.check(payload, ctx);
        return ctx.result();
    }

    /** Validates strictly (every deviation is an error; the tree is never changed), as for every outgoing payload. */
    public static ValidationResult validate(Schema schema, JsonNode payload) {
        return validate(schema, payload, InputTolerance.STRICT);
    }
}
