package dev.ocpkit.ocpp.devicemodel;

import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Attribute;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.DataType;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Mutability;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory OCPP 2.x device model: variables (with their definitions) and the values of their attributes. It
 * answers reads and writes as GetVariables and SetVariables must: unknown component or variable, unsupported
 * attribute, read-only and write-only variables, values checked against the data type, the limits, the values list
 * and MinSet/MaxSet.
 *
 * <p>Thread-safe: reads and writes are serialised on the model; listeners run on the writing thread after the value
 * changed.
 *
 * @since 0.1
 */
public final class DeviceModel {
    /** The outcome of a read, as GetVariableStatusEnum spells it. */
    public enum GetStatus {
        /** The value is returned. */
        ACCEPTED,
        /** The variable cannot be read (write-only). */
        REJECTED,
        /** No such component. */
        UNKNOWN_COMPONENT,
        /** The component has no such variable. */
        UNKNOWN_VARIABLE,
        /** The variable has no such attribute. */
        NOT_SUPPORTED_ATTRIBUTE_TYPE
    }

    /** The outcome of a write, as SetVariableStatusEnum spells it. */
    public enum SetStatus {
        /** The value is stored and in effect. */
        ACCEPTED,
        /** The value is refused (read-only, wrong type, out of range); see the reason. */
        REJECTED,
        /** No such component. */
        UNKNOWN_COMPONENT,
        /** The component has no such variable. */
        UNKNOWN_VARIABLE,
        /** The variable has no such attribute. */
        NOT_SUPPORTED_ATTRIBUTE_TYPE,
        /** The value is stored but takes effect after a reboot. */
        REBOOT_REQUIRED
    }

    /**
     * The result of a read.
     *
     * @param status the outcome
     * @param value the value when accepted (may be {@code null} when never set), else {@code null}
     */
    public record GetResult(GetStatus status, @Nullable String value) {}

    /**
     * The result of a write.
     *
     * @param status the outcome
     * @param reason why it was rejected (a short code such as {@code ValueTooHigh}), or {@code null}
     */
    public record SetResult(SetStatus status, @Nullable String reason) {}

    /** Called after a value changed. */
    @FunctionalInterface
    public interface ChangeListener {
        /**
         * @param definition the variable
         * @param attribute the attribute that changed
         * @param oldValue the previous value, or {@code null}
         * @param newValue the new value
         */
        void changed(VariableDefinition definition, Attribute attribute, @Nullable String oldValue, String newValue);
    }

    private static final class Entry {
        final VariableDefinition definition;
        final Map<Attribute, String> values = new EnumMap<>(Attribute.class);

        Entry(VariableDefinition definition) {
            this.definition = definition;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> components = new HashSet<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Adds (or replaces) a variable with its initial Actual value.
     *
     * @param definition the variable
     * @param actual the initial Actual value, or {@code null} for none
     * @return this model
     */
    public synchronized DeviceModel define(VariableDefinition definition, @Nullable String actual) {
        Entry e = new Entry(definition);
        if (actual != null) {
            e.values.put(Attribute.ACTUAL, actual);
        }
        entries.put(key(definition.component(), definition.variable()), e);
        components.add(definition.component().key());
        return this;
    }

    /** Registers a listener for value changes. */
    public void addListener(ChangeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The definition of a variable. */
    public synchronized Optional<VariableDefinition> definition(ComponentId component, VariableId variable) {
        Entry e = entries.get(key(component, variable));
        return e == null ? Optional.empty() : Optional.of(e.definition);
    }

    /** Every variable, in definition order. */
    public synchronized List<VariableDefinition> definitions() {
        List<VariableDefinition> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.definition);
        }
        return out;
    }

    /** The value of an attribute without the mutability check (for the station's own use and for reports). */
    public synchronized @Nullable String value(ComponentId component, VariableId variable, Attribute attribute) {
        Entry e = entries.get(key(component, variable));
        return e == null ? null : e.values.get(attribute);
    }

    /** The Actual value, or {@code null}. */
    public @Nullable String actual(ComponentId component, VariableId variable) {
        return value(component, variable, Attribute.ACTUAL);
    }

