package dev.ocpkit.benchmarks.ocpp;

/**
 * Latencies in microseconds: one bucket per microsecond up to 100 ms, one per millisecond up to 60 s (longer values
 * land in the last bucket). Single-threaded.
 */
final class Histogram {
    private static final int FINE = 100_000;
    private static final int COARSE = 60_000;

    private final long[] counts = new long[FINE + COARSE];
    private long total;

    void recordNanos(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        int bucket = micros < FINE ? (int) micros : (int) Math.min(FINE + COARSE - 1, FINE + micros / 1_000 - 100);
        counts[bucket]++;
        total++;
    }

    long count() {
        return total;
    }

    /** The value in microseconds below which the given fraction of the recordings lie; 0 when empty. */
    long percentileMicros(double fraction) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i < FINE ? i : (long) (i - FINE + 100) * 1_000;
            }
        }
        return (long) (COARSE + 100) * 1_000;
    }
}
