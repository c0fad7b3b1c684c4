package dev.ocpkit.ocpi.client.v230;

import dev.ocpkit.ocpi.client.internal.CallContext;
import dev.ocpkit.ocpi.client.internal.Futures;
import dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation;
import dev.ocpkit.ocpi.model.v230.Terminal;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Calls the partner's payments Receiver interface (the CPO's): creates and reads terminals and financial advice
 * confirmations. Used by a payment terminal provider.
 *
 * <p>Immutable and thread-safe; obtained from {@link Ocpi230Client}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_payments.asciidoc#mod_payments_cpo_interface">OCPI 2.3.0, Payments, Receiver interface</a>
 * @since 0.1
 */
public final class PaymentsReceiverClient {
    private final CallContext ctx;

    PaymentsReceiverClient(CallContext ctx) {
        this.ctx = Objects.requireNonNull(ctx);
    }

    /**
     * Reads the partner's copy of a terminal: {@code GET .../terminals/{terminal_id}}.
     *
     * @param terminalId the terminal id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<Terminal> getTerminalAsync(String terminalId) {
        return ctx.req("GET", "payments", "RECEIVER", "GET payments terminals (receiver)")
                .path("terminals", terminalId)
                .object(Terminal.class);
    }

    /** Blocking {@link #getTerminalAsync}; throws its failure unwrapped. */
    public Terminal getTerminal(String terminalId) {
        return Futures.join(getTerminalAsync(terminalId));
    }

    /**
     * Creates a terminal: {@code POST .../terminals}. Never retried.
     *
     * @param terminal the new terminal
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postTerminalAsync(Terminal terminal) {
        return ctx.req("POST", "payments", "RECEIVER", "POST payments terminals (receiver)")
                .path("terminals")
                .body(terminal)
                .noData();
    }

    /** Blocking {@link #postTerminalAsync}; throws its failure unwrapped. */
    public void postTerminal(Terminal terminal) {
        Futures.join(postTerminalAsync(terminal));
    }

    /**
     * Reads the partner's copy of a financial advice confirmation.
     *
     * @param id the confirmation id
     * @return a future that completes normally with the partner's copy, or exceptionally with the typed {@link
     *     dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<FinancialAdviceConfirmation> getFinancialAdviceConfirmationAsync(String id) {
        return ctx.req("GET", "payments", "RECEIVER", "GET payments financial-advice-confirmations (receiver)")
                .path("financial-advice-confirmations", id)
                .object(FinancialAdviceConfirmation.class);
    }

    /** Blocking {@link #getFinancialAdviceConfirmationAsync}; throws its failure unwrapped. */
    public FinancialAdviceConfirmation getFinancialAdviceConfirmation(String id) {
        return Futures.join(getFinancialAdviceConfirmationAsync(id));
    }

    /**
     * Sends a financial advice confirmation: {@code POST .../financial-advice-confirmations}. Never retried.
     *
     * @param confirmation the confirmation
     * @return a future that completes normally with {@code null} when the partner accepted it, or exceptionally
     *     with the typed {@link dev.ocpkit.ocpi.model.OcpiException} (status code, HTTP status, request id)
     */
    public CompletableFuture<@Nullable Void> postFinancialAdviceConfirmationAsync(
            FinancialAdviceConfirmation confirmation) {
        return ctx.req("POST", "payments", "RECEIVER", "POST payments financial-advice-confirmations (receiver)")
                .path("financial-advice-confirmations")
                .body(confirmation)
                .noData();
    }

    /** Blocking {@link #postFinancialAdviceConfirmationAsync}; throws its failure unwrapped. */
    public void postFinancialAdviceConfirmation(FinancialAdviceConfirmation confirmation) {
        Futures.join(postFinancialAdviceConfirmationAsync(confirmation));
    }
}
