package dev.ocpkit.ocpp.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NeutralValuesTest {
    @Test
    void idToken_toStringMasksTheValue() {
        IdToken t = IdToken.of("04A2B3C4D5", IdToken.TYPE_ISO14443);
        assertThat(t.toString()).doesNotContain("04A2B3").contains("****C4D5").contains("ISO14443");
        assertThat(IdToken.of("AB").masked()).isEqualTo("****");
        assertThat(IdToken.of("AB").typeOrDefault()).isEqualTo(IdToken.TYPE_ISO14443);
        // schema-valid (no minLength in 1.6, 2.0.1 or 2.1; 2.x NoAuthorization tokens are empty): found by fuzzing
        assertThat(IdToken.of("", "NoAuthorization").masked()).isEqualTo("****");
    }

    @Test
    void transactionIdGenerator_countsUp_andWrapsToOneAfterTheLargestInt() {
        TransactionIdGenerator g = TransactionIdGenerator.startingAt(Integer.MAX_VALUE - 1);
        assertThat(g.nextTransactionId("A")).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(g.nextTransactionId("B")).isEqualTo(Integer.MAX_VALUE);
        assertThat(g.nextTransactionId("A")).isEqualTo(1);
        assertThat(g.nextTransactionId("A")).isEqualTo(2);
        assertThatThrownBy(() -> TransactionIdGenerator.startingAt(0)).isInstanceOf(IllegalArgumentException.class);
        int first = TransactionIdGenerator.sequential().nextTransactionId("A");
        assertThat(first).isPositive();
    }

    @Test
    void commandResult_factoriesUseTheCanonicalSpelling() {
        assertThat(CommandResult.of(CommandStatus.NOT_SUPPORTED).rawStatus()).isEqualTo("NotSupported");
        assertThat(CommandResult.of(CommandStatus.SCHEDULED).isAccepted()).isTrue();
        assertThat(CommandResult.of(CommandStatus.FAILED).isAccepted()).isFalse();
        assertThat(CommandResult.raw("UnknownConnector").status()).isEqualTo(CommandStatus.REJECTED);
        assertThat(CommandResult.of(CommandStatus.REJECTED, "TxInProgress", null)
                        .reasonCode())
                .isEqualTo("TxInProgress");
    }

    @Test
    void bootDecision_refusesNegativeIntervals() {
        assertThat(BootDecision.pending(Duration.ofSeconds(30)).status()).isEqualTo(RegistrationStatus.PENDING);
        assertThatThrownBy(() -> BootDecision.accepted(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
