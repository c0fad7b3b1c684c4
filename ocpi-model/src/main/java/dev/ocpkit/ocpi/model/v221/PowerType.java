package dev.ocpkit.ocpi.model.v221;

import dev.ocpkit.ocpi.model.OcpiEnum;
import org.jspecify.annotations.Nullable;

/**
 * The power type of a connector.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.2.1/mod_locations.asciidoc#mod_locations_powertype_enum">OCPI 2.2.1, PowerType</a>
 * @since 0.1
 */
public enum PowerType implements OcpiEnum {
    AC_1_PHASE("AC_1_PHASE"),
    AC_2_PHASE("AC_2_PHASE"),
    AC_2_PHASE_SPLIT("AC_2_PHASE_SPLIT"),
    AC_3_PHASE("AC_3_PHASE"),
    DC("DC"),
    /** A value this SDK does not know; the raw string is kept on the record. */
    UNKNOWN(null);

    private final @Nullable String value;

    PowerType(@Nullable String value) {
        this.value = value;
    }

    @Override
    public @Nullable String value() {
        return value;
    }

    /** The constant for a JSON value; {@link #UNKNOWN} when unknown, {@code null} for {@code null}. Never throws. */
    public static @Nullable PowerType fromValue(@Nullable String raw) {
        return OcpiEnum.fromValue(PowerType.class, raw);
    }
}
