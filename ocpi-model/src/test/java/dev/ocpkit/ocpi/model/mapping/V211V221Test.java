package dev.ocpkit.ocpi.model.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiValidator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class V211V221Test {
    private static final String LOCATION_211 =
            """
            {"id":"LOC1","type":"PARKING_LOT","name":"Gent Zuid","address":"F.Rooseveltlaan 3A","city":"Gent",
             "postal_code":"9000","country":"BEL","coordinates":{"latitude":"51.047599","longitude":"3.729944"},
             "evses":[{"uid":"3256","evse_id":"BE-BEC-E041503001","status":"AVAILABLE","capabilities":["RESERVABLE"],
               "connectors":[{"id":"1","standard":"IEC_62196_T2","format":"CABLE","power_type":"AC_3_PHASE",
                 "voltage":220,"amperage":16,"tariff_id":"11","last_updated":"2015-06-29T20:39:09Z"}],
               "last_updated":"2015-06-29T20:39:09Z"}],
             "time_zone":"Europe/Brussels","last_updated":"2015-06-29T20:39:09Z"}""";

    private static final String SESSION_211 =
            """
            {"id":"101","start_datetime":"2015-06-29T22:39:09Z","kwh":0.00,"auth_id":"FA54320","auth_method":"WHITELIST",
             "location":%s,"currency":"EUR","total_cost":2.50,"status":"ACTIVE","last_updated":"2015-06-29T22:39:09Z"}"""
                    .formatted(LOCATION_211);

    private static dev.ocpkit.ocpi.model.v211.Location location211() {
        return OcpiJson.v211().read(LOCATION_211, dev.ocpkit.ocpi.model.v211.Location.class);
    }

    @Test
    void location_211to221_mapsTypeConnectorFieldsAndAddsTheOwner() {
        dev.ocpkit.ocpi.model.v221.Location l = V211V221.toV221(location211(), "BE", "BEC");
        assertThat(l.countryCode()).isEqualTo("BE");
        assertThat(l.partyId()).isEqualTo("BEC");
        assertThat(l.publish()).isTrue();
        assertThat(l.parkingType()).isEqualTo(dev.ocpkit.ocpi.model.v221.ParkingType.PARKING_LOT);
        dev.ocpkit.ocpi.model.v221.Connector c = l.evses().get(0).connectors().get(0);
        assertThat(c.maxVoltage()).isEqualTo(220);
        assertThat(c.maxAmperage()).isEqualTo(16);
        assertThat(c.tariffIds()).containsExactly("11");
        assertThat(OcpiValidator.errors(l)).isEmpty();
    }

    @Test
    void location_roundTrip211to221to211_isLossless() {
        dev.ocpkit.ocpi.model.v211.Location original = location211();
        assertThat(V211V221.toV211(V211V221.toV221(original, "BE", "BEC"))).isEqualTo(original);
    }

    @Test
    void location_221to211_keepsTheFirstTariffOnly_andUnknownTypeWhenNoParkingType() {
        dev.ocpkit.ocpi.model.v221.Location l = V211V221.toV221(location211(), "BE", "BEC");
        dev.ocpkit.ocpi.model.v221.Location two = l.toBuilder()
                .parkingTypeAsString(null)
                .evses(java.util.List.of(l.evses().get(0).toBuilder()
                        .connectors(java.util.List.of(l.evses().get(0).connectors().get(0).toBuilder()
                                .tariffIds(java.util.List.of("11", "12"))
                                .maxElectricPower(11000)
                                .build()))
                        .build()))
                .build();
        dev.ocpkit.ocpi.model.v211.Location back = V211V221.toV211(two);
        assertThat(back.typeAsString()).isEqualTo("UNKNOWN");
        assertThat(back.evses().get(0).connectors().get(0).tariffId()).isEqualTo("11");
    }

    @Test
    void session_211to221_buildsCdrTokenAndLocationReferences() {
        dev.ocpkit.ocpi.model.v211.Session s =
                OcpiJson.v211().read(SESSION_211, dev.ocpkit.ocpi.model.v211.Session.class);
        dev.ocpkit.ocpi.model.v221.Session n = V211V221.toV221(s, "BE", "BEC");
        assertThat(n.startDateTime()).isEqualTo(s.startDatetime());
        assertThat(n.cdrToken().uid()).isEqualTo("FA54320");
        assertThat(n.cdrToken().contractId()).isEqualTo("FA54320");
        assertThat(n.locationId()).isEqualTo("LOC1");
        assertThat(n.evseUid()).isEqualTo("3256");
        assertThat(n.connectorId()).isEqualTo("1");
        assertThat(n.totalCost().exclVat()).isEqualByComparingTo("2.50");
        assertThat(n.totalCost().inclVat()).isNull();
        assertThat(OcpiValidator.errors(n)).isEmpty();

        dev.ocpkit.ocpi.model.v211.Session back = V211V221.toV211(n, V211V221.toV221(location211(), "BE", "BEC"));
        assertThat(back.authId()).isEqualTo("FA54320");
        assertThat(back.location().id()).isEqualTo("LOC1");
        assertThat(back.totalCost()).isEqualByComparingTo("2.50");
    }

    @Test
    void cdr_221to211to221_keepsTotalsTokenAndLocation() {
        dev.ocpkit.ocpi.model.v211.Session s =
                OcpiJson.v211().read(SESSION_211, dev.ocpkit.ocpi.model.v211.Session.class);
        String cdr211 =
                """
                {"id":"12345","start_date_time":"2015-06-29T21:39:09Z","stop_date_time":"2015-06-29T23:37:32Z",
                 "auth_id":"DE8ACC12E46L89","auth_method":"WHITELIST","location":%s,"currency":"EUR",
                 "tariffs":[{"id":"12","currency":"EUR","elements":[{"price_components":[{"type":"TIME","price":2.00,
                   "step_size":300}]}],"last_updated":"2015-02-02T14:15:01Z"}],
                 "charging_periods":[{"start_date_time":"2015-06-29T21:39:09Z","dimensions":[{"type":"TIME","volume":1.985}]}],
                 "total_cost":4.00,"total_energy":15.342,"total_time":1.98,"last_updated":"2015-06-29T22:01:13Z"}"""
                        .formatted(LOCATION_211);
        dev.ocpkit.ocpi.model.v211.Cdr c = OcpiJson.v211().read(cdr211, dev.ocpkit.ocpi.model.v211.Cdr.class);
        dev.ocpkit.ocpi.model.v221.Cdr n = V211V221.toV221(c, "BE", "BEC");
        assertThat(n.endDateTime()).isEqualTo(c.stopDateTime());
        assertThat(n.cdrLocation().evseUid()).isEqualTo("3256");
        assertThat(n.cdrLocation().connectorStandard())
                .isEqualTo(dev.ocpkit.ocpi.model.v221.ConnectorType.IEC_62196_T2);
        assertThat(n.totalCost().exclVat()).isEqualByComparingTo("4.00");
        assertThat(n.tariffs()).singleElement().satisfies(t -> assertThat(t.countryCode())
                .isEqualTo("BE"));
        assertThat(n.totalEnergy()).isEqualByComparingTo(new BigDecimal("15.342"));

        dev.ocpkit.ocpi.model.v211.Cdr back = V211V221.toV211(n);
        assertThat(back.authId()).isEqualTo("DE8ACC12E46L89");
        assertThat(back.totalCost()).isEqualByComparingTo("4.00");
        assertThat(back.location().evses().get(0).uid()).isEqualTo("3256");
        assertThat(back.chargingPeriods()).isEqualTo(c.chargingPeriods());
        assertThat(s.id()).isEqualTo("101");
    }

    @Test
    void tariff_221to211_dropsVatAndReservationOnlyElements() {
        String t221 =
                """
                {"country_code":"DE","party_id":"ALL","id":"15","currency":"EUR","type":"REGULAR",
                 "elements":[{"price_components":[{"type":"TIME","price":5.00,"vat":20.0,"step_size":60}],
                   "restrictions":{"reservation":"RESERVATION"}},
                  {"price_components":[{"type":"ENERGY","price":0.25,"vat":20.0,"step_size":1}],
                   "restrictions":{"max_current":32.00}}],
                 "max_price":{"excl_vat":10.00},"last_updated":"2018-12-05T12:01:09Z"}""";
        dev.ocpkit.ocpi.model.v221.Tariff t = OcpiJson.v221().read(t221, dev.ocpkit.ocpi.model.v221.Tariff.class);
        dev.ocpkit.ocpi.model.v211.Tariff old = V211V221.toV211(t);
        assertThat(old.elements()).singleElement().satisfies(e -> {
            assertThat(e.priceComponents().get(0).typeAsString()).isEqualTo("ENERGY");
            assertThat(e.restrictions()).isNotNull();
        });
        assertThat(OcpiJson.v211().write(old)).doesNotContain("vat").doesNotContain("max_current");
    }

    @Test
    void tokenAndCredentials_mapBothWays_withoutPrintingTheToken() {
        dev.ocpkit.ocpi.model.v211.Token t = OcpiJson.v211()
                .read(
                        """
                        {"uid":"012345678","type":"RFID","auth_id":"DE8ACC12E46L89","issuer":"TheNewMotion",
                         "valid":true,"whitelist":"ALLOWED","last_updated":"2015-06-29T22:39:09Z"}""",
                        dev.ocpkit.ocpi.model.v211.Token.class);
        dev.ocpkit.ocpi.model.v221.Token n = V211V221.toV221(t, "DE", "TNM");
        assertThat(n.contractId()).isEqualTo("DE8ACC12E46L89");
        assertThat(V211V221.toV211(n)).isEqualTo(t);

        dev.ocpkit.ocpi.model.v211.Credentials c = new dev.ocpkit.ocpi.model.v211.Credentials(
                "s3cr3t-t0ken", "https://example.com/ocpi/versions", null, "EXA", "NL");
        dev.ocpkit.ocpi.model.v221.Credentials c2 = V211V221.toV221(c, "EMSP");
        assertThat(c2.token()).isEqualTo("s3cr3t-t0ken");
        assertThat(c2.roles()).singleElement().satisfies(r -> {
            assertThat(r.roleAsString()).isEqualTo("EMSP");
            assertThat(r.partyId()).isEqualTo("EXA");
        });
        assertThat(c2.toString()).doesNotContain("s3cr3t");
        assertThat(V211V221.toV211(c2)).isEqualTo(c);
    }
}
