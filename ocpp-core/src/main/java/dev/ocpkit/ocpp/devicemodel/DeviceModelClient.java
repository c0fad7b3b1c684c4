package dev.ocpkit.ocpp.devicemodel;

import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.GetStatus;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.SetStatus;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * CSMS-side helpers that read and write a station's device model with GetVariables and SetVariables, over OCPP
 * 2.0.1 or 2.1 (chosen by the session's version), with version-neutral requests and results. Results come back in
 * request order, as the station answers them.
 *
 * <p>Stateless and thread-safe; each call sends one CALL on the session.
 *
 * @since 0.1
 */
public final class DeviceModelClient {
    private DeviceModelClient() {}

    /**
     * A variable attribute to read.
     *
     * @param component the component
     * @param variable the variable
     * @param attribute the attribute (Actual unless stated)
     */
    public record VariableRef(ComponentId component, VariableId variable, Attribute attribute) {
        /** Requires all three. */
        public VariableRef {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(attribute, "attribute");
        }

        /** The Actual attribute of a variable. */
        public static VariableRef actual(ComponentId component, VariableId variable) {
            return new VariableRef(component, variable, Attribute.ACTUAL);
        }
    }

    /**
     * A read result.
     *
     * @param ref what was read
     * @param status the station's answer
     * @param value the value when accepted, else {@code null}
     */
    public record VariableValue(VariableRef ref, GetStatus status, @Nullable String value) {}

    /**
     * A value to write.
     *
     * @param ref where to write
     * @param value the new value (at most 1000 characters in OCPP 2.0.1)
     */
    public record VariableWrite(VariableRef ref, String value) {
        /** Requires both. */
        public VariableWrite {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A write result.
     *
     * @param write what was written
     * @param status the station's answer
     * @param reason the station's reason code when it gave one, else {@code null}
     */
    public record WriteResult(VariableWrite write, SetStatus status, @Nullable String reason) {}

    /** Reads the Actual value of one variable; empty unless the station accepted the read. */
    public static CompletableFuture<Optional<String>> getVariable(
            OcppSession session, ComponentId component, VariableId variable) {
        return getVariables(session, List.of(VariableRef.actual(component, variable)))
                .thenApply(list -> list.get(0).status() == GetStatus.ACCEPTED
                        ? Optional.ofNullable(list.get(0).value())
                        : Optional.empty());
    }

    /** Writes the Actual value of one variable. */
    public static CompletableFuture<SetStatus> setVariable(
            OcppSession session, ComponentId component, VariableId variable, String value) {
        return setVariables(session, List.of(new VariableWrite(VariableRef.actual(component, variable), value)))
                .thenApply(list -> list.get(0).status());
    }

    /**
     * Reads several variables in one GetVariables.
     *
     * @throws IllegalArgumentException (in the future) when the session is not OCPP 2.x
     */
    public static CompletableFuture<List<VariableValue>> getVariables(OcppSession session, List<VariableRef> refs) {
        if (refs.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("nothing to read"));
        }
        if (session.version() == OcppVersion.V201) {
            List<dev.ocpkit.ocpp.v201.GetVariableData> data = new ArrayList<>();
            for (VariableRef r : refs) {
                data.add(new dev.ocpkit.ocpp.v201.GetVariableData(
                        dev.ocpkit.ocpp.v201.AttributeEnum.fromValue(DeviceModelHandlers.attributeValue(r.attribute())),
                        component201(r.component()),
                        new dev.ocpkit.ocpp.v201.Variable(
                                r.variable().name(), r.variable().instance(), null),
                        null));
            }
            return session.call(new dev.ocpkit.ocpp.v201.GetVariablesRequest(data))
                    .thenApply(resp -> {
                        List<VariableValue> out = new ArrayList<>();
                        for (int i = 0; i < refs.size(); i++) {
                            dev.ocpkit.ocpp.v201.GetVariableResult r = find201(resp.getVariableResult(), refs.get(i));
                            out.add(
                                    r == null
                                            ? new VariableValue(refs.get(i), GetStatus.UNKNOWN_VARIABLE, null)
                                            : new VariableValue(
                                                    refs.get(i),
                                                    getStatus(
                                                            r.attributeStatus().value()),
                                                    r.attributeValue()));
                        }
                        return out;
                    });
        }
        if (session.version() == OcppVersion.V21) {
            List<dev.ocpkit.ocpp.v21.GetVariableData> data = new ArrayList<>();
            for (VariableRef r : refs) {
                data.add(new dev.ocpkit.ocpp.v21.GetVariableData(
                        dev.ocpkit.ocpp.v21.AttributeEnum.fromValue(DeviceModelHandlers.attributeValue(r.attribute())),
                        component21(r.component()),
                        new dev.ocpkit.ocpp.v21.Variable(
                                r.variable().name(), r.variable().instance(), null),
                        null));
            }
            return session.call(new dev.ocpkit.ocpp.v21.GetVariablesRequest(data))
                    .thenApply(resp -> {
                        List<VariableValue> out = new ArrayList<>();
                        for (int i = 0; i < refs.size(); i++) {
                            dev.ocpkit.ocpp.v21.GetVariableResult r = find21(resp.getVariableResult(), refs.get(i));
                            out.add(
                                    r == null
                                            ? new VariableValue(refs.get(i), GetStatus.UNKNOWN_VARIABLE, null)
                                            : new VariableValue(
                                                    refs.get(i),
                                                    getStatus(
                                                            r.attributeStatus().value()),
                                                    r.attributeValue()));
                        }
                        return out;
                    });
        }
        return CompletableFuture.failedFuture(
                new IllegalArgumentException("GetVariables needs OCPP 2.x, the session speaks " + session.version()));
    }

    /**
     * Writes several variables in one SetVariables.
     *
     * @throws IllegalArgumentException (in the future) when the session is not OCPP 2.x
     */
    public static CompletableFuture<List<WriteResult>> setVariables(OcppSession session, List<VariableWrite> writes) {
        if (writes.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("nothing to write"));
        }
        if (session.version() == OcppVersion.V201) {
            List<dev.ocpkit.ocpp.v201.SetVariableData> data = new ArrayList<>();
            for (VariableWrite w : writes) {
                data.add(new dev.ocpkit.ocpp.v201.SetVariableData(
                        dev.ocpkit.ocpp.v201.AttributeEnum.fromValue(
                                DeviceModelHandlers.attributeValue(w.ref().attribute())),
                        w.value(),
                        component201(w.ref().component()),
                        new dev.ocpkit.ocpp.v201.Variable(
                                w.ref().variable().name(), w.ref().variable().instance(), null),
                        null));
            }
            return session.call(new dev.ocpkit.ocpp.v201.SetVariablesRequest(data))
                    .thenApply(resp -> {
                        List<WriteResult> out = new ArrayList<>();
                        for (VariableWrite w : writes) {
                            dev.ocpkit.ocpp.v201.SetVariableResult r = null;
                            for (dev.ocpkit.ocpp.v201.SetVariableResult x : resp.setVariableResult()) {
                                if (same(
                                        x.component().name(),
                                        x.component().instance(),
                                        x.variable().name(),
                                        x.variable().instance(),
                                        w.ref())) {
                                    r = x;
                                    break;
                                }
                            }
                            out.add(
                                    r == null
                                            ? new WriteResult(w, SetStatus.UNKNOWN_VARIABLE, null)
                                            : new WriteResult(
                                                    w,
                                                    setStatus(
                                                            r.attributeStatus().value()),
                                                    r.attributeStatusInfo() == null
                                                            ? null
                                                            : r.attributeStatusInfo()
                                                                    .reasonCode()));
                        }
                        return out;
                    });
        }
        if (session.version() == OcppVersion.V21) {
            List<dev.ocpkit.ocpp.v21.SetVariableData> data = new ArrayList<>();
            for (VariableWrite w : writes) {
                data.add(new dev.ocpkit.ocpp.v21.SetVariableData(
                        dev.ocpkit.ocpp.v21.AttributeEnum.fromValue(
                                DeviceModelHandlers.attributeValue(w.ref().attribute())),
                        w.value(),
                        component21(w.ref().component()),
                        new dev.ocpkit.ocpp.v21.Variable(
                                w.ref().variable().name(), w.ref().variable().instance(), null),
                        null));
            }
            return session.call(new dev.ocpkit.ocpp.v21.SetVariablesRequest(data))
                    .thenApply(resp -> {
                        List<WriteResult> out = new ArrayList<>();
                        for (VariableWrite w : writes) {
                            dev.ocpkit.ocpp.v21.SetVariableResult r = null;
                            for (dev.ocpkit.ocpp.v21.SetVariableResult x : resp.setVariableResult()) {
                                if (same(
                                        x.component().name(),
                                        x.component().instance(),
                                        x.variable().name(),
                                        x.variable().instance(),
                                        w.ref())) {
                                    r = x;
                                    break;
                                }
                            }
                            out.add(
                                    r == null
                                            ? new WriteResult(w, SetStatus.UNKNOWN_VARIABLE, null)
                                            : new WriteResult(
                                                    w,
                                                    setStatus(
                                                            r.attributeStatus().value()),
                                                    r.attributeStatusInfo() == null
                                                            ? null
                                                            : r.attributeStatusInfo()
                                                                    .reasonCode()));
                        }
                        return out;
                    });
        }
        return CompletableFuture.failedFuture(
                new IllegalArgumentException("SetVariables needs OCPP 2.x, the session speaks " + session.version()));
    }

    private static dev.ocpkit.ocpp.v201.Component component201(ComponentId c) {
        return new dev.ocpkit.ocpp.v201.Component(
                c.evseId() == null ? null : new dev.ocpkit.ocpp.v201.EVSE(c.evseId(), c.connectorId()),
                c.name(),
                c.instance(),
                null);
    }

    private static dev.ocpkit.ocpp.v21.Component component21(ComponentId c) {
        return new dev.ocpkit.ocpp.v21.Component(
                c.evseId() == null ? null : new dev.ocpkit.ocpp.v21.EVSE(c.evseId(), c.connectorId()),
                c.name(),
                c.instance(),
                null);
    }

    private static dev.ocpkit.ocpp.v201.@Nullable GetVariableResult find201(
            List<dev.ocpkit.ocpp.v201.GetVariableResult> results, VariableRef ref) {
        for (dev.ocpkit.ocpp.v201.GetVariableResult r : results) {
            if (same(
                    r.component().name(),
                    r.component().instance(),
                    r.variable().name(),
                    r.variable().instance(),
                    ref)) {
                return r;
            }
        }
        return null;
    }

    private static dev.ocpkit.ocpp.v21.@Nullable GetVariableResult find21(
            List<dev.ocpkit.ocpp.v21.GetVariableResult> results, VariableRef ref) {
        for (dev.ocpkit.ocpp.v21.GetVariableResult r : results) {
            if (same(
                    r.component().name(),
                    r.component().instance(),
                    r.variable().name(),
                    r.variable().instance(),
                    ref)) {
                return r;
            }
        }
        return null;
    }

    private static boolean same(
            String componentName,
            @Nullable String componentInstance,
            String variableName,
            @Nullable String variableInstance,
            VariableRef ref) {
        return componentName.equalsIgnoreCase(ref.component().name())
                && Objects.equals(
                        lower(componentInstance), lower(ref.component().instance()))
                && variableName.equalsIgnoreCase(ref.variable().name())
                && Objects.equals(lower(variableInstance), lower(ref.variable().instance()));
    }

    private static @Nullable String lower(@Nullable String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static GetStatus getStatus(String value) {
        return switch (value) {
            case "Accepted" -> GetStatus.ACCEPTED;
            case "UnknownComponent" -> GetStatus.UNKNOWN_COMPONENT;
            case "UnknownVariable" -> GetStatus.UNKNOWN_VARIABLE;
            case "NotSupportedAttributeType" -> GetStatus.NOT_SUPPORTED_ATTRIBUTE_TYPE;
            default -> GetStatus.REJECTED;
        };
    }

    private static SetStatus setStatus(String value) {
        return switch (value) {
            case "Accepted" -> SetStatus.ACCEPTED;
            case "UnknownComponent" -> SetStatus.UNKNOWN_COMPONENT;
            case "UnknownVariable" -> SetStatus.UNKNOWN_VARIABLE;
            case "NotSupportedAttributeType" -> SetStatus.NOT_SUPPORTED_ATTRIBUTE_TYPE;
            case "RebootRequired" -> SetStatus.REBOOT_REQUIRED;
            default -> SetStatus.REJECTED;
        };
    }
}
