package dev.ocpkit.ocpi.model;

/**
 * One way in which an OCPI object breaks its specification, found by {@link OcpiValidator}.
 *
 * @param path JSON path of the offending value, e.g. {@code $.evses[0].connectors[1].max_voltage}
 * @param kind what kind of rule is broken
 * @param severity {@link Severity#ERROR} for a broken rule, {@link Severity#WARNING} for a tolerated deviation
 *     (a value outside a 2.3.0 OpenEnum)
 * @param message a readable explanation; never contains a secret value
 * @since 0.1
 */
public record Violation(String path, Kind kind, Severity severity, String message) {
    /** The kinds of rules the validator checks. */
    public enum Kind {
        /** A required field (cardinality 1 or +) is missing or null. */
        REQUIRED,
        /** A list of cardinality + is empty. */
        EMPTY_LIST,
        /** A string is longer than its string(n) or CiString(n) limit. */
        TOO_LONG,
        /** A CiString holds characters outside printable ASCII. */
        NOT_ASCII,
        /** A value is not in its enumeration. */
        ENUM_VALUE,
        /** A list holds a {@code null} element. */
        NULL_ELEMENT,
        /** A PATCH body lacks a field every PATCH must carry ({@code last_updated}). */
        PATCH_REQUIRED
    }

    /** How serious a violation is. */
    public enum Severity {
        /** The object breaks the specification; a strict receiver rejects it with status 2001. */
        ERROR,
        /** Allowed by the specification but worth a look, e.g. an OpenEnum value this SDK does not know. */
        WARNING
    }

    /** {@code path: message}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
