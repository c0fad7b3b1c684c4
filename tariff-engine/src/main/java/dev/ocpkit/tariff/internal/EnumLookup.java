package dev.ocpkit.tariff.internal;

import dev.ocpkit.ocpi.model.OcpiEnum;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The constant of an OCPI enum for a JSON value, as {@link OcpiEnum#fromValue} answers it (the first constant whose
 * value equals the text; the constant without a value for unknown text; {@code null} for {@code null}), from a map
 * built once instead of a scan over a fresh copy of the constants per call.
 */
final class EnumLookup<E extends Enum<E> & OcpiEnum> {
    private final Map<String, E> byValue = new HashMap<>();
    private final @Nullable E unknown;

    EnumLookup(Class<E> type) {
        E u = null;
        for (E e : type.getEnumConstants()) {
            String v = e.value();
            if (v == null) {
                u = e;
            } else {
                byValue.putIfAbsent(v, e);
            }
        }
        this.unknown = u;
    }

    @Nullable
    E get(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        E e = byValue.get(raw);
        if (e != null) {
            return e;
        }
        if (unknown == null) {
            throw new IllegalStateException("an OCPI enum has no UNRECOGNIZED constant");
        }
        return unknown;
    }
}
