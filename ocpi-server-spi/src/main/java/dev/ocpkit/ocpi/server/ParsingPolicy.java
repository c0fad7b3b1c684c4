package dev.ocpkit.ocpi.server;

/**
 * How strictly the dispatcher checks request bodies with {@link dev.ocpkit.ocpi.model.OcpiValidator} before a service
 * sees them. Malformed JSON and bodies that do not bind to the expected object are refused under both policies.
 *
 * @since 0.1
 */
public enum ParsingPolicy {
    /** Every validator error is refused with status 2001 and the list of violations. The default. */
    STRICT,
    /**
     * Missing required fields, empty required lists, {@code null} list elements and PATCH bodies without
     * {@code last_updated} are refused with status 2001; too long strings, non-ASCII CiStrings and values outside an
     * enumeration are logged at WARN and accepted (records keep the raw strings).
     */
    LENIENT
}
