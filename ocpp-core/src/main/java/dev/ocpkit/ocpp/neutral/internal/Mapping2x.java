package dev.ocpkit.ocpp.neutral.internal;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.Availability;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.BootReason;
import dev.ocpkit.ocpp.neutral.ChargingState;
import dev.ocpkit.ocpp.neutral.CommandResult;
import dev.ocpkit.ocpp.neutral.CommandStatus;
import dev.ocpkit.ocpp.neutral.ConnectorStatus;
import dev.ocpkit.ocpp.neutral.DataTransfer;
import dev.ocpkit.ocpp.neutral.DataTransferResult;
import dev.ocpkit.ocpp.neutral.DataTransferStatus;
import dev.ocpkit.ocpp.neutral.FirmwareStatus;
import dev.ocpkit.ocpp.neutral.FirmwareStatusEvent;
import dev.ocpkit.ocpp.neutral.FirmwareUpdate;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.MeterValuesEvent;
import dev.ocpkit.ocpp.neutral.RegistrationStatus;
import dev.ocpkit.ocpp.neutral.RemoteStart;
import dev.ocpkit.ocpp.neutral.Reservation;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.StoppedReason;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStart;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionStop;
import dev.ocpkit.ocpp.neutral.TransactionUpdate;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import dev.ocpkit.ocpp.neutral.TriggerReason;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The neutral API to and from the OCPP 2.x shapes ({@link X2}), shared by 2.0.1 and 2.1. Pure functions. Methods
 * that write take the version and throw {@link IllegalArgumentException} for values it lacks.
 */
public final class Mapping2x {
    /** TransactionEvent eventType values. */
    public static final String STARTED = "Started";
    /** TransactionEvent eventType values. */
    public static final String UPDATED = "Updated";
    /** TransactionEvent eventType values. */
    public static final String ENDED = "Ended";

    private Mapping2x() {}

    // ---------------------------------------------------------------- tokens and authorization

    /** A neutral token as a 2.x IdToken (no type: ISO14443); 2.0.1 only knows its enumerated types. */
    public static X2.IdToken idToken(IdToken t, OcppVersion v) {
        int max = v == OcppVersion.V21 ? 255 : 36;
        if (t.value().length() > max) {
            throw new IllegalArgumentException("An OCPP " + v.label() + " idToken has at most " + max + " characters");
        }
        String type = t.typeOrDefault();
        if (type.length() > 20) {
            throw new IllegalArgumentException("An OCPP 2.x idToken type has at most 20 characters");
        }
        if (v == OcppVersion.V201
                && !dev.ocpkit.ocpp.v201.IdTokenEnum.fromValue(type).isKnown()) {
            throw new IllegalArgumentException("OCPP 2.0.1 has no idToken type '" + type + "'");
        }
        return new X2.IdToken(t.value(), type);
    }

    /** A 2.x IdToken as neutral. */
    public static IdToken idToken(X2.IdToken t) {
        return new IdToken(t.idToken(), t.type().isEmpty() ? null : t.type());
    }

    static @Nullable IdToken idTokenOrNull(X2.@Nullable IdToken t) {
        return t == null ? null : idToken(t);
    }

    /** A neutral authorization as 2.x IdTokenInfo. */
    public static X2.IdTokenInfo idTokenInfo(Authorization a, OcppVersion v) {
        IdToken g = a.groupIdToken();
        return new X2.IdTokenInfo(
                a.status().valueIn(v),
                a.cacheExpiryDateTime(),
                a.chargingPriority(),
                a.language1(),
                g == null ? null : idToken(g, v));
    }

    /** 2.x IdTokenInfo as a neutral authorization. */
    public static Authorization authorization(X2.IdTokenInfo i) {
        AuthorizationStatus s = AuthorizationStatus.fromValue(i.status());
        return Authorization.builder()
                .status(s)
                .cacheExpiryDateTime(i.cacheExpiryDateTime())
                .groupIdToken(i.groupIdToken() == null ? null : idToken(i.groupIdToken()))
                .chargingPriority(i.chargingPriority())
                .language1(i.language1())
                .build();
    }

    // ---------------------------------------------------------------- boot

