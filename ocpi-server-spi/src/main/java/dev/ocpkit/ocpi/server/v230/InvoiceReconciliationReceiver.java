package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.InvoiceReconciliationRecord;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The Receiver interface of the Invoice Reconciliation module (the party that receives invoices), from OCPI 2.3.0
 * edition 2: the issuer POSTs new records to {@code {invoicereconciliation}} and reads, replaces and deletes them at
 * {@code {invoicereconciliation}/{country_code}/{party_id}/{id}}. The dispatcher has checked that the record's owner
 * is one of the caller's parties and, for PUT, that the URL names the record; an unknown record answers HTTP 404 with
 * status 2001.
 *
 * @see <a
 *     href="https://github.com/ocpi/ocpi/blob/v2.3.0-ed2/mod_invoice_reconciliation.asciidoc#mod_invoice_reconciliation_receiver_interface">OCPI
 *     2.3.0 ed. 2, Invoice Reconciliation: Receiver interface</a>
 * @since 0.1
 */
public interface InvoiceReconciliationReceiver extends OcpiService {
    /** {@code GET {invoicereconciliation}/{country_code}/{party_id}/{id}}: the stored record, or empty. */
    Optional<InvoiceReconciliationRecord> getRecord(OcpiContext ctx, String countryCode, String partyId, String id);

    /**
     * {@code POST {invoicereconciliation}}: a new record. Throw {@link dev.ocpkit.ocpi.server.OcpiErrors#invalid} for
     * one already stored (use PUT to update).
     */
    void postRecord(OcpiContext ctx, InvoiceReconciliationRecord record);

    /**
     * {@code PUT {invoicereconciliation}/{country_code}/{party_id}/{id}}: replaces an existing record.
     *
     * @return {@link PutOutcome#UPDATED}, or {@link PutOutcome#CREATED} for a host that also accepts new records
     *     this way
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 via {@link dev.ocpkit.ocpi.server.OcpiErrors#notFound}
     *     when the record is unknown and the host only updates
     */
    PutOutcome putRecord(
            OcpiContext ctx, String countryCode, String partyId, String id, InvoiceReconciliationRecord record);

    /**
     * {@code DELETE {invoicereconciliation}/{country_code}/{party_id}/{id}}.
     *
     * @return {@code false} when no such record was stored (the dispatcher answers 404, 2001)
     */
    boolean deleteRecord(OcpiContext ctx, String countryCode, String partyId, String id);
}
