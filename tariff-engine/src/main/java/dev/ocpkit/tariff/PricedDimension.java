package dev.ocpkit.tariff;

/**
 * The tariff dimension a priced line bills, with the unit its quantities are given in (the OCPI {@code step_size}
 * unit).
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/mod_tariffs.asciidoc#mod_tariffs_tariffdimensiontype_enum">OCPI
 *     2.2.1, TariffDimensionType</a>
 * @since 0.1
 */
public enum PricedDimension {
    /** A fixed fee; quantity 1, unit price per fee. */
    FLAT("fee"),
    /** Energy; quantities in Wh, unit price per kWh. */
    ENERGY("Wh"),
    /** Time charging; quantities in seconds, unit price per hour. */
    TIME("s"),
    /** Time not charging; quantities in seconds, unit price per hour. */
    PARKING_TIME("s"),
    /** Reservation time, priced by the TIME component of a reservation element; seconds, unit price per hour. */
    RESERVATION_TIME("s");

    private final String unit;

    PricedDimension(String unit) {
        this.unit = unit;
    }

    /** The unit of quantities and step sizes: {@code "Wh"}, {@code "s"} or {@code "fee"}. */
    public String unit() {
        return unit;
    }
}