    /** BootNotificationRequest as boot info. */
    public static BootInfo bootInfo(X2.BootNotificationRequest r) {
        X2.ChargingStation cs = r.chargingStation();
        X2.Modem m = cs.modem();
        return BootInfo.builder()
                .vendor(cs.vendorName())
                .model(cs.model())
                .serialNumber(cs.serialNumber())
                .firmwareVersion(cs.firmwareVersion())
                .reason(BootReason.fromValue(r.reason()))
                .iccid(m == null ? null : m.iccid())
                .imsi(m == null ? null : m.imsi())
                .build();
    }

    /** Boot info as BootNotificationRequest (1.6-only fields are not sent; no reason: PowerUp). */
    public static X2.BootNotificationRequest boot(BootInfo b, OcppVersion v) {
        X2.Modem modem = b.iccid() == null && b.imsi() == null ? null : new X2.Modem(b.iccid(), b.imsi());
        BootReason reason = b.reason() != null ? b.reason() : BootReason.POWER_UP;
        return new X2.BootNotificationRequest(
                new X2.ChargingStation(b.vendor(), b.model(), b.serialNumber(), b.firmwareVersion(), modem),
                reason.valueIn(v));
    }

    /** A boot decision as BootNotificationResponse. */
    public static X2.BootNotificationResponse bootResponse(BootDecision d, Instant now, OcppVersion v) {
        return new X2.BootNotificationResponse(
                d.currentTime() != null ? d.currentTime() : now,
                Mapping16.seconds(d.interval()),
                d.status().valueIn(v));
    }

    /** BootNotificationResponse as a boot decision. */
    public static BootDecision bootDecision(X2.BootNotificationResponse r) {
        return new BootDecision(
                RegistrationStatus.fromValue(r.status()), java.time.Duration.ofSeconds(r.interval()), r.currentTime());
    }

    // ---------------------------------------------------------------- status

    /** StatusNotificationRequest as a status event. */
    public static StatusEvent statusEvent(X2.StatusNotificationRequest r) {
        return StatusEvent.builder()
                .evseId(r.evseId())
                .connectorId(r.connectorId())
                .status(ConnectorStatus.fromValue(r.connectorStatus()))
                .timestamp(r.timestamp())
                .build();
    }

    /** A status event as StatusNotificationRequest (1.6 in-use states as Occupied; 1.6 error fields not sent). */
    public static X2.StatusNotificationRequest status(StatusEvent e, OcppVersion v) {
        return new X2.StatusNotificationRequest(e.timestamp(), e.status().valueIn(v), e.evseId(), e.connectorId());
    }

    // ---------------------------------------------------------------- transactions

    private static @Nullable ChargingState chargingState(@Nullable String s) {
        return s == null ? null : ChargingState.fromValue(s);
    }

    private static @Nullable String valueIn(@Nullable ChargingState s, OcppVersion v) {
        return s == null ? null : s.valueIn(v);
    }

    /** TransactionEventRequest Started as an event. */
    public static TransactionStarted started(X2.TransactionEventRequest r, String messageId) {
        List<MeterSample> samples = Meters.fromX2(r.meterValue());
        X2.Transaction t = r.transactionInfo();
        X2.Evse evse = r.evse();
        return TransactionStarted.builder()
                .transactionId(t.transactionId())
                .evseId(evse == null ? null : evse.id())
                .connectorId(evse == null ? null : evse.connectorId())
                .idToken(idTokenOrNull(r.idToken()))
                .timestamp(r.timestamp())
                .meterStartWh(Meters.registerWh(samples, Meters.BEGIN, false))
                .reservationId(r.reservationId())
                .remoteStartId(t.remoteStartId())
                .chargingState(chargingState(t.chargingState()))
                .triggerReason(TriggerReason.fromValue(r.triggerReason()))
                .samples(samples)
                .seqNo(r.seqNo())
                .offline(Boolean.TRUE.equals(r.offline()))
                .messageId(messageId)
                .build();
    }

    /** TransactionEventRequest Updated as an event. */
    public static TransactionUpdated updated(X2.TransactionEventRequest r, String messageId) {
        X2.Transaction t = r.transactionInfo();
        X2.Evse evse = r.evse();
        return TransactionUpdated.builder()
                .transactionId(t.transactionId())
                .evseId(evse == null ? null : evse.id())
                .connectorId(evse == null ? null : evse.connectorId())
                .idToken(idTokenOrNull(r.idToken()))
                .timestamp(r.timestamp())
                .chargingState(chargingState(t.chargingState()))
                .triggerReason(TriggerReason.fromValue(r.triggerReason()))
                .samples(Meters.fromX2(r.meterValue()))
                .seqNo(r.seqNo())
                .offline(Boolean.TRUE.equals(r.offline()))
                .messageId(messageId)
                .build();
    }

