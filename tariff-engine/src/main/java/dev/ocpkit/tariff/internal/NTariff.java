package dev.ocpkit.tariff.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tariff in the engine's neutral form. {@code label} names it in messages; {@code taxes} says whether its prices
 * exclude or include VAT.
 */
public record NTariff(
        @Nullable String id,
        String currency,
        List<NElement> elements,
        @Nullable NLimit minPrice,
        @Nullable NLimit maxPrice,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil,
        List<String> notes,
        TaxMode taxes) {

    public NTariff {
        elements = List.copyOf(elements);
        notes = List.copyOf(notes);
    }

    /** A tariff whose prices exclude VAT (OCPI 2.1.1 and 2.2.1). */
    public NTariff(
            @Nullable String id,
            String currency,
            List<NElement> elements,
            @Nullable NLimit minPrice,
            @Nullable NLimit maxPrice,
            @Nullable Instant validFrom,
            @Nullable Instant validUntil,
            List<String> notes) {
        this(id, currency, elements, minPrice, maxPrice, validFrom, validUntil, notes, TaxMode.EXCLUDED);
    }

    /** This tariff with another tax mode and one more note. */
    public NTariff with(TaxMode mode, String note) {
        List<String> n = new java.util.ArrayList<>(notes);
        n.add(note);
        return new NTariff(id, currency, elements, minPrice, maxPrice, validFrom, validUntil, n, mode);
    }

    public String label() {
        return id == null ? "(tariff without id)" : "\"" + id + "\"";
    }
}
