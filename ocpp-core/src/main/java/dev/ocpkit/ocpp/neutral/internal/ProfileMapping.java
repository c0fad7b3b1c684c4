package dev.ocpkit.ocpp.neutral.internal;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import dev.ocpkit.ocpp.smartcharging.ChargingProfileKind;
import dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose;
import dev.ocpkit.ocpp.smartcharging.ChargingRateUnit;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedule;
import dev.ocpkit.ocpp.smartcharging.ChargingSchedulePeriod;
import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import dev.ocpkit.ocpp.smartcharging.LimitAtSoc;
import dev.ocpkit.ocpp.smartcharging.OperationMode;
import dev.ocpkit.ocpp.smartcharging.RecurrencyKind;
import dev.ocpkit.ocpp.v16.ChargingProfileKindType;
import dev.ocpkit.ocpp.v16.ChargingProfilePurposeType;
import dev.ocpkit.ocpp.v16.ChargingRateUnitType;
import dev.ocpkit.ocpp.v16.RecurrencyKindType;
import java.util.ArrayList;
import java.util.List;

/** Charging profiles, schedules and composite schedules: neutral to and from OCPP 1.6 and the 2.x shapes. */
public final class ProfileMapping {
    private ProfileMapping() {}

    // ---------------------------------------------------------------- OCPP 1.6

    /** Neutral to 1.6; throws IllegalArgumentException for what 1.6 cannot express. */
    public static dev.ocpkit.ocpp.v16.ChargingProfile toV16(ChargingProfile p) {
        OcppVersion v = OcppVersion.V16;
        if (p.chargingSchedule().size() != 1) {
            throw new IllegalArgumentException("An OCPP 1.6 profile has exactly one schedule, not "
                    + p.chargingSchedule().size());
        }
        if (p.usesOcpp21Fields()) {
            throw new IllegalArgumentException("The profile uses OCPP 2.1 fields, which OCPP 1.6 cannot express");
        }
        Integer tx = null;
        if (p.transactionId() != null) {
            tx = parseTransactionId16(p.transactionId());
        }
        RecurrencyKind rk = p.recurrencyKind();
        return dev.ocpkit.ocpp.v16.ChargingProfile.builder()
                .chargingProfileId(p.id())
                .transactionId(tx)
                .stackLevel(p.stackLevel())
                .chargingProfilePurpose(ChargingProfilePurposeType.fromValue(
                        p.chargingProfilePurpose().valueIn(v)))
                .chargingProfileKind(ChargingProfileKindType.fromValue(
                        p.chargingProfileKind().valueIn(v)))
                .recurrencyKind(rk == null ? null : RecurrencyKindType.fromValue(rk.valueIn(v)))
                .validFrom(p.validFrom())
                .validTo(p.validTo())
                .chargingSchedule(scheduleToV16(p.schedule()))
                .build();
    }

