package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.InvoiceReconciliationRecord;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Sends invoice reconciliation records to the partner's invoice reconciliation Receiver interface: POST to create,
 * GET, PUT and DELETE on {@code {invoice_reconciliation_endpoint_url}/{country_code}/{party_id}/{id}}.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0-ed2/mod_invoice_reconciliation.asciidoc#mod_invoice_reconciliation_receiver_interface">OCPI 2.3.0, Invoice reconciliation, Receiver interface</a>
 * @since 0.1
 */
public final class InvoiceReconciliationReceiverClient {
    private final CallContext ctx;

    InvoiceReconciliationReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a record.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param id the record id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<InvoiceReconciliationRecord> getRecordAsync(
            String countryCode, String partyId, String id) {
        return ctx.req("GET", "invoicereconciliation", "RECEIVER", "GET invoicereconciliation (receiver)")
                .path(countryCode, partyId, id)
                .object(InvoiceReconciliationRecord.class);
    }

    /** Blocking {@link #getRecordAsync}; throws its failure unwrapped. */
    public InvoiceReconciliationRecord getRecord(String countryCode, String partyId, String id) {
        return Futures.join(getRecordAsync(countryCode, partyId, id));
    }

    /**
     * Sends a new record: {@code POST {invoice_reconciliation_endpoint_url}}. Never retried.
     *
     * @param record the record
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postRecordAsync(InvoiceReconciliationRecord record) {
        return ctx.req("POST", "invoicereconciliation", "RECEIVER", "POST invoicereconciliation (receiver)")
                .body(record)
                .noData();
    }

    /** Blocking {@link #postRecordAsync}; throws its failure unwrapped. */
    public void postRecord(InvoiceReconciliationRecord record) {
        Futures.join(postRecordAsync(record));
    }

    /**
     * Replaces a record; country code, party id and id are taken from it.
     *
     * @param record the whole record
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putRecordAsync(InvoiceReconciliationRecord record) {
        return ctx.req("PUT", "invoicereconciliation", "RECEIVER", "PUT invoicereconciliation (receiver)")
                .path(record.countryCode(), record.partyId(), record.id())
                .body(record)
                .noData();
    }

    /** Blocking {@link #putRecordAsync}; throws its failure unwrapped. */
    public void putRecord(InvoiceReconciliationRecord record) {
        Futures.join(putRecordAsync(record));
    }

    /**
     * Deletes a record.
     *
     * @param countryCode the owner's country code
     * @param partyId the owner's party id
     * @param id the record id
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> deleteRecordAsync(String countryCode, String partyId, String id) {
        return ctx.req("DELETE", "invoicereconciliation", "RECEIVER", "DELETE invoicereconciliation (receiver)")
                .path(countryCode, partyId, id)
                .noData();
    }

    /** Blocking {@link #deleteRecordAsync}; throws its failure unwrapped. */
    public void deleteRecord(String countryCode, String partyId, String id) {
        Futures.join(deleteRecordAsync(countryCode, partyId, id));
    }
}
