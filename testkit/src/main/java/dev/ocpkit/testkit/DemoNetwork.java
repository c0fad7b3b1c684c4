package dev.ocpkit.testkit;

import dev.ocpkit.bridge.BridgeConfig;
import dev.ocpkit.bridge.BridgeConfig.ConnectorConfig;
import dev.ocpkit.bridge.BridgeConfig.EvseConfig;
import dev.ocpkit.ocpi.model.v221.BusinessDetails;
import dev.ocpkit.ocpi.model.v221.ConnectorFormat;
import dev.ocpkit.ocpi.model.v221.ConnectorType;
import dev.ocpkit.ocpi.model.v221.GeoLocation;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.ParkingType;
import dev.ocpkit.ocpi.model.v221.PowerType;
import dev.ocpkit.ocpi.model.v221.PriceComponent;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.model.v221.TariffDimensionType;
import dev.ocpkit.ocpi.model.v221.TariffElement;
import dev.ocpkit.ocpi.model.v221.TariffType;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.TokenType;
import dev.ocpkit.ocpi.model.v221.WhitelistType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small, realistic network for demos and tests: CPO {@code DE*OKC} with one location in Berlin and two stations,
 * {@code CS-16} (OCPP 1.6, EVSE uid {@code DE*OKC*E0001}) and {@code CS-201} (OCPP 2.0.1, EVSE uid
 * {@code DE*OKC*E0002}), each 22 kW AC type 2, priced by tariff {@code STD}: 0.30 EUR/kWh plus 2.00 EUR/h of charging,
 * 19% VAT, and an eMSP token {@code NL*EMS} {@code TOKEN-1}.
 *
 * @since 0.1
 */
public final class DemoNetwork {
    private DemoNetwork() {}

    /** The CPO's country code. */
    public static final String CPO_COUNTRY = "DE";
    /** The CPO's party id. */
    public static final String CPO_PARTY = "OKC";
    /** The location id. */
    public static final String LOCATION_ID = "LOC-BER-1";
    /** The OCPP 1.6 station. */
    public static final String STATION_16 = "CS-16";
    /** The OCPP 2.0.1 station. */
    public static final String STATION_201 = "CS-201";
    /** EVSE uid of the 1.6 station. */
    public static final String EVSE_16 = "DE*OKC*E0001";
    /** EVSE uid of the 2.0.1 station. */
    public static final String EVSE_201 = "DE*OKC*E0002";

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    /** The tariff: 0.30 EUR/kWh and 2.00 EUR per hour of charging, 19% VAT. */
    public static Tariff tariff() {
        return Tariff.builder()
                .countryCode(CPO_COUNTRY)
                .partyId(CPO_PARTY)
                .id("STD")
                .currency("EUR")
                .type(TariffType.REGULAR)
                .elements(List.of(new TariffElement(
                        List.of(
                                new PriceComponent(
                                        TariffDimensionType.ENERGY.value(),
                                        new BigDecimal("0.30"),
                                        new BigDecimal("19"),
                                        1),
                                new PriceComponent(
                                        TariffDimensionType.TIME.value(),
                                        new BigDecimal("2.00"),
                                        new BigDecimal("19"),
                                        60)),
                        null)))
                .lastUpdated(SINCE)
                .build();
    }

    /** The location, without EVSEs (the bridge adds them). */
    public static Location location() {
        return Location.builder()
                .countryCode(CPO_COUNTRY)
                .partyId(CPO_PARTY)
                .id(LOCATION_ID)
                .publish(true)
                .name("ocpkit Demo Hub")
                .address("Alexanderplatz 1")
                .city("Berlin")
                .postalCode("10178")
                .country("DEU")
                .coordinates(new GeoLocation("52.521918", "13.413215"))
                .parkingType(ParkingType.PARKING_LOT)
                .operator(new BusinessDetails("ocpkit Charging", null, null))
                .timeZone("Europe/Berlin")
                .lastUpdated(SINCE)
                .build();
    }

    private static ConnectorConfig type2() {
        return new ConnectorConfig(
                1, "1", ConnectorType.IEC_62196_T2, ConnectorFormat.SOCKET, PowerType.AC_3_PHASE, 230, 32, "STD");
    }

    /** The bridge configuration of the network. */
    public static BridgeConfig bridgeConfig(Duration commandResultTimeout) {
        return new BridgeConfig(
                CPO_COUNTRY,
                CPO_PARTY,
                List.of(new BridgeConfig.Site(
                        location(),
                        List.of(
                                new EvseConfig(STATION_16, 1, EVSE_16, "DE*OKC*E0001", List.of(type2())),
                                new EvseConfig(STATION_201, 1, EVSE_201, "DE*OKC*E0002", List.of(type2()))))),
                Map.of("STD", tariff()),
                commandResultTimeout);
    }

    /** The eMSP's token that the demo uses: valid, whitelist ALLOWED. */
    public static Token token() {
        return Token.builder()
                .countryCode("NL")
                .partyId("EMS")
                .uid("TOKEN-1")
                .type(TokenType.APP_USER)
                .contractId("NL-EMS-C12345678-X")
                .issuer("Demo eMSP")
                .valid(true)
                .whitelist(WhitelistType.ALLOWED)
                .lastUpdated(SINCE)
                .build();
    }

    /** An RFID card of the same eMSP. */
    public static Token rfidToken() {
        return token().toBuilder()
                .uid("04A1B2C3D4")
                .type(TokenType.RFID)
                .contractId("NL-EMS-C87654321-X")
                .build();
    }
}
