package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.InvoiceReconciliationRecord;
import java.util.Objects;

/**
 * Pulls invoice reconciliation records from the partner's invoice reconciliation Sender interface (added in OCPI
 * 2.3.0 ed. 2).
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0-ed2/mod_invoice_reconciliation.asciidoc#mod_invoice_reconciliation_sender_interface">OCPI 2.3.0, Invoice reconciliation, Sender interface</a>
 * @since 0.1
 */
public final class InvoiceReconciliationSenderClient {
    private final CallContext ctx;

    InvoiceReconciliationSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every invoice reconciliation record the partner shares with us, page by page. The list is lazy: pages are
     * requested as the stream or iterator advances (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<InvoiceReconciliationRecord> list(PageRequest page) {
        return ctx.req("GET", "invoicereconciliation", "SENDER", "GET invoicereconciliation (sender)")
                .list(InvoiceReconciliationRecord.class, Objects.requireNonNull(page, "page"));
    }

    /** Every object, from the first page with the partner's default page size: {@code list(PageRequest.FIRST)}. */
    public Paginated<InvoiceReconciliationRecord> list() {
        return list(PageRequest.FIRST);
    }
}
