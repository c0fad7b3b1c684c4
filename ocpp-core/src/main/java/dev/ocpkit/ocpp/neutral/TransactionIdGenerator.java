package dev.ocpkit.ocpp.neutral;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Assigns the transaction ids a CSMS answers OCPP 1.6 StartTransaction.req with (2.x stations choose their own).
 *
 * <p>Called on the handler executor, possibly from several connections at once: implementations must be
 * thread-safe. The id must be unique for the station at least as long as the CSMS may see messages of the
 * transaction; a production CSMS should use a database sequence.
 *
 * @see <a href="https://openchargealliance.org/protocols/open-charge-point-protocol/">OCPP 1.6 section 6.46
 *     StartTransaction.conf</a>
 * @since 0.1
 */
@FunctionalInterface
public interface TransactionIdGenerator {
    /**
     * The next transaction id for a station.
     *
     * @param stationIdentity the identity of the station that starts the transaction
     * @return the id; any {@code int} OCPP 1.6 allows
     */
    int nextTransactionId(String stationIdentity);

    /**
     * The default: one counter per generator, starting at the current Unix time in seconds and counting up by one
     * (after {@link Integer#MAX_VALUE} it goes on at 1).
     *
     * <p>Uniqueness limits: ids are unique within one generator (one CSMS process) until 2^31 ids were issued. After
     * a restart they stay unique only if the previous process issued fewer ids than seconds passed between the two
     * starts; two CSMS nodes sharing stations can issue the same id. Give a database-backed generator for those
     * cases.
     */
    static TransactionIdGenerator sequential() {
        return startingAt(
                (int) Math.max(1, Math.min(Integer.MAX_VALUE, Instant.now().getEpochSecond())));
    }

    /**
     * A counter starting at {@code first} (handy for tests), with the wrap-around of {@link #sequential()}.
     *
     * @param first the first id, at least 1
     * @throws IllegalArgumentException when {@code first} is less than 1
     */
    static TransactionIdGenerator startingAt(int first) {
        if (first < 1) {
            throw new IllegalArgumentException("first must be at least 1");
        }
        AtomicInteger next = new AtomicInteger(first);
        return station -> next.getAndUpdate(i -> i == Integer.MAX_VALUE ? 1 : i + 1);
    }
}
