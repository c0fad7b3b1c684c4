package dev.ocpkit.ocpp.internal.schema;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating one payload: errors (the payload must be refused) and warnings (deviations the input
 * tolerance accepted; the tree may have been coerced so that it binds).
 */
public record ValidationResult(List<SchemaViolation> errors, List<SchemaViolation> warnings) {
    static final ValidationResult OK = new ValidationResult(List.of(), List.of());

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The first error, whose kind decides the CALLERROR code; null when valid. */
    public @Nullable SchemaViolation firstError() {
        return errors.isEmpty() ? null : errors.get(0);
    }

    public List<String> describeErrors() {
        return describe(errors);
    }

    public List<String> describeWarnings() {
        return describe(warnings);
    }

    private static List<String> describe(List<SchemaViolation> list) {
        List<String> out = new ArrayList<>(list.size());
        for (SchemaViolation v : list) {
            out.add(v.describe());
        }
        return out;
    }
}
