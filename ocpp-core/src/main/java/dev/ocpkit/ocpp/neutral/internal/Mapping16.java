package dev.ocpkit.ocpp.neutral.internal;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import dev.ocpkit.ocpp.metering.MeterSample;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.Availability;
import dev.ocpkit.ocpp.neutral.BootDecision;
import dev.ocpkit.ocpp.neutral.BootInfo;
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
import dev.ocpkit.ocpp.neutral.MessageTrigger;
import dev.ocpkit.ocpp.neutral.MeterValuesEvent;
import dev.ocpkit.ocpp.neutral.RegistrationStatus;
import dev.ocpkit.ocpp.neutral.RemoteStart;
import dev.ocpkit.ocpp.neutral.Reservation;
import dev.ocpkit.ocpp.neutral.ResetType;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import dev.ocpkit.ocpp.neutral.StoppedReason;
import dev.ocpkit.ocpp.neutral.TransactionEnded;
import dev.ocpkit.ocpp.neutral.TransactionStart;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.neutral.TransactionStop;
import dev.ocpkit.ocpp.neutral.TransactionUpdate;
import dev.ocpkit.ocpp.neutral.TransactionUpdated;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileCriteria;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.v16.AuthorizeRequest;
import dev.ocpkit.ocpp.v16.AvailabilityType;
import dev.ocpkit.ocpp.v16.BootNotificationRequest;
import dev.ocpkit.ocpp.v16.BootNotificationResponse;
import dev.ocpkit.ocpp.v16.ChangeAvailabilityRequest;
import dev.ocpkit.ocpp.v16.ChargePointErrorCode;
import dev.ocpkit.ocpp.v16.ChargePointStatus;
import dev.ocpkit.ocpp.v16.ChargingProfilePurposeType;
import dev.ocpkit.ocpp.v16.ClearChargingProfileRequest;
import dev.ocpkit.ocpp.v16.DataTransferRequest;
import dev.ocpkit.ocpp.v16.DataTransferResponse;
import dev.ocpkit.ocpp.v16.IdTagInfo;
import dev.ocpkit.ocpp.v16.MeterValuesRequest;
import dev.ocpkit.ocpp.v16.Reason;
import dev.ocpkit.ocpp.v16.RemoteStartTransactionRequest;
import dev.ocpkit.ocpp.v16.StartTransactionRequest;
import dev.ocpkit.ocpp.v16.StatusNotificationRequest;
import dev.ocpkit.ocpp.v16.StopTransactionRequest;
import dev.ocpkit.ocpp.v16.TriggerMessageRequest;
import dev.ocpkit.ocpp.v16.UpdateFirmwareRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The neutral API to and from the generated OCPP 1.6 types. Every method is a pure function. Methods that write
 * 1.6 throw {@link IllegalArgumentException} for neutral values 1.6 cannot express.
 *
 * <p>Connector numbering: 1.6 connector N &gt; 0 is EVSE N, connector 1; connector 0 is EVSE 0, connector 0.
 */
public final class Mapping16 {
    private static final OcppVersion V = OcppVersion.V16;
    private static final OcppJson JSON = OcppJson.defaults();

    private Mapping16() {}

    // ---------------------------------------------------------------- numbering

    /** The 1.6 connector id of an EVSE and connector. */
    public static int connectorId(int evseId, @Nullable Integer connectorId) {
        if (evseId < 0) {
            throw new IllegalArgumentException("evseId must not be negative: " + evseId);
        }
        if (evseId == 0) {
            if (connectorId != null && connectorId != 0) {
                throw new IllegalArgumentException("EVSE 0 has no connector " + connectorId);
            }
            return 0;
        }
        if (connectorId != null && connectorId != 1) {
            throw new IllegalArgumentException("OCPP 1.6 has one connector per EVSE; connector " + connectorId
                    + " of EVSE " + evseId + " cannot be expressed");
        }
        return evseId;
    }

