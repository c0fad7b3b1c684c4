package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.smartcharging.ChargingProfile;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CSMS's request to start a transaction: OCPP 1.6 RemoteStartTransaction.req, 2.x
 * RequestStartTransactionRequest.
 *
 * <p>OCPP 1.6 has no {@code groupIdToken} and no {@code remoteStartId} (they are not sent to a 1.6 station); its
 * {@code connectorId} is the EVSE id. 2.x requires a {@code remoteStartId}: when it is {@code null},
 * {@link StationCommands} picks one and reports it in {@link RemoteStartResult#remoteStartId()}. The charging profile
 * must be a {@link dev.ocpkit.ocpp.smartcharging.ChargingProfilePurpose#TX_PROFILE}.
 *
 * @param evseId the EVSE to start on; {@code null} lets the station choose
 * @param idToken the identifier to start with
 * @param groupIdToken OCPP 2.x: the group of the identifier
 * @param remoteStartId OCPP 2.x: the id the transaction will report in {@code remoteStartId}
 * @param chargingProfile a TxProfile for the transaction
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.33 RemoteStartTransaction.req; OCPP 2.0.1 and 2.1 Part 2, RequestStartTransactionRequest</a>
 * @since 0.1
 */
public record RemoteStart(
        @Nullable Integer evseId,
        IdToken idToken,
        @Nullable IdToken groupIdToken,
        @Nullable Integer remoteStartId,
        @Nullable ChargingProfile chargingProfile) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public RemoteStart {
        Objects.requireNonNull(idToken, "idToken");
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link RemoteStart}. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer evseId;
        private @Nullable IdToken idToken;
        private @Nullable IdToken groupIdToken;
        private @Nullable Integer remoteStartId;
        private @Nullable ChargingProfile chargingProfile;

        private Builder() {}

        private Builder(RemoteStart source) {
            this.evseId = source.evseId();
            this.idToken = source.idToken();
            this.groupIdToken = source.groupIdToken();
            this.remoteStartId = source.remoteStartId();
            this.chargingProfile = source.chargingProfile();
        }

        /** Sets {@code evseId}: the EVSE to start on; {@code null} lets the station choose. */
        public Builder evseId(@Nullable Integer evseId) {
            this.evseId = evseId;
            return this;
        }

        /** Sets {@code idToken}: the identifier to start with. */
        public Builder idToken(IdToken idToken) {
            this.idToken = idToken;
            return this;
        }

        /** Sets {@code groupIdToken}: OCPP 2.x: the group of the identifier. */
        public Builder groupIdToken(@Nullable IdToken groupIdToken) {
            this.groupIdToken = groupIdToken;
            return this;
        }

        /** Sets {@code remoteStartId}: OCPP 2.x: the id the transaction will report in {@code remoteStartId}. */
        public Builder remoteStartId(@Nullable Integer remoteStartId) {
            this.remoteStartId = remoteStartId;
            return this;
        }

        /** Sets {@code chargingProfile}: a TxProfile for the transaction. */
        public Builder chargingProfile(@Nullable ChargingProfile chargingProfile) {
            this.chargingProfile = chargingProfile;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public RemoteStart build() {
            return new RemoteStart(evseId, idToken, groupIdToken, remoteStartId, chargingProfile);
        }
    }
}
