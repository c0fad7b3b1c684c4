package dev.ocpkit.tariff.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tariff in the engine's neutral form. {@code label} names it in messages. */
public record NTariff(
        @Nullable String id,
        String currency,
        List<NElement> elements,
        @Nullable NLimit minPrice,
        @Nullable NLimit maxPrice,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil,
        List<String> notes) {

    public NTariff {
        elements = List.copyOf(elements);
        notes = List.copyOf(notes);
    }

    public String label() {
        return id == null ? "(tariff without id)" : "\"" + id + "\"";
    }
}
