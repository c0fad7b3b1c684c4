package dev.ocpkit.ocpp.devicemodel;

import dev.ocpkit.ocpp.CallErrorCode;
import dev.ocpkit.ocpp.OcppCallErrorException;
import dev.ocpkit.ocpp.OcppHandlers;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.GetResult;
import dev.ocpkit.ocpp.devicemodel.DeviceModel.SetResult;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Attribute;
import dev.ocpkit.ocpp.devicemodel.VariableDefinition.Mutability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Station-side handlers that serve a {@link DeviceModel} over OCPP 2.0.1 and 2.1: GetVariables, SetVariables and
 * GetBaseReport (answered Accepted, then the report follows as NotifyReport messages of at most
 * {@code DeviceDataCtrlr.ItemsPerMessage[GetReport]} entries, numbered with {@code seqNo}, {@code tbc} on all but
 * the last). Requests with more entries than {@code ItemsPerMessage[GetVariables|SetVariables]} are answered with
 * the CALLERROR OccurrenceConstraintViolation. Write-only values never appear in a response or a report.
 *
 * @since 0.1
 */
public final class DeviceModelHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceModelHandlers.class);

    private DeviceModelHandlers() {}

    /** The handler table for OCPP 2.0.1 and 2.1; merge it into a station's table with {@code addAll}. */
    public static OcppHandlers handlers(DeviceModel model) {
        OcppHandlers.Builder b = OcppHandlers.builder();
        register201(b, model);
        register21(b, model);
        return b.build();
    }

    static Attribute attribute(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return Attribute.ACTUAL;
        }
        return switch (value) {
            case "Target" -> Attribute.TARGET;
            case "MinSet" -> Attribute.MIN_SET;
            case "MaxSet" -> Attribute.MAX_SET;
            default -> Attribute.ACTUAL;
        };
    }

    static String attributeValue(Attribute a) {
        return switch (a) {
            case ACTUAL -> "Actual";
            case TARGET -> "Target";
            case MIN_SET -> "MinSet";
            case MAX_SET -> "MaxSet";
        };
    }

    static String statusValue(Enum<?> status) {
        StringBuilder b = new StringBuilder();
        for (String part : status.name().split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    static String dataTypeValue(VariableDefinition.DataType t) {
        return switch (t) {
            case STRING -> "string";
            case DECIMAL -> "decimal";
            case INTEGER -> "integer";
            case DATE_TIME -> "dateTime";
            case BOOLEAN -> "boolean";
            case OPTION_LIST -> "OptionList";
            case SEQUENCE_LIST -> "SequenceList";
            case MEMBER_LIST -> "MemberList";
        };
    }

    static String mutabilityValue(Mutability m) {
        return switch (m) {
            case READ_ONLY -> "ReadOnly";
            case WRITE_ONLY -> "WriteOnly";
            case READ_WRITE -> "ReadWrite";
        };
    }

    private static void checkItems(DeviceModel model, VariableId limit, int count) {
        int max = model.intValue(StandardDeviceModel.DEVICE_DATA_CTRLR, limit, Integer.MAX_VALUE);
        if (count > max) {
            throw new OcppCallErrorException(
                    CallErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                    count + " entries exceed ItemsPerMessage[" + limit.instance() + "] = " + max);
        }
    }

    /** Which variables a base report holds. */
    static List<VariableDefinition> report(DeviceModel model, String reportBase) {
        List<VariableDefinition> out = new ArrayList<>();
        for (VariableDefinition d : model.definitions()) {
            boolean include =
                    switch (reportBase) {
                        case "ConfigurationInventory" -> d.mutability() != Mutability.READ_ONLY;
                        case "SummaryInventory" -> d.variable().name().equalsIgnoreCase("AvailabilityState");
                        default -> true;
                    };
            if (include) {
                out.add(d);
            }
        }
        return out;
    }

    /** Sends {@code entries} in NotifyReport chunks, after a short pause so that the response goes out first. */
    private static <E> void sendReport(
            OcppSession session,
            DeviceModel model,
            List<VariableDefinition> entries,
            Function<List<VariableDefinition>, List<E>> toReportData,
            ReportSender<E> sender) {
        int chunk = Math.max(
                1,
                model.intValue(
                        StandardDeviceModel.DEVICE_DATA_CTRLR, StandardDeviceModel.ITEMS_PER_MESSAGE_GET_REPORT, 50));
        Executor later = CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);
        CompletableFuture<Void> chain = CompletableFuture.runAsync(() -> {}, later);
        int seq = 0;
        Instant generatedAt = Instant.now();
        for (int from = 0; from < entries.size(); from += chunk) {
            List<VariableDefinition> part = entries.subList(from, Math.min(entries.size(), from + chunk));
            boolean tbc = from + chunk < entries.size();
            int seqNo = seq++;
            chain = chain.thenCompose(x -> sender.send(session, generatedAt, toReportData.apply(part), tbc, seqNo));
        }
        chain.whenComplete((x, e) -> {
            if (e != null) {
                LOG.warn("NotifyReport to {} failed: {}", session.identity(), e.toString());
            }
        });
    }

    @FunctionalInterface
    private interface ReportSender<E> {
        CompletableFuture<Void> send(OcppSession session, Instant generatedAt, List<E> data, boolean tbc, int seqNo);
    }

    // ------------------------------------------------------------------ 2.0.1

    private static dev.ocpkit.ocpp.v201.Component component201(ComponentId c) {
        dev.ocpkit.ocpp.v201.EVSE evse =
                c.evseId() == null ? null : new dev.ocpkit.ocpp.v201.EVSE(c.evseId(), c.connectorId());
        return new dev.ocpkit.ocpp.v201.Component(evse, c.name(), c.instance(), null);
    }

    private static ComponentId componentId(dev.ocpkit.ocpp.v201.Component c) {
        return new ComponentId(
                c.name(),
                c.instance(),
                c.evse() == null ? null : c.evse().id(),
                c.evse() == null ? null : c.evse().connectorId());
    }

    private static void register201(OcppHandlers.Builder b, DeviceModel model) {
        b.on(dev.ocpkit.ocpp.v201.Ocpp201Actions.GET_VARIABLES, (ctx, req) -> {
            checkItems(
                    model,
                    StandardDeviceModel.ITEMS_PER_MESSAGE_GET_VARIABLES,
                    req.getVariableData().size());
            List<dev.ocpkit.ocpp.v201.GetVariableResult> results = new ArrayList<>();
            for (dev.ocpkit.ocpp.v201.GetVariableData d : req.getVariableData()) {
                Attribute a = attribute(
                        d.attributeType() == null ? null : d.attributeType().value());
                GetResult r = model.get(
                        componentId(d.component()),
                        new VariableId(d.variable().name(), d.variable().instance()),
                        a);
                results.add(dev.ocpkit.ocpp.v201.GetVariableResult.builder()
                        .attributeStatus(dev.ocpkit.ocpp.v201.GetVariableStatusEnum.fromValue(statusValue(r.status())))
                        .attributeType(d.attributeType())
                        .attributeValue(r.value())
                        .component(d.component())
                        .variable(d.variable())
                        .build());
            }
            return new dev.ocpkit.ocpp.v201.GetVariablesResponse(results);
        });
        b.on(dev.ocpkit.ocpp.v201.Ocpp201Actions.SET_VARIABLES, (ctx, req) -> {
            checkItems(
                    model,
                    StandardDeviceModel.ITEMS_PER_MESSAGE_SET_VARIABLES,
                    req.setVariableData().size());
            List<dev.ocpkit.ocpp.v201.SetVariableResult> results = new ArrayList<>();
            for (dev.ocpkit.ocpp.v201.SetVariableData d : req.setVariableData()) {
                Attribute a = attribute(
                        d.attributeType() == null ? null : d.attributeType().value());
                SetResult r = model.set(
                        componentId(d.component()),
                        new VariableId(d.variable().name(), d.variable().instance()),
                        a,
                        d.attributeValue());
                results.add(dev.ocpkit.ocpp.v201.SetVariableResult.builder()
                        .attributeStatus(dev.ocpkit.ocpp.v201.SetVariableStatusEnum.fromValue(statusValue(r.status())))
                        .attributeStatusInfo(
                                r.reason() == null ? null : new dev.ocpkit.ocpp.v201.StatusInfo(r.reason(), null, null))
                        .attributeType(d.attributeType())
                        .component(d.component())
                        .variable(d.variable())
                        .build());
            }
            return new dev.ocpkit.ocpp.v201.SetVariablesResponse(results);
        });
        b.on(dev.ocpkit.ocpp.v201.Ocpp201Actions.GET_BASE_REPORT, (ctx, req) -> {
            List<VariableDefinition> entries = report(model, req.reportBase().value());
            if (entries.isEmpty()) {
                return new dev.ocpkit.ocpp.v201.GetBaseReportResponse(
                        dev.ocpkit.ocpp.v201.GenericDeviceModelStatusEnum.EMPTY_RESULT_SET, null, null);
            }
            sendReport(
                    ctx.session(),
                    model,
                    entries,
                    part -> reportData201(model, part),
                    (s, at, data, tbc, seqNo) -> s.call(new dev.ocpkit.ocpp.v201.NotifyReportRequest(
                                    req.requestId(), at, data, tbc, seqNo, null))
                            .thenApply(r -> null));
            return new dev.ocpkit.ocpp.v201.GetBaseReportResponse(
                    dev.ocpkit.ocpp.v201.GenericDeviceModelStatusEnum.ACCEPTED, null, null);
        });
    }

    private static List<dev.ocpkit.ocpp.v201.ReportData> reportData201(
            DeviceModel model, List<VariableDefinition> defs) {
        List<dev.ocpkit.ocpp.v201.ReportData> out = new ArrayList<>();
        for (VariableDefinition d : defs) {
            List<dev.ocpkit.ocpp.v201.VariableAttribute> attrs = new ArrayList<>();
            for (Attribute a : Attribute.values()) {
                if (d.attributes().contains(a)) {
                    String value = d.mutability() == Mutability.WRITE_ONLY
                            ? null
                            : model.value(d.component(), d.variable(), a);
                    attrs.add(new dev.ocpkit.ocpp.v201.VariableAttribute(
                            dev.ocpkit.ocpp.v201.AttributeEnum.fromValue(attributeValue(a)),
                            value,
                            dev.ocpkit.ocpp.v201.MutabilityEnum.fromValue(mutabilityValue(d.mutability())),
                            null,
                            null,
                            null));
                }
            }
            out.add(new dev.ocpkit.ocpp.v201.ReportData(
                    component201(d.component()),
                    new dev.ocpkit.ocpp.v201.Variable(
                            d.variable().name(), d.variable().instance(), null),
                    attrs,
                    new dev.ocpkit.ocpp.v201.VariableCharacteristics(
                            d.unit(),
                            dev.ocpkit.ocpp.v201.DataEnum.fromValue(dataTypeValue(d.dataType())),
                            d.minLimit(),
                            d.maxLimit(),
                            d.valuesList().isEmpty() ? null : String.join(",", d.valuesList()),
                            false,
                            null),
                    null));
        }
        return out;
    }

    // ------------------------------------------------------------------ 2.1

    private static dev.ocpkit.ocpp.v21.Component component21(ComponentId c) {
        dev.ocpkit.ocpp.v21.EVSE evse =
                c.evseId() == null ? null : new dev.ocpkit.ocpp.v21.EVSE(c.evseId(), c.connectorId());
        return new dev.ocpkit.ocpp.v21.Component(evse, c.name(), c.instance(), null);
    }

    private static ComponentId componentId(dev.ocpkit.ocpp.v21.Component c) {
        return new ComponentId(
                c.name(),
                c.instance(),
                c.evse() == null ? null : c.evse().id(),
                c.evse() == null ? null : c.evse().connectorId());
    }

    private static void register21(OcppHandlers.Builder b, DeviceModel model) {
        b.on(dev.ocpkit.ocpp.v21.Ocpp21Actions.GET_VARIABLES, (ctx, req) -> {
            checkItems(
                    model,
                    StandardDeviceModel.ITEMS_PER_MESSAGE_GET_VARIABLES,
                    req.getVariableData().size());
            List<dev.ocpkit.ocpp.v21.GetVariableResult> results = new ArrayList<>();
            for (dev.ocpkit.ocpp.v21.GetVariableData d : req.getVariableData()) {
                Attribute a = attribute(
                        d.attributeType() == null ? null : d.attributeType().value());
                GetResult r = model.get(
                        componentId(d.component()),
                        new VariableId(d.variable().name(), d.variable().instance()),
                        a);
                results.add(dev.ocpkit.ocpp.v21.GetVariableResult.builder()
                        .attributeStatus(dev.ocpkit.ocpp.v21.GetVariableStatusEnum.fromValue(statusValue(r.status())))
                        .attributeType(d.attributeType())
                        .attributeValue(r.value())
                        .component(d.component())
                        .variable(d.variable())
                        .build());
            }
            return new dev.ocpkit.ocpp.v21.GetVariablesResponse(results);
        });
        b.on(dev.ocpkit.ocpp.v21.Ocpp21Actions.SET_VARIABLES, (ctx, req) -> {
            checkItems(
                    model,
                    StandardDeviceModel.ITEMS_PER_MESSAGE_SET_VARIABLES,
                    req.setVariableData().size());
            List<dev.ocpkit.ocpp.v21.SetVariableResult> results = new ArrayList<>();
            for (dev.ocpkit.ocpp.v21.SetVariableData d : req.setVariableData()) {
                Attribute a = attribute(
                        d.attributeType() == null ? null : d.attributeType().value());
                SetResult r = model.set(
                        componentId(d.component()),
                        new VariableId(d.variable().name(), d.variable().instance()),
                        a,
                        d.attributeValue());
                results.add(dev.ocpkit.ocpp.v21.SetVariableResult.builder()
                        .attributeStatus(dev.ocpkit.ocpp.v21.SetVariableStatusEnum.fromValue(statusValue(r.status())))
                        .attributeStatusInfo(
                                r.reason() == null ? null : new dev.ocpkit.ocpp.v21.StatusInfo(r.reason(), null, null))
                        .attributeType(d.attributeType())
                        .component(d.component())
                        .variable(d.variable())
                        .build());
            }
            return new dev.ocpkit.ocpp.v21.SetVariablesResponse(results);
        });
        b.on(dev.ocpkit.ocpp.v21.Ocpp21Actions.GET_BASE_REPORT, (ctx, req) -> {
            List<VariableDefinition> entries = report(model, req.reportBase().value());
            if (entries.isEmpty()) {
                return new dev.ocpkit.ocpp.v21.GetBaseReportResponse(
                        dev.ocpkit.ocpp.v21.GenericDeviceModelStatusEnum.EMPTY_RESULT_SET, null, null);
            }
            sendReport(
                    ctx.session(),
                    model,
                    entries,
                    part -> reportData21(model, part),
                    (s, at, data, tbc, seqNo) -> s.call(new dev.ocpkit.ocpp.v21.NotifyReportRequest(
                                    req.requestId(), at, data, tbc, seqNo, null))
                            .thenApply(r -> null));
            return new dev.ocpkit.ocpp.v21.GetBaseReportResponse(
                    dev.ocpkit.ocpp.v21.GenericDeviceModelStatusEnum.ACCEPTED, null, null);
        });
    }

    private static List<dev.ocpkit.ocpp.v21.ReportData> reportData21(DeviceModel model, List<VariableDefinition> defs) {
        List<dev.ocpkit.ocpp.v21.ReportData> out = new ArrayList<>();
        for (VariableDefinition d : defs) {
            List<dev.ocpkit.ocpp.v21.VariableAttribute> attrs = new ArrayList<>();
            for (Attribute a : Attribute.values()) {
                if (d.attributes().contains(a)) {
                    String value = d.mutability() == Mutability.WRITE_ONLY
                            ? null
                            : model.value(d.component(), d.variable(), a);
                    attrs.add(new dev.ocpkit.ocpp.v21.VariableAttribute(
                            dev.ocpkit.ocpp.v21.AttributeEnum.fromValue(attributeValue(a)),
                            value,
                            dev.ocpkit.ocpp.v21.MutabilityEnum.fromValue(mutabilityValue(d.mutability())),
                            null,
                            null,
                            null));
                }
            }
            out.add(new dev.ocpkit.ocpp.v21.ReportData(
                    component21(d.component()),
                    new dev.ocpkit.ocpp.v21.Variable(
                            d.variable().name(), d.variable().instance(), null),
                    attrs,
                    new dev.ocpkit.ocpp.v21.VariableCharacteristics(
                            d.unit(),
                            dev.ocpkit.ocpp.v21.DataEnum.fromValue(dataTypeValue(d.dataType())),
                            d.minLimit(),
                            d.maxLimit(),
                            null,
                            d.valuesList().isEmpty() ? null : String.join(",", d.valuesList()),
                            false,
                            null),
                    null));
        }
        return out;
    }
}
