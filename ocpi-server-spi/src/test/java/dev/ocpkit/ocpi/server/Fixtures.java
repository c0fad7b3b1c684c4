package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import java.time.Instant;

/** Valid OCPI 2.2.1 objects written for these tests (not taken from the specification's examples). */
final class Fixtures {
    private Fixtures() {}

    static String locationJson(String cc, String pid, String id, Instant lastUpdated) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","publish":true,
                 "address":"Stationsplein 1","city":"Utrecht","country":"NLD",
                 "coordinates":{"latitude":"52.089444","longitude":"5.110278"},
                 "time_zone":"Europe/Amsterdam",
                 "evses":[{"uid":"%s-E1","evse_id":"NL*%s*E%s1","status":"AVAILABLE",
                   "connectors":[{"id":"1","standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE",
                     "max_voltage":230,"max_amperage":32,"last_updated":"%s"}],
                   "last_updated":"%s"}],
                 "last_updated":"%s"}"""
                .formatted(cc, pid, id, id, pid, id, lastUpdated, lastUpdated, lastUpdated);
    }

    static Location location(String cc, String pid, String id, Instant lastUpdated) {
        return OcpiJson.v221().read(locationJson(cc, pid, id, lastUpdated), Location.class);
    }

    static String sessionJson(String cc, String pid, String id, Instant lastUpdated) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","start_date_time":"2024-03-01T10:00:00Z",
                 "kwh":1.5,"cdr_token":{"country_code":"DE","party_id":"EMS","uid":"RFID0001","type":"RFID",
                   "contract_id":"DE-EMS-C00001-1"},
                 "auth_method":"WHITELIST","location_id":"LOC1","evse_uid":"LOC1-E1","connector_id":"1",
                 "currency":"EUR","status":"ACTIVE","last_updated":"%s"}"""
                .formatted(cc, pid, id, lastUpdated);
    }

    static Session session(String cc, String pid, String id, Instant lastUpdated) {
        return OcpiJson.v221().read(sessionJson(cc, pid, id, lastUpdated), Session.class);
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
                 "total_cost":{"excl_vat":2.25,"incl_vat":2.72},"total_energy":7.5,"total_time":1.0,
                 "last_updated":"2024-03-01T11:00:05Z"}"""
                .formatted(cc, pid, id);
    }

    static Cdr cdr(String cc, String pid, String id) {
        return OcpiJson.v221().read(cdrJson(cc, pid, id), Cdr.class);
    }

    static String tariffJson(String cc, String pid, String id) {
        return """
                {"country_code":"%s","party_id":"%s","id":"%s","currency":"EUR",
                 "elements":[{"price_components":[{"type":"ENERGY","price":0.30,"step_size":1}]}],
                 "last_updated":"2024-01-01T00:00:00Z"}"""
                .formatted(cc, pid, id);
    }

    static Tariff tariff(String cc, String pid, String id) {
        return OcpiJson.v221().read(tariffJson(cc, pid, id), Tariff.class);
    }

    static String tokenJson(String cc, String pid, String uid, boolean valid) {
        return """
                {"country_code":"%s","party_id":"%s","uid":"%s","type":"RFID","contract_id":"%s-%s-C%s",
                 "issuer":"Example eMSP","valid":%s,"whitelist":"ALLOWED","last_updated":"2024-02-01T00:00:00Z"}"""
                .formatted(cc, pid, uid, cc, pid, uid, valid);
    }

    static Token token(String cc, String pid, String uid, boolean valid) {
        return OcpiJson.v221().read(tokenJson(cc, pid, uid, valid), Token.class);
    }
}
