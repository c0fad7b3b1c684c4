package dev.ocpkit.tariff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The result of auditing a CDR: the engine's own pricing of it, the totals that differ (beyond the tolerance), and
 * notes on what could not be checked or looks inconsistent without changing a total.
 *
 * @param recomputed the session as the engine prices it
 * @param tolerance the largest difference accepted as rounding
 * @param discrepancies the totals that differ, in CDR field order; empty when the CDR is consistent
 * @param notes other findings (an omitted optional total, a total quantity that does not match the periods, ...)
 * @since 0.1
 */
public record AuditReport(
        PricedSession recomputed, BigDecimal tolerance, List<Discrepancy> discrepancies, List<String> notes) {

    /** Checks the components and copies the lists. */
    public AuditReport {
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(tolerance, "tolerance");
        discrepancies = discrepancies == null ? List.of() : List.copyOf(discrepancies);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Whether every checked total matches the recomputation within the tolerance. */
    public boolean consistent() {
        return discrepancies.isEmpty();
    }
}
