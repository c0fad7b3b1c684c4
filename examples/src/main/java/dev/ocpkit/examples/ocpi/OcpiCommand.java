package dev.ocpkit.examples.ocpi;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ocpkit ocpi}: OCPI tools.
 *
 * @since 0.1
 */
@Command(
        name = "ocpi",
        mixinStandardHelpOptions = true,
        description = "OCPI tools: check and normalise OCPI JSON.",
        subcommands = {OcpiCheckCommand.class})
public final class OcpiCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
