package dev.ocpkit.ocpi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid objects of every top-level OCPI object type of each version round-trip through JSON unchanged. */
class RoundTripProperties {

    record Case(OcpiJson json, Class<?> type) {
        @Override
        public String toString() {
            return json.version() + " " + type.getSimpleName();
        }
    }

    private static final List<String> V221 = List.of(
            "Location",
            "Evse",
            "Connector",
            "Session",
            "Cdr",
            "Tariff",
            "Token",
            "AuthorizationInfo",
            "Credentials",
            "VersionDetails",
            "Version",
            "CommandResponse",
            "CommandResult",
            "StartSession",
            "ReserveNow",
            "ChargingProfile",
            "SetChargingProfile",
            "ActiveChargingProfileResult",
            "ClientInfo",
            "ChargingPreferences",
            "LocationPatch",
            "SessionPatch",
            "TokenPatch");

    private static final List<String> V230 = List.of(
            "Location",
            "Evse",
            "Connector",
            "Session",
            "Cdr",
            "Tariff",
            "Token",
            "Credentials",
            "VersionDetails",
            "CommandResponse",
            "ChargingProfile",
            "Terminal",
            "FinancialAdviceConfirmation",
            "Booking",
            "BookingLocation",
            "InvoiceReconciliationRecord");

    private static final List<String> V211 = List.of(
            "Location",
            "Evse",
            "Connector",
            "Session",
            "Cdr",
            "Tariff",
            "Token",
            "Credentials",
            "VersionDetails",
            "CommandResponse",
            "StartSession");

    @Provide
    Arbitrary<Case> cases() {
        List<Case> all = new java.util.ArrayList<>();
        V221.forEach(name -> all.add(new Case(OcpiJson.v221(), load("v221", name))));
        V230.forEach(name -> all.add(new Case(OcpiJson.v230(), load("v230", name))));
        V211.forEach(name -> all.add(new Case(OcpiJson.v211(), load("v211", name))));
        return Arbitraries.of(all);
    }

    private static Class<?> load(String pkg, String name) {
        try {
            return Class.forName("dev.ocpkit.ocpi.model." + pkg + "." + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 600)
    void randomValidObject_roundTripsUnchanged_andValidates(@ForAll("cases") Case c, @ForAll long seed) {
        if (c.type().getSimpleName().endsWith("Patch")) {
            return; // PATCH bodies hold PatchValues; covered by patchBodies_roundTrip
        }
        Object value = new RandomRecords(seed).next(c.type());
        assertThat(OcpiValidator.errors(value)).as("generated value is valid").isEmpty();
        Object back = c.json().read(c.json().writeBytes(value), c.type());
        assertThat(back).isEqualTo(value);
    }

    @Property(tries = 200)
    void patchOfRandomValues_appliedToAnObject_givesThoseValues(@ForAll long seed) {
        RandomRecords random = new RandomRecords(seed);
        dev.ocpkit.ocpi.model.v221.Connector base = random.next(dev.ocpkit.ocpi.model.v221.Connector.class);
        dev.ocpkit.ocpi.model.v221.Connector target = random.next(dev.ocpkit.ocpi.model.v221.Connector.class);
        dev.ocpkit.ocpi.model.v221.ConnectorPatch patch = dev.ocpkit.ocpi.model.v221.ConnectorPatch.builder()
                .id(target.id())
                .standardAsString(target.standardAsString())
                .formatAsString(target.formatAsString())
                .powerTypeAsString(target.powerTypeAsString())
                .maxVoltage(target.maxVoltage())
                .maxAmperage(target.maxAmperage())
                .maxElectricPower(target.maxElectricPower())
                .tariffIds(target.tariffIds())
                .termsAndConditions(target.termsAndConditions())
                .lastUpdated(target.lastUpdated())
                .build();
        OcpiJson json = OcpiJson.v221();
        dev.ocpkit.ocpi.model.v221.ConnectorPatch parsed =
                json.read(json.writeBytes(patch), dev.ocpkit.ocpi.model.v221.ConnectorPatch.class);
        assertThat(parsed.applyTo(base)).isEqualTo(target);
    }
}
