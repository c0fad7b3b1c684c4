package dev.ocpkit.examples.tariff;

import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.tariff.AuditReport;
import dev.ocpkit.tariff.Discrepancy;
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
 * {@code ocpkit tariff audit --cdr C.json [--tariff T.json] --zone Europe/Berlin}: recomputes an OCPI 2.2.1 CDR that
 * someone else priced and prints each cost total that differs, with the reason (the misreading of the rules that
 * reproduces it, when one does). Prints {@code OK} when every total agrees within half a minor unit. Exits 0 when
 * consistent, 1 on any discrepancy, 2 when the input cannot be read or priced.
 *
 * @since 0.1
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Recompute a priced OCPI 2.2.1 CDR; list each differing total with the reason (exit 1).")
public final class TariffAuditCommand implements Callable<Integer> {
    @Option(names = "--cdr", required = true, paramLabel = "FILE", description = "the priced CDR (OCPI 2.2.1)")
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
            description = "the Location's time zone")
    String zone;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        ZoneId z = TariffInput.zone(cl, zone);
        AuditReport report;
        try {
            Cdr c = TariffInput.one(cl, cdr, OcpiVersion.V2_2_1, Cdr.class);
            List<Tariff> ts =
                    tariff == null ? List.of() : TariffInput.list(cl, tariff, OcpiVersion.V2_2_1, Tariff.class);
            report = TariffEngine.create().audit(c, ts, z);
        } catch (OcpiParseException e) {
            err.println("cannot read the input: " + e.path() + ": " + e.reason());
            return 2;
        } catch (TariffException e) {
            err.println("cannot audit: " + e.getMessage());
            return 2;
        }
        for (Discrepancy d : report.discrepancies()) {
            out.println(d.field() + ": CDR "
                    + (d.claimed() == null ? "omits it" : d.claimed().toPlainString()) + ", recomputed "
                    + d.recomputed().toPlainString() + ": " + d.reason());
        }
        for (String n : report.notes()) {
            out.println("note: " + n);
        }
        if (report.consistent()) {
            out.println("OK");
        }
        out.flush();
        return report.consistent() ? 0 : 1;
    }
}
