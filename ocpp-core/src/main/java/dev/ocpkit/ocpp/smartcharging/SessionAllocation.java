package dev.ocpkit.ocpp.smartcharging;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SiteLoadManager} gave one session at its last recomputation, and what the station last accepted.
 *
 * @param session the session
 * @param allocatedW the power allocated at the last recomputation, in W (0: paused)
 * @param demandW the power the session was considered able to use, in W (its maximum, or less when its meter values
 *     show it uses less)
 * @param sentLimit the limit of the last TxProfile the station accepted, in {@code sentUnit}; {@code null} before the
 *     first one was accepted
 * @param sentUnit the unit of {@code sentLimit}; {@code null} with it
 * @param measuredW the last power the session's meter values reported, in W; {@code null} before the first
 * @since 0.1
 */
public record SessionAllocation(
        LoadSession session,
        BigDecimal allocatedW,
        BigDecimal demandW,
        @Nullable BigDecimal sentLimit,
        @Nullable ChargingRateUnit sentUnit,
        @Nullable BigDecimal measuredW) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public SessionAllocation {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(allocatedW, "allocatedW");
        Objects.requireNonNull(demandW, "demandW");
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link SessionAllocation}. Not thread-safe. */
    public static final class Builder {
        private @Nullable LoadSession session;
        private @Nullable BigDecimal allocatedW;
        private @Nullable BigDecimal demandW;
        private @Nullable BigDecimal sentLimit;
        private @Nullable ChargingRateUnit sentUnit;
        private @Nullable BigDecimal measuredW;

        private Builder() {}

        private Builder(SessionAllocation source) {
            this.session = source.session();
            this.allocatedW = source.allocatedW();
            this.demandW = source.demandW();
            this.sentLimit = source.sentLimit();
            this.sentUnit = source.sentUnit();
            this.measuredW = source.measuredW();
        }

        /** Sets {@code session}: the session. */
        public Builder session(LoadSession session) {
            this.session = session;
            return this;
        }

        /** Sets {@code allocatedW}: the power allocated at the last recomputation, in W. */
        public Builder allocatedW(BigDecimal allocatedW) {
            this.allocatedW = allocatedW;
            return this;
        }

        /** Sets {@code demandW}: the power the session was considered able to use, in W. */
        public Builder demandW(BigDecimal demandW) {
            this.demandW = demandW;
            return this;
        }

        /** Sets {@code sentLimit}: the limit of the last TxProfile the station accepted. */
        public Builder sentLimit(@Nullable BigDecimal sentLimit) {
            this.sentLimit = sentLimit;
            return this;
        }

        /** Sets {@code sentUnit}: the unit of {@code sentLimit}. */
        public Builder sentUnit(@Nullable ChargingRateUnit sentUnit) {
            this.sentUnit = sentUnit;
            return this;
        }

        /** Sets {@code measuredW}: the last power the session's meter values reported, in W. */
        public Builder measuredW(@Nullable BigDecimal measuredW) {
            this.measuredW = measuredW;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when {@code session}, {@code allocatedW} or {@code demandW} is unset
         */
        public SessionAllocation build() {
            return new SessionAllocation(
                    Objects.requireNonNull(session, "session"),
                    Objects.requireNonNull(allocatedW, "allocatedW"),
                    Objects.requireNonNull(demandW, "demandW"),
                    sentLimit,
                    sentUnit,
                    measuredW);
        }
    }
}
