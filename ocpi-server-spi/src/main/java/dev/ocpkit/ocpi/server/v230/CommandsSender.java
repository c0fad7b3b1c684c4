package dev.ocpkit.ocpi.server.v230;

import dev.ocpkit.ocpi.model.v230.CommandResult;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;

/**
 * The Sender interface of the Commands module (typically an eMSP): where the CPO POSTs the asynchronous
 * {@link CommandResult} of a command. OCPI leaves the URL to the eMSP; with this interface the dispatcher serves
 * {@code {commands}/{reference...}} and hands the reference (the rest of the path) to the host, which chose it when it
 * built the command's {@code response_url}.
 *
 * <p>Hosts that send commands with the ocpi-client need not implement this: its {@code response_url}s are served by
 * the dispatcher's results endpoint (see {@link dev.ocpkit.ocpi.server.OcpiDispatcher#resultsUrl()}) and complete the
 * client's futures.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/v2.3.0/mod_commands.asciidoc#mod_commands_emsp_interface">OCPI 2.3.0,
 *     Commands: Sender interface</a>
 * @since 0.1
 */
public interface CommandsSender extends OcpiService {
    /**
     * {@code POST {commands}/{reference}}: the result of a command.
     *
     * @param reference the path after the module URL, decoded, e.g. {@code START_SESSION/1234}
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 via {@link dev.ocpkit.ocpi.server.OcpiErrors#notFound} for a
     *     reference the host does not know
     */
    void commandResult(OcpiContext ctx, String reference, CommandResult result);
}
