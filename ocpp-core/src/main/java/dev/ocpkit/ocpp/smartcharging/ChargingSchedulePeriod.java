package dev.ocpkit.ocpp.smartcharging;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One period of a charging schedule: from {@code startPeriod} seconds after the start of the schedule until the
 * next period starts (or the schedule ends), the limit applies.
 *
 * <p>OCPP 1.6 and 2.0.1 know {@code startPeriod}, {@code limit} (required there) and {@code numberPhases} (2.0.1 also
 * {@code phaseToUse}); the other components are OCPP 2.1 additions (per-phase limits, discharging, setpoints, V2X).
 * Converting a period that uses a component a version lacks fails with {@link IllegalArgumentException} (see
 * {@link ChargingProfiles}). Amounts are in the schedule's {@link ChargingRateUnit}.
 *
 * <p>{@code numberPhases}: the number of phases that may be used; when absent, 3 is assumed (OCPP's default) for AC.
 * A limit in A is per phase; a limit in W is for all phases together.
 *
 * @param startPeriod seconds from the start of the schedule; at least 0
 * @param limit the maximum charging rate; required in OCPP 1.6 and 2.0.1, optional in 2.1 (where a setpoint may replace it)
 * @param limitL2 OCPP 2.1: the limit of phase L2 (then {@code limit} is the limit of L1)
 * @param limitL3 OCPP 2.1: the limit of phase L3
 * @param numberPhases the number of phases, 1 to 3; {@code null} means 3
 * @param phaseToUse OCPP 2.x: the phase to use when {@code numberPhases} is 1 and the EVSE can switch phases, 1 to 3
 * @param dischargeLimit OCPP 2.1: the maximum discharging rate (a negative number, or zero)
 * @param dischargeLimitL2 OCPP 2.1: the discharge limit of phase L2
 * @param dischargeLimitL3 OCPP 2.1: the discharge limit of phase L3
 * @param setpoint OCPP 2.1: the charging (positive) or discharging (negative) setpoint
 * @param setpointL2 OCPP 2.1: the setpoint of phase L2
 * @param setpointL3 OCPP 2.1: the setpoint of phase L3
 * @param setpointReactive OCPP 2.1: the reactive power setpoint
 * @param setpointReactiveL2 OCPP 2.1: the reactive setpoint of phase L2
 * @param setpointReactiveL3 OCPP 2.1: the reactive setpoint of phase L3
 * @param preconditioningRequest OCPP 2.1: whether the EV should precondition its battery
 * @param evseSleep OCPP 2.1: whether the EVSE may go to sleep during this period
 * @param v2xBaseline OCPP 2.1: the baseline power of the V2X operation mode
 * @param operationMode OCPP 2.1: the operation mode; {@code null} means {@code ChargingOnly}
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.15 ChargingSchedulePeriod; OCPP 2.0.1 and 2.1 Part 2, ChargingSchedulePeriodType</a>
 * @since 0.1
 */
public record ChargingSchedulePeriod(
        int startPeriod,
        @Nullable BigDecimal limit,
        @Nullable BigDecimal limitL2,
        @Nullable BigDecimal limitL3,
        @Nullable Integer numberPhases,
        @Nullable Integer phaseToUse,
        @Nullable BigDecimal dischargeLimit,
        @Nullable BigDecimal dischargeLimitL2,
        @Nullable BigDecimal dischargeLimitL3,
        @Nullable BigDecimal setpoint,
        @Nullable BigDecimal setpointL2,
        @Nullable BigDecimal setpointL3,
        @Nullable BigDecimal setpointReactive,
        @Nullable BigDecimal setpointReactiveL2,
        @Nullable BigDecimal setpointReactiveL3,
        @Nullable Boolean preconditioningRequest,
        @Nullable Boolean evseSleep,
        @Nullable BigDecimal v2xBaseline,
        @Nullable OperationMode operationMode) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     * @throws IllegalArgumentException when {@code startPeriod} is negative or {@code numberPhases} or {@code phaseToUse} is not 1 to 3
     */
    public ChargingSchedulePeriod {
        if (startPeriod < 0) {
            throw new IllegalArgumentException("startPeriod must not be negative: " + startPeriod);
        }
        if (numberPhases != null && (numberPhases < 1 || numberPhases > 3)) {
            throw new IllegalArgumentException("numberPhases must be 1 to 3: " + numberPhases);
        }
        if (phaseToUse != null && (phaseToUse < 1 || phaseToUse > 3)) {
            throw new IllegalArgumentException("phaseToUse must be 1 to 3: " + phaseToUse);
        }
    }

    /**
     * A period with a limit for all phases, as OCPP 1.6 and 2.0.1 write it.
     *
     * @param startPeriod seconds from the start of the schedule
     * @param limit the maximum rate in the schedule's unit
     * @param numberPhases 1 to 3, or {@code null} for OCPP's default (3)
     * @return the period
     */
    public static ChargingSchedulePeriod of(int startPeriod, BigDecimal limit, @Nullable Integer numberPhases) {
        return builder()
                .startPeriod(startPeriod)
                .limit(Objects.requireNonNull(limit, "limit"))
                .numberPhases(numberPhases)
                .build();
    }

    /** Whether a component that only OCPP 2.1 knows is set. */
    public boolean usesOcpp21Fields() {
        return limitL2 != null
                || limitL3 != null
                || dischargeLimit != null
                || dischargeLimitL2 != null
                || dischargeLimitL3 != null
                || setpoint != null
                || setpointL2 != null
                || setpointL3 != null
                || setpointReactive != null
                || setpointReactiveL2 != null
                || setpointReactiveL3 != null
                || preconditioningRequest != null
                || evseSleep != null
                || v2xBaseline != null
                || operationMode != null;
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ChargingSchedulePeriod}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer startPeriod;
        private @Nullable BigDecimal limit;
        private @Nullable BigDecimal limitL2;
        private @Nullable BigDecimal limitL3;
        private @Nullable Integer numberPhases;
        private @Nullable Integer phaseToUse;
        private @Nullable BigDecimal dischargeLimit;
        private @Nullable BigDecimal dischargeLimitL2;
        private @Nullable BigDecimal dischargeLimitL3;
        private @Nullable BigDecimal setpoint;
        private @Nullable BigDecimal setpointL2;
        private @Nullable BigDecimal setpointL3;
        private @Nullable BigDecimal setpointReactive;
        private @Nullable BigDecimal setpointReactiveL2;
        private @Nullable BigDecimal setpointReactiveL3;
        private @Nullable Boolean preconditioningRequest;
        private @Nullable Boolean evseSleep;
        private @Nullable BigDecimal v2xBaseline;
        private @Nullable OperationMode operationMode;

        private Builder() {}

        private Builder(ChargingSchedulePeriod source) {
            this.startPeriod = source.startPeriod();
            this.limit = source.limit();
            this.limitL2 = source.limitL2();
            this.limitL3 = source.limitL3();
            this.numberPhases = source.numberPhases();
            this.phaseToUse = source.phaseToUse();
            this.dischargeLimit = source.dischargeLimit();
            this.dischargeLimitL2 = source.dischargeLimitL2();
            this.dischargeLimitL3 = source.dischargeLimitL3();
            this.setpoint = source.setpoint();
            this.setpointL2 = source.setpointL2();
            this.setpointL3 = source.setpointL3();
            this.setpointReactive = source.setpointReactive();
            this.setpointReactiveL2 = source.setpointReactiveL2();
            this.setpointReactiveL3 = source.setpointReactiveL3();
            this.preconditioningRequest = source.preconditioningRequest();
            this.evseSleep = source.evseSleep();
            this.v2xBaseline = source.v2xBaseline();
            this.operationMode = source.operationMode();
        }

        /** Sets {@code startPeriod}: seconds from the start of the schedule; at least 0. */
        public Builder startPeriod(int startPeriod) {
            this.startPeriod = startPeriod;
            return this;
        }

        /** Sets {@code limit}: the maximum charging rate; required in OCPP 1.6 and 2.0.1, optional in 2.1 (where a setpoint may replace it). */
        public Builder limit(@Nullable BigDecimal limit) {
            this.limit = limit;
            return this;
        }

        /** Sets {@code limitL2}: OCPP 2.1: the limit of phase L2 (then {@code limit} is the limit of L1). */
        public Builder limitL2(@Nullable BigDecimal limitL2) {
            this.limitL2 = limitL2;
            return this;
        }

        /** Sets {@code limitL3}: OCPP 2.1: the limit of phase L3. */
        public Builder limitL3(@Nullable BigDecimal limitL3) {
            this.limitL3 = limitL3;
            return this;
        }

        /** Sets {@code numberPhases}: the number of phases, 1 to 3; {@code null} means 3. */
        public Builder numberPhases(@Nullable Integer numberPhases) {
            this.numberPhases = numberPhases;
            return this;
        }

        /** Sets {@code phaseToUse}: OCPP 2.x: the phase to use when {@code numberPhases} is 1 and the EVSE can switch phases, 1 to 3. */
        public Builder phaseToUse(@Nullable Integer phaseToUse) {
            this.phaseToUse = phaseToUse;
            return this;
        }

        /** Sets {@code dischargeLimit}: OCPP 2.1: the maximum discharging rate (a negative number, or zero). */
        public Builder dischargeLimit(@Nullable BigDecimal dischargeLimit) {
            this.dischargeLimit = dischargeLimit;
            return this;
        }

        /** Sets {@code dischargeLimitL2}: OCPP 2.1: the discharge limit of phase L2. */
        public Builder dischargeLimitL2(@Nullable BigDecimal dischargeLimitL2) {
            this.dischargeLimitL2 = dischargeLimitL2;
            return this;
        }

        /** Sets {@code dischargeLimitL3}: OCPP 2.1: the discharge limit of phase L3. */
        public Builder dischargeLimitL3(@Nullable BigDecimal dischargeLimitL3) {
            this.dischargeLimitL3 = dischargeLimitL3;
            return this;
        }

        /** Sets {@code setpoint}: OCPP 2.1: the charging (positive) or discharging (negative) setpoint. */
        public Builder setpoint(@Nullable BigDecimal setpoint) {
            this.setpoint = setpoint;
            return this;
        }

        /** Sets {@code setpointL2}: OCPP 2.1: the setpoint of phase L2. */
        public Builder setpointL2(@Nullable BigDecimal setpointL2) {
            this.setpointL2 = setpointL2;
            return this;
        }

        /** Sets {@code setpointL3}: OCPP 2.1: the setpoint of phase L3. */
        public Builder setpointL3(@Nullable BigDecimal setpointL3) {
            this.setpointL3 = setpointL3;
            return this;
        }

        /** Sets {@code setpointReactive}: OCPP 2.1: the reactive power setpoint. */
        public Builder setpointReactive(@Nullable BigDecimal setpointReactive) {
            this.setpointReactive = setpointReactive;
            return this;
        }

        /** Sets {@code setpointReactiveL2}: OCPP 2.1: the reactive setpoint of phase L2. */
        public Builder setpointReactiveL2(@Nullable BigDecimal setpointReactiveL2) {
            this.setpointReactiveL2 = setpointReactiveL2;
            return this;
        }

        /** Sets {@code setpointReactiveL3}: OCPP 2.1: the reactive setpoint of phase L3. */
        public Builder setpointReactiveL3(@Nullable BigDecimal setpointReactiveL3) {
            this.setpointReactiveL3 = setpointReactiveL3;
            return this;
        }

        /** Sets {@code preconditioningRequest}: OCPP 2.1: whether the EV should precondition its battery. */
        public Builder preconditioningRequest(@Nullable Boolean preconditioningRequest) {
            this.preconditioningRequest = preconditioningRequest;
            return this;
        }

        /** Sets {@code evseSleep}: OCPP 2.1: whether the EVSE may go to sleep during this period. */
        public Builder evseSleep(@Nullable Boolean evseSleep) {
            this.evseSleep = evseSleep;
            return this;
        }

        /** Sets {@code v2xBaseline}: OCPP 2.1: the baseline power of the V2X operation mode. */
        public Builder v2xBaseline(@Nullable BigDecimal v2xBaseline) {
            this.v2xBaseline = v2xBaseline;
            return this;
        }

        /** Sets {@code operationMode}: OCPP 2.1: the operation mode; {@code null} means {@code ChargingOnly}. */
        public Builder operationMode(@Nullable OperationMode operationMode) {
            this.operationMode = operationMode;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         * @throws IllegalArgumentException when {@code startPeriod} is negative or {@code numberPhases} or {@code phaseToUse} is not 1 to 3
         */
        public ChargingSchedulePeriod build() {
            return new ChargingSchedulePeriod(
                    Objects.requireNonNull(startPeriod, "startPeriod"),
                    limit,
                    limitL2,
                    limitL3,
                    numberPhases,
                    phaseToUse,
                    dischargeLimit,
                    dischargeLimitL2,
                    dischargeLimitL3,
                    setpoint,
                    setpointL2,
                    setpointL3,
                    setpointReactive,
                    setpointReactiveL2,
                    setpointReactiveL3,
                    preconditioningRequest,
                    evseSleep,
                    v2xBaseline,
                    operationMode);
        }
    }
}