    /** The OCPP 1.6 (integer) form of a transaction id. */
    public static int parseTransactionId16(String transactionId) {
        try {
            return Integer.parseInt(transactionId);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "An OCPP 1.6 transactionId is an integer, not '" + transactionId + "'", e);
        }
    }

    private static dev.ocpkit.ocpp.v16.ChargingSchedule scheduleToV16(ChargingSchedule s) {
        List<dev.ocpkit.ocpp.v16.ChargingSchedulePeriod> periods = new ArrayList<>();
        for (ChargingSchedulePeriod p : s.chargingSchedulePeriod()) {
            periods.add(periodToV16(p));
        }
        return dev.ocpkit.ocpp.v16.ChargingSchedule.builder()
                .duration(s.duration())
                .startSchedule(s.startSchedule())
                .chargingRateUnit(
                        ChargingRateUnitType.fromValue(s.chargingRateUnit().valueIn(OcppVersion.V16)))
                .chargingSchedulePeriod(periods)
                .minChargingRate(s.minChargingRate())
                .build();
    }

    private static dev.ocpkit.ocpp.v16.ChargingSchedulePeriod periodToV16(ChargingSchedulePeriod p) {
        if (p.limit() == null) {
            throw new IllegalArgumentException("OCPP 1.6 needs a limit in every period");
        }
        if (p.phaseToUse() != null) {
            throw new IllegalArgumentException("OCPP 1.6 has no phaseToUse");
        }
        return new dev.ocpkit.ocpp.v16.ChargingSchedulePeriod(p.startPeriod(), p.limit(), p.numberPhases());
    }

    /** 1.6 to neutral; throws IllegalArgumentException when the profile breaks a rule of the neutral records. */
    public static ChargingProfile fromV16(dev.ocpkit.ocpp.v16.ChargingProfile p) {
        RecurrencyKindType rk = p.recurrencyKind();
        return ChargingProfile.builder()
                .id(p.chargingProfileId())
                .stackLevel(p.stackLevel())
                .chargingProfilePurpose(ChargingProfilePurpose.fromValue(
                        p.chargingProfilePurpose().value()))
                .chargingProfileKind(
                        ChargingProfileKind.fromValue(p.chargingProfileKind().value()))
                .recurrencyKind(rk == null ? null : RecurrencyKind.fromValue(rk.value()))
                .validFrom(p.validFrom())
                .validTo(p.validTo())
                .transactionId(
                        p.transactionId() == null ? null : p.transactionId().toString())
                .chargingSchedule(List.of(scheduleFromV16(p.chargingSchedule())))
                .build();
    }

    /** A 1.6 schedule as a neutral one (no id). */
    public static ChargingSchedule scheduleFromV16(dev.ocpkit.ocpp.v16.ChargingSchedule s) {
        return ChargingSchedule.builder()
                .startSchedule(s.startSchedule())
                .duration(s.duration())
                .chargingRateUnit(
                        ChargingRateUnit.fromValue(s.chargingRateUnit().value()))
                .chargingSchedulePeriod(periodsFromV16(s.chargingSchedulePeriod()))
                .minChargingRate(s.minChargingRate())
                .build();
    }

    private static List<ChargingSchedulePeriod> periodsFromV16(List<dev.ocpkit.ocpp.v16.ChargingSchedulePeriod> in) {
        List<ChargingSchedulePeriod> out = new ArrayList<>();
        for (dev.ocpkit.ocpp.v16.ChargingSchedulePeriod p : in) {
            out.add(ChargingSchedulePeriod.of(p.startPeriod(), p.limit(), p.numberPhases()));
        }
        return out;
    }

    /** A 1.6 GetCompositeSchedule.conf schedule as a neutral composite schedule. */
    public static CompositeSchedule compositeFromV16(
            int evseId, java.time.Instant scheduleStart, int duration, dev.ocpkit.ocpp.v16.ChargingSchedule s) {
        return CompositeSchedule.builder()
                .evseId(evseId)
                .scheduleStart(scheduleStart)
                .duration(duration)
                .chargingRateUnit(
                        ChargingRateUnit.fromValue(s.chargingRateUnit().value()))
                .chargingSchedulePeriod(periodsFromV16(s.chargingSchedulePeriod()))
                .build();
    }

    /** A neutral composite schedule as a 1.6 schedule (for a station answering GetCompositeSchedule). */
    public static dev.ocpkit.ocpp.v16.ChargingSchedule compositeToV16(CompositeSchedule c) {
        List<dev.ocpkit.ocpp.v16.ChargingSchedulePeriod> periods = new ArrayList<>();
        for (ChargingSchedulePeriod p : c.chargingSchedulePeriod()) {
            periods.add(periodToV16(p));
        }
        return dev.ocpkit.ocpp.v16.ChargingSchedule.builder()
                .duration(c.duration())
                .startSchedule(c.scheduleStart())
                .chargingRateUnit(
                        ChargingRateUnitType.fromValue(c.chargingRateUnit().valueIn(OcppVersion.V16)))
                .chargingSchedulePeriod(periods)
                .build();
    }

    // ---------------------------------------------------------------- OCPP 2.x

    /** Neutral to the 2.x shape of a version; throws IllegalArgumentException for what it cannot express. */
    public static X2.ChargingProfile toX2(ChargingProfile p, OcppVersion v) {
        requireTwoX(v);
        if (v == OcppVersion.V201 && p.usesOcpp21Fields()) {
            throw new IllegalArgumentException("The profile uses OCPP 2.1 fields, which OCPP 2.0.1 cannot express");
        }
        if (p.chargingSchedule().size() > 3) {
            throw new IllegalArgumentException("An OCPP 2.x profile has at most three schedules");
        }
        List<X2.ChargingSchedule> schedules = new ArrayList<>();
        for (int i = 0; i < p.chargingSchedule().size(); i++) {
            schedules.add(scheduleToX2(p.chargingSchedule().get(i), p.id() + i, v));
        }
        RecurrencyKind rk = p.recurrencyKind();
        return new X2.ChargingProfile(
                p.id(),
                p.stackLevel(),
                p.chargingProfilePurpose().valueIn(v),
                p.chargingProfileKind().valueIn(v),
                rk == null ? null : rk.valueIn(v),
                p.validFrom(),
                p.validTo(),
                p.transactionId(),
                schedules,
                p.maxOfflineDuration(),
                p.invalidAfterOfflineDuration(),
                p.dynUpdateInterval(),
                p.dynUpdateTime(),
                p.priceScheduleSignature());
    }

    private static X2.ChargingSchedule scheduleToX2(ChargingSchedule s, int defaultId, OcppVersion v) {
        LimitAtSoc l = s.limitAtSoC();
        return new X2.ChargingSchedule(
                s.id() != null ? s.id() : defaultId,
                s.startSchedule(),
                s.duration(),
                s.chargingRateUnit().valueIn(v),
                periodsToX2(s.chargingSchedulePeriod(), v),
                s.minChargingRate(),
                l == null ? null : new X2.LimitAtSoC(l.soc(), l.limit()),
                s.powerTolerance(),
                s.randomizedDelay(),
                s.useLocalTime(),
                s.signatureId(),
                s.digestValue());
    }

    /** Neutral periods to 2.x shapes. */
    public static List<X2.ChargingSchedulePeriod> periodsToX2(List<ChargingSchedulePeriod> in, OcppVersion v) {
        List<X2.ChargingSchedulePeriod> out = new ArrayList<>();
        for (ChargingSchedulePeriod p : in) {
            if (v == OcppVersion.V201 && p.limit() == null) {
                throw new IllegalArgumentException("OCPP 2.0.1 needs a limit in every period");
            }
            if (v == OcppVersion.V201 && p.usesOcpp21Fields()) {
                throw new IllegalArgumentException("The period uses OCPP 2.1 fields, which OCPP 2.0.1 cannot express");
            }
            OperationMode mode = p.operationMode();
            out.add(new X2.ChargingSchedulePeriod(
                    p.startPeriod(),
                    p.limit(),
                    p.limitL2(),
                    p.limitL3(),
                    p.numberPhases(),
                    p.phaseToUse(),
                    p.dischargeLimit(),
                    p.dischargeLimitL2(),
                    p.dischargeLimitL3(),
                    p.setpoint(),
                    p.setpointL2(),
                    p.setpointL3(),
                    p.setpointReactive(),
                    p.setpointReactiveL2(),
                    p.setpointReactiveL3(),
                    p.preconditioningRequest(),
                    p.evseSleep(),
                    p.v2xBaseline(),
                    mode == null ? null : mode.valueIn(v)));
        }
        return out;
    }

    /** A 2.x shape to neutral; throws IllegalArgumentException when it breaks a rule of the neutral records. */
    public static ChargingProfile fromX2(X2.ChargingProfile p) {
        List<ChargingSchedule> schedules = new ArrayList<>();
        for (X2.ChargingSchedule s : p.chargingSchedule()) {
            schedules.add(scheduleFromX2(s));
        }
        return ChargingProfile.builder()
                .id(p.id())
                .stackLevel(p.stackLevel())
                .chargingProfilePurpose(ChargingProfilePurpose.fromValue(p.chargingProfilePurpose()))
                .chargingProfileKind(ChargingProfileKind.fromValue(p.chargingProfileKind()))
                .recurrencyKind(p.recurrencyKind() == null ? null : RecurrencyKind.fromValue(p.recurrencyKind()))
                .validFrom(p.validFrom())
                .validTo(p.validTo())
                .transactionId(p.transactionId())
                .chargingSchedule(schedules)
                .maxOfflineDuration(p.maxOfflineDuration())
                .invalidAfterOfflineDuration(p.invalidAfterOfflineDuration())
                .dynUpdateInterval(p.dynUpdateInterval())
                .dynUpdateTime(p.dynUpdateTime())
                .priceScheduleSignature(p.priceScheduleSignature())
                .build();
    }

    private static ChargingSchedule scheduleFromX2(X2.ChargingSchedule s) {
        X2.LimitAtSoC l = s.limitAtSoC();
        return ChargingSchedule.builder()
                .id(s.id())
                .startSchedule(s.startSchedule())
                .duration(s.duration())
                .chargingRateUnit(ChargingRateUnit.fromValue(s.chargingRateUnit()))
                .chargingSchedulePeriod(periodsFromX2(s.chargingSchedulePeriod()))
                .minChargingRate(s.minChargingRate())
                .limitAtSoC(l == null ? null : new LimitAtSoc(l.soc(), l.limit()))
                .powerTolerance(s.powerTolerance())
                .randomizedDelay(s.randomizedDelay())
                .useLocalTime(s.useLocalTime())
                .signatureId(s.signatureId())
                .digestValue(s.digestValue())
                .build();
    }

    /** 2.x period shapes to neutral. */
    public static List<ChargingSchedulePeriod> periodsFromX2(List<X2.ChargingSchedulePeriod> in) {
        List<ChargingSchedulePeriod> out = new ArrayList<>();
        for (X2.ChargingSchedulePeriod p : in) {
            out.add(ChargingSchedulePeriod.builder()
                    .startPeriod(p.startPeriod())
                    .limit(p.limit())
                    .limitL2(p.limitL2())
                    .limitL3(p.limitL3())
                    .numberPhases(p.numberPhases())
                    .phaseToUse(p.phaseToUse())
                    .dischargeLimit(p.dischargeLimit())
                    .dischargeLimitL2(p.dischargeLimitL2())
                    .dischargeLimitL3(p.dischargeLimitL3())
                    .setpoint(p.setpoint())
                    .setpointL2(p.setpointL2())
                    .setpointL3(p.setpointL3())
                    .setpointReactive(p.setpointReactive())
                    .setpointReactiveL2(p.setpointReactiveL2())
                    .setpointReactiveL3(p.setpointReactiveL3())
                    .preconditioningRequest(p.preconditioningRequest())
                    .evseSleep(p.evseSleep())
                    .v2xBaseline(p.v2xBaseline())
                    .operationMode(p.operationMode() == null ? null : OperationMode.fromValue(p.operationMode()))
                    .build());
        }
        return out;
    }

    /** A 2.x composite schedule shape to neutral. */
    public static CompositeSchedule compositeFromX2(X2.CompositeSchedule c) {
        return CompositeSchedule.builder()
                .evseId(c.evseId())
                .scheduleStart(c.scheduleStart())
                .duration(c.duration())
                .chargingRateUnit(ChargingRateUnit.fromValue(c.chargingRateUnit()))
                .chargingSchedulePeriod(periodsFromX2(c.chargingSchedulePeriod()))
                .build();
    }

    /** A neutral composite schedule to the 2.x shape of a version. */
    public static X2.CompositeSchedule compositeToX2(CompositeSchedule c, OcppVersion v) {
        requireTwoX(v);
        return new X2.CompositeSchedule(
                c.evseId(),
                c.duration(),
                c.scheduleStart(),
                c.chargingRateUnit().valueIn(v),
                periodsToX2(c.chargingSchedulePeriod(), v));
    }

    private static void requireTwoX(OcppVersion v) {
        if (!v.isTwoX()) {
            throw new IllegalArgumentException("Not an OCPP 2.x version: " + v);
        }
    }
}
