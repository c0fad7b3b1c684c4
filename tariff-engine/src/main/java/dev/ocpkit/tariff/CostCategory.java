package dev.ocpkit.tariff;

/**
 * The CDR cost total a priced line counts toward.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/release-2.2.1-bugfixes/mod_cdrs.asciidoc#mod_cdrs_cdr_object">OCPI
 *     2.2.1, CDR object</a>
 * @since 0.1
 */
public enum CostCategory {
    /** {@code total_fixed_cost}: FLAT fees other than parking and reservation fees (a start fee, say). */
    FIXED,
    /** {@code total_energy_cost}. */
    ENERGY,
    /** {@code total_time_cost}: the cost of time charging. */
    TIME,
    /** {@code total_parking_cost}: time not charging, and FLAT fees first charged in a parking-only period. */
    PARKING,
    /** {@code total_reservation_cost}: reservation time and reservation fees. */
    RESERVATION
}
