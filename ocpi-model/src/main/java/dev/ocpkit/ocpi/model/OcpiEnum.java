package dev.ocpkit.ocpi.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An OCPI enumeration. Every implementing Java enum has a constant {@code UNRECOGNIZED} whose {@link #value()} is
 * {@code null}, and a static {@code fromValue(String)} that never throws: a value this SDK does not know maps to
 * {@code UNRECOGNIZED}. (The name is not {@code UNKNOWN} because several OCPI enumerations have a value
 * {@code "UNKNOWN"} of their own.)
 *
 * <p>Records never store the enum itself: they store the raw string exactly as received (accessor
 * {@code xxxAsString()}) and derive the enum from it ({@code xxx()}), so a value added by a later OCPI version
 * survives a parse and is written back unchanged.
 *
 * @since 0.1
 */
public interface OcpiEnum {
    /** The value as written in JSON, or {@code null} for {@code UNRECOGNIZED}. */
    @Nullable
    String value();

    /** Whether this constant is a value of the specification (i.e. not {@code UNRECOGNIZED}). */
    default boolean isKnown() {
        return value() != null;
    }

    /**
     * Looks up the constant of {@code type} whose {@link #value()} equals {@code raw} (case-sensitive, as OCPI
     * enums are), or the constant {@code UNRECOGNIZED}.
     *
     * @param raw the JSON value; {@code null} gives {@code null}
     * @return the matching constant, {@code UNRECOGNIZED} for an unknown value, {@code null} for {@code null}
     */
    static <E extends Enum<E> & OcpiEnum> @Nullable E fromValue(Class<E> type, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        E unknown = null;
        for (E e : type.getEnumConstants()) {
            String v = e.value();
            if (v == null) {
                unknown = e;
            } else if (v.equals(raw)) {
                return e;
            }
        }
        if (unknown == null) {
            throw new IllegalStateException(type.getName() + " has no UNRECOGNIZED constant");
        }
        return unknown;
    }

    /**
     * Maps raw JSON values to constants of {@code type}, element by element as {@link #fromValue(Class, String)}.
     *
     * @return an unmodifiable list of the same size; a {@code null} element stays {@code null}
     */
    static <E extends Enum<E> & OcpiEnum> List<@Nullable E> fromValues(Class<E> type, List<@Nullable String> raw) {
        List<@Nullable E> out = new ArrayList<>(raw.size());
        for (String r : raw) {
            out.add(fromValue(type, r));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The JSON values of {@code constants}; an {@code UNRECOGNIZED} or {@code null} element gives {@code null}.
     *
     * @return an unmodifiable list of the same size
     */
    static List<@Nullable String> valuesOf(List<? extends @Nullable OcpiEnum> constants) {
        List<@Nullable String> out = new ArrayList<>(constants.size());
        for (OcpiEnum c : constants) {
            out.add(c == null ? null : c.value());
        }
        return Collections.unmodifiableList(out);
    }
}
