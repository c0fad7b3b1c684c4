package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.InvoiceReconciliationRecord;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;

/**
 * The Sender interface of the Invoice Reconciliation module (the party that issues invoices: the CPO under direct
 * billing, the eMSP under reverse billing), from OCPI 2.3.0 edition 2: partners pull the records that tie invoices to
 * CDRs.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/v2.3.0-ed2/mod_invoice_reconciliation.asciidoc#mod_invoice_reconciliation_sender_interface">OCPI
 *     2.3.0 ed. 2, Invoice Reconciliation: Sender interface</a>
 * @since 0.1
 */
public interface InvoiceReconciliationSender extends OcpiService {
    /** {@code GET {invoicereconciliation}?date_from&date_to&offset&limit}: one page of the caller's records. */
    Page<InvoiceReconciliationRecord> getRecords(OcpiContext ctx, PageRequest page);
}
