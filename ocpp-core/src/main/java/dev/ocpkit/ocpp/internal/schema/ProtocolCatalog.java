package dev.ocpkit.ocpp.internal.schema;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.v16.Ocpp16Actions;
import dev.ocpkit.ocpp.v16.internal.Ocpp16Schemas;
import dev.ocpkit.ocpp.v201.Ocpp201Actions;
import dev.ocpkit.ocpp.v201.internal.Ocpp201Schemas;
import dev.ocpkit.ocpp.v21.Ocpp21Actions;
import dev.ocpkit.ocpp.v21.internal.Ocpp21Schemas;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Per OCPP version: every action by name with its request and response schema. Built once per version from the
 * generated {@code OcppXxActions} and {@code OcppXxSchemas} classes; immutable and thread-safe.
 */
public final class ProtocolCatalog {
    /** One action with its schemas ({@code response} is null for a 2.1 SEND action). */
    public record Entry(OcppAction<?, ?> action, ObjectSchema request, @Nullable ObjectSchema response) {}

    private static final Map<OcppVersion, ProtocolCatalog> CATALOGS = new EnumMap<>(OcppVersion.class);

    private final OcppVersion version;
    private final List<OcppAction<?, ?>> actions;
    private final Map<String, Entry> entries;

    private ProtocolCatalog(
            OcppVersion version,
            List<OcppAction<?, ?>> actions,
            Function<String, @Nullable ObjectSchema> requests,
            Function<String, @Nullable ObjectSchema> responses) {
        this.version = version;
        this.actions = List.copyOf(actions);
        Map<String, Entry> map = new HashMap<>();
        for (OcppAction<?, ?> a : actions) {
            if (a.version() != version) {
                throw new IllegalStateException(a + " is not an action of " + version);
            }
            ObjectSchema request = requests.apply(a.name());
            ObjectSchema response = responses.apply(a.name());
            if (request == null || (response == null) != a.isSend()) {
                throw new IllegalStateException("schemas of " + a + " are missing");
            }
            map.put(a.name(), new Entry(a, request, response));
        }
        this.entries = Map.copyOf(map);
    }

    /** The catalogue of a version (built on first use). */
    public static ProtocolCatalog of(OcppVersion version) {
        Objects.requireNonNull(version, "version");
        synchronized (CATALOGS) {
            return CATALOGS.computeIfAbsent(version, ProtocolCatalog::build);
        }
    }

    private static ProtocolCatalog build(OcppVersion version) {
        return switch (version) {
            case V16 -> new ProtocolCatalog(
                    version, Ocpp16Actions.all(), Ocpp16Schemas::request, Ocpp16Schemas::response);
            case V201 -> new ProtocolCatalog(
                    version, Ocpp201Actions.all(), Ocpp201Schemas::request, Ocpp201Schemas::response);
            case V21 -> new ProtocolCatalog(
                    version, Ocpp21Actions.all(), Ocpp21Schemas::request, Ocpp21Schemas::response);
        };
    }

    public OcppVersion version() {
        return version;
    }

    /** Every action of the version. */
    public List<OcppAction<?, ?>> actions() {
        return actions;
    }

    /** The entry of an action name, or null when the version has no such action. */
    public @Nullable Entry entry(String actionName) {
        return entries.get(actionName);
    }

    /** The action of that name, or null. */
    public @Nullable OcppAction<?, ?> action(String actionName) {
        Entry e = entries.get(actionName);
        return e == null ? null : e.action();
    }

    /** The request (or SEND) schema of an action of this version. */
    public ObjectSchema requestSchema(OcppAction<?, ?> action) {
        return entryOf(action).request();
    }

    /** The response schema of an action of this version; null for a SEND action. */
    public @Nullable ObjectSchema responseSchema(OcppAction<?, ?> action) {
        return entryOf(action).response();
    }

    private Entry entryOf(OcppAction<?, ?> action) {
        Entry e = entries.get(action.name());
        if (e == null || !e.action().equals(action)) {
            throw new IllegalArgumentException(action + " is not an action of OCPP " + version.label());
        }
        return e;
    }
}
