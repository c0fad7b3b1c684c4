package dev.ocpkit.ocpp.internal.server;

import dev.ocpkit.ocpp.LoginThrottle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The refused-handshake counts behind a {@link LoginThrottle}, per identity and address. Thread-safe. */
public final class FailedLogins {
    public static final int MAX_ENTRIES = 10_000;

    private record State(int failures, long blockedUntilNanos) {}

    private final LoginThrottle throttle;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    public FailedLogins(LoginThrottle throttle) {
        this(throttle, System::nanoTime);
    }

    /** With a clock of nanoseconds (tests). */
    public FailedLogins(LoginThrottle throttle, LongSupplier nanoTime) {
        this.throttle = throttle;
        this.nanoTime = nanoTime;
    }

    /** Whether handshakes of this key are refused unchecked now. */
    public boolean blocked(String key) {
        State s = states.get(key);
        return s != null && s.blockedUntilNanos - nanoTime.getAsLong() > 0;
    }

    /** Records a refused handshake. */
    public void failed(String key) {
        if (throttle.freeFailures() == Integer.MAX_VALUE) {
            return;
        }
        if (states.size() >= MAX_ENTRIES && !states.containsKey(key)) {
            long now = nanoTime.getAsLong();
            states.values().removeIf(s -> s.blockedUntilNanos - now <= 0);
            if (states.size() >= MAX_ENTRIES) {
                return; // every tracked pair is blocked right now: do not grow further
            }
        }
        states.compute(key, (k, old) -> {
            int failures = old == null ? 1 : old.failures + 1;
            long delay = throttle.delayAfter(failures).toNanos();
            return new State(failures, delay == 0 ? nanoTime.getAsLong() : nanoTime.getAsLong() + delay);
        });
    }

    /** Forgets the refusals of a key after an accepted handshake. */
    public void succeeded(String key) {
        states.remove(key);
    }

    public int size() {
        return states.size();
    }
}
