package dev.ocpkit.ocpp.devicemodel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A variable of the device model with its characteristics: which attributes it has, whether they can be read or
 * written, the data type and the limits that a SetVariables value must respect.
 *
 * @param component the component
 * @param variable the variable
 * @param dataType the data type of its values
 * @param mutability whether the Actual value can be read and/or written
 * @param attributes the attributes this variable has (at least {@link Attribute#ACTUAL})
 * @param unit the unit, e.g. {@code s} or {@code W}, or {@code null}
 * @param minLimit the lowest allowed number (decimal and integer types), or {@code null}
 * @param maxLimit the highest allowed number, or the longest string length for string types, or {@code null}
 * @param valuesList the allowed values for option and member/sequence lists (empty for other types)
 * @param rebootRequired whether a new value only takes effect after a reboot (SetVariables answers RebootRequired)
 * @since 0.1
 */
public record VariableDefinition(
        ComponentId component,
        VariableId variable,
        DataType dataType,
        Mutability mutability,
        Set<Attribute> attributes,
        @Nullable String unit,
        @Nullable BigDecimal minLimit,
        @Nullable BigDecimal maxLimit,
        List<String> valuesList,
        boolean rebootRequired) {

    /** The data types of OCPP 2.x {@code VariableCharacteristics.dataType}. */
    public enum DataType {
        /** Any string (maxLimit bounds the length). */
        STRING,
        /** A decimal number. */
        DECIMAL,
        /** An integer. */
        INTEGER,
        /** An RFC 3339 date-time. */
        DATE_TIME,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One value of {@link VariableDefinition#valuesList()}. */
        OPTION_LIST,
        /** An ordered, comma-separated list of values of the values list. */
        SEQUENCE_LIST,
        /** An unordered, comma-separated set of values of the values list. */
        MEMBER_LIST
    }

    /** Whether an attribute can be read and written. */
    public enum Mutability {
        /** Read only: SetVariables is rejected. */
        READ_ONLY,
        /** Write only (e.g. passwords): GetVariables is rejected. */
        WRITE_ONLY,
        /** Read and write. */
        READ_WRITE
    }

    /** The attribute types of a variable. */
    public enum Attribute {
        /** The actual value. */
        ACTUAL,
        /** The target value. */
        TARGET,
        /** The lowest value that may be set. */
        MIN_SET,
        /** The highest value that may be set. */
        MAX_SET
    }

    /** Copies the collections; requires component, variable, type, mutability and the ACTUAL attribute. */
    public VariableDefinition {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(mutability, "mutability");
        attributes = Set.copyOf(attributes);
        valuesList = valuesList == null ? List.of() : List.copyOf(valuesList);
        if (!attributes.contains(Attribute.ACTUAL)) {
            throw new IllegalArgumentException("every variable has an Actual attribute");
        }
    }

    /** A read-write variable with only the Actual attribute and no limits. */
    public static VariableDefinition of(ComponentId c, VariableId v, DataType type, Mutability mutability) {
        return new VariableDefinition(
                c, v, type, mutability, Set.of(Attribute.ACTUAL), null, null, null, List.of(), false);
    }

    /** This definition with a unit and numeric limits. */
    public VariableDefinition withLimits(@Nullable String newUnit, @Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new VariableDefinition(
                component, variable, dataType, mutability, attributes, newUnit, min, max, valuesList, rebootRequired);
    }

    /** This definition with the allowed values of a list type. */
    public VariableDefinition withValues(List<String> values) {
        return new VariableDefinition(
                component,
                variable,
                dataType,
                mutability,
                attributes,
                unit,
                minLimit,
                maxLimit,
                values,
                rebootRequired);
    }

    /** This definition marked as taking effect only after a reboot. */
    public VariableDefinition requiringReboot() {
        return new VariableDefinition(
                component, variable, dataType, mutability, attributes, unit, minLimit, maxLimit, valuesList, true);
    }
}
