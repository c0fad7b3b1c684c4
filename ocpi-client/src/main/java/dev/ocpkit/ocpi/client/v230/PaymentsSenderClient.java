package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.Paginated;
import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation;
import dev.ocpkit.ocpi.model.v230.Terminal;
import dev.ocpkit.ocpi.model.v230.TerminalPatch;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Calls the partner's payments Sender interface (the payment terminal provider's, PTP): terminals ({@code
 * {payments_endpoint_url}/terminals}) and financial advice confirmations ({@code {payments_endpoint_url}/financial-
 * advice-confirmations}). Used by a CPO.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_payments.asciidoc#mod_payments_ptp_interface">OCPI 2.3.0, Payments, Sender interface</a>
 * @since 0.1
 */
public final class PaymentsSenderClient {
    private final CallContext ctx;

    PaymentsSenderClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Every terminal the partner shares with us, page by page: {@code GET {payments_endpoint_url}/terminals}. The list
     * is lazy (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<Terminal> terminals(PageRequest page) {
        return ctx.req("GET", "payments", "SENDER", "GET payments terminals (sender)")
                .path("terminals")
                .list(Terminal.class, Objects.requireNonNull(page, "page"));
    }

    /**
     * Every financial advice confirmation the partner shares with us, page by page:
     * {@code GET {payments_endpoint_url}/financial-advice-confirmations}. The list is lazy (see {@link Paginated}).
     *
     * @param page offset, limit and the {@code date_from}/{@code date_to} filter on {@code last_updated}
     * @return the lazy list; nothing is sent before it is read
     */
    public Paginated<FinancialAdviceConfirmation> financialAdviceConfirmations(PageRequest page) {
        return ctx.req("GET", "payments", "SENDER", "GET payments financial-advice-confirmations (sender)")
                .path("financial-advice-confirmations")
                .list(FinancialAdviceConfirmation.class, Objects.requireNonNull(page, "page"));
    }

    /**
     * Reads one terminal: {@code GET .../terminals/{terminal_id}}.
     *
     * @param terminalId the terminal id
     * @return a future that completes normally with the terminal, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Terminal> terminalAsync(String terminalId) {
        return ctx.req("GET", "payments", "SENDER", "GET payments terminals (sender)")
                .path("terminals", terminalId)
                .object(Terminal.class);
    }

    /** Blocking {@link #terminalAsync}; throws its failure unwrapped. */
    public Terminal terminal(String terminalId) {
        return Futures.join(terminalAsync(terminalId));
    }

    /**
     * Updates a terminal's data: {@code PUT .../terminals/{terminal_id}}, the id taken from the terminal.
     *
     * @param terminal the whole terminal
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> putTerminalAsync(Terminal terminal) {
        return ctx.req("PUT", "payments", "SENDER", "PUT payments terminals (sender)")
                .path("terminals", terminal.terminalId())
                .body(terminal)
                .noData();
    }

    /** Blocking {@link #putTerminalAsync}; throws its failure unwrapped. */
    public void putTerminal(Terminal terminal) {
        Futures.join(putTerminalAsync(terminal));
    }

    /**
     * Assigns locations or EVSEs to a terminal: {@code PATCH .../terminals/{terminal_id}}.
     *
     * @param terminalId the terminal id
     * @param patch the fields to change
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> patchTerminalAsync(String terminalId, TerminalPatch patch) {
        return ctx.req("PATCH", "payments", "SENDER", "PATCH payments terminals (sender)")
                .path("terminals", terminalId)
                .body(patch)
                .noData();
    }

    /** Blocking {@link #patchTerminalAsync}; throws its failure unwrapped. */
    public void patchTerminal(String terminalId, TerminalPatch patch) {
        Futures.join(patchTerminalAsync(terminalId, patch));
    }

    /**
     * Asks the PTP to activate a terminal: {@code POST .../terminals/activate} (the terminal id may be empty; the
     * PTP then creates the terminal on our side). Never retried.
     *
     * @param terminal what the PTP needs to link the terminal
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> activateTerminalAsync(Terminal terminal) {
        return ctx.req("POST", "payments", "SENDER", "POST payments terminals activate (sender)")
                .path("terminals", "activate")
                .body(terminal)
                .noData();
    }

    /** Blocking {@link #activateTerminalAsync}; throws its failure unwrapped. */
    public void activateTerminal(Terminal terminal) {
        Futures.join(activateTerminalAsync(terminal));
    }

    /**
     * Deactivates a terminal: {@code POST .../terminals/{terminal_id}/deactivate}. Never retried.
     *
     * @param terminalId the terminal id
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> deactivateTerminalAsync(String terminalId) {
        return ctx.req("POST", "payments", "SENDER", "POST payments terminals deactivate (sender)")
                .path("terminals", terminalId, "deactivate")
                .noData();
    }

    /** Blocking {@link #deactivateTerminalAsync}; throws its failure unwrapped. */
    public void deactivateTerminal(String terminalId) {
        Futures.join(deactivateTerminalAsync(terminalId));
    }

    /**
     * Reads one financial advice confirmation: {@code GET .../financial-advice-confirmations/{id}}.
     *
     * @param id the confirmation id
     * @return a future that completes normally with the confirmation, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<FinancialAdviceConfirmation> financialAdviceConfirmationAsync(String id) {
        return ctx.req("GET", "payments", "SENDER", "GET payments financial-advice-confirmations (sender)")
                .path("financial-advice-confirmations", id)
                .object(FinancialAdviceConfirmation.class);
    }

    /** Blocking {@link #financialAdviceConfirmationAsync}; throws its failure unwrapped. */
    public FinancialAdviceConfirmation financialAdviceConfirmation(String id) {
        return Futures.join(financialAdviceConfirmationAsync(id));
    }
}
