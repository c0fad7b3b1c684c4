package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.model.OcpiJson;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The JSON of recently written objects, keyed by identity: model records are immutable, so a service that hands out
 * the same instances again (an in-memory store, a cache) has them serialized once. Direct-mapped on {@link
 * System#identityHashCode}, bounded, lock-free; a collision simply replaces the slot. Holds strong references to at
 * most {@code size} objects.
 */
final class SerializedCache {
    private record Entry(Object key, byte[] json) {}

    private final OcpiJson json;
    private final AtomicReferenceArray<Entry> slots;
    private final int mask;

    /** @param size the number of slots, rounded up to a power of two; 0 disables caching */
    SerializedCache(OcpiJson json, int size) {
        this.json = json;
        int n = size <= 0 ? 0 : Integer.highestOneBit(Math.max(1, size - 1)) << 1;
        this.slots = new AtomicReferenceArray<>(n);
        this.mask = n - 1;
    }

    /** The JSON of {@code value}, as {@link OcpiJson#writeBytes} writes it. */
    byte[] bytes(Object value) {
        if (mask < 0) {
            return json.writeBytes(value);
        }
        int slot = System.identityHashCode(value) & mask;
        Entry e = slots.get(slot);
        if (e != null && e.key() == value) {
            return e.json();
        }
        byte[] b = json.writeBytes(value);
        slots.set(slot, new Entry(value, b));
        return b;
    }
}
