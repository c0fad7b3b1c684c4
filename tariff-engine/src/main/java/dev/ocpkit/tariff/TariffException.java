package dev.ocpkit.tariff;

import java.util.Objects;

/**
 * Input the engine cannot price without guessing: a tariff with no elements, a negative volume, charging periods out
 * of order, an unknown dimension type, a currency mismatch, a missing time zone, and so on. The engine never returns a
 * price for such input; the message says what is wrong and where (tariff element or charging period, counted from 1).
 *
 * @since 0.1
 */
public final class TariffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * What kind of input problem this is.
     *
     * @since 0.1
     */
    public enum Kind {
        /** The tariff has no elements, or an element has no price components. */
        NO_ELEMENTS,
        /** A tariff or a price component has a value that cannot be used (bad time, date, VAT, step size, limit). */
        INVALID_TARIFF,
        /** A price component or a CDR dimension has a type this engine does not know. */
        UNKNOWN_DIMENSION,
        /** A billable volume (energy, time, parking time, reservation time) is negative. */
        NEGATIVE_VOLUME,
        /** Charging periods are not in time order, start before the session or after its end. */
        PERIODS_OUT_OF_ORDER,
        /** The session or CDR lacks a value the price depends on (start, end, a period's start, a volume). */
        MISSING_VALUE,
        /** The tariff, the CDR or a price limit use different currencies. */
        CURRENCY_MISMATCH,
        /** No time zone was given; OCPI restrictions are in the Location's local time. */
        MISSING_TIME_ZONE,
        /** The tariff is not valid at the session's time ({@code start_date_time} / {@code end_date_time}). */
        TARIFF_NOT_VALID,
        /** A charging period names a tariff that was not given, or the tariff for a period is ambiguous. */
        UNKNOWN_TARIFF,
        /**
         * A restriction needs a measurement (power or current) that the charging period does not carry, so whether
         * the element applies cannot be decided.
         */
        MISSING_MEASUREMENT,
        /** Other inconsistent session input (a mixed reservation period, an empty timeline, and so on). */
        INVALID_SESSION
    }

    private final Kind kind;

    /**
     * @param kind the kind of problem
     * @param message what is wrong, naming the element or period
     */
    public TariffException(Kind kind, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The kind of problem; never {@code null}. */
    public Kind kind() {
        return kind;
    }
}
