package dev.ocpkit.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpi.model.v221.AllowedType;
import dev.ocpkit.ocpi.model.v221.AuthorizationInfo;
import dev.ocpkit.ocpi.model.v221.Status;
import dev.ocpkit.ocpi.model.v221.Token;
import dev.ocpkit.ocpi.model.v221.TokenType;
import dev.ocpkit.ocpi.model.v221.WhitelistType;
import dev.ocpkit.ocpp.neutral.AuthorizationStatus;
import dev.ocpkit.ocpp.neutral.ConnectorStatus;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingTest {
    @ParameterizedTest
    @CsvSource({
        "AVAILABLE, NoError, AVAILABLE",
        "PREPARING, NoError, CHARGING",
        "CHARGING, , CHARGING",
        "SUSPENDED_EV, NoError, CHARGING",
        "SUSPENDED_EVSE, NoError, CHARGING",
        "FINISHING, NoError, CHARGING",
        "OCCUPIED, , CHARGING",
        "RESERVED, , RESERVED",
        "UNAVAILABLE, , INOPERATIVE",
        "FAULTED, , OUTOFORDER",
        "CHARGING, OverCurrentFailure, OUTOFORDER",
        "AVAILABLE, HighTemperature, AVAILABLE",
        "UNKNOWN, , UNKNOWN"
    })
    void ocppStatus_mapsToOcpiStatus(ConnectorStatus ocpp, String errorCode, Status ocpi) {
        assertThat(StatusMapping.toOcpi(ocpp, errorCode)).isEqualTo(ocpi);
    }

    @ParameterizedTest
    @CsvSource({
        "ALLOWED, ACCEPTED",
        "BLOCKED, BLOCKED",
        "EXPIRED, EXPIRED",
        "NO_CREDIT, NO_CREDIT",
        "NOT_ALLOWED, INVALID"
    })
    void ocpiAllowed_mapsToOcppAuthorization(AllowedType allowed, AuthorizationStatus status) {
        assertThat(CpoBridge.toOcpp(AuthorizationInfo.builder().allowed(allowed).build())
                        .status())
                .isEqualTo(status);
    }

    private static Token token(boolean valid, WhitelistType whitelist) {
        return Token.builder()
                .countryCode("NL")
                .partyId("EMS")
                .uid("abc123")
                .type(TokenType.RFID)
                .contractId("NL-EMS-1")
                .valid(valid)
                .whitelist(whitelist)
                .lastUpdated(Instant.EPOCH)
                .build();
    }

    @Test
    void tokenCache_decidesFromPushedTokens_caseInsensitiveUid() throws Exception {
        TokenCache cache = new TokenCache(null);
        cache.put(token(true, WhitelistType.ALLOWED));
        assertThat(cache.authorize("ABC123", "RFID", null).get().allowed()).isEqualTo(AllowedType.ALLOWED);
        cache.put(token(false, WhitelistType.ALLOWED));
        assertThat(cache.authorize("abc123", "RFID", null).get().allowed()).isEqualTo(AllowedType.BLOCKED);
        assertThat(cache.authorize("other", "RFID", null).get().allowed()).isEqualTo(AllowedType.NOT_ALLOWED);
    }

    @Test
    void tokenCache_asksTheFallback_forUnknownAndNeverWhitelistedTokens() throws Exception {
        TokenAuthorizer realTime = (uid, type, loc) -> CompletableFuture.completedFuture(
                AuthorizationInfo.builder().allowed(AllowedType.NO_CREDIT).build());
        TokenCache cache = new TokenCache(realTime);
        cache.put(token(true, WhitelistType.NEVER));
        assertThat(cache.authorize("abc123", "RFID", null).get().allowed()).isEqualTo(AllowedType.NO_CREDIT);
        assertThat(cache.authorize("nobody", "RFID", null).get().allowed()).isEqualTo(AllowedType.NO_CREDIT);
    }

    @Test
    void sessionId_isStableAndFitsCiString36() {
        String id = CpoBridge.sessionId("CS-16", "1000");
        assertThat(id).hasSize(36).isEqualTo(CpoBridge.sessionId("CS-16", "1000"));
        assertThat(CpoBridge.sessionId("CS-16", "1001")).isNotEqualTo(id);
    }
}
