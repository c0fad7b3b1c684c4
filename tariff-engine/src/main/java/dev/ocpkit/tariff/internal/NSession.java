package dev.ocpkit.tariff.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session to price: start and end, its periods in time order, the currency, whether a reservation expired without a
 * session, the tariff whose min/max price applies, and notes made while reading the input.
 */
public record NSession(
        Instant start,
        Instant end,
        List<NPeriod> periods,
        String currency,
        boolean reservationExpired,
        @Nullable NTariff limitTariff,
        List<String> notes) {

    public NSession {
        periods = List.copyOf(periods);
        notes = List.copyOf(notes);
    }
}
