package dev.ocpkit.tariff;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CDR total that differs from the engine's recomputation.
 *
 * @param field the CDR field and part, for example {@code total_cost.excl_vat}
 * @param claimed the amount in the CDR; {@code null} when the CDR omits it
 * @param recomputed the amount the engine computes
 * @param reason a plain-language reason: the misreading of the rules that reproduces the CDR's amount when one does,
 *     else what the recomputation bills
 * @since 0.1
 */
public record Discrepancy(String field, @Nullable BigDecimal claimed, BigDecimal recomputed, String reason) {
    /** Checks the components. */
    public Discrepancy {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code claimed - recomputed}; {@code null} when the CDR omits the amount. */
    public @Nullable BigDecimal difference() {
        return claimed == null ? null : claimed.subtract(recomputed);
    }
}
