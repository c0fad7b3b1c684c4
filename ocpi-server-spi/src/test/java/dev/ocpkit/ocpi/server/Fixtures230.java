package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v230.Location;
import dev.ocpkit.ocpi.model.v230.Token;

/**
 * Valid OCPI 2.3.0 objects written for these tests (not taken from the specification's examples): as {@link
 * Fixtures}, with the 2.3.0 tax fields ({@code tax_included} on a tariff, {@code before_taxes} and {@code taxes} on a
 * price).
 */
final class Fixtures230 {
    private Fixtures230() {}

    private static final OcpiJson JSON = OcpiJson.forVersion(OcpiVersion.V2_3_0);

    static Location location(String cc, String pid, String id, java.time.Instant lastUpdated) {
        return JSON.read(Fixtures.locationJson(cc, pid, id, lastUpdated), Location.class);
    }

    static String cdrJson(String cc, String pid, String id) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","start_date_time":"2024-03-01T10:00:00Z",
                 "end_date_time":"2024-03-01T11:00:00Z",
                 "cdr_token":{"country_code":"DE","party_id":"EMS","uid":"RFID0001","type":"RFID",
                   "contract_id":"DE-EMS-C00001-1"},
                 "auth_method":"WHITELIST",
                 "cdr_location":{"id":"LOC1","address":"Stationsplein 1","city":"Utrecht","country":"NLD",
                   "coordinates":{"latitude":"52.089444","longitude":"5.110278"},"evse_uid":"LOC1-E1",
                   "evse_id":"NL*CPO*ELOC11","connector_id":"1","connector_standard":"IEC_62196_T2",
                   "connector_format":"SOCKET","connector_power_type":"AC_3_PHASE"},
                 "currency":"EUR",
                 "charging_periods":[{"start_date_time":"2024-03-01T10:00:00Z",
                   "dimensions":[{"type":"ENERGY","volume":7.5}]}],
                 "total_cost":{"before_taxes":2.25,"taxes":[{"name":"VAT","percentage":21,"amount":0.47}]},
                 "total_energy":7.5,"total_time":1.0,
                 "last_updated":"2024-03-01T11:00:05Z"}"""
                .formatted(cc, pid, id);
    }

    static String tariffJson(String cc, String pid, String id, boolean withTaxIncluded) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","currency":"EUR",%s
                 "elements":[{"price_components":[{"type":"ENERGY","price":0.30,"step_size":1}]}],
                 "last_updated":"2024-01-01T00:00:00Z"}"""
                .formatted(cc, pid, id, withTaxIncluded ? "\"tax_included\":\"NO\"," : "");
    }

    static String tokenJson(String cc, String pid, String uid, boolean valid) {
        return Fixtures.tokenJson(cc, pid, uid, valid);
    }

    static Token token(String cc, String pid, String uid, boolean valid) {
        return JSON.read(tokenJson(cc, pid, uid, valid), Token.class);
    }
}
