package dev.ocpkit.ocpi.model;

import java.util.List;
import java.util.Map;

/**
 * The upstream defects of the official examples (see the README of {@code shared/ocpi-examples}): what the round trip
 * changes and what the validator must report, as {@code path KIND}.
 */
final class KnownDefects {
    private KnownDefects() {}

    record Defect(List<String> roundTripDifferences, List<String> violations) {}

    /**
     * Not in the README: the EVSE example of "PUT to add an EVSE" writes {@code floor} for {@code floor_level}
     * (unknown, dropped), {@code physical_reference} as a number (read leniently as the string "3"), and its
     * connector lacks four required fields.
     */
    private static final Defect ADD_EVSE = new Defect(
            List.of("$.floor: missing after round trip", "$.physical_reference: 3 != \"3\""),
            List.of(
                    "$.connectors[0].power_type REQUIRED",
                    "$.connectors[0].max_voltage REQUIRED",
                    "$.connectors[0].max_amperage REQUIRED",
                    "$.connectors[0].last_updated REQUIRED"));

    /** As the CDR example: the 2.2.1 session examples' cdr_token lacks country_code and party_id (fixed in d2). */
    private static final Defect CDR_TOKEN =
            new Defect(List.of(), List.of("$.cdr_token.country_code REQUIRED", "$.cdr_token.party_id REQUIRED"));

    /** Not in the README: the tariff PUT example has no {@code last_updated}, which Tariff requires. */
    private static final Defect TARIFF_PUT = new Defect(List.of(), List.of("$.last_updated REQUIRED"));

    /** 2.3.0 CDR examples: the embedded tariff lacks {@code tax_included}, which 2.3.0 requires. */
    private static final Defect TAX_INCLUDED = new Defect(List.of(), List.of("$.tariffs[0].tax_included REQUIRED"));

    /** 2.3.0 financial advice confirmations: {@code total_costs} written with the 2.2.1 fields excl_vat/incl_vat. */
    private static final Defect OLD_PRICE = new Defect(
            List.of(
                    "$.total_costs.excl_vat: missing after round trip",
                    "$.total_costs.incl_vat: missing after round trip"),
            List.of("$.total_costs.before_taxes REQUIRED"));

    static final Map<String, Defect> DEFECTS = Map.ofEntries(
            // 2.2.1 makes country_code and party_id of CdrToken required; the 2.2.1 example lacks them
            Map.entry("2.2.1/cdr_example", CDR_TOKEN),
            Map.entry("2.2.1/session_example_1_simple_start", CDR_TOKEN),
            Map.entry("2.2.1/session_example_2_short_finished", CDR_TOKEN),
            Map.entry("2.2.1/location_put_example_add_evse", ADD_EVSE),
            Map.entry("2.2.1-bugfixes/location_put_example_add_evse", ADD_EVSE),
            Map.entry("2.3.0/location_put_example_add_evse", ADD_EVSE),
            Map.entry("2.3.0-ed2/location_put_example_add_evse", ADD_EVSE),
            Map.entry("2.2.1/tariff_put_example", TARIFF_PUT),
            Map.entry("2.2.1-bugfixes/tariff_put_example", TARIFF_PUT),
            Map.entry("2.3.0/tariff_put_example", TARIFF_PUT),
            Map.entry("2.3.0-ed2/tariff_put_example", TARIFF_PUT),
            Map.entry("2.3.0/cdr_example", TAX_INCLUDED),
            Map.entry("2.3.0-ed2/cdr_example", TAX_INCLUDED),
            // the README's defect: EVSE parking as strings; read as EvseParking with only parking_id
            Map.entry(
                    "2.3.0/location_example",
                    new Defect(
                            List.of(
                                    "$.evses[0].parking[0]: \"1\" != {\"parking_id\":\"1\"}",
                                    "$.evses[0].parking[1]: \"2\" != {\"parking_id\":\"2\"}",
                                    "$.evses[1].parking[0]: \"2\" != {\"parking_id\":\"2\"}",
                                    "$.evses[1].parking[1]: \"3\" != {\"parking_id\":\"3\"}"),
                            List.of())),
            Map.entry(
                    "2.3.0/location_example_parking_garage_opening_hours",
                    new Defect(
                            List.of("$.evses[0].parking[0]: \"000e3877-87bf-473e-8e71-70d3aa6d64ea\" != "
                                    + "{\"parking_id\":\"000e3877-87bf-473e-8e71-70d3aa6d64ea\"}"),
                            List.of())),
            Map.entry("2.3.0/payment_financial_advice_confirmation_create", OLD_PRICE),
            Map.entry("2.3.0/payment_financial_advice_confirmation_example_success", OLD_PRICE),
            Map.entry(
                    "2.3.0/payment_financial_advice_confirmation_example_failure",
                    new Defect(
                            OLD_PRICE.roundTripDifferences(),
                            List.of("$.total_costs.before_taxes REQUIRED", "$.eft_data EMPTY_LIST"))),
            Map.entry(
                    "2.3.0/payment_terminal_create_minimal", new Defect(List.of(), List.of("$.last_updated REQUIRED"))),
            // Bookings 1.1 (not yet released): party ids of 5 characters, missing required fields
            Map.entry(
                    "2.3.0-bookings/booking_example",
                    new Defect(
                            List.of(),
                            List.of(
                                    "$.party_id TOO_LONG",
                                    "$.booking_tokens[0].party_id TOO_LONG",
                                    "$.booking_requests[0].booking_request.party_id TOO_LONG",
                                    "$.booking_requests[0].booking_request.booking_location_id REQUIRED",
                                    "$.booking_requests[1].booking_request.party_id TOO_LONG",
                                    "$.booking_requests[1].booking_request.booking_location_id REQUIRED"))),
            // evse_position is a list in the spec (a single string is read as a list of one); formats is misspelt
            Map.entry(
                    "2.3.0-bookings/booking_location_example",
                    new Defect(
                            List.of(
                                    "$.booking_option.evse_position: \"LEFT\" != [\"LEFT\"]",
                                    "$.booking_option.formats: missing after round trip"),
                            List.of())),
            // keys with a trailing space ("start_date_time ") are unknown fields
            Map.entry(
                    "2.3.0-bookings/booking_location_patch_example_calendar",
                    new Defect(
                            List.of(
                                    "$.available_timeslots[0].start_date_time : missing after round trip",
                                    "$.available_timeslots[0].end_date_time : missing after round trip"),
                            List.of(
                                    "$.available_timeslots[0].start_date_time REQUIRED",
                                    "$.available_timeslots[0].end_date_time REQUIRED"))),
            Map.entry(
                    "2.3.0-bookings/booking_location_patch_example_terms",
                    new Defect(
                            List.of(),
                            List.of(
                                    "$.booking_terms.supported_access_methods EMPTY_LIST",
                                    "$.booking_terms.change_until_minutes REQUIRED",
                                    "$.booking_terms.cancel_until_minutes REQUIRED"))),
            // evse_uid is not a Booking field; timeslot and last_updated are not BookingRequest fields
            Map.entry(
                    "2.3.0-bookings/booking_patch_example_evse_uid",
                    new Defect(List.of("$.evse_uid: missing after round trip"), List.of())),
            Map.entry(
                    "2.3.0-bookings/booking_request_patch_example_timeslot",
                    new Defect(
                            List.of("$.timeslot: missing after round trip", "$.last_updated: missing after round trip"),
                            List.of())),
            Map.entry(
                    "2.3.0-bookings/booking_request_patch_example_tokens",
                    new Defect(List.of("$.last_updated: missing after round trip"), List.of())));
}
