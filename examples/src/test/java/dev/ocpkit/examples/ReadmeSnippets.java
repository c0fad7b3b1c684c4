package dev.ocpkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.client.LocalParty;
import dev.ocpkit.ocpi.client.OcpiClient;
import dev.ocpkit.ocpi.client.Partner;
import dev.ocpkit.ocpi.client.PartnerStore;
import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiValidator;
import dev.ocpkit.ocpi.model.Violation;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.Tariff;
import dev.ocpkit.ocpi.server.OcpiDispatcher;
import dev.ocpkit.ocpi.server.PartnerDiscovery;
import dev.ocpkit.ocpi.server.v221.LocationsReceiver;
import dev.ocpkit.ocpp.CsmsServer;
import dev.ocpkit.ocpp.OcppSession;
import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.SecurityProfile;
import dev.ocpkit.ocpp.StationClient;
import dev.ocpkit.ocpp.neutral.Authorization;
import dev.ocpkit.ocpp.neutral.CsmsHandler;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.NeutralCsms;
import dev.ocpkit.ocpp.neutral.NeutralStation;
import dev.ocpkit.ocpp.neutral.ResetType;
import dev.ocpkit.ocpp.neutral.StationCommandHandler;
import dev.ocpkit.ocpp.neutral.StationCommands;
import dev.ocpkit.ocpp.neutral.TransactionStarted;
import dev.ocpkit.ocpp.queue.FileMessageQueue;
import dev.ocpkit.tariff.AuditReport;
import dev.ocpkit.tariff.PricedSession;
import dev.ocpkit.tariff.TariffEngine;
import dev.ocpkit.testkit.FakeEmsp;
import dev.ocpkit.testkit.OcpkitTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The code of README.md's "Using it" section (line breaks aside), so that the compiler checks it against the API on every
 * build. Nothing here runs; when a snippet stops compiling, fix the README with it.
 */
@SuppressWarnings("unused")
final class ReadmeSnippets {
    private ReadmeSnippets() {}

    static void csms() {
        CsmsHandler handler = new CsmsHandler() {
            @Override
            public CompletionStage<Authorization> authorize(OcppSession station, IdToken token) {
                return CompletableFuture.completedFuture(Authorization.accepted());
            }

            @Override
            public CompletionStage<Authorization> transactionStarted(OcppSession station, TransactionStarted tx) {
                System.out.println(station.identity() + " started " + tx.transactionId());
                return CompletableFuture.completedFuture(Authorization.accepted());
            }
        };
        CsmsServer csms = CsmsServer.builder()
                .port(8887)
                .versions(OcppVersion.V21, OcppVersion.V201, OcppVersion.V16) // preference order
                .handlers(NeutralCsms.handlers(handler))
                .build()
                .start();
        // call a station: typed, validated, always completes (result, CALLERROR, timeout or disconnect)
        csms.station("CS-1").ifPresent(station -> StationCommands.of(station).reset(ResetType.SOFT));
    }

    static void station(String password, StationCommandHandler myCommandHandler) {
        StationClient station = StationClient.builder()
                .url(URI.create("wss://csms.example.com/ocpp/CS-1"))
                .versions(OcppVersion.V201)
                .securityProfile(SecurityProfile.TLS_BASIC) // profiles 0-3
                .password(password)
                .messageQueue(FileMessageQueue.open(Path.of("queue"))) // transaction messages survive restarts
                .handlers(NeutralStation.handlers(myCommandHandler))
                .build();
        station.connect();
    }

    static void ocpiParty(
            LocalParty localParty, PartnerStore partners, String tokenA, LocationsReceiver myLocationsReceiver) {
        OcpiClient client =
                OcpiClient.builder(localParty).partnerStore(partners).build();
        Partner cpo =
                client.register(tokenA, "https://cpo.example.com/ocpi/versions"); // the whole A -> B -> C handshake
        for (Location location : client.partner(cpo).v221().locationsSender().list()) { // lazy, page by page
            System.out.println(location.id());
        }

        OcpiDispatcher server = OcpiDispatcher.builder(localParty, partners) // any HTTP stack: JDK, Servlet, ...
                .service(myLocationsReceiver)
                .discovery(PartnerDiscovery.using(client)) // so that partners can register with us
                .build();
    }

    static void pricing(Tariff tariff, Cdr cdr, Cdr theirCdr) {
        TariffEngine engine = TariffEngine.create();
        PricedSession priced = engine.price(tariff, cdr, ZoneId.of("Europe/Berlin"));
        Cdr withCosts = priced.writeInto(cdr);
        System.out.println(priced.explanation());
        AuditReport audit = engine.audit(theirCdr, List.of(tariff), ZoneId.of("Europe/Berlin"));
    }

    /** Never run: a nested class is outside the test runner's includes; the fields stand for the host's objects. */
    @OcpkitTest
    static final class MyCpoTest {
        OcpiClient myClient;
        Location location;

        @Test
        void pushesLocations(FakeEmsp emsp) {
            Partner partner = myClient.register(emsp.tokenA(), emsp.versionsUrl());
            myClient.partner(partner.id()).v221().locationsReceiver().putLocation(location);
            assertThat(emsp.locations()).extracting(Location::id).containsExactly(location.id());
        }
    }

    static void objects(byte[] bytes) {
        OcpiJson json = OcpiJson.v221();
        Location location = json.read(bytes, Location.class); // lenient: unknown fields and enum values survive
        List<Violation> problems =
                OcpiValidator.validate(location); // e.g. $.evses[0].connectors[1].max_voltage: required
    }
}
