package dev.ocpkit.ocpi.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** List copies for record constructors. */
public final class Lists {
    private Lists() {}

    /**
     * An unmodifiable copy; {@code null} gives an empty list. Unlike {@link List#copyOf} it keeps {@code null}
     * elements, so that a lenient parse never fails on them and the validator can report them.
     */
    public static <T> List<T> copy(@Nullable List<? extends T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
