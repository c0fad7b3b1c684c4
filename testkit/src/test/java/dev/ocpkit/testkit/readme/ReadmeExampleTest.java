package dev.ocpkit.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.ocpkit.ocpi.client.InMemoryPartnerStore;
import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.OcpiStatusException;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartyRole;
import dev.ocpkit.ocpi.model.OcpiStatusCode;
import dev.ocpkit.ocpi.model.OcpiVersion;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.jdk.OcpiHttpHandler;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.testkit.Await;
import dev.ocpkit.testkit.DemoNetwork;
import dev.ocpkit.testkit.FakeCsms;
import dev.ocpkit.testkit.FakeEmsp;
import dev.ocpkit.testkit.OcpkitTest;
import dev.ocpkit.testkit.Station;
import dev.ocpkit.testkit.StationSimulator;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The host test shown in testkit/README.md, compiled and run with every build (keep the two in step). */
@OcpkitTest
class ReadmeExampleTest {
    // README: begin ocpi
    @Test
    void myCpoPushesLocationsToAnEmsp(FakeEmsp emsp) throws Exception {
        // the host's own CPO: its OCPI endpoints (the eMSP calls back during the handshake) and its client
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        LocalParty me = new LocalParty(
                "http://127.0.0.1:" + http.getAddress().getPort() + "/ocpi/versions",
                List.of(OcpiVersion.V2_2_1),
                List.of(new PartyRole("CPO", "DE", "OKC", "My CPO", null)));
        InMemoryPartnerStore partners = new InMemoryPartnerStore();
        try (OcpiClient client = OcpiClient.builder(me).partnerStore(partners).build()) {
            OcpiDispatcher dispatcher = OcpiDispatcher.builder(me, partners)
                    .discovery(PartnerDiscovery.using(client))
                    .build();
            http.createContext("/", new OcpiHttpHandler(dispatcher));
            http.start();

            Partner partner = client.register(emsp.tokenA(), emsp.versionsUrl());
            client.partner(partner.id()).v221().locationsReceiver().putLocation(DemoNetwork.location());
            assertThat(emsp.locations()).extracting(Location::id).containsExactly(DemoNetwork.LOCATION_ID);

            emsp.failNext(OcpiStatusCode.CLIENT_ERROR);
            assertThatThrownBy(() -> client.partner(partner.id())
                            .v221()
                            .locationsReceiver()
                            .putLocation(DemoNetwork.location()))
                    .isInstanceOfSatisfying(OcpiStatusException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(2000));
        } finally {
            http.stop(0);
        }
    }
    // README: end ocpi

    // README: begin ocpp
    @Test
    void aStationChargesAtMyCsms(FakeCsms csms, @Station(version = OcppVersion.V16) StationSimulator station)
            throws Exception {
        station.start().get(10, TimeUnit.SECONDS);
        station.runTransaction(1, IdToken.of("04A1B2C3", IdToken.TYPE_ISO14443), 3)
                .get(15, TimeUnit.SECONDS);
        assertThat(Await.until(() -> csms.transactionsEnded().size() == 1, Duration.ofSeconds(10)))
                .isTrue();
        assertThat(csms.boots()).extracting(b -> b.identity()).containsExactly(station.identity());
    }
    // README: end ocpp
}
