package dev.ocpkit.examples.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocpkit demo}: CPO in a box on 127.0.0.1. An eMSP and a CPO connect over OCPI 2.2.1, two simulated stations
 * (OCPP 1.6 and 2.0.1) connect to the CPO's CSMS, and a whole roaming session runs through the OCPP -> OCPI bridge,
 * load management and the tariff engine. Prints what happens and a summary of checks; exit code 0 only when every
 * check passed.
 *
 * @since 0.1
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "CPO in a box on 127.0.0.1: an eMSP and a CPO (OCPI 2.2.1), a CSMS with the OCPP -> OCPI bridge and"
                    + " load management, two simulated stations (OCPP 1.6 and 2.0.1), a roaming session from"
                    + " START_SESSION to a priced CDR. Exit code 0 only when every check passed."
        })
public final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--time-scale",
            description = "How much faster the stations' clock runs than real time (default ${DEFAULT-VALUE}).",
            defaultValue = "120")
    double timeScale;

    @Option(
            names = "--charge-seconds",
            description = "Real seconds of charging before the session is stopped (default ${DEFAULT-VALUE}).",
            defaultValue = "6")
    int chargeSeconds;

    @Option(
            names = "--site-limit-kw",
            description = "The site's grid connection limit in kW (default ${DEFAULT-VALUE}); it is later lowered"
                    + " to --lower-limit-kw.",
            defaultValue = "16")
    BigDecimal siteLimitKw;

    @Option(
            names = "--lower-limit-kw",
            description = "The lowered site limit in kW (default ${DEFAULT-VALUE}).",
            defaultValue = "11")
    BigDecimal lowerLimitKw;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also print what the simulated stations do, and log at INFO level.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        }
        if (timeScale <= 0 || chargeSeconds < 1 || siteLimitKw.signum() <= 0 || lowerLimitKw.signum() <= 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--time-scale, --charge-seconds and the limits must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        Demo.Options options = new Demo.Options(
                timeScale,
                Duration.ofSeconds(chargeSeconds),
                siteLimitKw.multiply(BigDecimal.valueOf(1000)),
                lowerLimitKw.multiply(BigDecimal.valueOf(1000)),
                verbose);
        DemoReport report;
        try (Demo demo = new Demo(options, out)) {
            report = demo.run();
        }
        report.print(out);
        return report.allPassed() ? 0 : 1;
    }
}
