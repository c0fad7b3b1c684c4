package dev.ocpkit.ocpi.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An object that breaks its OCPI specification: status 2001 (invalid or missing parameters), HTTP 400. Carries every
 * {@link Violation}.
 *
 * @since 0.1
 */
public final class OcpiValidationException extends OcpiException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** @param violations the violations; at least one */
    public OcpiValidationException(List<Violation> violations) {
        super(
                OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(),
                400,
                violations.stream().map(Violation::toString).collect(Collectors.joining("; ")),
                null);
        this.violations = List.copyOf(violations);
    }

    /** Every violation found. */
    public List<Violation> violations() {
        return violations;
    }
}
