package dev.ocpkit.ocpp;

/**
 * Which known vendor deviations from the OCA OCPP JSON schemas an incoming payload may have. Set per connection
 * (e.g. per station) on {@link OcppOptions}.
 *
 * <p>{@link #STRICT} is the default: every deviation is a schema violation, answered with the CALLERROR code the
 * connection's version prescribes (an incoming CALL) or failing the pending call (an incoming CALLRESULT). A deviation
 * that a flag accepts is not an error: the payload is processed, and the deviation is reported through {@link
 * OcppListener#toleratedDeviation}. What is accepted, exactly:
 *
 * <ul>
 *   <li>{@code acceptUnknownEnumValues}: a string outside the schema's {@code enum} list binds to the generated enum's
 *       sentinel constant ({@code UNKNOWN}, or {@code UNRECOGNIZED} where the spec itself defines a value
 *       {@code Unknown}); the raw string is not kept.
 *   <li>{@code acceptNumbersAsStrings}: a JSON string holding a number ({@code "12.5"}) where the schema wants a number
 *       or integer is converted to that number before binding; a string that is no such number stays an error.
 *   <li>{@code acceptOverlongStrings}: a string longer than the schema's {@code maxLength} is kept whole.
 *   <li>{@code acceptUnknownProperties}: a property the schema does not define is ignored.
 *   <li>{@code acceptDateTimesWithoutZone}: a date-time without zone designator ({@code 2025-03-01T10:00:00}) is read
 *       as UTC.
 * </ul>
 *
 * <p>Output is always validated strictly, whatever this says: ocpkit never sends a payload that breaks the schema.
 * Instances are immutable and thread-safe.
 *
 * @param acceptUnknownEnumValues accept enum values the schema does not list
 * @param acceptNumbersAsStrings accept numbers sent as JSON strings, and convert them
 * @param acceptOverlongStrings accept strings longer than {@code maxLength}
 * @param acceptUnknownProperties accept (and ignore) properties the schema does not define
 * @param acceptDateTimesWithoutZone accept date-times without zone designator, read as UTC
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP-J 1.6 section 4.2.3 and
 *     OCPP 2.0.1 Part 4 section 4.3 (error codes)</a>
 * @since 0.1
 */
public record InputTolerance(
        boolean acceptUnknownEnumValues,
        boolean acceptNumbersAsStrings,
        boolean acceptOverlongStrings,
        boolean acceptUnknownProperties,
        boolean acceptDateTimesWithoutZone) {

    /** Accepts no deviation (the default). */
    public static final InputTolerance STRICT = new InputTolerance(false, false, false, false, false);

    /** Accepts every deviation this record knows. */
    public static final InputTolerance LENIENT = new InputTolerance(true, true, true, true, true);

    /** Whether this accepts no deviation at all. */
    public boolean isStrict() {
        return equals(STRICT);
    }
}
