package dev.ocpkit.ocpi.server.v211;

import dev.ocpkit.ocpi.model.v211.CommandResponse;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;

/**
 * The eMSP interface of the Commands module: where the CPO POSTs the asynchronous {@link CommandResponse} of the
 * charge point. OCPI leaves the URL to the eMSP; with this interface the dispatcher serves {@code
 * {commands}/{reference...}} and hands the reference (the rest of the path) to the host, which chose it when it built
 * the command's {@code response_url}.
 *
 * @see <a href="https://github.com/ocpi/ocpi/blob/2.1.1/mod_commands.md#22-emsp-interface">OCPI 2.1.1, Commands: eMSP
 *     interface</a>
 * @since 0.1
 */
public interface CommandsSender extends OcpiService {
    /**
     * {@code POST {commands}/{reference}}: the charge point's answer to a command.
     *
     * @param reference the path after the module URL, decoded, e.g. {@code START_SESSION/1234}
     * @throws dev.ocpkit.ocpi.model.OcpiException 404 via {@link dev.ocpkit.ocpi.server.OcpiErrors#notFound} for a
     *     reference the host does not know
     */
    void commandResult(OcpiContext ctx, String reference, CommandResponse result);
}
