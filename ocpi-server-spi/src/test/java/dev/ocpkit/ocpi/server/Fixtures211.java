package dev.ocpkit.ocpi.server;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v211.Location;
import dev.ocpkit.ocpi.model.v211.Token;
import java.time.Instant;

/** Valid OCPI 2.1.1 objects written for these tests (not taken from the specification's examples): no owner fields. */
final class Fixtures211 {
    private Fixtures211() {}

    static final OcpiJson JSON = OcpiJson.forVersion(OcpiVersion.V2_1_1);

    static String locationJson(String id, Instant lastUpdated) {
        return """
                {"id":"%s","type":"ON_STREET","address":"Stationsplein 1","city":"Utrecht","postal_code":"3511 ED",
                 "country":"NLD","coordinates":{"latitude":"52.089444","longitude":"5.110278"},
                 "evses":[{"uid":"%s-E1","evse_id":"NL*CPO*E%s1","status":"AVAILABLE",
                   "connectors":[{"id":"1","standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE",
                     "voltage":230,"amperage":32,"last_updated":"%s"}],
                   "last_updated":"%s"}],
                 "last_updated":"%s"}"""
                .formatted(id, id, id, lastUpdated, lastUpdated, lastUpdated);
    }

    static Location location(String id, Instant lastUpdated) {
        return JSON.read(locationJson(id, lastUpdated), Location.class);
    }

    static String tokenJson(String uid, boolean valid) {
        return """
                {"uid":"%s","type":"RFID","auth_id":"DE-EMS-C%s","issuer":"Example eMSP","valid":%s,
                 "whitelist":"ALLOWED","last_updated":"2024-02-01T00:00:00Z"}"""
                .formatted(uid, uid, valid);
    }

    static Token token(String uid, boolean valid) {
        return JSON.read(tokenJson(uid, valid), Token.class);
    }

    static String tariffJson(String id, String currency) {
        return """
                {"id":"%s","currency":"%s",
                 "elements":[{"price_components":[{"type":"ENERGY","price":0.30,"step_size":1}]}],
                 "last_updated":"2024-01-01T00:00:00Z"}"""
                .formatted(id, currency);
    }

    static String cdrJson(String id) {
        return """
                {"id":"%s","start_date_time":"2024-03-01T10:00:00Z","stop_date_time":"2024-03-01T11:00:00Z",
                 "auth_id":"DE-EMS-C0001","auth_method":"WHITELIST","location":%s,"currency":"EUR",
                 "charging_periods":[{"start_date_time":"2024-03-01T10:00:00Z",
                   "dimensions":[{"type":"ENERGY","volume":7.5}]}],
                 "total_cost":2.25,"total_energy":7.5,"total_time":1.0,"last_updated":"2024-03-01T11:00:05Z"}"""
                .formatted(id, locationJson("LOC1", Instant.parse("2024-03-01T00:00:00Z")));
    }
}
