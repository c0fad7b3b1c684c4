package dev.ocpkit.examples.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.examples.OcpkitCli;
import dev.ocpkit.ocpi.model.OcpiJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ocpkit tariff price|estimate|audit} on small hand-written files; every amount is computed by hand. */
class TariffCommandTest {
    /** FLAT 1.00 and ENERGY 0.30 per kWh, both 19% VAT. */
    private static final String FLAT_ENERGY_221 =
            """
            {"country_code":"DE","party_id":"OKT","id":"FE","currency":"EUR","elements":[{"price_components":[
              {"type":"FLAT","price":1.00,"vat":19,"step_size":1},
              {"type":"ENERGY","price":0.30,"vat":19,"step_size":1}]}],
             "last_updated":"2024-01-01T00:00:00Z"}""";

    /** 12.5 kWh in 50 minutes, no cost fields at all. */
    private static final String UNPRICED_CDR_221 =
            """
            {"country_code":"DE","party_id":"OKT","id":"CDR-1","start_date_time":"2024-03-04T08:00:00Z",
             "end_date_time":"2024-03-04T08:50:00Z","currency":"EUR","charging_periods":[
               {"start_date_time":"2024-03-04T08:00:00Z","dimensions":[
                 {"type":"ENERGY","volume":12.5},{"type":"TIME","volume":0.833333333}]}],
             "total_energy":12.5,"total_time":0.833333333,"last_updated":"2024-03-04T09:00:00Z"}""";

    /** 3.00 per hour until 12:00 local, 6.00 after, both per 5 minutes; no VAT given. */
    private static final String STEP_TARIFF_221 =
            """
            {"country_code":"DE","party_id":"OKT","id":"ST","currency":"EUR","elements":[
              {"price_components":[{"type":"TIME","price":3.00,"step_size":300}],"restrictions":{"end_time":"12:00"}},
              {"price_components":[{"type":"TIME","price":6.00,"step_size":300}]}],
             "last_updated":"2024-01-01T00:00:00Z"}""";

    /** 11:54 to 12:06 Berlin, priced with TOTAL (1.50 when each period is rounded on its own; 1.20 is right). */
    private static final String STEP_CDR_221 =
            """
            {"country_code":"DE","party_id":"OKT","id":"CDR-2","start_date_time":"2024-03-04T10:54:00Z",
             "end_date_time":"2024-03-04T11:06:00Z","currency":"EUR","charging_periods":[
               {"start_date_time":"2024-03-04T10:54:00Z","dimensions":[{"type":"TIME","volume":0.1}]},
               {"start_date_time":"2024-03-04T11:00:00Z","dimensions":[{"type":"TIME","volume":0.1}]}],
             "total_cost":{"excl_vat":TOTAL,"incl_vat":TOTAL},"total_time_cost":{"excl_vat":TOTAL,"incl_vat":TOTAL},
             "total_energy":0,"total_time":0.2,"last_updated":"2024-03-04T11:10:00Z"}""";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TariffCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String file(String json) throws IOException {
        Path f = Files.createTempFile(dir, "ocpi", ".json");
        Files.writeString(f, json);
        return f.toString();
    }

    @Test
    void tariffCommand_isRegisteredInTheOcpkitCli() {
        assertThat(OcpkitCli.commandLine().getSubcommands()).containsKey("tariff");
        assertThat(OcpkitCli.commandLine().getSubcommands().get("tariff").getSubcommands())
                .containsKeys("price", "estimate", "audit");
    }

