package dev.ocpkit.ocpp.neutral.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.OcppResponse;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shapes OCPP 2.0.1 and 2.1 payloads share, as records that bind to and from their JSON. The neutral API maps
 * 2.x messages through these once, whichever of the two versions a connection speaks: a generated 2.0.1 or 2.1
 * payload becomes a shape through its JSON tree ({@link #from}), and a shape becomes the version's payload the same
 * way ({@link #to}). Enumerations are plain strings here; fields that only 2.1 has are {@code null} for 2.0.1.
 */
public final class X2 {
    private static final OcppJson JSON = OcppJson.defaults();

    private X2() {}

    /** Reads a generated payload (or any bindable value) as a shape. */
    public static <T> T from(Object payload, Class<T> shape) {
        return JSON.treeToValue(JSON.valueToTree(payload), shape);
    }

    /** Writes a shape as the request payload of an action. */
    public static <Q extends OcppRequest<S>, S extends OcppResponse> Q request(OcppAction<Q, S> action, Object shape) {
        return JSON.treeToValue(JSON.valueToTree(shape), action.requestType());
    }

    /** Writes a shape as the response payload of an action. */
    public static <Q extends OcppRequest<S>, S extends OcppResponse> S response(OcppAction<Q, S> action, Object shape) {
        return JSON.treeToValue(JSON.valueToTree(shape), action.responseType());
    }

    /** Writes a shape as any payload type (e.g. a nested charging profile). */
    public static <T> T to(Object shape, Class<T> type) {
        return JSON.treeToValue(JSON.valueToTree(shape), type);
    }

    private static <T> List<T> list(@Nullable List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** A payload without fields (only customData). */
    public record Empty() {}

    /** IdTokenType (2.0.1: an enumerated type, 2.1: a string). */
    public record IdToken(String idToken, String type) {}

    /** IdTokenInfoType, the fields the neutral API carries. */
    public record IdTokenInfo(
            String status,
            @Nullable Instant cacheExpiryDateTime,
            @Nullable Integer chargingPriority,
            @Nullable String language1,
            @Nullable IdToken groupIdToken) {}

    /** EVSEType. */
    public record Evse(int id, @Nullable Integer connectorId) {}

    /** StatusInfoType. */
    public record StatusInfo(String reasonCode, @Nullable String additionalInfo) {}

    /** A response that is a status and an optional StatusInfo (most command responses). */
    public record StatusResponse(String status, @Nullable StatusInfo statusInfo) {}

    /** UnitOfMeasureType. */
    public record UnitOfMeasure(@Nullable String unit, @Nullable Integer multiplier) {}

    /** SampledValueType (signed meter values are not carried). */
    public record SampledValue(
            BigDecimal value,
            @Nullable String measurand,
            @Nullable String context,
            @Nullable String phase,
            @Nullable String location,
            @Nullable UnitOfMeasure unitOfMeasure) {}

    /** MeterValueType. */
    public record MeterValue(Instant timestamp, List<SampledValue> sampledValue) {
        /** Copies the list. */
        public MeterValue {
            sampledValue = list(sampledValue);
        }
    }

    /** ModemType. */
    public record Modem(@Nullable String iccid, @Nullable String imsi) {}

    /** ChargingStationType. */
    public record ChargingStation(
            String vendorName,
            String model,
            @Nullable String serialNumber,
            @Nullable String firmwareVersion,
            @Nullable Modem modem) {}

    /** BootNotificationRequest. */
    public record BootNotificationRequest(ChargingStation chargingStation, String reason) {}

    /** BootNotificationResponse. */
    public record BootNotificationResponse(Instant currentTime, int interval, String status) {}

    /** HeartbeatResponse. */
    public record HeartbeatResponse(Instant currentTime) {}

    /** AuthorizeRequest. */
    public record AuthorizeRequest(IdToken idToken) {}

    /** AuthorizeResponse. */
    public record AuthorizeResponse(IdTokenInfo idTokenInfo) {}

    /** StatusNotificationRequest. */
    public record StatusNotificationRequest(Instant timestamp, String connectorStatus, int evseId, int connectorId) {}

    /** TransactionType, the fields shared by 2.0.1 and 2.1. */
    public record Transaction(
            String transactionId,
            @Nullable String chargingState,
            @Nullable Integer timeSpentCharging,
            @Nullable String stoppedReason,
            @Nullable Integer remoteStartId) {}

    /** TransactionEventRequest, the fields shared by 2.0.1 and 2.1. */
    public record TransactionEventRequest(
            String eventType,
            Instant timestamp,
            String triggerReason,
            int seqNo,
            @Nullable Boolean offline,
            @Nullable Integer numberOfPhasesUsed,
            @Nullable Integer cableMaxCurrent,
            @Nullable Integer reservationId,
            Transaction transactionInfo,
            @Nullable Evse evse,
            @Nullable IdToken idToken,
            List<MeterValue> meterValue) {
        /** Copies the list. */
        public TransactionEventRequest {
            meterValue = list(meterValue);
        }
    }

    /** TransactionEventResponse, the fields the neutral API carries. */
    public record TransactionEventResponse(@Nullable IdTokenInfo idTokenInfo) {}

    /** MeterValuesRequest. */
    public record MeterValuesRequest(int evseId, List<MeterValue> meterValue) {
        /** Copies the list. */
        public MeterValuesRequest {
            meterValue = list(meterValue);
        }
    }

    /** DataTransferRequest. */
    public record DataTransferRequest(String vendorId, @Nullable String messageId, @Nullable Object data) {}

    /** DataTransferResponse. */
    public record DataTransferResponse(String status, @Nullable StatusInfo statusInfo, @Nullable Object data) {}

    /** FirmwareStatusNotificationRequest. */
    public record FirmwareStatusNotificationRequest(String status, @Nullable Integer requestId) {}

    /** RequestStartTransactionRequest. */
    public record RequestStartTransactionRequest(
            @Nullable Integer evseId,
            IdToken idToken,
            @Nullable IdToken groupIdToken,
            int remoteStartId,
            @Nullable ChargingProfile chargingProfile) {}

    /** RequestStartTransactionResponse. */
    public record RequestStartTransactionResponse(
            String status, @Nullable StatusInfo statusInfo, @Nullable String transactionId) {}

    /** RequestStopTransactionRequest. */
    public record RequestStopTransactionRequest(String transactionId) {}

    /** ResetRequest. */
    public record ResetRequest(String type, @Nullable Integer evseId) {}

    /** UnlockConnectorRequest. */
    public record UnlockConnectorRequest(int evseId, int connectorId) {}

    /** ChangeAvailabilityRequest. */
    public record ChangeAvailabilityRequest(@Nullable Evse evse, String operationalStatus) {}

    /** SetChargingProfileRequest. */
    public record SetChargingProfileRequest(int evseId, ChargingProfile chargingProfile) {}

    /** ClearChargingProfileType (the criteria). */
    public record ClearChargingProfile(
            @Nullable Integer evseId, @Nullable String chargingProfilePurpose, @Nullable Integer stackLevel) {}

    /** ClearChargingProfileRequest. */
    public record ClearChargingProfileRequest(
            @Nullable Integer chargingProfileId, @Nullable ClearChargingProfile chargingProfileCriteria) {}

    /** GetCompositeScheduleRequest. */
    public record GetCompositeScheduleRequest(int duration, @Nullable String chargingRateUnit, int evseId) {}

    /** GetCompositeScheduleResponse. */
    public record GetCompositeScheduleResponse(
            String status, @Nullable StatusInfo statusInfo, @Nullable CompositeSchedule schedule) {}

    /** FirmwareType. */
    public record Firmware(
            String location,
            Instant retrieveDateTime,
            @Nullable Instant installDateTime,
            @Nullable String signingCertificate,
            @Nullable String signature) {}

    /** UpdateFirmwareRequest. */
    public record UpdateFirmwareRequest(
            @Nullable Integer retries, @Nullable Integer retryInterval, int requestId, Firmware firmware) {}

    /** ReserveNowRequest. */
    public record ReserveNowRequest(
            int id,
            Instant expiryDateTime,
            @Nullable String connectorType,
            IdToken idToken,
            @Nullable Integer evseId,
            @Nullable IdToken groupIdToken) {}

    /** CancelReservationRequest. */
    public record CancelReservationRequest(int reservationId) {}

    /** TriggerMessageRequest. */
    public record TriggerMessageRequest(@Nullable Evse evse, String requestedMessage) {}

    /** ChargingSchedulePeriodType: the 2.0.1 fields and the 2.1 additions. */
    public record ChargingSchedulePeriod(
            int startPeriod,
            @Nullable BigDecimal limit,
            @JsonProperty("limit_L2") @Nullable BigDecimal limitL2,
            @JsonProperty("limit_L3") @Nullable BigDecimal limitL3,
            @Nullable Integer numberPhases,
            @Nullable Integer phaseToUse,
            @Nullable BigDecimal dischargeLimit,
            @JsonProperty("dischargeLimit_L2") @Nullable BigDecimal dischargeLimitL2,
            @JsonProperty("dischargeLimit_L3") @Nullable BigDecimal dischargeLimitL3,
            @Nullable BigDecimal setpoint,
            @JsonProperty("setpoint_L2") @Nullable BigDecimal setpointL2,
            @JsonProperty("setpoint_L3") @Nullable BigDecimal setpointL3,
            @Nullable BigDecimal setpointReactive,
            @JsonProperty("setpointReactive_L2") @Nullable BigDecimal setpointReactiveL2,
            @JsonProperty("setpointReactive_L3") @Nullable BigDecimal setpointReactiveL3,
            @Nullable Boolean preconditioningRequest,
            @Nullable Boolean evseSleep,
            @Nullable BigDecimal v2xBaseline,
            @Nullable String operationMode) {}

    /** LimitAtSoCType (2.1). */
    public record LimitAtSoC(int soc, BigDecimal limit) {}

    /** ChargingScheduleType: the 2.0.1 fields and the 2.1 additions (tariffs and price schedules excepted). */
    public record ChargingSchedule(
            int id,
            @Nullable Instant startSchedule,
            @Nullable Integer duration,
            String chargingRateUnit,
            List<ChargingSchedulePeriod> chargingSchedulePeriod,
            @Nullable BigDecimal minChargingRate,
            @Nullable LimitAtSoC limitAtSoC,
            @Nullable BigDecimal powerTolerance,
            @Nullable Integer randomizedDelay,
            @Nullable Boolean useLocalTime,
            @Nullable Integer signatureId,
            @Nullable String digestValue) {
        /** Copies the list. */
        public ChargingSchedule {
            chargingSchedulePeriod = list(chargingSchedulePeriod);
        }
    }

    /** ChargingProfileType: the 2.0.1 fields and the 2.1 additions. */
    public record ChargingProfile(
            int id,
            int stackLevel,
            String chargingProfilePurpose,
            String chargingProfileKind,
            @Nullable String recurrencyKind,
            @Nullable Instant validFrom,
            @Nullable Instant validTo,
            @Nullable String transactionId,
            List<ChargingSchedule> chargingSchedule,
            @Nullable Integer maxOfflineDuration,
            @Nullable Boolean invalidAfterOfflineDuration,
            @Nullable Integer dynUpdateInterval,
            @Nullable Instant dynUpdateTime,
            @Nullable String priceScheduleSignature) {
        /** Copies the list. */
        public ChargingProfile {
            chargingSchedule = list(chargingSchedule);
        }
    }

    /** CompositeScheduleType. */
    public record CompositeSchedule(
            int evseId,
            int duration,
            Instant scheduleStart,
            String chargingRateUnit,
            List<ChargingSchedulePeriod> chargingSchedulePeriod) {
        /** Copies the list. */
        public CompositeSchedule {
            chargingSchedulePeriod = list(chargingSchedulePeriod);
        }
    }
}
