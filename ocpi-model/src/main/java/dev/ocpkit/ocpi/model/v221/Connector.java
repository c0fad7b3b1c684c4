package dev.ocpkit.ocpi.model.v221;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ocpkit.ocpi.model.spec.CiString;
import dev.ocpkit.ocpi.model.spec.EnumValue;
import dev.ocpkit.ocpi.model.spec.Required;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The socket, or cable and plug, that an EV uses; it always belongs to an {@code EVSE}.
 *
 * <p>Parsing is lenient: a required field may be {@code null} here, and {@code OcpiValidator} reports it.
 *
 * @param id identifier of the connector within its EVSE, CiString(36), required
 * @param standardAsString the connector standard as received ({@link ConnectorType}), required
 * @param formatAsString socket or cable as received ({@link ConnectorFormat}), required
 * @param powerTypeAsString the power type as received ({@link PowerType}), required
 * @param maxVoltage maximum voltage in V (line to neutral for AC_3_PHASE), required
 * @param maxAmperage maximum amperage in A, required
 * @param maxElectricPower maximum power in W, optional
 * @param tariffIds identifiers of the currently valid tariffs, CiString(36) each; never null
 * @param termsAndConditions URL of the operator's terms and conditions, optional
 * @param lastUpdated when this connector was last updated, required
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_locations.asciidoc#mod_locations_connector_object">OCPI
 *     2.2.1, 8.3.3 Connector Object</a>
 * @since 0.1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Connector(
        @JsonProperty("id") @Required @CiString(36) @Nullable String id,
        @JsonProperty("standard") @Required @EnumValue(ConnectorType.class) @Nullable String standardAsString,
        @JsonProperty("format") @Required @EnumValue(ConnectorFormat.class) @Nullable String formatAsString,
        @JsonProperty("power_type") @Required @EnumValue(PowerType.class) @Nullable String powerTypeAsString,
        @JsonProperty("max_voltage") @Required @Nullable Integer maxVoltage,
        @JsonProperty("max_amperage") @Required @Nullable Integer maxAmperage,
        @JsonProperty("max_electric_power") @Nullable Integer maxElectricPower,
        @JsonProperty("tariff_ids") @CiString(36) List<String> tariffIds,
        @JsonProperty("terms_and_conditions") @Nullable String termsAndConditions,
        @JsonProperty("last_updated") @Required @Nullable Instant lastUpdated) {

    /** Copies the list; a missing list becomes empty. */
    public Connector {
        tariffIds = tariffIds == null ? List.of() : List.copyOf(tariffIds);
    }

    /** The connector standard; {@link ConnectorType#UNKNOWN} for a value this SDK does not know. */
    public @Nullable ConnectorType standard() {
        return ConnectorType.fromValue(standardAsString);
    }

    /** Socket or cable; {@link ConnectorFormat#UNKNOWN} for a value this SDK does not know. */
    public @Nullable ConnectorFormat format() {
        return ConnectorFormat.fromValue(formatAsString);
    }

    /** The power type; {@link PowerType#UNKNOWN} for a value this SDK does not know. */
    public @Nullable PowerType powerType() {
        return PowerType.fromValue(powerTypeAsString);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .standardAsString(standardAsString)
                .formatAsString(formatAsString)
                .powerTypeAsString(powerTypeAsString)
                .maxVoltage(maxVoltage)
                .maxAmperage(maxAmperage)
                .maxElectricPower(maxElectricPower)
                .tariffIds(tariffIds)
                .termsAndConditions(termsAndConditions)
                .lastUpdated(lastUpdated);
    }

    /** Builds a {@link Connector}; not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String standard;
        private @Nullable String format;
        private @Nullable String powerType;
        private @Nullable Integer maxVoltage;
        private @Nullable Integer maxAmperage;
        private @Nullable Integer maxElectricPower;
        private List<String> tariffIds = List.of();
        private @Nullable String termsAndConditions;
        private @Nullable Instant lastUpdated;

        private Builder() {}

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder standard(@Nullable ConnectorType standard) {
            this.standard = standard == null ? null : standard.value();
            return this;
        }

        public Builder standardAsString(@Nullable String standard) {
            this.standard = standard;
            return this;
        }

        public Builder format(@Nullable ConnectorFormat format) {
            this.format = format == null ? null : format.value();
            return this;
        }

        public Builder formatAsString(@Nullable String format) {
            this.format = format;
            return this;
        }

        public Builder powerType(@Nullable PowerType powerType) {
            this.powerType = powerType == null ? null : powerType.value();
            return this;
        }

        public Builder powerTypeAsString(@Nullable String powerType) {
            this.powerType = powerType;
            return this;
        }

        public Builder maxVoltage(@Nullable Integer maxVoltage) {
            this.maxVoltage = maxVoltage;
            return this;
        }

        public Builder maxAmperage(@Nullable Integer maxAmperage) {
            this.maxAmperage = maxAmperage;
            return this;
        }

        public Builder maxElectricPower(@Nullable Integer maxElectricPower) {
            this.maxElectricPower = maxElectricPower;
            return this;
        }

        public Builder tariffIds(@Nullable List<String> tariffIds) {
            this.tariffIds = tariffIds == null ? List.of() : tariffIds;
            return this;
        }

        public Builder termsAndConditions(@Nullable String termsAndConditions) {
            this.termsAndConditions = termsAndConditions;
            return this;
        }

        public Builder lastUpdated(@Nullable Instant lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        /** Builds the record. Does not validate: use {@code OcpiValidator} for that. */
        public Connector build() {
            return new Connector(
                    id,
                    standard,
                    format,
                    powerType,
                    maxVoltage,
                    maxAmperage,
                    maxElectricPower,
                    tariffIds,
                    termsAndConditions,
                    lastUpdated);
        }
    }
}
