package dev.ocpkit.ocpp.devicemodel;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Names a variable of a component: its name and an optional instance (e.g. {@code MessageAttempts} instance
 * {@code TransactionEvent}).
 *
 * @param name variable name; case-insensitive in OCPP
 * @param instance instance name, or {@code null}
 * @since 0.1
 */
public record VariableId(String name, @Nullable String instance) {
    /** Requires a name. */
    public VariableId {
        Objects.requireNonNull(name, "name");
    }

    /** A variable without instance. */
    public static VariableId of(String name) {
        return new VariableId(name, null);
    }

    /** A variable with an instance. */
    public static VariableId of(String name, String instance) {
        return new VariableId(name, instance);
    }

    String key() {
        return name.toLowerCase(Locale.ROOT) + "|" + (instance == null ? "" : instance.toLowerCase(Locale.ROOT));
    }
}