    /** The Actual value as an int, or {@code fallback} when unset or not a number. */
    public int intValue(ComponentId component, VariableId variable, int fallback) {
        String v = actual(component, variable);
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Reads an attribute as GetVariables does. */
    public synchronized GetResult get(ComponentId component, VariableId variable, Attribute attribute) {
        Entry e = entries.get(key(component, variable));
        if (e == null) {
            return new GetResult(
                    components.contains(component.key()) ? GetStatus.UNKNOWN_VARIABLE : GetStatus.UNKNOWN_COMPONENT,
                    null);
        }
        if (!e.definition.attributes().contains(attribute)) {
            return new GetResult(GetStatus.NOT_SUPPORTED_ATTRIBUTE_TYPE, null);
        }
        if (e.definition.mutability() == Mutability.WRITE_ONLY) {
            return new GetResult(GetStatus.REJECTED, null);
        }
        return new GetResult(GetStatus.ACCEPTED, e.values.get(attribute));
    }

    /** Writes an attribute as SetVariables does: read-only variables and invalid values are rejected. */
    public SetResult set(ComponentId component, VariableId variable, Attribute attribute, String value) {
        return write(component, variable, attribute, value, false);
    }

    /**
     * Writes an attribute on the station's own behalf (read-only variables included, e.g. an AvailabilityState); the
     * value is still checked.
     */
    public SetResult setInternally(ComponentId component, VariableId variable, Attribute attribute, String value) {
        return write(component, variable, attribute, value, true);
    }

    private SetResult write(
            ComponentId component, VariableId variable, Attribute attribute, String value, boolean internal) {
        Objects.requireNonNull(value, "value");
        VariableDefinition def;
        String old;
        synchronized (this) {
            Entry e = entries.get(key(component, variable));
            if (e == null) {
                return new SetResult(
                        components.contains(component.key()) ? SetStatus.UNKNOWN_VARIABLE : SetStatus.UNKNOWN_COMPONENT,
                        null);
            }
            def = e.definition;
            if (!def.attributes().contains(attribute)) {
                return new SetResult(SetStatus.NOT_SUPPORTED_ATTRIBUTE_TYPE, null);
            }
            if (!internal && def.mutability() == Mutability.READ_ONLY) {
                return new SetResult(SetStatus.REJECTED, "ReadOnly");
            }
            String problem =
                    check(def, value, e.values.get(Attribute.MIN_SET), e.values.get(Attribute.MAX_SET), attribute);
            if (problem != null) {
                return new SetResult(SetStatus.REJECTED, problem);
            }
            old = e.values.put(attribute, value);
        }
        if (!value.equals(old)) {
            for (ChangeListener l : listeners) {
                l.changed(def, attribute, old, value);
            }
        }
        return new SetResult(def.rebootRequired() && !internal ? SetStatus.REBOOT_REQUIRED : SetStatus.ACCEPTED, null);
    }

    /** Why {@code value} is not allowed, as a short reason code, or {@code null} when it is. */
    static @Nullable String check(
            VariableDefinition def,
            String value,
            @Nullable String minSet,
            @Nullable String maxSet,
            Attribute attribute) {
        DataType type = def.dataType();
        switch (type) {
            case INTEGER, DECIMAL -> {
                BigDecimal n;
                try {
                    n = new BigDecimal(value.strip());
                } catch (NumberFormatException e) {
                    return "InvalidValue";
                }
                if (type == DataType.INTEGER && n.stripTrailingZeros().scale() > 0) {
                    return "InvalidValue";
                }
                if (def.minLimit() != null && n.compareTo(def.minLimit()) < 0) {
                    return "ValueTooLow";
                }
                if (def.maxLimit() != null && n.compareTo(def.maxLimit()) > 0) {
                    return "ValueTooHigh";
                }
                if (attribute == Attribute.ACTUAL || attribute == Attribute.TARGET) {
                    if (minSet != null && n.compareTo(new BigDecimal(minSet)) < 0) {
                        return "ValueTooLow";
                    }
                    if (maxSet != null && n.compareTo(new BigDecimal(maxSet)) > 0) {
                        return "ValueTooHigh";
                    }
                }
                return null;
            }
            case BOOLEAN -> {
                String v = value.strip().toLowerCase(Locale.ROOT);
                return v.equals("true") || v.equals("false") ? null : "InvalidValue";
            }
            case DATE_TIME -> {
                try {
                    OffsetDateTime.parse(value.strip());
                    return null;
                } catch (DateTimeParseException e) {
                    return "InvalidValue";
                }
            }
            case OPTION_LIST -> {
                return def.valuesList().isEmpty() || def.valuesList().contains(value.strip()) ? null : "InvalidValue";
            }
            case MEMBER_LIST, SEQUENCE_LIST -> {
                if (value.isBlank()) {
                    return null;
                }
                Set<String> seen = new HashSet<>();
                for (String item : value.split(",")) {
                    String s = item.strip();
                    if (!def.valuesList().isEmpty() && !def.valuesList().contains(s)) {
                        return "InvalidValue";
                    }
                    if (type == DataType.MEMBER_LIST && !seen.add(s)) {
                        return "InvalidValue";
                    }
                }
                return null;
            }
            default -> {
                if (def.maxLimit() != null && value.length() > def.maxLimit().intValue()) {
                    return "ValueTooLong";
                }
                return null;
            }
        }
    }

    private static String key(ComponentId c, VariableId v) {
        return c.key() + "#" + v.key();
    }
}
