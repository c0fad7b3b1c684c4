package dev.ocpkit.examples.tariff;

import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.tariff.PlannedSession;
import dev.ocpkit.tariff.PricedSession;
import dev.ocpkit.tariff.TariffEngine;
import dev.ocpkit.tariff.TariffException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocpkit tariff estimate --tariff T.json --kwh 20 --duration PT2H --start 2024-03-04T09:00 --zone
 * Europe/Berlin [--parking PT30M] [--version 2.2.1] [--explain]}: the price of a planned session (constant power over
 * the charging time, then parking), cut at every restriction boundary like a measured session. Prints the six totals;
 * exits 0, or 2 when the input cannot be read or priced.
 *
 * @since 0.1
 */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = "Estimate the price of a planned session: energy over a charging time from a start.")
public final class TariffEstimateCommand implements Callable<Integer> {
    @Option(names = "--tariff", required = true, paramLabel = "FILE", description = "the tariff")
    Path tariff;

    @Option(names = "--kwh", required = true, description = "energy to charge, kWh")
    BigDecimal kwh;

    @Option(names = "--duration", required = true, description = "charging time, ISO-8601, e.g. PT2H or PT45M")
    Duration duration;

    @Option(names = "--parking", defaultValue = "PT0S", description = "parking after charging (default none)")
    Duration parking;

    @Option(
            names = "--start",
            required = true,
            description = "start: an instant (2024-03-04T08:00:00Z) or a local date-time in --zone (2024-03-04T09:00)")
    String start;

    @Option(
            names = {"--zone", "--time-zone"},
            required = true,
            description = "the Location's time zone")
    String zone;

    @Option(
            names = "--version",
            defaultValue = "2.2.1",
            description = "OCPI version of the tariff: 2.1.1, 2.2.1 or 2.3.0 (default ${DEFAULT-VALUE})")
    String version;

    @Option(names = "--explain", description = "also print the explanation")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        OcpiVersion v = TariffInput.version(cl, version);
        ZoneId z = TariffInput.zone(cl, zone);
        Instant at = TariffInput.instant(cl, start, z);
        TariffEngine engine = TariffEngine.create();
        PricedSession s;
        try {
            PlannedSession plan = PlannedSession.builder()
                    .start(at)
                    .chargingDuration(duration)
                    .energyKwh(kwh)
                    .parkingDuration(parking)
                    .build();
            s = switch (v) {
                case V2_1_1 -> engine.estimate(
                        TariffInput.one(cl, tariff, v, dev.ocpkit.ocpi.model.v211.Tariff.class), plan, z);
                case V2_3_0 -> engine.estimate(
                        TariffInput.one(cl, tariff, v, dev.ocpkit.ocpi.model.v230.Tariff.class), plan, z);
                default -> engine.estimate(
                        TariffInput.one(cl, tariff, v, dev.ocpkit.ocpi.model.v221.Tariff.class), plan, z);
            };
        } catch (OcpiParseException e) {
            err.println("cannot read the tariff: " + e.path() + ": " + e.reason());
            return 2;
        } catch (TariffException e) {
            err.println("cannot estimate: " + e.getMessage());
            return 2;
        }
        out.println("estimate for " + kwh.toPlainString() + " kWh over " + duration + " from " + at
                + (parking.isZero() ? "" : ", then " + parking + " parking"));
        TariffInput.printTotals(out, s);
        if (explain) {
            out.println();
            out.print(s.explanation());
        }
        out.flush();
        return 0;
    }
}
