package dev.ocpkit.ocpi.model.v221;

import dev.ocpkit.ocpi.model.OcpiEnum;
import org.jspecify.annotations.Nullable;

/**
 * Whether a connector is a socket or a cable with a plug.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_locations.asciidoc#mod_locations_connectorformat_enum">OCPI
 *     2.2.1, 8.4.6 ConnectorFormat</a>
 * @since 0.1
 */
public enum ConnectorFormat implements OcpiEnum {
    /** The connector is a socket; the EV user needs to bring a fitting plug. */
    SOCKET("SOCKET"),
    /** The connector is an attached cable; the EV user's car needs a fitting inlet. */
    CABLE("CABLE"),
    /** A value this SDK does not know; the raw string is kept on the record. */
    UNKNOWN(null);

    private final @Nullable String value;

    ConnectorFormat(@Nullable String value) {
        this.value = value;
    }

    @Override
    public @Nullable String value() {
        return value;
    }

    /** The constant for a JSON value; {@link #UNKNOWN} when unknown, {@code null} for {@code null}. Never throws. */
    public static @Nullable ConnectorFormat fromValue(@Nullable String raw) {
        return OcpiEnum.fromValue(ConnectorFormat.class, raw);
    }
}
