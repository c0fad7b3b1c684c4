package dev.ocpkit.examples.tariff;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ocpkit tariff}: prices OCPI CDRs with the tariff engine ({@code price}), estimates a planned session
 * ({@code estimate}) and audits a CDR someone else priced ({@code audit}).
 *
 * @since 0.1
 */
@Command(
        name = "tariff",
        mixinStandardHelpOptions = true,
        description = "Price OCPI CDRs exactly, estimate a session, audit a priced CDR.",
        subcommands = {TariffPriceCommand.class, TariffEstimateCommand.class, TariffAuditCommand.class})
public final class TariffCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
