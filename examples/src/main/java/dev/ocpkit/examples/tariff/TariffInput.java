package dev.ocpkit.examples.tariff;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.tariff.Cost;
import dev.ocpkit.tariff.PricedSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** Reading the files and options the tariff commands share, and printing totals. */
final class TariffInput {
    private TariffInput() {}

    static OcpiVersion version(CommandLine cl, String version) {
        return OcpiVersion.fromValue(version)
                .filter(OcpiVersion::isSupported)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        cl, "--version must be 2.1.1, 2.2.1 or 2.3.0, not " + version));
    }

    static ZoneId zone(CommandLine cl, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(cl, "--zone: unknown time zone '" + zone + "'");
        }
    }

    /** An instant ({@code 2024-03-04T08:00:00Z}) or a local date-time in the zone ({@code 2024-03-04T09:00}). */
    static Instant instant(CommandLine cl, String text, ZoneId zone) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        cl,
                        "--start must be an instant (2024-03-04T08:00:00Z) or a local date-time (2024-03-04T09:00)");
            }
        }
    }

    /** One object of the version's type. */
    static <T> T one(CommandLine cl, Path file, OcpiVersion v, Class<T> type) {
        return OcpiJson.forVersion(v).read(bytes(cl, file), type);
    }

    /** One object or a JSON array of them. */
    static <T> List<T> list(CommandLine cl, Path file, OcpiVersion v, Class<T> type) {
        OcpiJson json = OcpiJson.forVersion(v);
        byte[] bytes = bytes(cl, file);
        JsonNode tree = json.readTree(bytes);
        return tree.isArray() ? json.readList(bytes, type) : List.of(json.treeToValue(tree, type));
    }

    private static byte[] bytes(CommandLine cl, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(cl, "no such file: " + file);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Prints the six totals, one per line: {@code total_cost  4.00 excl. VAT / 4.80 incl. VAT}. */
    static void printTotals(PrintWriter out, PricedSession s) {
        out.println("currency " + s.currency());
        total(out, "total_cost", s.totalCost());
        total(out, "total_fixed_cost", s.totalFixedCost());
        total(out, "total_energy_cost", s.totalEnergyCost());
        total(out, "total_time_cost", s.totalTimeCost());
        total(out, "total_parking_cost", s.totalParkingCost());
        total(out, "total_reservation_cost", s.totalReservationCost());
    }

    private static void total(PrintWriter out, String name, Cost c) {
        out.println(String.format(
                "%-24s%s excl. VAT / %s incl. VAT",
                name,
                c.exclVat().toPlainString(),
                c.inclVat() == null ? "unknown" : c.inclVat().toPlainString()));
    }

    /** The message of a parse failure, with its JSON path. */
    static String describe(OcpiParseException e, Path file) {
        return file + ": " + e.path() + ": " + e.reason();
    }
}
