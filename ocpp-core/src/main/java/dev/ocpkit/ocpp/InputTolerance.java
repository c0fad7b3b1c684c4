package dev.ocpkit.ocpp;

/**
 * Which known vendor deviations from the OCPP JSON schemas an incoming payload may have. Deviations that are
 * accepted are reported through {@link OcppListener#toleratedDeviation}; output is always validated strictly.
 *
 * <p>{@link #STRICT} (the default) accepts none: every deviation is answered with the CALLERROR the version
 * prescribes.
 *
 * @param acceptUnknownEnumValues an enum value outside the schema's list is accepted (it binds to the enum's
 *     {@code UNKNOWN} constant)
 * @param acceptNumbersAsStrings a number sent as a JSON string ({@code "12.5"}) is accepted and converted
 * @param acceptOverlongStrings a string longer than the schema's maxLength is accepted
 * @param acceptUnknownProperties a property the schema does not define is accepted and ignored
 * @param acceptDateTimesWithoutZone a date-time without zone designator is accepted and read as UTC
 * @since 0.1
 */
public record InputTolerance(
        boolean acceptUnknownEnumValues,
        boolean acceptNumbersAsStrings,
        boolean acceptOverlongStrings,
        boolean acceptUnknownProperties,
        boolean acceptDateTimesWithoutZone) {

    /** Accepts no deviation. */
    public static final InputTolerance STRICT = new InputTolerance(false, false, false, false, false);

    /** Accepts every deviation this record knows. */
    public static final InputTolerance LENIENT = new InputTolerance(true, true, true, true, true);

    /** Whether this accepts no deviation at all. */
    public boolean isStrict() {
        return equals(STRICT);
    }
}