    /** The connector of the EVSE that a 1.6 connector id is: 1, or 0 for connector id 0. */
    public static int connectorOfEvse(int connectorId16) {
        return connectorId16 == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------- tokens and authorization

    /** An id token as a 1.6 idTag (at most 20 characters). */
    public static String idTag(IdToken token) {
        if (token.value().length() > 20) {
            throw new IllegalArgumentException("An OCPP 1.6 idTag has at most 20 characters");
        }
        return token.value();
    }

    /** A neutral authorization as 1.6 IdTagInfo (2.x-only statuses as Invalid). */
    public static IdTagInfo idTagInfo(Authorization a) {
        IdToken group = a.groupIdToken();
        return new IdTagInfo(
                a.cacheExpiryDateTime(),
                group == null ? null : group.value(),
                dev.ocpkit.ocpp.v16.AuthorizationStatus.fromValue(a.status().valueIn(V)));
    }

    /** 1.6 IdTagInfo as a neutral authorization. */
    public static Authorization authorization(IdTagInfo info) {
        return Authorization.builder()
                .status(status(info.status()))
                .cacheExpiryDateTime(info.expiryDate())
                .groupIdToken(info.parentIdTag() == null ? null : IdToken.of(info.parentIdTag()))
                .build();
    }

    /** A 1.6 authorization status as the neutral one. */
    public static AuthorizationStatus status(dev.ocpkit.ocpp.v16.AuthorizationStatus s) {
        return s.isKnown() ? AuthorizationStatus.fromValue(s.value()) : AuthorizationStatus.UNRECOGNIZED;
    }

    /** Authorize.req. */
    public static AuthorizeRequest authorize(IdToken token) {
        return new AuthorizeRequest(idTag(token));
    }

    // ---------------------------------------------------------------- boot

    /** BootNotification.req as boot info. */
    public static BootInfo bootInfo(BootNotificationRequest r) {
        return BootInfo.builder()
                .vendor(r.chargePointVendor())
                .model(r.chargePointModel())
                .serialNumber(r.chargePointSerialNumber())
                .chargeBoxSerialNumber(r.chargeBoxSerialNumber())
                .firmwareVersion(r.firmwareVersion())
                .iccid(r.iccid())
                .imsi(r.imsi())
                .meterType(r.meterType())
                .meterSerialNumber(r.meterSerialNumber())
                .build();
    }

    /** Boot info as BootNotification.req (the reason is not sent). */
    public static BootNotificationRequest boot(BootInfo b) {
        return BootNotificationRequest.builder()
                .chargePointVendor(b.vendor())
                .chargePointModel(b.model())
                .chargePointSerialNumber(b.serialNumber())
                .chargeBoxSerialNumber(b.chargeBoxSerialNumber())
                .firmwareVersion(b.firmwareVersion())
                .iccid(b.iccid())
                .imsi(b.imsi())
                .meterType(b.meterType())
                .meterSerialNumber(b.meterSerialNumber())
                .build();
    }

    /** A boot decision as BootNotification.conf. */
    public static BootNotificationResponse bootResponse(BootDecision d, Instant now) {
        return new BootNotificationResponse(
                dev.ocpkit.ocpp.v16.RegistrationStatus.fromValue(d.status().valueIn(V)),
                d.currentTime() != null ? d.currentTime() : now,
                seconds(d.interval()));
    }

    /** BootNotification.conf as a boot decision. */
    public static BootDecision bootDecision(BootNotificationResponse r) {
        return new BootDecision(
                RegistrationStatus.fromValue(r.status().value()),
                java.time.Duration.ofSeconds(r.interval()),
                r.currentTime());
    }

    static int seconds(java.time.Duration d) {
        long s = d.toSeconds();
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) s;
    }

    // ---------------------------------------------------------------- status

    /** StatusNotification.req as a status event; a missing timestamp becomes {@code receivedAt}. */
    public static StatusEvent statusEvent(StatusNotificationRequest r, Instant receivedAt) {
        ChargePointErrorCode ec = r.errorCode();
        return StatusEvent.builder()
                .evseId(r.connectorId())
                .connectorId(connectorOfEvse(r.connectorId()))
                .status(
                        r.status().isKnown()
                                ? ConnectorStatus.fromValue(r.status().value())
                                : ConnectorStatus.UNKNOWN)
                .errorCode(ec == ChargePointErrorCode.NO_ERROR || !ec.isKnown() ? null : ec.value())
                .info(r.info())
                .vendorId(r.vendorId())
                .vendorErrorCode(r.vendorErrorCode())
                .timestamp(r.timestamp() != null ? r.timestamp() : receivedAt)
                .build();
    }

