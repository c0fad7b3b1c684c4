package dev.ocpkit.ocpp.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.internal.json.OcppJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChargingProfilesTest {
    static final OcppJson JSON = OcppJson.defaults();
    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

    static ChargingSchedule schedule(Integer id, ChargingRateUnit unit) {
        return ChargingSchedule.builder()
                .id(id)
                .startSchedule(FROM)
                .duration(86_400)
                .chargingRateUnit(unit)
                .chargingSchedulePeriod(List.of(
                        ChargingSchedulePeriod.of(0, new BigDecimal("32"), 3),
                        ChargingSchedulePeriod.of(28_800, new BigDecimal("16.5"), 1)))
                .minChargingRate(new BigDecimal("6"))
                .build();
    }

    static ChargingProfile.Builder profile() {
        return ChargingProfile.builder()
                .id(12)
                .stackLevel(2)
                .chargingProfilePurpose(ChargingProfilePurpose.TX_DEFAULT_PROFILE)
                .chargingProfileKind(ChargingProfileKind.RECURRING)
                .recurrencyKind(RecurrencyKind.DAILY)
                .validFrom(FROM)
                .validTo(TO)
                .chargingSchedule(List.of(schedule(null, ChargingRateUnit.A)));
    }

    static JsonNode tree(Object o) {
        return JSON.valueToTree(o);
    }

    @Test
    void ocpp16_roundTrip_keepsEveryComponent_andWritesTheSpecNames() {
        ChargingProfile p = profile().build();
        dev.ocpkit.ocpp.v16.ChargingProfile v16 = ChargingProfiles.toV16(p);
        JsonNode t = tree(v16);
        assertThat(t.get("chargingProfileId").intValue()).isEqualTo(12);
        assertThat(t.get("chargingProfilePurpose").stringValue()).isEqualTo("TxDefaultProfile");
        assertThat(t.get("chargingProfileKind").stringValue()).isEqualTo("Recurring");
        assertThat(t.get("recurrencyKind").stringValue()).isEqualTo("Daily");
        assertThat(t.get("chargingSchedule").get("chargingRateUnit").stringValue())
                .isEqualTo("A");
        assertThat(t.get("chargingSchedule")
                        .get("chargingSchedulePeriod")
                        .get(1)
                        .get("limit")
                        .decimalValue())
                .isEqualByComparingTo("16.5");
        assertThat(ChargingProfiles.fromV16(v16)).isEqualTo(p);
    }

    @Test
    void stationMaxProfile_isChargePointMaxProfileIn16_andChargingStationMaxProfileIn2x() {
        ChargingProfile p = profile()
                .chargingProfilePurpose(ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE)
                .build();
        assertThat(tree(ChargingProfiles.toV16(p)).get("chargingProfilePurpose").stringValue())
                .isEqualTo("ChargePointMaxProfile");
        assertThat(tree(ChargingProfiles.toV201(p))
                        .get("chargingProfilePurpose")
                        .stringValue())
                .isEqualTo("ChargingStationMaxProfile");
        assertThat(ChargingProfiles.fromV16(ChargingProfiles.toV16(p)).chargingProfilePurpose())
                .isEqualTo(ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE);
    }

    @Test
    void ocpp16TransactionId_isTheDecimalInteger() {
        ChargingProfile p = profile()
                .chargingProfilePurpose(ChargingProfilePurpose.TX_PROFILE)
                .transactionId("4711")
                .build();
        assertThat(ChargingProfiles.toV16(p).transactionId()).isEqualTo(4711);
        assertThat(ChargingProfiles.fromV16(ChargingProfiles.toV16(p)).transactionId())
                .isEqualTo("4711");
        ChargingProfile uuid = p.toBuilder()
                .transactionId("9f1c1b1e-0000-4000-8000-000000000001")
                .build();
        assertThatThrownBy(() -> ChargingProfiles.toV16(uuid)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChargingProfiles.toV201(uuid).transactionId()).isEqualTo(uuid.transactionId());
    }

    @Test
    void ocpp201_roundTrip_withTwoSchedules_andSchedulesWithoutIdGetProfileIdPlusIndex() {
        ChargingProfile p = profile()
                .chargingSchedule(List.of(schedule(null, ChargingRateUnit.A), schedule(null, ChargingRateUnit.W)))
                .build();
        dev.ocpkit.ocpp.v201.ChargingProfile v201 = ChargingProfiles.toV201(p);
        assertThat(v201.chargingSchedule())
                .extracting(dev.ocpkit.ocpp.v201.ChargingSchedule::id)
                .containsExactly(12, 13);
        ChargingProfile back = ChargingProfiles.fromV201(v201);
        assertThat(back.chargingSchedule()).extracting(ChargingSchedule::id).containsExactly(12, 13);
        ChargingProfile withIds = p.toBuilder()
                .chargingSchedule(List.of(schedule(12, ChargingRateUnit.A), schedule(13, ChargingRateUnit.W)))
                .build();
        assertThat(back).isEqualTo(withIds);
        assertThatThrownBy(() -> ChargingProfiles.toV16(p)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ocpp21_roundTrip_carriesTheV2xAndDynamicAdditions() {
        ChargingSchedulePeriod v2x = ChargingSchedulePeriod.builder()
                .startPeriod(0)
                .limit(new BigDecimal("11000"))
                .limitL2(new BigDecimal("3700"))
                .limitL3(new BigDecimal("3700"))
                .dischargeLimit(new BigDecimal("-7000"))
                .setpoint(new BigDecimal("-3000"))
                .setpointReactive(new BigDecimal("100"))
                .evseSleep(false)
                .v2xBaseline(new BigDecimal("0"))
                .operationMode(OperationMode.CENTRAL_SETPOINT)
                .build();
        ChargingSchedule s = ChargingSchedule.builder()
                .id(1)
                .chargingRateUnit(ChargingRateUnit.W)
                .chargingSchedulePeriod(List.of(v2x))
                .limitAtSoC(new LimitAtSoc(80, new BigDecimal("3000")))
                .powerTolerance(new BigDecimal("100"))
                .randomizedDelay(30)
                .useLocalTime(true)
                .build();
        ChargingProfile p = ChargingProfile.builder()
                .id(3)
                .stackLevel(0)
                .chargingProfilePurpose(ChargingProfilePurpose.CHARGING_STATION_EXTERNAL_CONSTRAINTS)
                .chargingProfileKind(ChargingProfileKind.DYNAMIC)
                .chargingSchedule(List.of(s))
                .dynUpdateInterval(60)
                .maxOfflineDuration(600)
                .invalidAfterOfflineDuration(true)
                .build();
        dev.ocpkit.ocpp.v21.ChargingProfile v21 = ChargingProfiles.toV21(p);
        JsonNode period = tree(v21)
                .get("chargingSchedule")
                .get(0)
                .get("chargingSchedulePeriod")
                .get(0);
        assertThat(period.get("limit_L2").decimalValue()).isEqualByComparingTo("3700");
        assertThat(period.get("operationMode").stringValue()).isEqualTo("CentralSetpoint");
        assertThat(tree(v21).get("chargingProfileKind").stringValue()).isEqualTo("Dynamic");
        assertThat(ChargingProfiles.fromV21(v21)).isEqualTo(p);
        assertThat(p.usesOcpp21Fields()).isTrue();
        assertThatThrownBy(() -> ChargingProfiles.toV201(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2.1");
        assertThatThrownBy(() -> ChargingProfiles.toV16(p)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAVersionLacks_areRefused_neverDropped() {
        ChargingProfile dynamic = profile()
                .chargingProfileKind(ChargingProfileKind.DYNAMIC)
                .recurrencyKind(null)
                .build();
        assertThatThrownBy(() -> ChargingProfiles.toV201(dynamic)).isInstanceOf(IllegalArgumentException.class);
        ChargingProfile external = profile()
                .chargingProfilePurpose(ChargingProfilePurpose.CHARGING_STATION_EXTERNAL_CONSTRAINTS)
                .build();
        assertThatThrownBy(() -> ChargingProfiles.toV16(external)).isInstanceOf(IllegalArgumentException.class);
        ChargingSchedule noLimit = ChargingSchedule.builder()
                .chargingRateUnit(ChargingRateUnit.W)
                .chargingSchedulePeriod(List.of(ChargingSchedulePeriod.builder()
                        .startPeriod(0)
                        .setpoint(BigDecimal.TEN)
                        .build()))
                .build();
        ChargingProfile setpointOnly =
                profile().chargingSchedule(List.of(noLimit)).build();
        assertThatThrownBy(() -> ChargingProfiles.toV201(setpointOnly)).isInstanceOf(IllegalArgumentException.class);
        ChargingProfile four = profile()
                .chargingSchedule(List.of(
                        schedule(1, ChargingRateUnit.A),
                        schedule(2, ChargingRateUnit.A),
                        schedule(3, ChargingRateUnit.A),
                        schedule(4, ChargingRateUnit.A)))
                .build();
        assertThatThrownBy(() -> ChargingProfiles.toV21(four)).isInstanceOf(IllegalArgumentException.class);
        ChargingSchedule phaseToUse = ChargingSchedule.builder()
                .chargingRateUnit(ChargingRateUnit.A)
                .chargingSchedulePeriod(List.of(ChargingSchedulePeriod.builder()
                        .startPeriod(0)
                        .limit(BigDecimal.TEN)
                        .numberPhases(1)
                        .phaseToUse(2)
                        .build()))
                .build();
        ChargingProfile p2 = profile().chargingSchedule(List.of(phaseToUse)).build();
        assertThatThrownBy(() -> ChargingProfiles.toV16(p2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ChargingProfiles.toV201(p2)
                        .chargingSchedule()
                        .get(0)
                        .chargingSchedulePeriod()
                        .get(0)
                        .phaseToUse())
                .isEqualTo(2);
    }

    @Test
    void records_checkTheRulesACompositeScheduleCalculationRelies_on() {
        assertThatThrownBy(() -> ChargingSchedule.builder()
                        .chargingRateUnit(ChargingRateUnit.A)
                        .chargingSchedulePeriod(List.of(
                                ChargingSchedulePeriod.of(600, BigDecimal.TEN, null),
                                ChargingSchedulePeriod.of(600, BigDecimal.ONE, null)))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile().recurrencyKind(null).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile().validFrom(TO).validTo(FROM).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargingSchedulePeriod.of(0, BigDecimal.TEN, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile().chargingSchedule(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class);
        ChargingProfile p = profile().build();
        assertThat(p.isValidAt(FROM)).isTrue();
        assertThat(p.isValidAt(TO)).isFalse();
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.schedule()).isEqualTo(p.chargingSchedule().get(0));
    }
}
