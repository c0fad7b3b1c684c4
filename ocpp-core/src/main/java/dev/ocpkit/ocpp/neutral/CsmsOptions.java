package dev.ocpkit.ocpp.neutral;

import java.time.Clock;
import java.util.Objects;

/**
 * Settings of {@link NeutralCsms#handlers(CsmsHandler, CsmsOptions)}. Immutable.
 *
 * @param clock the time written into BootNotification and Heartbeat responses and given to status events whose
 *     1.6 station left out the timestamp; default {@link Clock#systemUTC()}
 * @param transactionIds assigns OCPP 1.6 transaction ids; default {@link TransactionIdGenerator#sequential()}
 * @param rememberedStarts how many OCPP 1.6 StartTransaction message ids (per handler table) are remembered, so that
 *     a re-sent StartTransaction gets the same transaction id; default 10,000
 * @since 0.1
 */
public record CsmsOptions(Clock clock, TransactionIdGenerator transactionIds, int rememberedStarts) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException when {@code rememberedStarts} is negative
     */
    public CsmsOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(transactionIds, "transactionIds");
        if (rememberedStarts < 0) {
            throw new IllegalArgumentException("rememberedStarts must not be negative");
        }
    }

    /** The defaults described on each component (a new sequential generator each time). */
    public static CsmsOptions defaults() {
        return new CsmsOptions(Clock.systemUTC(), TransactionIdGenerator.sequential(), 10_000);
    }

    /** A copy with another clock. */
    public CsmsOptions withClock(Clock clock) {
        return new CsmsOptions(clock, transactionIds, rememberedStarts);
    }

    /** A copy with another transaction id generator. */
    public CsmsOptions withTransactionIds(TransactionIdGenerator transactionIds) {
        return new CsmsOptions(clock, transactionIds, rememberedStarts);
    }

    /** A copy that remembers another number of StartTransaction message ids. */
    public CsmsOptions withRememberedStarts(int rememberedStarts) {
        return new CsmsOptions(clock, transactionIds, rememberedStarts);
    }
}