    @Test
    void price_v221_printsTheSixTotalsExclAndInclVat() throws IOException {
        // FLAT 1.00 / 1.19; 12.5 kWh x 0.30 = 3.75 / 4.4625; total 4.75 / 5.6525
        Run r = run(
                "price", "--tariff", file(FLAT_ENERGY_221), "--cdr", file(UNPRICED_CDR_221), "--zone", "Europe/Berlin");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines())
                .containsExactly(
                        "currency EUR",
                        "total_cost              4.75 excl. VAT / 5.6525 incl. VAT",
                        "total_fixed_cost        1.00 excl. VAT / 1.19 incl. VAT",
                        "total_energy_cost       3.75 excl. VAT / 4.4625 incl. VAT",
                        "total_time_cost         0.00 excl. VAT / 0.00 incl. VAT",
                        "total_parking_cost      0.00 excl. VAT / 0.00 incl. VAT",
                        "total_reservation_cost  0.00 excl. VAT / 0.00 incl. VAT");
    }

    @Test
    void price_json_writesTheCdrWithItsCostFieldsFilledIn() throws IOException {
        Run r = run(
                "price",
                "--tariff",
                file(FLAT_ENERGY_221),
                "--cdr",
                file(UNPRICED_CDR_221),
                "--zone",
                "Europe/Berlin",
                "--json");
        assertThat(r.exit()).isZero();
        var cdr = OcpiJson.v221().read(r.out(), dev.ocpkit.ocpi.model.v221.Cdr.class);
        assertThat(cdr.id()).isEqualTo("CDR-1");
        assertThat(cdr.totalCost().exclVat()).isEqualByComparingTo("4.75");
        assertThat(cdr.totalCost().inclVat()).isEqualByComparingTo("5.6525");
        assertThat(cdr.totalEnergyCost().exclVat()).isEqualByComparingTo("3.75");
        assertThat(cdr.totalFixedCost().inclVat()).isEqualByComparingTo("1.19");
    }

    @Test
    void price_explain_printsThePeriodsLinesAndTotals() throws IOException {
        Run r = run(
                "price",
                "--tariff",
                file(STEP_TARIFF_221),
                "--cdr",
                file(STEP_CDR_221.replace("TOTAL", "0")),
                "--zone",
                "Europe/Berlin",
                "--explain");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("total_cost              1.20 excl. VAT")
                .contains("Period 2")
                .contains("step_size TIME: the session's billable charging time, 720 s, is billed in steps of 300 s");
    }

    @Test
    void price_v211_roundsEachPeriod_andWritesTheSingleTotalCost() throws IOException {
        String tariff =
                """
                {"id":"ST","currency":"EUR","elements":[
                  {"price_components":[{"type":"TIME","price":3.00,"step_size":300}],
                   "restrictions":{"end_time":"12:00"}},
                  {"price_components":[{"type":"TIME","price":6.00,"step_size":300}]}],
                 "last_updated":"2024-01-01T00:00:00Z"}""";
        String cdr =
                """
                {"id":"CDR-3","start_date_time":"2024-03-04T10:54:00Z","stop_date_time":"2024-03-04T11:06:00Z",
                 "auth_id":"A1","auth_method":"WHITELIST","currency":"EUR","charging_periods":[
                   {"start_date_time":"2024-03-04T10:54:00Z","dimensions":[{"type":"TIME","volume":0.1}]},
                   {"start_date_time":"2024-03-04T11:00:00Z","dimensions":[{"type":"TIME","volume":0.1}]}],
                 "total_cost":0,"total_energy":0,"total_time":0.2,"last_updated":"2024-03-04T11:10:00Z"}""";
        // 2.1.1: 10 min x 3.00/h + 10 min x 6.00/h = 1.50 excl. VAT; VAT unknown
        Run text = run(
                "price", "--version", "2.1.1", "--tariff", file(tariff), "--cdr", file(cdr), "--zone", "Europe/Berlin");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("total_cost              1.50 excl. VAT / unknown incl. VAT");

        Run json = run(
                "price",
                "--version",
                "2.1.1",
                "--tariff",
                file(tariff),
                "--cdr",
                file(cdr),
                "--zone",
                "Europe/Berlin",
                "--json");
        var priced = OcpiJson.v211().read(json.out(), dev.ocpkit.ocpi.model.v211.Cdr.class);
        assertThat(priced.totalCost()).isEqualByComparingTo("1.50");
    }

    @Test
    void price_v230_jsonWritesPricesWithTaxes_fromTheCdrsOwnTariff() throws IOException {
        // tax_included YES, ENERGY 0.36 incl. 20% VAT: 10 kWh = 3.60 after taxes, 3.00 before, 0.60 VAT
        String cdr =
                """
                {"country_code":"DE","party_id":"OKT","id":"CDR-4","start_date_time":"2024-03-04T08:00:00Z",
                 "end_date_time":"2024-03-04T09:00:00Z","currency":"EUR",
                 "tariffs":[{"country_code":"DE","party_id":"OKT","id":"TI","currency":"EUR","tax_included":"YES",
                   "elements":[{"price_components":[{"type":"ENERGY","price":0.36,"vat":20,"step_size":1}]}],
                   "last_updated":"2024-01-01T00:00:00Z"}],
                 "charging_periods":[{"start_date_time":"2024-03-04T08:00:00Z","dimensions":[
                   {"type":"ENERGY","volume":10},{"type":"TIME","volume":1}]}],
                 "total_energy":10,"total_time":1,"last_updated":"2024-03-04T09:00:00Z"}""";
        Run r = run("price", "--version", "2.3.0", "--cdr", file(cdr), "--zone", "Europe/Berlin", "--json");
        assertThat(r.exit()).isZero();
        var priced = OcpiJson.v230().read(r.out(), dev.ocpkit.ocpi.model.v230.Cdr.class);
        assertThat(priced.totalCost().beforeTaxes()).isEqualByComparingTo("3.00");
        assertThat(priced.totalCost().taxes()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("VAT");
            assertThat(t.amount()).isEqualByComparingTo("0.60");
        });
    }

    @Test
    void price_tariffInAnotherCurrency_exitsTwoWithTheReason() throws IOException {
        Run r = run(
                "price",
                "--tariff",
                file(FLAT_ENERGY_221.replace("\"EUR\"", "\"CHF\"")),
                "--cdr",
                file(UNPRICED_CDR_221),
                "--zone",
                "Europe/Berlin");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot price:").contains("CHF");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void price_unknownZone_isAUsageError() throws IOException {
        Run r = run("price", "--cdr", file(UNPRICED_CDR_221), "--zone", "Mars/Olympus");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void estimate_localStartInTheZone_pricesEnergyAndTime() throws IOException {
        // TIME 2.40/h (19%) per minute + ENERGY 0.30/kWh (19%): 90 min = 3.60, 10 kWh = 3.00; 6.60 / 7.854
        String tariff =
                """
                {"country_code":"DE","party_id":"OKT","id":"TE","currency":"EUR","elements":[{"price_components":[
                  {"type":"TIME","price":2.40,"vat":19,"step_size":60},
                  {"type":"ENERGY","price":0.30,"vat":19,"step_size":1}]}],"last_updated":"2024-01-01T00:00:00Z"}""";
        Run r = run(
                "estimate",
                "--tariff",
                file(tariff),
                "--kwh",
                "10",
                "--duration",
                "PT1H30M",
                "--start",
                "2024-03-04T09:00",
                "--zone",
                "Europe/Berlin");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("from 2024-03-04T08:00:00Z")
                .contains("total_cost              6.60 excl. VAT / 7.854 incl. VAT")
                .contains("total_time_cost         3.60 excl. VAT / 4.284 incl. VAT");
    }

    @Test
    void audit_consistentCdr_printsOkAndExitsZero() throws IOException {
        Run r = run(
                "audit",
                "--cdr",
                file(STEP_CDR_221.replace("TOTAL", "1.20")),
                "--tariff",
                file(STEP_TARIFF_221),
                "--zone",
                "Europe/Berlin");
        assertThat(r.out()).contains("OK");
        assertThat(r.exit()).isZero();
    }

    @Test
    void audit_cdrRoundedPerPeriod_listsTheDiscrepancyWithItsReason_andExitsOne() throws IOException {
        Run r = run(
                "audit",
                "--cdr",
                file(STEP_CDR_221.replace("TOTAL", "1.50")),
                "--tariff",
                file(STEP_TARIFF_221),
                "--time-zone",
                "Europe/Berlin");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains("total_cost.excl_vat: CDR 1.50, recomputed 1.20")
                .contains("every period separately")
                .doesNotContain("OK");
    }
}