    /** A status event as StatusNotification.req ({@code Occupied} as {@code Charging}). */
    public static StatusNotificationRequest status(StatusEvent e) {
        ChargePointErrorCode ec = ChargePointErrorCode.NO_ERROR;
        if (e.errorCode() != null) {
            ec = ChargePointErrorCode.fromValue(e.errorCode());
            if (!ec.isKnown()) {
                throw new IllegalArgumentException("OCPP 1.6 has no error code '" + e.errorCode() + "'");
            }
        }
        return StatusNotificationRequest.builder()
                .connectorId(connectorId(e.evseId(), e.connectorId()))
                .errorCode(ec)
                .info(e.info())
                .status(ChargePointStatus.fromValue(e.status().valueIn(V)))
                .timestamp(e.timestamp())
                .vendorId(e.vendorId())
                .vendorErrorCode(e.vendorErrorCode())
                .build();
    }

    // ---------------------------------------------------------------- transactions

    /** StartTransaction.req as a started event, with the assigned id; meterStart is also the first sample. */
    public static TransactionStarted started(StartTransactionRequest r, int transactionId, String messageId) {
        BigDecimal meterStart = BigDecimal.valueOf(r.meterStart());
        return TransactionStarted.builder()
                .transactionId(Integer.toString(transactionId))
                .evseId(r.connectorId())
                .connectorId(connectorOfEvse(r.connectorId()))
                .idToken(IdToken.of(r.idTag()))
                .timestamp(r.timestamp())
                .meterStartWh(meterStart)
                .reservationId(r.reservationId())
                .samples(List.of(Meters.register(r.timestamp(), meterStart, Meters.BEGIN)))
                .messageId(messageId)
                .build();
    }

    /** A transaction start as StartTransaction.req. */
    public static StartTransactionRequest start(TransactionStart s) {
        if (s.idToken() == null) {
            throw new IllegalArgumentException("OCPP 1.6 StartTransaction needs an idToken");
        }
        if (s.meterStartWh() == null) {
            throw new IllegalArgumentException("OCPP 1.6 StartTransaction needs meterStartWh");
        }
        if (!s.samples().isEmpty()) {
            throw new IllegalArgumentException(
                    "OCPP 1.6 StartTransaction carries no meter values; send them with updateTransaction");
        }
        return new StartTransactionRequest(
                connectorId(s.evseId(), s.connectorId()),
                idTag(s.idToken()),
                Meters.wholeWh(s.meterStartWh(), "meterStartWh"),
                s.reservationId(),
                s.timestamp());
    }

    /** MeterValues.req with a transaction id as an updated event. */
    public static TransactionUpdated updated(MeterValuesRequest r, String messageId, Instant receivedAt) {
        List<MeterSample> samples = Meters.fromV16(r.meterValue());
        Instant latest = Meters.latest(samples);
        if (latest == null) {
            for (dev.ocpkit.ocpp.v16.MeterValue mv : r.meterValue()) {
                latest = latest == null || mv.timestamp().isAfter(latest) ? mv.timestamp() : latest;
            }
        }
        return TransactionUpdated.builder()
                .transactionId(Integer.toString(Objects.requireNonNull(r.transactionId(), "transactionId")))
                .evseId(r.connectorId())
                .connectorId(connectorOfEvse(r.connectorId()))
                .timestamp(latest != null ? latest : receivedAt)
                .samples(samples)
                .messageId(messageId)
                .build();
    }

    /** A transaction update as MeterValues.req (the transaction id is replaced by the queue before sending). */
    public static MeterValuesRequest update(TransactionUpdate u, int connectorId, int transactionId) {
        if (u.samples().isEmpty()) {
            throw new IllegalArgumentException("OCPP 1.6 MeterValues needs at least one sample");
        }
        return new MeterValuesRequest(connectorId, transactionId, Meters.toV16(u.samples()));
    }

