package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.PageRequest;
import dev.ocpkit.ocpi.model.v230.FinancialAdviceConfirmation;
import dev.ocpkit.ocpi.model.v230.Terminal;
import dev.ocpkit.ocpi.model.v230.TerminalPatch;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiErrors;
import dev.ocpkit.ocpi.server.OcpiService;
import dev.ocpkit.ocpi.server.Page;
import dev.ocpkit.ocpi.server.PutOutcome;
import java.util.Optional;

/**
 * The Sender interface of the Payments module (a payment terminal provider, PTP), new in OCPI 2.3.0: the CPO pulls
 * the PTP's terminals and financial advice confirmations, assigns locations and EVSEs to terminals (PUT, PATCH) and
 * activates and deactivates terminals. The dispatcher serves it under the module URL {@code {payments}}:
 *
 * <ul>
 *   <li>{@code GET {payments}/terminals?date_from&date_to&offset&limit}, {@code GET|PUT|PATCH
 *       {payments}/terminals/{terminal_id}};
 *   <li>{@code POST {payments}/terminals/activate}, {@code POST {payments}/terminals/{terminal_id}/deactivate};
 *   <li>{@code GET {payments}/financial-advice-confirmations?date_from&date_to&offset&limit}, {@code GET
 *       {payments}/financial-advice-confirmations/{id}}.
 * </ul>
 *
 * An unknown terminal or confirmation answers HTTP 404 with status 2001.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_payments.asciidoc#mod_payments_ptp_interface">OCPI
 *     2.3.0, Payments: Sender interface</a>
 * @since 0.1
 */
public interface PaymentsSender extends OcpiService {
    /** {@code GET {payments}/terminals?date_from&date_to&offset&limit}: one page of the caller's terminals. */
    Page<Terminal> getTerminals(OcpiContext ctx, PageRequest page);

    /** {@code GET {payments}/terminals/{terminal_id}}: one terminal, or empty when unknown. */
    Optional<Terminal> getTerminal(OcpiContext ctx, String terminalId);

    /**
     * {@code PUT {payments}/terminals/{terminal_id}}: the CPO's update of a terminal (its location data, customer
     * reference, invoice URL). The dispatcher has checked that the body's {@code terminal_id} is the URL's.
     *
     * @return {@link PutOutcome#UPDATED} (HTTP 200) or {@link PutOutcome#CREATED} (HTTP 201)
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 via {@link OcpiErrors#notFound} for a terminal the PTP
     *     does not know, when it only accepts updates
     */
    PutOutcome putTerminal(OcpiContext ctx, String terminalId, Terminal terminal);

    /**
     * {@code PATCH {payments}/terminals/{terminal_id}}: the CPO assigns {@code location_ids} and/or {@code evse_uids}.
     * By default through {@link #getTerminal} and {@link #putTerminal}.
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 when the terminal is unknown
     */
    default void patchTerminal(OcpiContext ctx, String terminalId, TerminalPatch patch) {
        Terminal terminal =
                getTerminal(ctx, terminalId).orElseThrow(() -> OcpiErrors.notFound("unknown terminal " + terminalId));
        putTerminal(ctx, terminalId, patch.applyTo(terminal));
    }

    /**
     * {@code POST {payments}/terminals/activate}: the CPO asks the PTP to activate a terminal (e.g. one built into a
     * charging station). The body's {@code terminal_id} may be absent, as the PTP assigns it; the PTP then creates the
     * terminal at the CPO's Receiver interface, which is the host's job.
     */
    void activateTerminal(OcpiContext ctx, Terminal terminal);

    /**
     * {@code POST {payments}/terminals/{terminal_id}/deactivate}: the CPO asks the PTP to deactivate a terminal
     * (broken, moved).
     *
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 / 2001 via {@link OcpiErrors#notFound} when the terminal is
     *     unknown
     */
    void deactivateTerminal(OcpiContext ctx, String terminalId);

    /**
     * {@code GET {payments}/financial-advice-confirmations?date_from&date_to&offset&limit}: one page of the caller's
     * confirmations.
     */
    Page<FinancialAdviceConfirmation> getFinancialAdviceConfirmations(OcpiContext ctx, PageRequest page);

    /** {@code GET {payments}/financial-advice-confirmations/{id}}: one confirmation, or empty when unknown. */
    Optional<FinancialAdviceConfirmation> getFinancialAdviceConfirmation(OcpiContext ctx, String id);
}