    /** TransactionEventRequest Ended as an event. */
    public static TransactionEnded ended(X2.TransactionEventRequest r, String messageId) {
        List<MeterSample> samples = Meters.fromX2(r.meterValue());
        X2.Transaction t = r.transactionInfo();
        X2.Evse evse = r.evse();
        return TransactionEnded.builder()
                .transactionId(t.transactionId())
                .evseId(evse == null ? null : evse.id())
                .connectorId(evse == null ? null : evse.connectorId())
                .idToken(idTokenOrNull(r.idToken()))
                .timestamp(r.timestamp())
                .meterStopWh(Meters.registerWh(samples, Meters.END, true))
                .stoppedReason(t.stoppedReason() == null ? null : StoppedReason.fromValue(t.stoppedReason()))
                .chargingState(chargingState(t.chargingState()))
                .triggerReason(TriggerReason.fromValue(r.triggerReason()))
                .samples(samples)
                .seqNo(r.seqNo())
                .offline(Boolean.TRUE.equals(r.offline()))
                .messageId(messageId)
                .build();
    }

    /** A transaction start as TransactionEventRequest Started. */
    public static X2.TransactionEventRequest start(
            TransactionStart s, String transactionId, int seqNo, boolean offline, OcppVersion v) {
        List<MeterSample> samples = new ArrayList<>();
        if (s.meterStartWh() != null) {
            samples.add(Meters.register(s.timestamp(), s.meterStartWh(), Meters.BEGIN));
        }
        samples.addAll(s.samples());
        TriggerReason trigger = s.triggerReason() != null
                ? s.triggerReason()
                : s.idToken() != null ? TriggerReason.AUTHORIZED : TriggerReason.CABLE_PLUGGED_IN;
        return new X2.TransactionEventRequest(
                STARTED,
                s.timestamp(),
                trigger.valueIn(v),
                seqNo,
                offline ? Boolean.TRUE : null,
                null,
                null,
                s.reservationId(),
                new X2.Transaction(transactionId, valueIn(s.chargingState(), v), null, null, s.remoteStartId()),
                new X2.Evse(s.evseId(), s.connectorId()),
                s.idToken() == null ? null : idToken(s.idToken(), v),
                Meters.toX2(samples, v));
    }

    /** A transaction update as TransactionEventRequest Updated (with the EVSE, as 1.6 MeterValues have it). */
    public static X2.TransactionEventRequest update(
            TransactionUpdate u,
            String transactionId,
            int evseId,
            @Nullable Integer connectorId,
            int seqNo,
            boolean offline,
            OcppVersion v) {
        TriggerReason trigger = u.triggerReason() != null ? u.triggerReason() : TriggerReason.METER_VALUE_PERIODIC;
        return new X2.TransactionEventRequest(
                UPDATED,
                u.timestamp(),
                trigger.valueIn(v),
                seqNo,
                offline ? Boolean.TRUE : null,
                null,
                null,
                null,
                new X2.Transaction(transactionId, valueIn(u.chargingState(), v), null, null, null),
                new X2.Evse(evseId, connectorId),
                u.idToken() == null ? null : idToken(u.idToken(), v),
                Meters.toX2(u.samples(), v));
    }

    /** A transaction stop as TransactionEventRequest Ended (meterStopWh as the last sample unless one is there). */
    public static X2.TransactionEventRequest stop(
            TransactionStop s, String transactionId, int seqNo, boolean offline, OcppVersion v) {
        List<MeterSample> samples = new ArrayList<>(s.samples());
        if (s.meterStopWh() != null && samples.stream().noneMatch(x -> Meters.isRegister(x, Meters.END))) {
            samples.add(Meters.register(s.timestamp(), s.meterStopWh(), Meters.END));
        }
        TriggerReason trigger = s.triggerReason() != null
                ? s.triggerReason()
                : s.idToken() != null ? TriggerReason.STOP_AUTHORIZED : TriggerReason.EV_COMMUNICATION_LOST;
        StoppedReason reason = s.stoppedReason();
        return new X2.TransactionEventRequest(
                ENDED,
                s.timestamp(),
                trigger.valueIn(v),
                seqNo,
                offline ? Boolean.TRUE : null,
                null,
                null,
                null,
                new X2.Transaction(
                        transactionId,
                        valueIn(s.chargingState(), v),
                        null,
                        reason == null ? null : reason.valueIn(v),
                        null),
                null,
                s.idToken() == null ? null : idToken(s.idToken(), v),
                Meters.toX2(samples, v));
    }

