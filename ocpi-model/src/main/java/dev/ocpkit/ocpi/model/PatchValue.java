package dev.ocpkit.ocpi.model;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of an OCPI PATCH body, with the three states JSON can express: the field is absent (leave the value
 * unchanged), present with {@code null} (clear the value), or present with a value (replace it). A plain
 * nullable field cannot tell the first two apart, which is why every {@code ...Patch} record of this SDK uses this
 * type.
 *
 * <p>Binding needs the module of {@link OcpiJson} (absent fields become {@link #absent()}, JSON {@code null}
 * becomes {@link #ofNull()}); absent fields are not written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the field's type
 * @since 0.1
 */
public final class PatchValue<T> {
    private static final PatchValue<?> ABSENT = new PatchValue<>(false, null);
    private static final PatchValue<?> NULL = new PatchValue<>(true, null);

    private final boolean present;
    private final @Nullable T value;

    private PatchValue(boolean present, @Nullable T value) {
        this.present = present;
        this.value = value;
    }

    /** The field is not in the PATCH body: the stored value stays as it is. */
    @SuppressWarnings("unchecked")
    public static <T> PatchValue<T> absent() {
        return (PatchValue<T>) ABSENT;
    }

    /** The field is in the PATCH body with JSON {@code null}: the stored value is removed. */
    @SuppressWarnings("unchecked")
    public static <T> PatchValue<T> ofNull() {
        return (PatchValue<T>) NULL;
    }

    /** The field is in the PATCH body with this value; {@code null} gives {@link #ofNull()}. */
    public static <T> PatchValue<T> of(@Nullable T value) {
        return value == null ? ofNull() : new PatchValue<>(true, value);
    }

    /** Whether the field is in the body (with a value or with {@code null}). */
    public boolean isPresent() {
        return present;
    }

    /** Whether the field is absent from the body. */
    public boolean isAbsent() {
        return !present;
    }

    /** Whether the field is in the body with JSON {@code null}. */
    public boolean isNull() {
        return present && value == null;
    }

    /** The value; {@code null} when absent or explicitly null. */
    public @Nullable T value() {
        return value;
    }

    /** The new value when present (possibly {@code null}), else {@code current}: how a receiver applies a PATCH. */
    public @Nullable T applyTo(@Nullable T current) {
        return present ? value : current;
    }

    /** Runs {@code action} with the new value (possibly {@code null}) when the field is present. */
    public void ifPresent(Consumer<? super @Nullable T> action) {
        if (present) {
            action.accept(value);
        }
    }

    /** A patch value of the mapped type, keeping absent and null as they are. */
    public <R> PatchValue<R> map(Function<? super T, ? extends R> mapper) {
        if (!present) {
            return absent();
        }
        return value == null ? ofNull() : of(mapper.apply(value));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PatchValue<?> other && present == other.present && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return present ? 31 + Objects.hashCode(value) : 0;
    }

    @Override
    public String toString() {
        if (!present) {
            return "absent";
        }
        return value == null ? "null" : String.valueOf(value);
    }
}
