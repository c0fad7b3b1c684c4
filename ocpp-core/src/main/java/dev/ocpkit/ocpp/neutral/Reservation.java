package dev.ocpkit.ocpp.neutral;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CSMS's request to reserve an EVSE for an identifier: OCPP 1.6 ReserveNow.req, 2.x ReserveNowRequest.
 *
 * <p>OCPP 1.6: the EVSE is the connector id, and no EVSE (connector 0) reserves any connector of the station (if the
 * station allows it, configuration key ReserveConnectorZeroSupported); {@code groupIdToken} is the
 * {@code parentIdTag}; {@code connectorType} is not sent. The station answers {@code Accepted}, {@code Faulted},
 * {@code Occupied}, {@code Rejected} or {@code Unavailable} in every version; see {@link CommandStatus} for how they
 * read.
 *
 * @param id the reservation id; a transaction that uses the reservation reports it as {@code reservationId}
 * @param evseId the EVSE to reserve (1.6: the connector); {@code null} for any EVSE of the station
 * @param idToken the identifier the reservation is for
 * @param groupIdToken the group of the identifier (1.6 {@code parentIdTag})
 * @param expiryDateTime when the reservation ends
 * @param connectorType OCPP 2.x: the connector type to reserve, e.g. {@code cType2} (2.0.1: a {@code ConnectorEnumType} value)
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.39 ReserveNow.req; OCPP 2.0.1 and 2.1 Part 2, ReserveNowRequest</a>
 * @since 0.1
 */
public record Reservation(
        int id,
        @Nullable Integer evseId,
        IdToken idToken,
        @Nullable IdToken groupIdToken,
        Instant expiryDateTime,
        @Nullable String connectorType) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public Reservation {
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(expiryDateTime, "expiryDateTime");
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Reservation}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer id;
        private @Nullable Integer evseId;
        private @Nullable IdToken idToken;
        private @Nullable IdToken groupIdToken;
        private @Nullable Instant expiryDateTime;
        private @Nullable String connectorType;

        private Builder() {}

        private Builder(Reservation source) {
            this.id = source.id();
            this.evseId = source.evseId();
            this.idToken = source.idToken();
            this.groupIdToken = source.groupIdToken();
            this.expiryDateTime = source.expiryDateTime();
            this.connectorType = source.connectorType();
        }

        /** Sets {@code id}: the reservation id; a transaction that uses the reservation reports it as {@code reservationId}. */
        public Builder id(int id) {
            this.id = id;
            return this;
        }

        /** Sets {@code evseId}: the EVSE to reserve (1.6: the connector); {@code null} for any EVSE of the station. */
        public Builder evseId(@Nullable Integer evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code idToken}: the identifier the reservation is for. */
        public Builder idToken(IdToken idToken) {
            this.idToken = idToken;
            return this;
        }

        /** Sets {@code groupIdToken}: the group of the identifier (1.6 {@code parentIdTag}). */
        public Builder groupIdToken(@Nullable IdToken groupIdToken) {
            this.groupIdToken = groupIdToken;
            return this;
        }

        /** Sets {@code expiryDateTime}: when the reservation ends. */
        public Builder expiryDateTime(Instant expiryDateTime) {
            this.expiryDateTime = expiryDateTime;
            return this;
        }

        /** Sets {@code connectorType}: OCPP 2.x: the connector type to reserve, e.g. {@code cType2} (2.0.1: a {@code ConnectorEnumType} value). */
        public Builder connectorType(@Nullable String connectorType) {
            this.connectorType = connectorType;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public Reservation build() {
            return new Reservation(
                    Objects.requireNonNull(id, "id"), evseId, idToken, groupIdToken, expiryDateTime, connectorType);
        }
    }
}
