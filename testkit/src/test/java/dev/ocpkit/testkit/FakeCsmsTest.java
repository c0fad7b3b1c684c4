package dev.ocpkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.OcppVersion;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.BootInfo;
import dev.ocpkit.ocpp.neutral.IdToken;
import dev.ocpkit.ocpp.neutral.RegistrationStatus;
import dev.ocpkit.ocpp.neutral.StationCalls;
import dev.ocpkit.ocpp.neutral.StatusEvent;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stations of each OCPP version boot at the fake CSMS, which records what they send and follows its script. */
class FakeCsmsTest {
    private static StationSimulator simulator(FakeCsms csms, String identity, OcppVersion version) {
        return StationSimulator.builder()
                .url(csms.url(identity))
                .version(version)
                .pace(Duration.ofMillis(20))
                .timeScale(60)
                .build();
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void stationBoots_andRunsTransaction_csmsRecordsBootStatusAndTransaction(OcppVersion version) throws Exception {
        try (FakeCsms csms = FakeCsms.start();
                StationSimulator sim = simulator(csms, "CS-" + version.label(), version)) {
            assertThat(sim.start().get(10, TimeUnit.SECONDS).status()).isEqualTo(RegistrationStatus.ACCEPTED);
            sim.runTransaction(1, IdToken.of("RFID-1", IdToken.TYPE_ISO14443), 2)
                    .get(15, TimeUnit.SECONDS);

            assertThat(Await.until(() -> csms.transactionsEnded().size() == 1, Duration.ofSeconds(10)))
                    .isTrue();
            assertThat(csms.boots()).singleElement().satisfies(b -> {
                assertThat(b.identity()).isEqualTo("CS-" + version.label());
                assertThat(b.event().vendor()).isEqualTo("ocpkit");
            });
            assertThat(csms.statuses()).extracting(e -> e.event().evseId()).contains(1);
            assertThat(csms.transactionsStarted()).singleElement().satisfies(s -> assertThat(
                            s.event().transactionId())
                    .isEqualTo(csms.transactionsEnded().get(0).event().transactionId()));
            assertThat(csms.transactionsEnded().get(0).event().meterStopWh()).isNotNull();
            assertThat(csms.station("CS-" + version.label())).isPresent();
            assertThat(csms.station("NOBODY")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V16", "V201"})
    void rejectBoots_stationStartFailsWithRejected(OcppVersion version) throws Exception {
        try (FakeCsms csms = FakeCsms.start();
                StationSimulator sim = simulator(csms, "CS-REJ", version)) {
            csms.rejectBoots();

            assertThatThrownBy(() -> sim.start().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("Rejected");
            assertThat(csms.boots())
                    .extracting(StationEvent::event)
                    .extracting(BootInfo::vendor)
                    .containsExactly("ocpkit");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = OcppVersion.class,
            names = {"V16", "V201"})
    void rejectIdToken_authorizationOfThatTokenIsInvalid_othersAccepted(OcppVersion version) throws Exception {
        try (FakeCsms csms = FakeCsms.start();
                StationSimulator sim = simulator(csms, "CS-AUTH", version)) {
            csms.rejectIdToken("STOLEN");
            sim.start().get(10, TimeUnit.SECONDS);

            assertThat(StationCalls.of(sim.client(), version)
                            .authorize(IdToken.of("STOLEN", IdToken.TYPE_ISO14443))
                            .get(5, TimeUnit.SECONDS)
                            .status())
                    .isEqualTo(AuthorizationStatus.INVALID);
            assertThat(csms.authorizations()).extracting(e -> e.event().value()).containsExactly("STOLEN");
            assertThat(csms.statuses())
                    .extracting(StationEvent::event)
                    .extracting(StatusEvent::evseId)
                    .contains(1);
        }
    }
}
