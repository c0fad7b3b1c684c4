package dev.ocpkit.ocpp.neutral;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The CSMS's verdict on an identifier: OCPP 1.6 {@code IdTagInfo}, 2.x {@code IdTokenInfoType}.
 *
 * <p>OCPP 1.6 carries the status, the expiry and the parent idTag (here {@code groupIdToken}, without type); the
 * other components are 2.x only and are not sent to a 1.6 peer. Statuses 1.6 lacks are sent as {@code Invalid} (see
 * {@link AuthorizationStatus}). The 2.x {@code language2}, {@code personalMessage} and {@code evseId} are not
 * carried (use the version-specific types for them).
 *
 * @param status whether the identifier may charge
 * @param cacheExpiryDateTime until when the station may cache the verdict (1.6 {@code expiryDate})
 * @param groupIdToken the group the identifier belongs to (1.6 {@code parentIdTag})
 * @param chargingPriority OCPP 2.x: the priority, -9 to 9 (0 is the default)
 * @param language1 OCPP 2.x: the preferred user interface language of the driver
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 7.30 IdTagInfo; OCPP 2.0.1 and 2.1 Part 2, IdTokenInfoType</a>
 * @since 0.1
 */
public record Authorization(
        AuthorizationStatus status,
        @Nullable Instant cacheExpiryDateTime,
        @Nullable IdToken groupIdToken,
        @Nullable Integer chargingPriority,
        @Nullable String language1) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException when a required component is {@code null}
     */
    public Authorization {
        Objects.requireNonNull(status, "status");
    }

    /** A verdict with a status only. */
    public static Authorization of(AuthorizationStatus status) {
        return new Authorization(status, null, null, null, null);
    }

    /** {@code Accepted} without anything else. */
    public static Authorization accepted() {
        return of(AuthorizationStatus.ACCEPTED);
    }

    /** A builder with every component unset (lists empty). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's components, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Authorization}. Not thread-safe. */
    public static final class Builder {
        private @Nullable AuthorizationStatus status;
        private @Nullable Instant cacheExpiryDateTime;
        private @Nullable IdToken groupIdToken;
        private @Nullable Integer chargingPriority;
        private @Nullable String language1;

        private Builder() {}

        private Builder(Authorization source) {
            this.status = source.status();
            this.cacheExpiryDateTime = source.cacheExpiryDateTime();
            this.groupIdToken = source.groupIdToken();
            this.chargingPriority = source.chargingPriority();
            this.language1 = source.language1();
        }

        /** Sets {@code status}: whether the identifier may charge. */
        public Builder status(AuthorizationStatus status) {
            this.status = status;
            return this;
        }

        /** Sets {@code cacheExpiryDateTime}: until when the station may cache the verdict (1.6 {@code expiryDate}). */
        public Builder cacheExpiryDateTime(@Nullable Instant cacheExpiryDateTime) {
            this.cacheExpiryDateTime = cacheExpiryDateTime;
            return this;
        }

        /** Sets {@code groupIdToken}: the group the identifier belongs to (1.6 {@code parentIdTag}). */
        public Builder groupIdToken(@Nullable IdToken groupIdToken) {
            this.groupIdToken = groupIdToken;
            return this;
        }

        /** Sets {@code chargingPriority}: OCPP 2.x: the priority, -9 to 9 (0 is the default). */
        public Builder chargingPriority(@Nullable Integer chargingPriority) {
            this.chargingPriority = chargingPriority;
            return this;
        }

        /** Sets {@code language1}: OCPP 2.x: the preferred user interface language of the driver. */
        public Builder language1(@Nullable String language1) {
            this.language1 = language1;
            return this;
        }

        /**
         * Builds the record.
         *
         * @throws NullPointerException when a required component is unset
         */
        public Authorization build() {
            return new Authorization(status, cacheExpiryDateTime, groupIdToken, chargingPriority, language1);
        }
    }
}
