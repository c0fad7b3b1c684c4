package dev.ocpkit.ocpp.smartcharging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A charging profile in a version-neutral form: what OCPP 1.6 {@code csChargingProfiles}, 2.0.1 and 2.1
 * {@code ChargingProfileType} carry.
 *
 * <p>Profiles of the same purpose are stacked: the one with the highest {@code stackLevel} valid at a moment wins;
 * a {@link ChargingProfilePurpose#CHARGING_STATION_MAX_PROFILE} caps them all. The transaction id is a string for
 * every version (an OCPP 1.6 id is the decimal integer). Convert with {@link ChargingProfiles}.
 *
 * <p>OCPP 2.1 adds {@code maxOfflineDuration}, {@code invalidAfterOfflineDuration}, {@code dynUpdateInterval},
 * {@code dynUpdateTime} and {@code priceScheduleSignature}.
 *
 * @param id the profile id, unique on the station
 * @param stackLevel the stack level, at least 0; higher wins
 * @param chargingProfilePurpose what the profile is for
 * @param chargingProfileKind how its schedules are anchored in time
 * @param recurrencyKind daily or weekly; required for recurring profiles
 * @param validFrom when the profile becomes valid; {@code null} means at once
 * @param validTo when the profile stops being valid; {@code null} means never
 * @param transactionId the transaction a {@link ChargingProfilePurpose#TX_PROFILE} belongs to
 * @param chargingSchedule the schedules: exactly one for OCPP 1.6, one to three for 2.x
 * @param maxOfflineDuration OCPP 2.1: seconds offline after which the profile stops being valid
 * @param invalidAfterOfflineDuration OCPP 2.1: whether the profile stays invalid after that
 * @param dynUpdateInterval OCPP 2.1: seconds between updates of a dynamic profile
 * @param dynUpdateTime OCPP 2.1: when a dynamic profile was last updated
 * @param priceScheduleSignature OCPP 2.1: the ISO 15118-20 signature of the price schedules
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.8 ChargingProfile; OCPP 2.0.1 and 2.1 Part 2, ChargingProfileType</a>
 * @since 0.1
 */
public record ChargingProfile(
        int id,
        int stackLevel,
        ChargingProfilePurpose chargingProfilePurpose,
        ChargingProfileKind chargingProfileKind,
        @Nullable RecurrencyKind recurrencyKind,
        @Nullable Instant validFrom,
        @Nullable Instant validTo,
        @Nullable String transactionId,
        List<ChargingSchedule> chargingSchedule,
        @Nullable Integer maxOfflineDuration,
        @Nullable Boolean invalidAfterOfflineDuration,
        @Nullable Integer dynUpdateInterval,
        @Nullable Instant dynUpdateTime,
        @Nullable String priceScheduleSignature) {

    /**
     * Checks the components; lists are copied ({@code null} becomes an empty list).
     *
     * @throws NullPointerException when a required component is {@code null}
     * @throws IllegalArgumentException when {@code stackLevel} is negative, there is no schedule, a recurring profile has no recurrency kind, or {@code validTo} is before {@code validFrom}
     */
    public ChargingProfile {
        Objects.requireNonNull(chargingProfilePurpose, "chargingProfilePurpose");
        Objects.requireNonNull(chargingProfileKind, "chargingProfileKind");
        chargingSchedule = chargingSchedule == null ? List.of() : List.copyOf(chargingSchedule);
        if (stackLevel < 0) {
            throw new IllegalArgumentException("stackLevel must not be negative: " + stackLevel);
        }
        if (chargingSchedule.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one schedule");
        }
        if (chargingProfileKind == ChargingProfileKind.RECURRING && recurrencyKind == null) {
            throw new IllegalArgumentException("a recurring profile needs a recurrencyKind");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo is before validFrom");
        }
    }

    /** The first (for OCPP 1.6 the only) schedule. */
    public ChargingSchedule schedule() {
        return chargingSchedule.get(0);
    }

    /** Whether the profile is valid at an instant ({@code validFrom <= at < validTo}, open ends allowed). */
    public boolean isValidAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validTo == null || at.isBefore(validTo));
    }

    /** Whether a component that only OCPP 2.1 knows is set (here, in a schedule or in a period). */
    public boolean usesOcpp21Fields() {
        return maxOfflineDuration != null
                || invalidAfterOfflineDuration != null
                || dynUpdateInterval != null
                || dynUpdateTime != null
                || priceScheduleSignature != null
                || chargingSchedule.stream().anyMatch(ChargingSchedule::usesOcpp21Fields);
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ChargingProfile}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer id;
        private @Nullable Integer stackLevel;
        private @Nullable ChargingProfilePurpose chargingProfilePurpose;
        private @Nullable ChargingProfileKind chargingProfileKind;
        private @Nullable RecurrencyKind recurrencyKind;
        private @Nullable Instant validFrom;
        private @Nullable Instant validTo;
        private @Nullable String transactionId;
        private List<ChargingSchedule> chargingSchedule = List.of();
        private @Nullable Integer maxOfflineDuration;
        private @Nullable Boolean invalidAfterOfflineDuration;
        private @Nullable Integer dynUpdateInterval;
        private @Nullable Instant dynUpdateTime;
        private @Nullable String priceScheduleSignature;

        private Builder() {}

        private Builder(ChargingProfile source) {
            this.id = source.id();
            this.stackLevel = source.stackLevel();
            this.chargingProfilePurpose = source.chargingProfilePurpose();
            this.chargingProfileKind = source.chargingProfileKind();
            this.recurrencyKind = source.recurrencyKind();
            this.validFrom = source.validFrom();
            this.validTo = source.validTo();
            this.transactionId = source.transactionId();
            this.chargingSchedule = source.chargingSchedule();
            this.maxOfflineDuration = source.maxOfflineDuration();
            this.invalidAfterOfflineDuration = source.invalidAfterOfflineDuration();
            this.dynUpdateInterval = source.dynUpdateInterval();
            this.dynUpdateTime = source.dynUpdateTime();
            this.priceScheduleSignature = source.priceScheduleSignature();
        }

        /** Sets {@code id}: the profile id, unique on the station. */
        public Builder id(int id) {
            this.id = id;
            return this;
        }

        /** Sets {@code stackLevel}: the stack level, at least 0; higher wins. */
        public Builder stackLevel(int stackLevel) {
            this.stackLevel = stackLevel;
            return this;
        }

        /** Sets {@code chargingProfilePurpose}: what the profile is for. */
        public Builder chargingProfilePurpose(ChargingProfilePurpose chargingProfilePurpose) {
            this.chargingProfilePurpose = chargingProfilePurpose;
            return this;
        }

        /** Sets {@code chargingProfileKind}: how its schedules are anchored in time. */
        public Builder chargingProfileKind(ChargingProfileKind chargingProfileKind) {
            this.chargingProfileKind = chargingProfileKind;
            return this;
        }

        /** Sets {@code recurrencyKind}: daily or weekly; required for recurring profiles. */
        public Builder recurrencyKind(@Nullable RecurrencyKind recurrencyKind) {
            this.recurrencyKind = recurrencyKind;
            return this;
        }

        /** Sets {@code validFrom}: when the profile becomes valid; {@code null} means at once. */
        public Builder validFrom(@Nullable Instant validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        /** Sets {@code validTo}: when the profile stops being valid; {@code null} means never. */
        public Builder validTo(@Nullable Instant validTo) {
            this.validTo = validTo;
            return this;
        }

        /** Sets {@code transactionId}: the transaction a {@link ChargingProfilePurpose#TX_PROFILE} belongs to. */
        public Builder transactionId(@Nullable String transactionId) {
            this.transactionId = transactionId;
            return this;
        }

        /** Sets {@code chargingSchedule}: the schedules: exactly one for OCPP 1.6, one to three for 2.x. */
        public Builder chargingSchedule(List<ChargingSchedule> chargingSchedule) {
            this.chargingSchedule = Objects.requireNonNull(chargingSchedule, "chargingSchedule");
            return this;
        }

        /** Sets {@code maxOfflineDuration}: OCPP 2.1: seconds offline after which the profile stops being valid. */
        public Builder maxOfflineDuration(@Nullable Integer maxOfflineDuration) {
            this.maxOfflineDuration = maxOfflineDuration;
            return this;
        }

        /** Sets {@code invalidAfterOfflineDuration}: OCPP 2.1: whether the profile stays invalid after that. */
        public Builder invalidAfterOfflineDuration(@Nullable Boolean invalidAfterOfflineDuration) {
            this.invalidAfterOfflineDuration = invalidAfterOfflineDuration;
            return this;
        }

        /** Sets {@code dynUpdateInterval}: OCPP 2.1: seconds between updates of a dynamic profile. */
        public Builder dynUpdateInterval(@Nullable Integer dynUpdateInterval) {
            this.dynUpdateInterval = dynUpdateInterval;
            return this;
        }

        /** Sets {@code dynUpdateTime}: OCPP 2.1: when a dynamic profile was last updated. */
        public Builder dynUpdateTime(@Nullable Instant dynUpdateTime) {
            this.dynUpdateTime = dynUpdateTime;
            return this;
        }

        /** Sets {@code priceScheduleSignature}: OCPP 2.1: the ISO 15118-20 signature of the price schedules. */
        public Builder priceScheduleSignature(@Nullable String priceScheduleSignature) {
            this.priceScheduleSignature = priceScheduleSignature;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         * @throws IllegalArgumentException when {@code stackLevel} is negative, there is no schedule, a recurring profile has no recurrency kind, or {@code validTo} is before {@code validFrom}
         */
        public ChargingProfile build() {
            return new ChargingProfile(
                    Objects.requireNonNull(id, "id"),
                    Objects.requireNonNull(stackLevel, "stackLevel"),
                    chargingProfilePurpose,
                    chargingProfileKind,
                    recurrencyKind,
                    validFrom,
                    validTo,
                    transactionId,
                    chargingSchedule,
                    maxOfflineDuration,
                    invalidAfterOfflineDuration,
                    dynUpdateInterval,
                    dynUpdateTime,
                    priceScheduleSignature);
        }
    }
}
