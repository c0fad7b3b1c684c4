package dev.ocpkit.examples;

import dev.ocpkit.examples.demo.DemoCommand;
import dev.ocpkit.examples.ocpi.OcpiCommand;
import dev.ocpkit.examples.ocpiparty.CpoCommand;
import dev.ocpkit.examples.ocpiparty.EmspCommand;
import dev.ocpkit.examples.ocpp.CsmsCommand;
import dev.ocpkit.examples.ocpp.StationCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ocpkit} command. Each feature registers its subcommand (or subcommand group) in {@link #SUBCOMMANDS};
 * that list is the only place to edit when adding one.
 *
 * @since 0.1
 */
@Command(
        name = "ocpkit",
        mixinStandardHelpOptions = true,
        version = "ocpkit 0.1.0-SNAPSHOT",
        description = "OCPP and OCPI toolkit: run a CSMS, a simulated station, OCPI parties, tariffs and the demo.",
        subcommands = {CommandLine.HelpCommand.class})
public final class OcpkitCli implements Runnable {
    /** Every subcommand, in the order of the help text. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            CsmsCommand.class,
            StationCommand.class,
            OcpiCommand.class,
            CpoCommand.class,
            EmspCommand.class,
            dev.ocpkit.examples.tariff.TariffCommand.class,
            DemoCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line (for tests that capture output). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OcpkitCli());
        for (Class<?> c : SUBCOMMANDS) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
