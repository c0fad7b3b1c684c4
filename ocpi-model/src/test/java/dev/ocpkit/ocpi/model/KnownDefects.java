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
            Map.entry("2.3.0-ed2/tariff_put_example", TARIFF_PUT));
}