    /** MeterValuesRequest as a meter values event. */
    public static MeterValuesEvent meterValues(X2.MeterValuesRequest r, String messageId) {
        return new MeterValuesEvent(r.evseId(), Meters.fromX2(r.meterValue()), messageId);
    }

    /** Samples outside a transaction as MeterValuesRequest. */
    public static X2.MeterValuesRequest meterValues(int evseId, List<MeterSample> samples, OcppVersion v) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("MeterValues needs at least one sample");
        }
        return new X2.MeterValuesRequest(evseId, Meters.toX2(samples, v));
    }

    // ---------------------------------------------------------------- data transfer and firmware

    /** DataTransferRequest as neutral. */
    public static DataTransfer dataTransfer(X2.DataTransferRequest r) {
        return new DataTransfer(r.vendorId(), r.messageId(), r.data());
    }

    /** Neutral as DataTransferRequest. */
    public static X2.DataTransferRequest dataTransfer(DataTransfer d) {
        return new X2.DataTransferRequest(d.vendorId(), d.messageId(), d.data());
    }

    /** A result as DataTransferResponse. */
    public static X2.DataTransferResponse dataTransferResponse(DataTransferResult r, OcppVersion v) {
        return new X2.DataTransferResponse(r.status().valueIn(v), null, r.data());
    }

    /** DataTransferResponse as neutral. */
    public static DataTransferResult dataTransferResult(X2.DataTransferResponse r) {
        return new DataTransferResult(DataTransferStatus.fromValue(r.status()), r.data());
    }

    /** FirmwareStatusNotificationRequest as neutral. */
    public static FirmwareStatusEvent firmwareStatus(X2.FirmwareStatusNotificationRequest r) {
        return new FirmwareStatusEvent(FirmwareStatus.fromValue(r.status()), r.requestId());
    }

    /** Neutral as FirmwareStatusNotificationRequest. */
    public static X2.FirmwareStatusNotificationRequest firmwareStatus(FirmwareStatusEvent e, OcppVersion v) {
        return new X2.FirmwareStatusNotificationRequest(e.status().valueIn(v), e.requestId());
    }

    // ---------------------------------------------------------------- commands

    /** A remote start as RequestStartTransactionRequest with the given remoteStartId. */
    public static X2.RequestStartTransactionRequest remoteStart(RemoteStart r, int remoteStartId, OcppVersion v) {
        return new X2.RequestStartTransactionRequest(
                r.evseId(),
                idToken(r.idToken(), v),
                r.groupIdToken() == null ? null : idToken(r.groupIdToken(), v),
                remoteStartId,
                r.chargingProfile() == null ? null : ProfileMapping.toX2(r.chargingProfile(), v));
    }

    /** RequestStartTransactionRequest as a remote start. */
    public static RemoteStart remoteStart(X2.RequestStartTransactionRequest r) {
        return RemoteStart.builder()
                .evseId(r.evseId())
                .idToken(idToken(r.idToken()))
                .groupIdToken(r.groupIdToken() == null ? null : idToken(r.groupIdToken()))
                .remoteStartId(r.remoteStartId())
                .chargingProfile(r.chargingProfile() == null ? null : ProfileMapping.fromX2(r.chargingProfile()))
                .build();
    }

    /** ChangeAvailabilityRequest; a null EVSE is the whole station. */
    public static X2.ChangeAvailabilityRequest changeAvailability(
            @Nullable Integer evseId, @Nullable Integer connectorId, Availability a, OcppVersion v) {
        if (evseId == null && connectorId != null) {
            throw new IllegalArgumentException("A connector needs an EVSE");
        }
        return new X2.ChangeAvailabilityRequest(evseId == null ? null : new X2.Evse(evseId, connectorId), a.valueIn(v));
    }

    /** ClearChargingProfileRequest of criteria. */
    public static X2.ClearChargingProfileRequest clearChargingProfile(ChargingProfileCriteria c, OcppVersion v) {
        ChargingProfilePurpose p = c.chargingProfilePurpose();
        X2.ClearChargingProfile criteria = c.evseId() == null && p == null && c.stackLevel() == null
                ? null
                : new X2.ClearChargingProfile(c.evseId(), p == null ? null : p.valueIn(v), c.stackLevel());
        return new X2.ClearChargingProfileRequest(c.chargingProfileId(), criteria);
    }

    /** ClearChargingProfileRequest as criteria. */
    public static ChargingProfileCriteria criteria(X2.ClearChargingProfileRequest r) {
        X2.ClearChargingProfile c = r.chargingProfileCriteria();
        if (c == null) {
            return new ChargingProfileCriteria(r.chargingProfileId(), null, null, null);
        }
        return new ChargingProfileCriteria(
                r.chargingProfileId(),
                c.evseId(),
                c.chargingProfilePurpose() == null
                        ? null
                        : ChargingProfilePurpose.fromValue(c.chargingProfilePurpose()),
                c.stackLevel());
    }

    /** ReserveNowRequest; 2.0.1 only knows its enumerated connector types. */
    public static X2.ReserveNowRequest reserveNow(Reservation r, OcppVersion v) {
        String type = r.connectorType();
        if (type != null
                && v == OcppVersion.V201
                && !dev.ocpkit.ocpp.v201.ConnectorEnum.fromValue(type).isKnown()) {
            throw new IllegalArgumentException("OCPP 2.0.1 has no connector type '" + type + "'");
        }
        return new X2.ReserveNowRequest(
                r.id(),
                r.expiryDateTime(),
                type,
                idToken(r.idToken(), v),
                r.evseId(),
                r.groupIdToken() == null ? null : idToken(r.groupIdToken(), v));
    }

    /** ReserveNowRequest as a reservation. */
    public static Reservation reservation(X2.ReserveNowRequest r) {
        return Reservation.builder()
                .id(r.id())
                .evseId(r.evseId())
                .idToken(idToken(r.idToken()))
                .groupIdToken(r.groupIdToken() == null ? null : idToken(r.groupIdToken()))
                .expiryDateTime(r.expiryDateTime())
                .connectorType(r.connectorType())
                .build();
    }

    /** UpdateFirmwareRequest. */
    public static X2.UpdateFirmwareRequest updateFirmware(FirmwareUpdate u) {
        return new X2.UpdateFirmwareRequest(
                u.retries(),
                u.retryInterval(),
                u.requestId(),
                new X2.Firmware(
                        u.location(),
                        u.retrieveDateTime(),
                        u.installDateTime(),
                        u.signingCertificate(),
                        u.signature()));
    }

    /** UpdateFirmwareRequest as neutral. */
    public static FirmwareUpdate firmwareUpdate(X2.UpdateFirmwareRequest r) {
        X2.Firmware f = r.firmware();
        return FirmwareUpdate.builder()
                .requestId(r.requestId())
                .location(f.location())
                .retrieveDateTime(f.retrieveDateTime())
                .installDateTime(f.installDateTime())
                .retries(r.retries())
                .retryInterval(r.retryInterval())
                .signingCertificate(f.signingCertificate())
                .signature(f.signature())
                .build();
    }

    /** A status response as a command result. */
    public static CommandResult result(X2.StatusResponse r) {
        return result(r.status(), r.statusInfo());
    }

    /** A status and status info as a command result. */
    public static CommandResult result(String status, X2.@Nullable StatusInfo info) {
        return new CommandResult(
                CommandStatus.fromValue(status),
                status,
                info == null ? null : info.reasonCode(),
                info == null ? null : info.additionalInfo());
    }

    /** A command result as a status response of a command. */
    public static X2.StatusResponse statusResponse(CommandResult r, CommandTable table, OcppVersion v) {
        return new X2.StatusResponse(table.statusFor(r, v), statusInfo(r));
    }

    /** The StatusInfo of a result, or null without reason code. */
    public static X2.@Nullable StatusInfo statusInfo(CommandResult r) {
        return r.reasonCode() == null ? null : new X2.StatusInfo(r.reasonCode(), r.additionalInfo());
    }
}
