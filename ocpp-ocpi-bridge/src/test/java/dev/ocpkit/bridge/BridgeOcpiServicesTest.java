package dev.ocpkit.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ocpkit.bridge.BridgeConfig.ConnectorConfig;
import dev.ocpkit.bridge.BridgeConfig.EvseConfig;
import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.model.v221.ActiveChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.Cdr;
import dev.ocpkit.ocpi.model.v221.ChargingProfile;
import dev.ocpkit.ocpi.model.v221.ChargingProfilePeriod;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResponseType;
import dev.ocpkit.ocpi.model.v221.ChargingProfileResult;
import dev.ocpkit.ocpi.model.v221.ClearProfileResult;
import dev.ocpkit.ocpi.model.v221.CommandResponseType;
import dev.ocpkit.ocpi.model.v221.CommandResult;
import dev.ocpkit.ocpi.model.v221.ConnectorFormat;
import dev.ocpkit.ocpi.model.v221.ConnectorType;
import dev.ocpkit.ocpi.model.v221.EvsePatch;
import dev.ocpkit.ocpi.model.v221.Location;
import dev.ocpkit.ocpi.model.v221.PowerType;
import dev.ocpkit.ocpi.model.v221.Session;
import dev.ocpkit.ocpi.model.v221.SessionPatch;
import dev.ocpkit.ocpi.model.v221.SetChargingProfile;
import dev.ocpkit.ocpi.model.v221.StartSession;
import dev.ocpkit.ocpi.model.v221.StopSession;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.TokenType;
import dev.ocpkit.ocpi.model.v221.WhitelistType;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.PutOutcome;
import dev.ocpkit.ocpi.server.v221.ChargingProfilesReceiver;
import dev.ocpkit.ocpi.server.v221.CommandsReceiver;
import dev.ocpkit.ocpi.server.v221.TokensReceiver;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OCPI Receiver services over a bridge whose station is not connected. */
class BridgeOcpiServicesTest {
    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    /** The services under test do not read the request context. */
    private static final OcpiContext CTX = null;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final CpoBridge bridge = new CpoBridge(
            new BridgeConfig(
                    "DE",
                    "CPO",
                    List.of(new BridgeConfig.Site(
                            Location.builder()
                                    .countryCode("DE")
                                    .partyId("CPO")
                                    .id("LOC-1")
                                    .publish(true)
                                    .address("Street 1")
                                    .city("Berlin")
                                    .country("DEU")
                                    .timeZone("Europe/Berlin")
                                    .lastUpdated(SINCE)
                                    .build(),
                            List.of(new EvseConfig(
                                    "CS-1",
                                    1,
                                    "EVSE-1",
                                    "DE*CPO*E1",
                                    List.of(new ConnectorConfig(
                                            1,
                                            "1",
                                            ConnectorType.IEC_62196_T2,
                                            ConnectorFormat.SOCKET,
                                            PowerType.AC_3_PHASE,
                                            230,
                                            32,
                                            null)))))),
                    Map.of(),
                    Duration.ofSeconds(5)),
            new NoPublisher(),
            new TokenCache(null),
            (cdr, tariff, timeline, zone) -> cdr,
            Clock.systemUTC(),
            scheduler);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private final CommandsReceiver commands = BridgeOcpiServices.commandsReceiver(bridge, Duration.ofSeconds(2));
    private final ChargingProfilesReceiver profiles =
            BridgeOcpiServices.chargingProfilesReceiver(bridge, Duration.ofSeconds(2));

    private static StartSession start(String locationId) {
        return StartSession.builder()
                .responseUrl("https://emsp.example/results/1")
                .token(token("NL", "EMS", "TOKEN-1"))
                .locationId(locationId)
                .evseUid("EVSE-1")
                .build();
    }

    @Test
    void startSession_unknownLocation_isStatus2003() {
        OcpiException e = catchThrowableOfType(() -> commands.startSession(CTX, start("NOWHERE")), OcpiException.class);
        assertThat(e.statusCode()).isEqualTo(2003);
    }

    @Test
    void startSession_stationOffline_isRejected() {
        assertThat(commands.startSession(CTX, start("LOC-1")).result()).isEqualTo(CommandResponseType.REJECTED);
    }

    @Test
    void stopSession_unknownSession_isUnknownSession() {
        assertThat(commands.stopSession(CTX, new StopSession("https://emsp.example/results/2", "no-such-session"))
                        .result())
                .isEqualTo(CommandResponseType.UNKNOWN_SESSION);
    }

    @Test
    void setChargingProfile_unknownSession_isUnknownSession() {
        SetChargingProfile set = new SetChargingProfile(
                new ChargingProfile(
                        null, null, "W", null, List.of(new ChargingProfilePeriod(0, new BigDecimal("7400")))),
                "https://emsp.example/results/3");
        assertThat(profiles.setChargingProfile(CTX, "no-such-session", set).result())
                .isEqualTo(ChargingProfileResponseType.UNKNOWN_SESSION);
    }

    @Test
    void tokensReceiver_putThenUpdate_andGetOnlyForTheOwningParty() {
        TokenCache cache = new TokenCache(null);
        TokensReceiver tokens = BridgeOcpiServices.tokensReceiver(cache);
        Token token = token("NL", "EMS", "04A1");

        assertThat(tokens.putToken(CTX, "NL", "EMS", "04A1", TokenType.RFID, token))
                .isEqualTo(PutOutcome.CREATED);
        assertThat(tokens.putToken(CTX, "NL", "EMS", "04A1", TokenType.RFID, token))
                .isEqualTo(PutOutcome.UPDATED);
        assertThat(cache.get("04A1", "RFID")).contains(token);
        assertThat(tokens.getToken(CTX, "NL", "EMS", "04A1", TokenType.RFID)).contains(token);
        assertThat(tokens.getToken(CTX, "BE", "OTH", "04A1", TokenType.RFID)).isEmpty();
    }

    private static Token token(String country, String party, String uid) {
        return Token.builder()
                .countryCode(country)
                .partyId(party)
                .uid(uid)
                .type(TokenType.RFID)
                .contractId(country + "-" + party + "-C1")
                .issuer("Test eMSP")
                .valid(true)
                .whitelist(WhitelistType.ALLOWED)
                .lastUpdated(SINCE)
                .build();
    }

    /** Accepts every push and keeps nothing. */
    private static final class NoPublisher implements EmspPublisher {
        private static CompletableFuture<Void> done() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> putLocation(Location location) {
            return done();
        }

        @Override
        public CompletableFuture<Void> patchEvse(
                String countryCode, String partyId, String locationId, String evseUid, EvsePatch patch) {
            return done();
        }

        @Override
        public CompletableFuture<Void> putSession(Session session) {
            return done();
        }

        @Override
        public CompletableFuture<Void> patchSession(
                String countryCode, String partyId, String sessionId, SessionPatch patch) {
            return done();
        }

        @Override
        public CompletableFuture<Void> postCdr(Cdr cdr) {
            return done();
        }

        @Override
        public CompletableFuture<Void> postCommandResult(String responseUrl, CommandResult result) {
            return done();
        }

        @Override
        public CompletableFuture<Void> postChargingProfileResult(String responseUrl, ChargingProfileResult result) {
            return done();
        }

        @Override
        public CompletableFuture<Void> postActiveChargingProfileResult(
                String responseUrl, ActiveChargingProfileResult result) {
            return done();
        }

        @Override
        public CompletableFuture<Void> postClearProfileResult(String responseUrl, ClearProfileResult result) {
            return done();
        }
    }
}
