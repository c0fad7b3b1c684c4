package dev.ocpkit.ocpi.model;

import org.jspecify.annotations.Nullable;

/**
 * An OCPI enumeration. Every implementing Java enum has a constant {@code UNKNOWN} whose {@link #value()} is
 * {@code null}, and a static {@code fromValue(String)} that never throws: a value this SDK does not know maps to
 * {@code UNKNOWN}.
 *
 * <p>Records never store the enum itself: they store the raw string exactly as received (accessor
 * {@code xxxAsString()}) and derive the enum from it ({@code xxx()}), so a value added by a later OCPI version
 * survives a parse and is written back unchanged.
 *
 * @since 0.1
 */
public interface OcpiEnum {
    /** The value as written in JSON, or {@code null} for {@code UNKNOWN}. */
    @Nullable
    String value();

    /** Whether this constant is a value of the specification (i.e. not {@code UNKNOWN}). */
    default boolean isKnown() {
        return value() != null;
    }

    /**
     * Looks up the constant of {@code type} whose {@link #value()} equals {@code raw} (case-sensitive, as OCPI
     * enums are), or the constant {@code UNKNOWN}.
     *
     * @param raw the JSON value; {@code null} gives {@code null}
     * @return the matching constant, {@code UNKNOWN} for an unknown value, {@code null} for {@code null}
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
            throw new IllegalStateException(type.getName() + " has no UNKNOWN constant");
        }
        return unknown;
    }
}
