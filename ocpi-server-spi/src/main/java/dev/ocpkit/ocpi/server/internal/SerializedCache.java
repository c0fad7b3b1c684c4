package dev.ocpkit.ocpi.server.internal;

import dev.ocpkit.ocpi.model.OcpiJson;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The JSON of recently written objects, keyed by identity: model records are immutable, so a service that hands out
 * the same instances again (an in-memory store, a cache) has them serialized once. Bounded and lock-free. Two-way
 * associative: an object may sit in one of two slots chosen from two mixes of its {@link System#identityHashCode}, so
 * two objects of a page that share their first slot do not evict each other on every request (with one slot per
 * object, about one in ten objects of a 100-object page did, and their serialization was most of a cached list's
 * cost). Holds strong references to at most {@code size} objects.
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
        int h = System.identityHashCode(value);
        int first = h & mask;
        int second = (h * 0x9E3779B9 >>> 16 ^ h) & mask;
        Entry a = slots.get(first);
        if (a != null && a.key() == value) {
            return a.json();
        }
        Entry b = slots.get(second);
        if (b != null && b.key() == value) {
            return b.json();
        }
        byte[] bytes = json.writeBytes(value);
        // an empty slot first; when both are taken, the second one, so the first slot's tenant stays
        slots.set(a == null || second == first ? first : second, new Entry(value, bytes));
        return bytes;
    }
}
