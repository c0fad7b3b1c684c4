package dev.ocpkit.ocpi.model;

import org.jspecify.annotations.Nullable;

/**
 * JSON that cannot be read as the expected OCPI object: malformed JSON, a wrong type, or input beyond the parser's
 * bounds (nesting depth, string, number or document length). Carries the JSON path of the failing value, such as
 * {@code $.evses[0].connectors[1].max_voltage}, and the reason. Status code 2001 (invalid or missing parameters),
 * HTTP 400.
 *
 * @since 0.1
 */
public final class OcpiParseException extends OcpiException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    /**
     * @param path the JSON path of the failing value ({@code $} for the document)
     * @param reason what is wrong, without the offending value
     * @param cause the parser's exception, or {@code null}
     */
    public OcpiParseException(String path, String reason, @Nullable Throwable cause) {
        super(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS.code(), 400, path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** The JSON path of the failing value, e.g. {@code $.evses[0].uid}; {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}