    /** StopTransaction.req as an ended event; meterStop is also the last sample unless transactionData has one. */
    public static TransactionEnded ended(StopTransactionRequest r, String messageId) {
        BigDecimal meterStop = BigDecimal.valueOf(r.meterStop());
        List<MeterSample> samples = new ArrayList<>(Meters.fromV16(r.transactionData()));
        if (samples.stream().noneMatch(s -> Meters.isRegister(s, Meters.END))) {
            samples.add(Meters.register(r.timestamp(), meterStop, Meters.END));
        }
        Reason reason = r.reason();
        return TransactionEnded.builder()
                .transactionId(Integer.toString(r.transactionId()))
                .idToken(r.idTag() == null ? null : IdToken.of(r.idTag()))
                .timestamp(r.timestamp())
                .meterStopWh(meterStop)
                .stoppedReason(
                        reason == null
                                ? null
                                : reason.isKnown() ? StoppedReason.fromValue(reason.value()) : StoppedReason.UNKNOWN)
                .samples(samples)
                .messageId(messageId)
                .build();
    }

    /** A transaction stop as StopTransaction.req (the transaction id is replaced by the queue before sending). */
    public static StopTransactionRequest stop(TransactionStop s, int transactionId) {
        if (s.meterStopWh() == null) {
            throw new IllegalArgumentException("OCPP 1.6 StopTransaction needs meterStopWh");
        }
        StoppedReason reason = s.stoppedReason();
        return StopTransactionRequest.builder()
                .idTag(s.idToken() == null ? null : idTag(s.idToken()))
                .meterStop(Meters.wholeWh(s.meterStopWh(), "meterStopWh"))
                .timestamp(s.timestamp())
                .transactionId(transactionId)
                .reason(reason == null ? null : Reason.fromValue(reason.valueIn(V)))
                .transactionData(Meters.toV16(s.samples()))
                .build();
    }

    /** MeterValues.req without transaction id as a meter values event. */
    public static MeterValuesEvent meterValues(MeterValuesRequest r, String messageId) {
        return new MeterValuesEvent(r.connectorId(), Meters.fromV16(r.meterValue()), messageId);
    }

