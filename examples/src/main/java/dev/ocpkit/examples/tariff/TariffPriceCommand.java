package dev.ocpkit.examples.tariff;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.tariff.PricedSession;
import dev.ocpkit.tariff.TariffEngine;
import dev.ocpkit.tariff.TariffException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocpkit tariff price --cdr C.json [--tariff T.json] --zone Europe/Berlin [--version 2.2.1] [--explain]
 * [--json]}: prices a CDR (whose cost fields may all be absent) with the tariff engine. Prints the six cost totals
 * excluding and including VAT at full precision; with {@code --explain} also the engine's explanation (on stderr when
 * {@code --json} is given); with {@code --json} prints the CDR with its cost fields filled in, in the version's own
 * format (2.1.1: {@code total_cost} excl. VAT; 2.2.1: Prices; 2.3.0: Prices with taxes) instead of the totals.
 * Without {@code --tariff} the CDR's own {@code tariffs} are used. Exits 0 when priced, 2 when the input cannot be
 * read or priced (the reason is printed on stderr).
 *
 * @since 0.1
 */
@Command(
        name = "price",
        mixinStandardHelpOptions = true,
        description = "Price a CDR with a tariff: print the six cost totals, the explanation, or the priced CDR.")
public final class TariffPriceCommand implements Callable<Integer> {
    @Option(names = "--cdr", required = true, paramLabel = "FILE", description = "the CDR (cost fields may be absent)")
    Path cdr;

    @Option(
            names = "--tariff",
            paramLabel = "FILE",
            description = "a tariff or a JSON array of tariffs (default: the CDR's own tariffs)")
    @Nullable
    Path tariff;

    @Option(
            names = {"--zone", "--time-zone"},
            required = true,
            description = "the Location's time zone, e.g. Europe/Berlin (restrictions are in local time)")
    String zone;

    @Option(
            names = "--version",
            defaultValue = "2.2.1",
            description = "OCPI version of both files: 2.1.1, 2.2.1 or 2.3.0 (default ${DEFAULT-VALUE})")
    String version;

    @Option(names = "--explain", description = "also print the explanation: each period, element, step and total")
    boolean explain;

    @Option(names = "--json", description = "print the priced CDR as JSON instead of the totals")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        OcpiVersion v = TariffInput.version(cl, version);
        ZoneId z = TariffInput.zone(cl, zone);
        TariffEngine engine = TariffEngine.create();
        PricedSession s;
        String pricedJson;
        try {
            switch (v) {
                case V2_1_1 -> {
                    var c = TariffInput.one(cl, cdr, v, dev.ocpkit.ocpi.model.v211.Cdr.class);
                    List<dev.ocpkit.ocpi.model.v211.Tariff> ts = tariff == null
                            ? c.tariffs()
                            : TariffInput.list(cl, tariff, v, dev.ocpkit.ocpi.model.v211.Tariff.class);
                    if (ts.size() != 1) {
                        err.println(
                                "OCPI 2.1.1 charging periods do not name their tariff: give exactly one tariff, not "
                                        + ts.size());
                        return 2;
                    }
                    s = engine.price(ts.get(0), c, z);
                    pricedJson = OcpiJson.v211().write(s.writeInto(c));
                }
                case V2_3_0 -> {
                    var c = TariffInput.one(cl, cdr, v, dev.ocpkit.ocpi.model.v230.Cdr.class);
                    List<dev.ocpkit.ocpi.model.v230.Tariff> ts = tariff == null
                            ? c.tariffs()
                            : TariffInput.list(cl, tariff, v, dev.ocpkit.ocpi.model.v230.Tariff.class);
                    s = engine.price(ts, c, z);
                    pricedJson = OcpiJson.v230().write(s.writeInto(c));
                }
                default -> {
                    var c = TariffInput.one(cl, cdr, v, dev.ocpkit.ocpi.model.v221.Cdr.class);
                    List<dev.ocpkit.ocpi.model.v221.Tariff> ts = tariff == null
                            ? c.tariffs()
                            : TariffInput.list(cl, tariff, v, dev.ocpkit.ocpi.model.v221.Tariff.class);
                    s = engine.price(ts, c, z);
                    pricedJson = OcpiJson.v221().write(s.writeInto(c));
                }
            }
        } catch (OcpiParseException e) {
            err.println("cannot read the input: " + e.path() + ": " + e.reason());
            return 2;
        } catch (TariffException e) {
            err.println("cannot price: " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(pricedJson);
            if (explain) {
                err.print(s.explanation());
            }
        } else {
            TariffInput.printTotals(out, s);
            if (explain) {
                out.println();
                out.print(s.explanation());
            }
        }
        out.flush();
        err.flush();
        return 0;
    }
}
