package dev.ocpkit.ocpp.neutral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.v16.Location;
import dev.ocpkit.ocpp.v16.Measurand;
import dev.ocpkit.ocpp.v16.MeterValue;
import dev.ocpkit.ocpp.v16.Phase;
import dev.ocpkit.ocpp.v16.ReadingContext;
import dev.ocpkit.ocpp.v16.SampledValue;
import dev.ocpkit.ocpp.v16.UnitOfMeasure;
import dev.ocpkit.ocpp.v16.ValueFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetersTest {
    static final Instant T = Instant.parse("2026-02-01T08:00:00Z");

    static X2.SampledValue x2(String value, String unit, Integer multiplier) {
        return new X2.SampledValue(
                new BigDecimal(value),
                null,
                null,
                null,
                null,
                unit == null && multiplier == null ? null : new X2.UnitOfMeasure(unit, multiplier));
    }

    @Test
    void ocpp16Sample_withoutOptionalFields_takesTheSpecDefaults() {
        List<MeterSample> s = Meters.fromV16(List.of(
                new MeterValue(T, List.of(SampledValue.builder().value("1520").build()))));
        assertThat(s)
                .containsExactly(new MeterSample(
                        T,
                        "Energy.Active.Import.Register",
                        null,
                        new BigDecimal("1520"),
                        "Wh",
                        "Sample.Periodic",
                        null));
    }

    @Test
    void ocpp16Sample_keepsEveryGivenField_andParsesDecimalText() {
        List<MeterSample> s = Meters.fromV16(List.of(new MeterValue(
                T,
                List.of(SampledValue.builder()
                        .value("16.25")
                        .measurand(Measurand.CURRENT_IMPORT)
                        .phase(Phase.L2)
                        .unit(UnitOfMeasure.A)
                        .context(ReadingContext.TRANSACTION_BEGIN)
                        .location(Location.OUTLET)
                        .build()))));
        assertThat(s)
                .containsExactly(new MeterSample(
                        T, "Current.Import", "L2", new BigDecimal("16.25"), "A", "Transaction.Begin", "Outlet"));
    }

    @Test
    void ocpp16SignedDataAndNonNumbers_areSkipped_otherSamplesKept() {
        List<MeterSample> s = Meters.fromV16(List.of(new MeterValue(
                T,
                List.of(
                        SampledValue.builder()
                                .value("AQIDBAUG")
                                .format(ValueFormat.SIGNED_DATA)
                                .build(),
                        SampledValue.builder().value("n/a").build(),
                        SampledValue.builder()
                                .value("7")
                                .format(ValueFormat.RAW)
                                .build()))));
        assertThat(s).singleElement().satisfies(x -> assertThat(x.value()).isEqualByComparingTo("7"));
    }

    @Test
    void ocpp2xSample_appliesThePowerOfTenMultiplier_andDefaultsToWh() {
        List<MeterSample> s = Meters.fromX2(List.of(new X2.MeterValue(
                T, List.of(x2("125", "Wh", 2), x2("7.5", "kWh", null), x2("123456", "W", -3), x2("42", null, null)))));
        assertThat(s).extracting(MeterSample::unit).containsExactly("Wh", "kWh", "W", "Wh");
        assertThat(s.get(0).value()).isEqualByComparingTo("12500");
        assertThat(s.get(1).value()).isEqualByComparingTo("7.5");
        assertThat(s.get(2).value()).isEqualByComparingTo("123.456");
        assertThat(s.get(3).value()).isEqualByComparingTo("42");
        assertThat(s).allSatisfy(x -> {
            assertThat(x.measurand()).isEqualTo("Energy.Active.Import.Register");
            assertThat(x.context()).isEqualTo("Sample.Periodic");
        });
    }

    @Test
    void toV16_groupsSamplesOfOneInstantIntoOneMeterValue_andWritesPlainDecimals() {
        MeterSample a = new MeterSample(
                T, "Energy.Active.Import.Register", null, new BigDecimal("1E+3"), "Wh", "Sample.Periodic", null);
        MeterSample b = new MeterSample(T, "Power.Active.Import", null, new BigDecimal("7400"), "W", null, null);
        MeterSample c = new MeterSample(T.plusSeconds(60), "SoC", null, new BigDecimal("55"), "Percent", null, "EV");
        List<MeterValue> mv = Meters.toV16(List.of(a, b, c));
        assertThat(mv).hasSize(2);
        assertThat(mv.get(0).sampledValue()).extracting(SampledValue::value).containsExactly("1000", "7400");
        assertThat(mv.get(1).sampledValue().get(0).location()).isEqualTo(Location.EV);
        List<MeterSample> back = Meters.fromV16(mv);
        assertThat(back.get(0).value()).isEqualByComparingTo(a.value());
        assertThat(back.subList(1, 3))
                .containsExactly(withContext(b, "Sample.Periodic"), withContext(c, "Sample.Periodic"));
    }

    static MeterSample withContext(MeterSample s, String context) {
        return new MeterSample(s.timestamp(), s.measurand(), s.phase(), s.value(), s.unit(), context, s.location());
    }

    @Test
    void toV16_refusesValuesOcpp16DoesNotDefine() {
        MeterSample netEnergy = new MeterSample(T, "Energy.Active.Net", null, BigDecimal.ONE, "Wh", null, null);
        assertThatThrownBy(() -> Meters.toV16(List.of(netEnergy))).isInstanceOf(IllegalArgumentException.class);
        MeterSample mwh = new MeterSample(T, "Energy.Active.Import.Register", null, BigDecimal.ONE, "MWh", null, null);
        assertThatThrownBy(() -> Meters.toV16(List.of(mwh))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toX2_refusesMeasurandsTheVersionLacks_andRoundTrips() {
        MeterSample temperature = new MeterSample(T, "Temperature", null, BigDecimal.TEN, "Celsius", null, null);
        assertThatThrownBy(() -> Meters.toX2(List.of(temperature), OcppVersion.V201))
                .isInstanceOf(IllegalArgumentException.class);
        MeterSample target = new MeterSample(T, "EnergyRequest.Target", null, BigDecimal.TEN, "Wh", null, null);
        assertThatThrownBy(() -> Meters.toX2(List.of(target), OcppVersion.V201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Meters.fromX2(Meters.toX2(List.of(target), OcppVersion.V21)))
                .containsExactly(withContext(target, "Sample.Periodic"));
    }

    @Test
    void registerWh_findsTheTotalRegisterReadingOfAContext_inWh() {
        List<MeterSample> s = List.of(
                new MeterSample(
                        T,
                        "Energy.Active.Import.Register",
                        "L1",
                        new BigDecimal("1"),
                        "kWh",
                        "Transaction.Begin",
                        null),
                new MeterSample(
                        T,
                        "Energy.Active.Import.Register",
                        null,
                        new BigDecimal("1.52"),
                        "kWh",
                        "Transaction.Begin",
                        null),
                new MeterSample(
                        T.plusSeconds(9),
                        "Energy.Active.Import.Register",
                        null,
                        new BigDecimal("1600"),
                        "Wh",
                        "Transaction.End",
                        null),
                new MeterSample(
                        T.plusSeconds(10),
                        "Energy.Active.Import.Register",
                        null,
                        new BigDecimal("1700"),
                        "Wh",
                        "Transaction.End",
                        null));
        assertThat(Meters.registerWh(s, Meters.BEGIN, false)).isEqualByComparingTo("1520");
        assertThat(Meters.registerWh(s, Meters.END, true)).isEqualByComparingTo("1700");
        assertThat(Meters.registerWh(s, Meters.END, false)).isEqualByComparingTo("1600");
        assertThat(Meters.registerWh(List.of(), Meters.BEGIN, false)).isNull();
    }

    @Test
    void wholeWh_roundsHalfUp_andRefusesWhatAnIntCannotHold() {
        assertThat(Meters.wholeWh(new BigDecimal("1520.5"), "m")).isEqualTo(1521);
        assertThat(Meters.wholeWh(new BigDecimal("1520.4"), "m")).isEqualTo(1520);
        assertThatThrownBy(() -> Meters.wholeWh(new BigDecimal("3000000000"), "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
