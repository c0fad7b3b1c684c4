package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An insertion-ordered, thread-safe map of OCPI objects keyed by case-insensitive identifiers (CiString), with a
 * copy-on-write snapshot for lock-free reads: the backing of the in-memory reference services.
 */
public final class ObjectStore<T> {
    private final Map<String, T> map = new LinkedHashMap<>();
    private volatile List<T> snapshot = List.of();

    /** The key of identifier parts, e.g. country code, party id and object id. */
    public static String key(@Nullable String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0) {
                sb.append('\u0000');
            }
            sb.append(p == null ? "" : p.toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    public synchronized PutOutcome put(String key, T value) {
        T old = map.put(key, value);
        snapshot = List.copyOf(map.values());
        return old == null ? PutOutcome.CREATED : PutOutcome.UPDATED;
    }

    /** Stores only when absent; returns whether it was stored. */
    public synchronized boolean putIfAbsent(String key, T value) {
        if (map.containsKey(key)) {
            return false;
        }
        map.put(key, value);
        snapshot = List.copyOf(map.values());
        return true;
    }

    /** Replaces a present value atomically; returns the new value, or empty when absent. */
    public synchronized Optional<T> update(String key, UnaryOperator<T> change) {
        T old = map.get(key);
        if (old == null) {
            return Optional.empty();
        }
        T value = change.apply(old);
        map.put(key, value);
        snapshot = List.copyOf(map.values());
        return Optional.of(value);
    }

    public synchronized boolean remove(String key) {
        boolean removed = map.remove(key) != null;
        if (removed) {
            snapshot = List.copyOf(map.values());
        }
        return removed;
    }

    public synchronized Optional<T> get(String key) {
        return Optional.ofNullable(map.get(key));
    }

    /** Every object in insertion order; an immutable snapshot. */
    public List<T> all() {
        return snapshot;
    }
}
