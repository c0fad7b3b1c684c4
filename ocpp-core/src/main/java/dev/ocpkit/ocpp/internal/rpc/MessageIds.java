package dev.ocpkit.ocpp.internal.rpc;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message ids unique per connection: a random prefix (so two connections of one station never reuse an id) and a
 * counter, in base 36; at most 26 characters, well below OCPP's 36.
 */
final class MessageIds {
    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    MessageIds() {
        this.prefix = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + '.';
    }

    String next() {
        return prefix + Long.toString(counter.incrementAndGet(), 36);
    }
}
