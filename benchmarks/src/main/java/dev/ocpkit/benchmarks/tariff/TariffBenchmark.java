package dev.ocpkit.benchmarks.tariff;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.CdrDimension;
import dev.ocpkit.ocpi.model.v221.CdrLocation;
import dev.ocpkit.ocpi.model.v221.CdrToken;
import dev.ocpkit.ocpi.model.v221.ChargingPeriod;
import dev.ocpkit.ocpi.model.v221.GeoLocation;
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
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The tariff engine against parsing the same CDR's JSON with {@link OcpiJson} (issue 4: pricing a CDR should cost at
 * most a quarter of parsing it).
 *
 * <p>The tariff ({@link #TARIFF_JSON}) has six elements, all with VAT and step sizes, in the order the engine tries
 * them: a high-power element ({@code min_power} 50 kW), a weekday daytime window (07:00-18:00, Monday to Friday), a
 * cheaper energy price once 30 kWh are charged ({@code min_kwh}), an evening window (18:00-23:00) with parking, a
 * night window (23:00-07:00), and a default with a start fee, energy, time and parking. Two CDRs start on Monday
 * 2024-03-04 at 15:00 Berlin time: a 1-period CDR (90 minutes, 16.5 kWh) and a 20-period CDR (15-minute periods to
 * 20:00: 18 charging at about 11 kW with MIN_POWER/MAX_POWER, crossing 18:00 and 30 kWh, then 2 parking). Each CDR is
 * the one the engine prices: its total costs are filled in by a first pricing and it carries no tariffs (the tariff is
 * passed to the engine), with the fields OCPI 2.2.1 requires of a CDR (token, auth method, location) and a session id,
 * nothing optional beyond that; {@code parseCdrJson1} / {@code parseCdrJson20} parse exactly that CDR's JSON. The other
 * methods work on the 20-period session: price and explain, a meter timeline of 60 samples over the same five hours
 * (the engine cuts the periods), an estimate (40 kWh over three hours) and an audit. All inputs are built here.
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

    static final String WEEKDAYS = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]";

    /** Six elements: power, time-of-day/day-of-week and kWh restrictions; energy, time, parking and flat prices. */
    static final String TARIFF_JSON = "{\"country_code\":\"DE\",\"party_id\":\"OKT\",\"id\":\"TOD-6\","
            + "\"currency\":\"EUR\",\"elements\":["
            // 1: high-power charging
            + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.69,\"vat\":19,\"step_size\":1},"
            + "{\"type\":\"TIME\",\"price\":3.00,\"vat\":19,\"step_size\":60}],"
            + "\"restrictions\":{\"min_power\":50}},"
            // 2: weekday daytime
            + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.39,\"vat\":19,\"step_size\":1},"
            + "{\"type\":\"TIME\",\"price\":1.20,\"vat\":19,\"step_size\":60}],"
            + "\"restrictions\":{\"start_time\":\"07:00\",\"end_time\":\"18:00\",\"day_of_week\":" + WEEKDAYS + "}},"
            // 3: cheaper energy after 30 kWh
            + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.33,\"vat\":19,\"step_size\":1}],"
            + "\"restrictions\":{\"min_kwh\":30}},"
            // 4: evening, with parking
            + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.45,\"vat\":19,\"step_size\":1},"
            + "{\"type\":\"TIME\",\"price\":2.40,\"vat\":19,\"step_size\":60},"
            + "{\"type\":\"PARKING_TIME\",\"price\":9.00,\"vat\":19,\"step_size\":300}],"
            + "\"restrictions\":{\"start_time\":\"18:00\",\"end_time\":\"23:00\"}},"
            // 5: night
            + "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.29,\"vat\":19,\"step_size\":1}],"
            + "\"restrictions\":{\"start_time\":\"23:00\",\"end_time\":\"07:00\"}},"
            // 6: default
            + "{\"price_components\":[{\"type\":\"FLAT\",\"price\":0.50,\"vat\":19},"
            + "{\"type\":\"ENERGY\",\"price\":0.49,\"vat\":19,\"step_size\":1},"
            + "{\"type\":\"TIME\",\"price\":1.80,\"vat\":19,\"step_size\":60},"
            + "{\"type\":\"PARKING_TIME\",\"price\":6.00,\"vat\":19,\"step_size\":300}]}],"
            + "\"last_updated\":\"2024-01-01T00:00:00Z\"}";

    /** Where the benchmark sessions charge (the CDR's required {@code cdr_location}). */
    static final CdrLocation LOCATION = new CdrLocation(
            "LOC-0042",
            null,
            "Friedrichstrasse 123",
            "Berlin",
            "10117",
            null,
            "DEU",
            new GeoLocation("52.520008", "13.404954"),
            "EVSE-0042-1",
            "DE*OKT*E0042*1",
            "1",
            "IEC_62196_T2",
            "SOCKET",
            "AC_3_PHASE");

    private final TariffEngine engine = TariffEngine.create();
    private final OcpiJson json = OcpiJson.v221();

    Tariff tariff;
    Cdr cdr1;
    Cdr cdr20;
    byte[] cdrJson1;
    byte[] cdrJson20;
    SessionTimeline timeline;
    Instant start;
    /** Distinct tariff objects equal to {@link #tariff}, priced in turn so that none is priced twice in a row. */
    Tariff[] tariffCopies;

    int nextCopy;

    @Setup
    public void setUp() {
        tariff = json.read(TARIFF_JSON, Tariff.class);
        tariffCopies = new Tariff[64];
        for (int i = 0; i < tariffCopies.length; i++) {
            tariffCopies[i] = json.read(TARIFF_JSON, Tariff.class);
        }
        start = LocalDateTime.parse("2024-03-04T15:00").atZone(ZONE).toInstant(); // a Monday

        List<ChargingPeriod> one = List.of(new ChargingPeriod(
                start,
                List.of(
                        new CdrDimension("ENERGY", new BigDecimal("16.5")),
                        new CdrDimension("TIME", new BigDecimal("1.5")),
                        new CdrDimension("MIN_POWER", new BigDecimal("10.2")),
                        new CdrDimension("MAX_POWER", new BigDecimal("11.5"))),
                null));
        cdr1 = priced(cdr("CDR-BENCH-1", one, Duration.ofMinutes(90), new BigDecimal("16.5"), "1.5", null));

        List<ChargingPeriod> periods = new ArrayList<>();
        BigDecimal energy = BigDecimal.ZERO;
        for (int i = 0; i < 20; i++) {
            Instant at = start.plus(Duration.ofMinutes(15L * i));
            List<CdrDimension> dims = new ArrayList<>();
            if (i < 18) {
                BigDecimal kwh =
                        new BigDecimal("2.70").add(BigDecimal.valueOf(i % 5).movePointLeft(2));
                energy = energy.add(kwh);
                dims.add(new CdrDimension("ENERGY", kwh));
                dims.add(new CdrDimension("TIME", new BigDecimal("0.25")));
                dims.add(new CdrDimension("MIN_POWER", new BigDecimal("10.4")));
                dims.add(new CdrDimension("MAX_POWER", new BigDecimal("11.2")));
            } else {
                dims.add(new CdrDimension("PARKING_TIME", new BigDecimal("0.25")));
            }
            periods.add(new ChargingPeriod(at, dims, null));
        }
        cdr20 = priced(cdr("CDR-BENCH-20", periods, Duration.ofHours(5), energy, "5", "0.5"));

        cdrJson1 = json.writeBytes(cdr1);
        cdrJson20 = json.writeBytes(cdr20);

        List<MeterSample> samples = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant at = start.plus(Duration.ofMinutes(5L * i));
            BigDecimal kwh = new BigDecimal("0.91").multiply(BigDecimal.valueOf(Math.min(i, 54)));
            samples.add(
                    i < 54
                            ? new MeterSample(at, kwh, new BigDecimal("10.9"), new BigDecimal("16"), false)
                            : MeterSample.parking(at, kwh));
        }
        timeline = SessionTimeline.of(samples);

        for (Cdr c : List.of(cdr1, cdr20)) {
            AuditReport check = engine.audit(c, List.of(tariff), ZONE);
            if (!check.consistent()) {
                throw new IllegalStateException(
                        "benchmark CDR " + c.id() + " does not audit clean: " + check.discrepancies());
            }
            if (!json.read(json.writeBytes(c), Cdr.class).equals(c)) {
                throw new IllegalStateException("benchmark CDR " + c.id() + " does not survive a JSON round trip");
            }
        }
        PricedSession s20 = engine.price(tariff, cdr20, ZONE);
        long elementsUsed =
                s20.lines().stream().mapToInt(l -> l.element()).distinct().count();
        System.err.println("CDR JSON: " + cdrJson1.length + " bytes (1 period, total_cost "
                + cdr1.totalCost().exclVat() + " EUR excl. VAT), " + cdrJson20.length + " bytes (20 periods, "
                + "total_cost " + cdr20.totalCost().exclVat() + " EUR excl. VAT, "
                + s20.lines().size()
                + " priced lines from " + elementsUsed + " elements)");
    }

    private Cdr cdr(
            String id,
            List<ChargingPeriod> periods,
            Duration length,
            BigDecimal energy,
            String totalTime,
            @Nullable String parkingTime) {
        Instant end = start.plus(length);
        return Cdr.builder()
                .countryCode("DE")
                .partyId("OKT")
                .id(id)
                .startDateTime(start)
                .endDateTime(end)
                .sessionId("S-" + id)
                .cdrToken(new CdrToken("DE", "EMS", "04A1B2C3D4E5F6", "RFID", "DE-EMS-C12345678-9"))
                .authMethodAsString("WHITELIST")
                .cdrLocation(LOCATION)
                .currency("EUR")
                .chargingPeriods(periods)
                .totalEnergy(energy)
                .totalTime(new BigDecimal(totalTime))
                .totalParkingTime(parkingTime == null ? null : new BigDecimal(parkingTime))
                .lastUpdated(end)
                .build();
    }

    /** The CDR with its total costs filled in, as it is sent and as it is priced in the benchmark. */
    private Cdr priced(Cdr c) {
        return engine.price(tariff, c, ZONE).writeInto(c);
    }

    /** Prices the 1-period CDR. */
    @Benchmark
    public PricedSession priceCdr1() {
        return engine.price(tariff, cdr1, ZONE);
    }

    /** Parses the 1-period CDR's JSON (exactly the CDR {@link #priceCdr1} prices) into the 2.2.1 model. */
    @Benchmark
    public Cdr parseCdrJson1() {
        return json.read(cdrJson1, Cdr.class);
    }

    /** Prices the 20-period CDR (what a CPO does once per session). */
    @Benchmark
    public PricedSession priceCdr20() {
        return engine.price(tariff, cdr20, ZONE);
    }

    /**
     * Prices the 20-period CDR with a tariff object the engine has not seen just before (one of 64 equal copies in
     * turn): the engine keeps the neutral form of the last tariff objects it priced (by identity, 16 of them), so
     * this is the cost when each CDR comes with its own tariff object, as when tariffs are parsed per CDR.
     */
    @Benchmark
    public PricedSession priceCdr20NewTariff() {
        return engine.price(nextTariffCopy(), cdr20, ZONE);
    }

    /** As {@link #priceCdr20NewTariff}, for the 1-period CDR. */
    @Benchmark
    public PricedSession priceCdr1NewTariff() {
        return engine.price(nextTariffCopy(), cdr1, ZONE);
    }

    /** The next of the 64 tariff copies, in turn. */
    private Tariff nextTariffCopy() {
        Tariff t = tariffCopies[nextCopy];
        nextCopy = (nextCopy + 1) & (tariffCopies.length - 1);
        return t;
    }

    /**
     * Prices the 20-period CDR and reads everything the result holds: the per-line and per-period breakdown and the
     * notes, which a {@link PricedSession} builds on first use, and the costs written into the CDR.
     */
    @Benchmark
    public void priceCdr20Detail(Blackhole bh) {
        PricedSession s = engine.price(tariff, cdr20, ZONE);
        bh.consume(s.lines());
        bh.consume(s.periods());
        bh.consume(s.notes());
        bh.consume(s.writeInto(cdr20));
    }

    /** Parses the 20-period CDR's JSON (exactly the CDR {@link #priceCdr20} prices) into the 2.2.1 model. */
    @Benchmark
    public Cdr parseCdrJson20() {
        return json.read(cdrJson20, Cdr.class);
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

    /** Audits the priced 20-period CDR (recomputes it, and the misreadings only when a total differs). */
    @Benchmark
    public AuditReport audit() {
        return engine.audit(cdr20, List.of(tariff), ZONE);
    }

    /** Prices the 20-period CDR and writes its explanation (what {@code ocpkit tariff price --explain} shows). */
    @Benchmark
    public String priceAndExplain() {
        return engine.price(tariff, cdr20, ZONE).explanation();
    }
}
