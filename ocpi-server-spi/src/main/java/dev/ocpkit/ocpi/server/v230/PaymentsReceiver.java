package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation;
import dev.ocpkit.ocpi.model.v230.Terminal;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import java.util.Optional;

/**
 * The Receiver interface of the Payments module (typically a CPO), new in OCPI 2.3.0: the payment terminal provider
 * creates terminals (POST) and posts a financial advice confirmation for each captured payment, and may read both
 * back. The dispatcher serves {@code POST {payments}/terminals}, {@code GET {payments}/terminals/{terminal_id}},
 * {@code POST {payments}/financial-advice-confirmations} and {@code GET
 * {payments}/financial-advice-confirmations/{id}}; an unknown object answers HTTP 404 with status 2001.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_payments.asciidoc#mod_payments_cpo_interface">OCPI
 *     2.3.0, Payments: Receiver interface</a>
 * @since 0.1
 */
public interface PaymentsReceiver extends OcpiService {
    /** {@code GET {payments}/terminals/{terminal_id}}: the stored terminal, or empty when unknown. */
    Optional<Terminal> getTerminal(OcpiContext ctx, String terminalId);

    /**
     * {@code POST {payments}/terminals}: a newly shipped or activated terminal; possibly no more than its id. A
     * terminal already known may be replaced by the newer data.
     */
    void postTerminal(OcpiContext ctx, Terminal terminal);

    /** {@code GET {payments}/financial-advice-confirmations/{id}}: the stored confirmation, or empty when unknown. */
    Optional<FinancialAdviceConfirmation> getFinancialAdviceConfirmation(OcpiContext ctx, String id);

    /**
     * {@code POST {payments}/financial-advice-confirmations}: the outcome of a capture, matched to the session by its
     * {@code authorization_reference} (the one given in the session's StartSession). Throw {@link
     * dev.ocpkit.ocpi.server.OcpiErrors#invalid} for one already stored.
     */
    void postFinancialAdviceConfirmation(OcpiContext ctx, FinancialAdviceConfirmation confirmation);
}
