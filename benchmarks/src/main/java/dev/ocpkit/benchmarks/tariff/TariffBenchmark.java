package dev.ocpkit.benchmarks.tariff;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrDimension;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.tariff.AuditReport;
import dev.ocpkit.tariff.MeterSample;
import dev.ocpkit.tariff.PricedSession;
import dev.ocpkit.tariff.SessionTimeline;
import dev.ocpkit.tariff.TariffEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tariff engine on a realistic session, against parsing the same CDR's JSON with {@link OcpiJson}: a tariff of
 * four elements (weekday daytime, evening and night windows in local time, then a default with a start fee and
 * parking), a CDR of ten 30-minute periods from 15:00 to 20:00 Berlin time (nine charging, the last parking), a meter
 * timeline of 60 samples over the same five hours (the engine cuts the periods itself), an estimate (40 kWh over three
 * hours) and an audit of the priced CDR. All inputs are built here.
 *
 * <p>Run: {@code flock /tmp/ocpkit-maven.lock java -jar benchmarks/target/benchmarks.jar TariffBenchmark -f 1 -wi 3 -w
 * 2 -i 5 -r 2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TariffBenchmark {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static final String TARIFF_JSON =
            "{\"country_code\":\"DE\",\"party_id\":\"OKT\",\"id\":\"TOD-4\",\"currency\":\"EUR\","
                    + "\"elements\":["
                    + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.39,\"vat\":19,\"step_size\":1},"
                    + "{\"type\":\"TIME\",\"price\":1.20,\"vat\":19,\"step_size\":60}],"
                    + "\"restrictions\":{\"start_time\":\"07:00\",\"end_time\":\"18:00\",\"day_of_week\":"
                    + "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]}},"
                    + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.45,\"vat\":19,\"step_size\":1},"
                    + "{\"type\":\"TIME\",\"price\":2.40,\"vat\":19,\"step_size\":60}],"
                    + "\"restrictions\":{\"start_time\":\"18:00\",\"end_time\":\"23:00\"}},"
                    + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.29,\"vat\":19,\"step_size\":1}],"
                    + "\"restrictions\":{\"start_time\":\"23:00\",\"end_time\":\"07:00\"}},"
                    + "{\"price_components\":[{\"type\":\"FLAT\",\"price\":0.50,\"vat\":19},"
                    + "{\"type\":\"ENERGY\",\"price\":0.49,\"vat\":19,\"step_size\":1},"
                    + "{\"type\":\"TIME\",\"price\":1.80,\"vat\":19,\"step_size\":60},"
                    + "{\"type\":\"PARKING_TIME\",\"price\":6.00,\"vat\":19,\"step_size\":300}]}],"
                    + "\"last_updated\":\"2024-01-01T00:00:00Z\"}";

    private final TariffEngine engine = TariffEngine.create();
    private final OcpiJson json = OcpiJson.v221();

    Tariff tariff;
    Cdr cdr;
    Cdr pricedCdr;
    byte[] cdrJson;
    SessionTimeline timeline;
    Instant start;

    @Setup
    public void setUp() {
        tariff = json.read(TARIFF_JSON, Tariff.class);
        start = LocalDateTime.parse("2024-03-04T15:00").atZone(ZONE).toInstant(); // a Monday
        List<ChargingPeriod> periods = new ArrayList<>();
        BigDecimal energy = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            Instant at = start.plus(Duration.ofMinutes(30L * i));
            List<CdrDimension> dims = new ArrayList<>();
            if (i < 9) {
                BigDecimal kwh = new BigDecimal("5.5").add(BigDecimal.valueOf(i).movePointLeft(1));
                energy = energy.add(kwh);
                dims.add(new CdrDimension("ENERGY", kwh));
                dims.add(new CdrDimension("TIME", new BigDecimal("0.5")));
                dims.add(new CdrDimension("MAX_POWER", new BigDecimal("11.5")));
            } else {
                dims.add(new CdrDimension("PARKING_TIME", new BigDecimal("0.5")));
            }
            periods.add(new ChargingPeriod(at, dims, null));
        }
        cdr = Cdr.builder()
                .countryCode("DE")
                .partyId("OKT")
                .id("CDR-BENCH-1")
                .startDateTime(start)
                .endDateTime(start.plus(Duration.ofHours(5)))
                .currency("EUR")
                .tariffs(List.of(tariff))
                .chargingPeriods(periods)
                .totalEnergy(energy)
                .totalTime(new BigDecimal("5"))
                .totalParkingTime(new BigDecimal("0.5"))
                .lastUpdated(start.plus(Duration.ofHours(5)))
                .build();
        pricedCdr = engine.price(tariff, cdr, ZONE).writeInto(cdr);
        cdrJson = json.writeBytes(pricedCdr);
        List<MeterSample> samples = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant at = start.plus(Duration.ofMinutes(5L * i));
            BigDecimal kwh = new BigDecimal("0.95").multiply(BigDecimal.valueOf(Math.min(i, 54)));
            samples.add(
                    i < 54
                            ? new MeterSample(at, kwh, new BigDecimal("11.4"), new BigDecimal("16"), false)
                            : MeterSample.parking(at, kwh));
        }
        timeline = SessionTimeline.of(samples);
        AuditReport check = engine.audit(pricedCdr, List.of(tariff), ZONE);
        if (!check.consistent()) {
            throw new IllegalStateException("the benchmark CDR does not audit clean: " + check.discrepancies());
        }
        System.err.println("CDR JSON: " + cdrJson.length + " bytes, total_cost "
                + pricedCdr.totalCost().exclVat() + " EUR excl. VAT");
    }

    /** Prices the 10-period CDR (what a CPO does once per session). */
    @Benchmark
    public PricedSession priceCdr() {
        return engine.price(tariff, cdr, ZONE);
    }

    /** Parses the same CDR's JSON (priced, with its tariff) into the 2.2.1 model. */
    @Benchmark
    public Cdr parseCdrJson() {
        return json.read(cdrJson, Cdr.class);
    }

    /** Cuts and prices a 60-sample meter timeline. */
    @Benchmark
    public PricedSession priceTimeline() {
        return engine.price(tariff, timeline, ZONE);
    }

    /** Estimates 40 kWh over three hours from 15:00 local. */
    @Benchmark
    public PricedSession estimate() {
        return engine.estimate(tariff, new BigDecimal("40"), Duration.ofHours(3), start, ZONE);
    }

    /** Audits the priced CDR (recomputes it, and the misreadings only when a total differs). */
    @Benchmark
    public AuditReport audit() {
        return engine.audit(pricedCdr, List.of(tariff), ZONE);
    }

    /** Prices the CDR and writes its explanation (what {@code ocpkit tariff price --explain} shows). */
    @Benchmark
    public String priceAndExplain() {
        return engine.price(tariff, cdr, ZONE).explanation();
    }
}