    /** Samples outside a transaction as MeterValues.req. */
    public static MeterValuesRequest meterValues(int evseId, List<MeterSample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("MeterValues needs at least one sample");
        }
        return new MeterValuesRequest(connectorId(evseId, null), null, Meters.toV16(samples));
    }

    // ---------------------------------------------------------------- data transfer and firmware

    /** DataTransfer.req as neutral. */
    public static DataTransfer dataTransfer(DataTransferRequest r) {
        return new DataTransfer(r.vendorId(), r.messageId(), r.data());
    }

    /** Neutral as DataTransfer.req: non-string data as JSON text. */
    public static DataTransferRequest dataTransfer(DataTransfer d) {
        return new DataTransferRequest(d.vendorId(), d.messageId(), dataString(d.data()));
    }

    /** A data transfer result as DataTransfer.conf. */
    public static DataTransferResponse dataTransferResponse(DataTransferResult r) {
        return new DataTransferResponse(
                dev.ocpkit.ocpp.v16.DataTransferStatus.fromValue(r.status().valueIn(V)), dataString(r.data()));
    }

    /** DataTransfer.conf as neutral. */
    public static DataTransferResult dataTransferResult(DataTransferResponse r) {
        return new DataTransferResult(DataTransferStatus.fromValue(r.status().value()), r.data());
    }

    static @Nullable String dataString(@Nullable Object data) {
        if (data == null || data instanceof String) {
            return (String) data;
        }
        return JSON.write(JSON.valueToTree(data));
    }

    /** FirmwareStatusNotification.req as neutral. */
    public static FirmwareStatusEvent firmwareStatus(dev.ocpkit.ocpp.v16.FirmwareStatus s) {
        return new FirmwareStatusEvent(FirmwareStatus.fromValue(s.value()), null);
    }

    /** SignedFirmwareStatusNotification.req (security extension) as neutral. */
    public static FirmwareStatusEvent firmwareStatus(
            dev.ocpkit.ocpp.v16.FirmwareStatusEnum s, @Nullable Integer requestId) {
        return new FirmwareStatusEvent(FirmwareStatus.fromValue(s.value()), requestId);
    }

    // ---------------------------------------------------------------- commands

    /** A remote start as RemoteStartTransaction.req. */
    public static RemoteStartTransactionRequest remoteStart(RemoteStart r) {
        return new RemoteStartTransactionRequest(
                r.evseId() == null ? null : connectorId(r.evseId(), null),
                idTag(r.idToken()),
                r.chargingProfile() == null ? null : ProfileMapping.toV16(r.chargingProfile()));
    }

    /** RemoteStartTransaction.req as a remote start. */
    public static RemoteStart remoteStart(RemoteStartTransactionRequest r) {
        return RemoteStart.builder()
                .evseId(r.connectorId())
                .idToken(IdToken.of(r.idTag()))
                .chargingProfile(r.chargingProfile() == null ? null : ProfileMapping.fromV16(r.chargingProfile()))
                .build();
    }

    /** The 1.6 reset type. */
    public static dev.ocpkit.ocpp.v16.ResetType resetType(ResetType t) {
        return dev.ocpkit.ocpp.v16.ResetType.fromValue(t.valueIn(V));
    }

    /** The 1.6 availability type. */
    public static AvailabilityType availability(Availability a) {
        return AvailabilityType.fromValue(a.valueIn(V));
    }

    /** ChangeAvailability.req; a null EVSE is the whole station (connector 0). */
    public static ChangeAvailabilityRequest changeAvailability(
            @Nullable Integer evseId, @Nullable Integer connectorId, Availability a) {
        return new ChangeAvailabilityRequest(
                evseId == null ? connectorId(0, connectorId) : connectorId(evseId, connectorId), availability(a));
    }

    /** ClearChargingProfile.req of criteria. */
    public static ClearChargingProfileRequest clearChargingProfile(ChargingProfileCriteria c) {
        ChargingProfilePurpose p = c.chargingProfilePurpose();
        return new ClearChargingProfileRequest(
                c.chargingProfileId(),
                c.evseId() == null ? null : connectorId(c.evseId(), null),
                p == null ? null : ChargingProfilePurposeType.fromValue(p.valueIn(V)),
                c.stackLevel());
    }

    /** ClearChargingProfile.req as criteria. */
    public static ChargingProfileCriteria criteria(ClearChargingProfileRequest r) {
        ChargingProfilePurposeType p = r.chargingProfilePurpose();
        return new ChargingProfileCriteria(
                r.id(),
                r.connectorId(),
                p == null ? null : ChargingProfilePurpose.fromValue(p.value()),
                r.stackLevel());
    }

    /** UpdateFirmware.req (2.x-only fields are not sent). */
    public static UpdateFirmwareRequest updateFirmware(FirmwareUpdate u) {
        return new UpdateFirmwareRequest(u.location(), u.retries(), u.retrieveDateTime(), u.retryInterval());
    }

    /** UpdateFirmware.req as neutral (request id 0: 1.6 has none). */
    public static FirmwareUpdate firmwareUpdate(UpdateFirmwareRequest r) {
        return FirmwareUpdate.builder()
                .requestId(0)
                .location(r.location())
                .retrieveDateTime(r.retrieveDate())
                .retries(r.retries())
                .retryInterval(r.retryInterval())
                .build();
    }

    /** ReserveNow.req; no EVSE is connector 0 (any connector). */
    public static dev.ocpkit.ocpp.v16.ReserveNowRequest reserveNow(Reservation r) {
        IdToken group = r.groupIdToken();
        return new dev.ocpkit.ocpp.v16.ReserveNowRequest(
                r.evseId() == null ? 0 : connectorId(r.evseId(), null),
                r.expiryDateTime(),
                idTag(r.idToken()),
                group == null ? null : idTag(group),
                r.id());
    }

    /** ReserveNow.req as a reservation; connector 0 is no EVSE. */
    public static Reservation reservation(dev.ocpkit.ocpp.v16.ReserveNowRequest r) {
        return Reservation.builder()
                .id(r.reservationId())
                .evseId(r.connectorId() == 0 ? null : r.connectorId())
                .idToken(IdToken.of(r.idTag()))
                .groupIdToken(r.parentIdTag() == null ? null : IdToken.of(r.parentIdTag()))
                .expiryDateTime(r.expiryDate())
                .build();
    }

    /** TriggerMessage.req. */
    public static TriggerMessageRequest triggerMessage(MessageTrigger m, @Nullable Integer evseId) {
        return new TriggerMessageRequest(
                dev.ocpkit.ocpp.v16.MessageTrigger.fromValue(m.valueIn(V)),
                evseId == null ? null : connectorId(evseId, null));
    }

    /** A 1.6 status value (of any command response) as a command result. */
    public static CommandResult result(String status) {
        return new CommandResult(CommandStatus.fromValue(status), status, null, null);
    }
}
