package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.v211.CommandResponse;
import dev.ocpkit.ocpi.model.v211.CommandResponseType;
import dev.ocpkit.ocpi.model.v211.ReserveNow;
import dev.ocpkit.ocpi.model.v211.StartSession;
import dev.ocpkit.ocpi.model.v211.StopSession;
import dev.ocpkit.ocpi.model.v211.UnlockConnector;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;

/**
 * The CPO interface of the Commands module: {@code POST {commands}/{command}} with one of the four 2.1.1 commands.
 * Each method answers at once with a {@link CommandResponse} (did the CPO accept to forward the command?); the answer
 * of the charge point goes later as another {@code CommandResponse} to the command's {@code response_url}, which is
 * the host's job.
 *
 * <p>Every command defaults to {@link CommandResponseType#NOT_SUPPORTED}, as the specification prescribes for a
 * command the CPO does not support; an unknown command name (such as the 2.2 {@code CANCEL_RESERVATION}) gets the same
 * answer. Throw {@link dev.ocpkit.ocpi.server.OcpiErrors#unknownLocation} (2003) for a command on an unknown location.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_commands.md#21-cpo-interface">OCPI 2.1.1, Commands: CPO
 *     interface</a>
 * @since 0.1
 */
public interface CommandsReceiver extends OcpiService {
    /** The answer to a command this CPO does not support: {@code NOT_SUPPORTED}. */
    CommandResponse NOT_SUPPORTED = new CommandResponse(CommandResponseType.NOT_SUPPORTED.value());

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

    /** {@code POST {commands}/UNLOCK_CONNECTOR}. */
    default CommandResponse unlockConnector(OcpiContext ctx, UnlockConnector command) {
        return NOT_SUPPORTED;
    }
}
