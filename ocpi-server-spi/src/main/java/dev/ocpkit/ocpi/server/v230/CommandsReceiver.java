package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.CancelReservation;
import dev.ocpkit.ocpi.model.v230.CommandResponse;
import dev.ocpkit.ocpi.model.v230.CommandResponseType;
import dev.ocpkit.ocpi.model.v230.ReserveNow;
import dev.ocpkit.ocpi.model.v230.StartSession;
import dev.ocpkit.ocpi.model.v230.StopSession;
import dev.ocpkit.ocpi.model.v230.UnlockConnector;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import java.util.List;

/**
 * The Receiver interface of the Commands module (typically a CPO): {@code POST {commands}/{command}}. Each method
 * answers at once with a {@link CommandResponse} (did the CPO accept to forward the command?); the outcome at the
 * charge point goes later as a {@code CommandResult} to the command's {@code response_url}, which is the host's job
 * (e.g. with the ocpi-client).
 *
 * <p>Every command defaults to {@link CommandResponseType#NOT_SUPPORTED}, as the specification prescribes for a
 * command the receiver does not support; an unknown command name gets the same answer. Throw {@link
 * dev.ocpkit.ocpi.server.OcpiErrors#unknownLocation} (2003) for a command on an unknown location.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_commands.asciidoc#mod_commands_cpo_interface">OCPI 2.3.0,
 *     Commands: Receiver interface</a>
 * @since 0.1
 */
public interface CommandsReceiver extends OcpiService {
    /** The answer to a command this receiver does not support: {@code NOT_SUPPORTED}, timeout 0. */
    CommandResponse NOT_SUPPORTED = new CommandResponse(CommandResponseType.NOT_SUPPORTED.value(), 0, List.of());

    /** {@code POST {commands}/START_SESSION}. */
    default CommandResponse startSession(OcpiContext ctx, StartSession command) {
        return NOT_SUPPORTED;
    }

    /** {@code POST {commands}/STOP_SESSION}. */
    default CommandResponse stopSession(OcpiContext ctx, StopSession command) {
        return NOT_SUPPORTED;
    }

    /** {@code POST {commands}/RESERVE_NOW}. */
    default CommandResponse reserveNow(OcpiContext ctx, ReserveNow command) {
        return NOT_SUPPORTED;
    }

    /** {@code POST {commands}/CANCEL_RESERVATION}. */
    default CommandResponse cancelReservation(OcpiContext ctx, CancelReservation command) {
        return NOT_SUPPORTED;
    }

    /** {@code POST {commands}/UNLOCK_CONNECTOR}. */
    default CommandResponse unlockConnector(OcpiContext ctx, UnlockConnector command) {
        return NOT_SUPPORTED;
    }
}
