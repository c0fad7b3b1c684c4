package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.OcppVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension injects running fakes and closes them after each test. */
@OcpkitTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OcpkitExtensionTest {
    private static final List<FakeOcpiParty> PARTIES = new CopyOnWriteArrayList<>();
    private static final List<FakeCsms> CSMS = new CopyOnWriteArrayList<>();
    private static final List<Integer> PORTS = new CopyOnWriteArrayList<>();

    @Test
    @Order(1)
    void injectsRunningOcpiFakes_eachParameterItsOwnParty(FakeEmsp emsp, FakeCpo cpo, FakeHub hub, FakeEmsp other) {
        PARTIES.addAll(List.of(emsp, cpo, hub, other));
        for (FakeOcpiParty p : PARTIES) {
            PORTS.add(p.port());
            assertThat(accepts(p.port())).as(p.toString()).isTrue();
        }
        assertThat(other).isNotSameAs(emsp);
        assertThat(hub.role()).isEqualTo("HUB");
        assertThat(cpo.register(emsp).state()).isEqualTo(dev.ocpkit.ocpi.client.Partner.State.REGISTERED);
    }

    @Test
    @Order(2)
    void injectedStationsConnectToTheInjectedCsms(
            FakeCsms csms,
            @Station(version = OcppVersion.V16, identity = "CS-16") StationSimulator cs16,
            StationSimulator cs201)
            throws Exception {
        CSMS.add(csms);
        PORTS.add(csms.port());
        assertThat(cs16.version()).isEqualTo(OcppVersion.V16);
        assertThat(cs201.version()).isEqualTo(OcppVersion.V201);

        cs16.start().get(10, TimeUnit.SECONDS);
        cs201.start().get(10, TimeUnit.SECONDS);

        assertThat(Await.until(() -> csms.boots().size() == 2, Duration.ofSeconds(5)))
                .isTrue();
        assertThat(csms.boots()).extracting(StationEvent::identity).containsExactlyInAnyOrder("CS-16", "SIM-2");
    }

    @AfterAll
    static void everythingInjectedIsClosed_portsRefuseConnections() {
        assertThat(PARTIES).hasSize(4).allSatisfy(p -> assertThat(p.isClosed()).isTrue());
        assertThat(CSMS).singleElement().satisfies(c -> assertThat(c.isClosed()).isTrue());
        assertThat(PORTS)
                .hasSize(5)
                .allSatisfy(port -> assertThat(accepts(port)).as("port " + port).isFalse());
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
