package dev.ocpkit.benchmarks.ocpimodel;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.v221.BusinessDetails;
import dev.ocpkit.ocpi.model.v221.Capability;
import dev.ocpkit.ocpi.model.v221.Connector;
import dev.ocpkit.ocpi.model.v221.ConnectorFormat;
import dev.ocpkit.ocpi.model.v221.ConnectorType;
import dev.ocpkit.ocpi.model.v221.DisplayText;
import dev.ocpkit.ocpi.model.v221.Evse;
import dev.ocpkit.ocpi.model.v221.Facility;
import dev.ocpkit.ocpi.model.v221.GeoLocation;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.ParkingType;
import dev.ocpkit.ocpi.model.v221.PowerType;
import dev.ocpkit.ocpi.model.v221.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OCPI model binding cost against a plain Jackson tree parse of the same bytes (issue 2's target: binding at most
 * 1.5x the tree parse). Input: the official {@code location_example.json} of OCPI 2.2.1 when the folder
 * {@code shared/ocpi-examples} is found above the working directory (read in place), else an equivalent location
 * built here; and a page of 1,000 such locations.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OcpiModelBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OcpiModelBenchmark {
    private final OcpiJson json = OcpiJson.v221();
    private final JsonMapper plain = JsonMapper.builder().build();

    byte[] location;
    byte[] page;
    Location locationValue;
    List<Location> pageValue;

    @Setup
    public void setUp() throws IOException {
        Path example = findExample();
        location = example != null ? Files.readAllBytes(example) : json.writeBytes(sample("LOC1"));
        locationValue = json.read(location, Location.class);
        List<Location> list = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            list.add(locationValue.toBuilder().id("LOC" + i).build());
        }
        pageValue = list;
        page = json.writeBytes(list);
        System.err.println("location: " + (example != null ? example : "built-in sample") + ", " + location.length
                + " bytes; page: " + page.length + " bytes");
    }

    @Benchmark
    public Location parseLocation() {
        return json.read(location, Location.class);
    }

    /** The same binding with a default Jackson mapper (no OCPI timestamp or PATCH handling), for reference. */
    @Benchmark
    public Location parseLocationDefaultMapper() {
        return plain.readValue(location, Location.class);
    }

    @Benchmark
    public JsonNode treeParseLocation() {
        return plain.readTree(location);
    }

    @Benchmark
    public byte[] serializeLocation() {
        return json.writeBytes(locationValue);
    }

    @Benchmark
    public List<Location> parsePage1000() {
        return json.readList(page, Location.class);
    }

    @Benchmark
    public JsonNode treeParsePage1000() {
        return plain.readTree(page);
    }

    @Benchmark
    public byte[] serializePage1000() {
        return json.writeBytes(pageValue);
    }

    private static Path findExample() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path f = dir.resolve("shared/ocpi-examples/2.2.1-bugfixes/location_example.json");
            if (Files.isRegularFile(f)) {
                return f;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** A location shaped like the official example: two EVSEs, three connectors, operator, directions. */
    static Location sample(String id) {
        Instant t = Instant.parse("2015-06-29T20:39:09Z");
        Connector c1 = Connector.builder()
                .id("1")
                .standard(ConnectorType.IEC_62196_T2)
                .format(ConnectorFormat.CABLE)
                .powerType(PowerType.AC_3_PHASE)
                .maxVoltage(220)
                .maxAmperage(16)
                .tariffIds(List.of("11"))
                .lastUpdated(t)
                .build();
        Evse e1 = Evse.builder()
                .uid("3256")
                .evseId("BE*BEC*E041503001")
                .status(Status.AVAILABLE)
                .capabilities(List.of(Capability.RESERVABLE))
                .connectors(List.of(
                        c1,
                        c1.toBuilder().id("2").format(ConnectorFormat.SOCKET).build()))
                .physicalReference("1")
                .floorLevel("-1")
                .lastUpdated(t)
                .build();
        Evse e2 = e1.toBuilder()
                .uid("3257")
                .evseId("BE*BEC*E041503002")
                .status(Status.RESERVED)
                .connectors(List.of(c1))
                .physicalReference("2")
                .build();
        return Location.builder()
                .countryCode("BE")
                .partyId("BEC")
                .id(id)
                .publish(true)
                .name("Gent Zuid")
                .address("F.Rooseveltlaan 3A")
                .city("Gent")
                .postalCode("9000")
                .country("BEL")
                .coordinates(new GeoLocation("51.047599", "3.729944"))
                .parkingType(ParkingType.ON_STREET)
                .evses(List.of(e1, e2))
                .directions(List.of(new DisplayText("en", "Go to the car park")))
                .operator(new BusinessDetails("BeCharged", null, null))
                .facilities(List.of(Facility.MALL))
                .timeZone("Europe/Brussels")
                .lastUpdated(t)
                .build();
    }
}
