package dev.ocpkit.examples.ocpiparty;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrToken;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.Token;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sample OCPI 2.2.1 objects for the demo parties, written from JSON templates and parsed with the model. */
final class DemoData {
    /** The timestamp of every demo object that has no reason for another one. */
    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

    private static final String[] CITIES = {"Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven"};

    private DemoData() {}

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.v221().read(json, type);
    }

    /** {@code count} locations of the CPO, each with an AC and a DC EVSE. */
    static List<Location> locations(String cc, String pid, int count) {
        List<Location> list = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Instant t = BASE.plusSeconds(60L * i);
            String id = "LOC" + i;
            list.add(read(
                    """
                    {"country_code":"%1$s","party_id":"%2$s","id":"%3$s","publish":true,
                     "name":"ocpkit demo site %4$d","address":"Demostraat %4$d","city":"%5$s","postal_code":"1000 AA",
                     "country":"NLD","coordinates":{"latitude":"%6$s","longitude":"%7$s"},
                     "parking_type":"PARKING_LOT","time_zone":"Europe/Amsterdam",
                     "opening_times":{"twentyfourseven":true},
                     "operator":{"name":"ocpkit demo CPO"},
                     "evses":[
                      {"uid":"%3$s-1","evse_id":"%1$s*%2$s*E%4$d1","status":"AVAILABLE",
                       "capabilities":["REMOTE_START_STOP_CAPABLE","RFID_READER"],
                       "connectors":[{"id":"1","standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE",
                         "max_voltage":230,"max_amperage":32,"max_electric_power":22000,"tariff_ids":["AC1"],
                         "last_updated":"%8$s"}],
                       "last_updated":"%8$s"},
                      {"uid":"%3$s-2","evse_id":"%1$s*%2$s*E%4$d2","status":"AVAILABLE",
                       "capabilities":["REMOTE_START_STOP_CAPABLE","CHARGING_PROFILE_CAPABLE"],
                       "connectors":[{"id":"1","standard":"IEC_62196_T2_COMBO","format":"CABLE","power_type":"DC",
                         "max_voltage":920,"max_amperage":125,"max_electric_power":50000,"tariff_ids":["DC1"],
                         "last_updated":"%8$s"}],
                       "last_updated":"%8$s"}],
                     "last_updated":"%8$s"}"""
                            .formatted(
                                    cc,
                                    pid,
                                    id,
                                    i,
                                    CITIES[(i - 1) % CITIES.length],
                                    new BigDecimal("52.370216").add(new BigDecimal(i).movePointLeft(3)),
                                    new BigDecimal("4.895168").add(new BigDecimal(i).movePointLeft(3)),
                                    t),
                    Location.class));
        }
        return list;
    }

    /** An AC and a DC tariff of the CPO. */
    static List<Tariff> tariffs(String cc, String pid) {
        String template =
                """
                {"country_code":"%s","party_id":"%s","id":"%s","currency":"EUR","type":"REGULAR",
                 "tariff_alt_text":[{"language":"en","text":"%s"}],
                 "elements":[{"price_components":[{"type":"ENERGY","price":%s,"vat":21.0,"step_size":1}]},
                   {"price_components":[{"type":"PARKING_TIME","price":2.00,"vat":21.0,"step_size":60}],
                    "restrictions":{"start_time":"09:00","end_time":"18:00"}}],
                 "last_updated":"%s"}""";
        return List.of(
                read(
                        template.formatted(cc, pid, "AC1", "0.35 EUR per kWh, parking 2 EUR/h 9-18h", "0.35", BASE),
                        Tariff.class),
                read(
                        template.formatted(cc, pid, "DC1", "0.59 EUR per kWh, parking 2 EUR/h 9-18h", "0.59", BASE),
                        Tariff.class));
    }

    /** A completed session and its CDR, for the eMSP {@code emspCc}/{@code emspPid}. */
    static Session completedSession(String cc, String pid, String emspCc, String emspPid) {
        return read(
                """
                {"country_code":"%s","party_id":"%s","id":"S0001","start_date_time":"2025-01-01T08:00:00Z",
                 "end_date_time":"2025-01-01T09:00:00Z","kwh":11.2,
                 "cdr_token":{"country_code":"%s","party_id":"%s","uid":"04A1B2C3","type":"RFID",
                   "contract_id":"%s-%s-C00001-4"},
                 "auth_method":"WHITELIST","location_id":"LOC1","evse_uid":"LOC1-1","connector_id":"1",
                 "currency":"EUR","total_cost":{"excl_vat":3.92,"incl_vat":4.74},"status":"COMPLETED",
                 "last_updated":"2025-01-01T09:00:00Z"}"""
                        .formatted(cc, pid, emspCc, emspPid, emspCc, emspPid),
                Session.class);
    }

    /** The CDR of {@link #completedSession}. */
    static Cdr cdr(String cc, String pid, String emspCc, String emspPid) {
        return read(
                """
                {"country_code":"%s","party_id":"%s","id":"CDR0001","start_date_time":"2025-01-01T08:00:00Z",
                 "end_date_time":"2025-01-01T09:00:00Z","session_id":"S0001",
                 "cdr_token":{"country_code":"%s","party_id":"%s","uid":"04A1B2C3","type":"RFID",
                   "contract_id":"%s-%s-C00001-4"},
                 "auth_method":"WHITELIST",
                 "cdr_location":{"id":"LOC1","name":"ocpkit demo site 1","address":"Demostraat 1","city":"Amsterdam",
                   "country":"NLD","coordinates":{"latitude":"52.371216","longitude":"4.896168"},"evse_uid":"LOC1-1",
                   "evse_id":"%s*%s*E11","connector_id":"1","connector_standard":"IEC_62196_T2",
                   "connector_format":"SOCKET","connector_power_type":"AC_3_PHASE"},
                 "currency":"EUR","tariffs":[],
                 "charging_periods":[{"start_date_time":"2025-01-01T08:00:00Z","dimensions":[
                   {"type":"ENERGY","volume":11.2}],"tariff_id":"AC1"}],
                 "total_cost":{"excl_vat":3.92,"incl_vat":4.74},"total_energy":11.2,"total_time":1.0,
                 "total_energy_cost":{"excl_vat":3.92,"incl_vat":4.74},
                 "last_updated":"2025-01-01T09:00:05Z"}"""
                        .formatted(cc, pid, emspCc, emspPid, emspCc, emspPid, cc, pid),
                Cdr.class);
    }

    /** Three RFID tokens of the eMSP; the third is blocked. */
    static List<Token> tokens(String cc, String pid) {
        String template =
                """
                {"country_code":"%s","party_id":"%s","uid":"%s","type":"RFID","contract_id":"%s-%s-%s",
                 "visual_number":"%s","issuer":"ocpkit demo eMSP","valid":%s,"whitelist":"ALLOWED",
                 "language":"en","last_updated":"%s"}""";
        List<Token> list = new ArrayList<>();
        String[][] rows = {
            {"04A1B2C3", "C00001-4", "true"}, {"04D5E6F7", "C00002-2", "true"}, {"04FFFFFF", "C00003-0", "false"}
        };
        for (String[] r : rows) {
            list.add(read(template.formatted(cc, pid, r[0], cc, pid, r[1], r[1], r[2], BASE), Token.class));
        }
        return list;
    }

    /** The CDR token of a driver token. */
    static CdrToken cdrToken(Token t) {
        return new CdrToken(t.countryCode(), t.partyId(), t.uid(), t.typeAsString(), t.contractId());
    }
}
