package dev.ocpkit.ocpp.neutral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.ConnectorStatus;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.StoppedReason;
import dev.ocpkit.ocpp.neutral.TransactionStart;
import dev.ocpkit.ocpp.neutral.TransactionStop;
import dev.ocpkit.ocpp.v16.ChargePointErrorCode;
import dev.ocpkit.ocpp.v16.ChargePointStatus;
import dev.ocpkit.ocpp.v16.IdTagInfo;
import dev.ocpkit.ocpp.v16.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value mappings of the neutral API to and from 1.6 and the 2.x shapes. */
class MappingTest {
    static final Instant T = Instant.parse("2026-08-01T09:00:00Z");

    @Test
    void connectorNumbering_16ConnectorNIsEvseNConnector1_andZeroIsTheStation() {
        assertThat(Mapping16.connectorId(3, null)).isEqualTo(3);
        assertThat(Mapping16.connectorId(3, 1)).isEqualTo(3);
        assertThat(Mapping16.connectorId(0, null)).isZero();
        assertThat(Mapping16.connectorId(0, 0)).isZero();
        assertThat(Mapping16.connectorOfEvse(3)).isEqualTo(1);
        assertThat(Mapping16.connectorOfEvse(0)).isZero();
        assertThatThrownBy(() -> Mapping16.connectorId(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mapping16.connectorId(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mapping16.connectorId(-1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void status16_occupiedIsCharging_nullErrorIsNoError_unknownErrorCodesAreRefused() {
        StatusEvent occupied = StatusEvent.builder()
                .evseId(2)
                .connectorId(1)
                .status(ConnectorStatus.OCCUPIED)
                .timestamp(T)
                .build();
        var req = Mapping16.status(occupied);
        assertThat(req.connectorId()).isEqualTo(2);
        assertThat(req.status()).isEqualTo(ChargePointStatus.CHARGING);
        assertThat(req.errorCode()).isEqualTo(ChargePointErrorCode.NO_ERROR);
        assertThat(req.timestamp()).isEqualTo(T);
        StatusEvent faulted = occupied.toBuilder()
                .status(ConnectorStatus.FAULTED)
                .errorCode("PowerMeterFailure")
                .vendorErrorCode("E12")
                .build();
        assertThat(Mapping16.statusEvent(Mapping16.status(faulted), Instant.EPOCH))
                .isEqualTo(faulted);
        StatusEvent strange = faulted.toBuilder().errorCode("Overheated").build();
        assertThatThrownBy(() -> Mapping16.status(strange)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void status2x_16InUseStatesBecomeOccupied_andThe16OnlyFieldsAreNotSent() {
        StatusEvent preparing = StatusEvent.builder()
                .evseId(1)
                .connectorId(2)
                .status(ConnectorStatus.PREPARING)
                .errorCode("OtherError")
                .timestamp(T)
                .build();
        X2.StatusNotificationRequest r = Mapping2x.status(preparing, OcppVersion.V201);
        assertThat(r).isEqualTo(new X2.StatusNotificationRequest(T, "Occupied", 1, 2));
        assertThat(Mapping2x.statusEvent(r).status()).isEqualTo(ConnectorStatus.OCCUPIED);
    }

    @Test
    void idToken_16IsTheBareValue_2xGetsADefaultType_andLengthsAreChecked() {
        assertThat(Mapping16.idTag(IdToken.of("ABC", IdToken.TYPE_EMAID))).isEqualTo("ABC");
        assertThatThrownBy(() -> Mapping16.idTag(IdToken.of("X".repeat(21))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Mapping2x.idToken(IdToken.of("ABC"), OcppVersion.V201)).isEqualTo(new X2.IdToken("ABC", "ISO14443"));
        assertThat(Mapping2x.idToken(IdToken.of("ABC", "OCPI-APP"), OcppVersion.V21))
                .isEqualTo(new X2.IdToken("ABC", "OCPI-APP"));
        assertThatThrownBy(() -> Mapping2x.idToken(IdToken.of("ABC", "OCPI-APP"), OcppVersion.V201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mapping2x.idToken(IdToken.of("X".repeat(37)), OcppVersion.V201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Mapping2x.idToken(IdToken.of("X".repeat(37)), OcppVersion.V21)
                        .idToken())
                .hasSize(37);
    }

    @Test
    void authorization_16CarriesStatusExpiryAndParent_2xAlsoPriorityAndLanguage() {
        Authorization a = Authorization.builder()
                .status(AuthorizationStatus.NOT_AT_THIS_TIME)
                .cacheExpiryDateTime(T)
                .groupIdToken(IdToken.of("FLEET", IdToken.TYPE_CENTRAL))
                .chargingPriority(2)
                .language1("de")
                .build();
        IdTagInfo info = Mapping16.idTagInfo(a);
        assertThat(info).isEqualTo(new IdTagInfo(T, "FLEET", dev.ocpkit.ocpp.v16.AuthorizationStatus.INVALID));
        assertThat(Mapping16.authorization(info))
                .isEqualTo(Authorization.builder()
                        .status(AuthorizationStatus.INVALID)
                        .cacheExpiryDateTime(T)
                        .groupIdToken(IdToken.of("FLEET"))
                        .build());
        assertThat(Mapping2x.authorization(Mapping2x.idTokenInfo(a, OcppVersion.V21)))
                .isEqualTo(a);
    }

    @Test
    void boot_2xGetsPowerUpWhenNoReasonIsGiven_andDrops16OnlyFields() {
        BootInfo b = BootInfo.builder()
                .vendor("V")
                .model("M")
                .chargeBoxSerialNumber("CB")
                .meterType("MT")
                .imsi("262")
                .build();
        X2.BootNotificationRequest r = Mapping2x.boot(b, OcppVersion.V21);
        assertThat(r.reason()).isEqualTo("PowerUp");
        assertThat(r.chargingStation())
                .isEqualTo(new X2.ChargingStation("V", "M", null, null, new X2.Modem(null, "262")));
        assertThat(Mapping16.bootInfo(Mapping16.boot(b))).isEqualTo(b);
    }

    @Test
    void transactionStart16_needsTokenAndMeterStart_andCarriesNoSamples() {
        TransactionStart.Builder s = TransactionStart.builder().evseId(1).timestamp(T);
        assertThatThrownBy(() -> Mapping16.start(s.meterStartWh(BigDecimal.ONE).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mapping16.start(
                        s.idToken(IdToken.of("A")).meterStartWh(null).build()))
                .isInstanceOf(IllegalArgumentException.class);
        MeterSample m = Meters.register(T, BigDecimal.TEN, Meters.BEGIN);
        assertThatThrownBy(() -> Mapping16.start(
                        s.meterStartWh(BigDecimal.ONE).samples(List.of(m)).build()))
                .isInstanceOf(IllegalArgumentException.class);
        var req = Mapping16.start(
                s.samples(List.of()).meterStartWh(new BigDecimal("1520.4")).build());
        assertThat(req.meterStart()).isEqualTo(1520);
        assertThat(req.connectorId()).isEqualTo(1);
    }

    @Test
    void transactionStop_reasonFallbacks_andTheMeterStopSampleIsAddedOnceFor2x() {
        TransactionStop stop = TransactionStop.builder()
                .timestamp(T)
                .meterStopWh(new BigDecimal("900"))
                .stoppedReason(StoppedReason.TIME_LIMIT_REACHED)
                .build();
        assertThat(Mapping16.stop(stop, 7).reason()).isEqualTo(Reason.OTHER);
        assertThat(Mapping16.stop(stop, 7).meterStop()).isEqualTo(900);
        X2.TransactionEventRequest e = Mapping2x.stop(stop, "tx", 4, false, OcppVersion.V201);
        assertThat(e.transactionInfo().stoppedReason()).isEqualTo("TimeLimitReached");
        assertThat(e.seqNo()).isEqualTo(4);
        assertThat(e.offline()).isNull();
        assertThat(e.triggerReason()).isEqualTo("EVCommunicationLost");
        assertThat(Meters.fromX2(e.meterValue()))
                .containsExactly(Meters.register(T, new BigDecimal("900"), Meters.END));
        MeterSample own = new MeterSample(T, Meters.EAIR, null, new BigDecimal("0.9"), "kWh", Meters.END, null);
        X2.TransactionEventRequest withOwn = Mapping2x.stop(
                stop.toBuilder().samples(List.of(own)).idToken(IdToken.of("A")).build(),
                "tx",
                5,
                true,
                OcppVersion.V21);
        assertThat(Meters.fromX2(withOwn.meterValue())).containsExactly(own);
        assertThat(withOwn.offline()).isTrue();
        assertThat(withOwn.triggerReason()).isEqualTo("StopAuthorized");
        assertThat(Mapping16.stop(
                                stop.toBuilder()
                                        .stoppedReason(StoppedReason.IMMEDIATE_RESET)
                                        .build(),
                                1)
                        .reason())
                .isEqualTo(Reason.HARD_RESET);
    }

    @Test
    void dataTransfer16_stringDataAsIs_otherValuesAsJsonText() {
        assertThat(Mapping16.dataString("plain")).isEqualTo("plain");
        assertThat(Mapping16.dataString(null)).isNull();
        assertThat(Mapping16.dataString(List.of(1, "a"))).isEqualTo("[1,\"a\"]");
    }
}
