package dev.ocpkit.ocpp.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ocpkit.ocpp.LoginThrottle;
import dev.ocpkit.ocpp.internal.server.FailedLogins;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The waits of {@link LoginThrottle} and the per identity/address counts behind it, on a fake clock. */
class LoginThrottleTest {
    private static final LoginThrottle THROTTLE = new LoginThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(10));

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FailedLogins logins = new FailedLogins(THROTTLE, now::get);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void delayAfter_isZeroForTheFreeFailures_thenDoublesUpToTheMaximum() {
        assertThat(THROTTLE.delayAfter(1)).isZero();
        assertThat(THROTTLE.delayAfter(3)).isZero();
        assertThat(THROTTLE.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(THROTTLE.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(THROTTLE.delayAfter(7)).isEqualTo(Duration.ofSeconds(8));
        assertThat(THROTTLE.delayAfter(8)).isEqualTo(Duration.ofSeconds(10));
        assertThat(THROTTLE.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10));
        assertThat(LoginThrottle.DEFAULT.delayAfter(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.DEFAULT.delayAfter(100)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void constructor_refusesMeaninglessValues() {
        assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(1, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void identityIsBlocked_afterTheFreeFailures_forTheDelay_thenChecksAgain() {
        for (int i = 0; i < 3; i++) {
            assertThat(logins.blocked("CP-1@10.0.0.1")).isFalse();
            logins.failed("CP-1@10.0.0.1");
        }
        assertThat(logins.blocked("CP-1@10.0.0.1")).as("3 failures are free").isFalse();
        logins.failed("CP-1@10.0.0.1");
        assertThat(logins.blocked("CP-1@10.0.0.1")).isTrue();
        assertThat(logins.blocked("CP-1@10.0.0.2")).as("another address").isFalse();
        assertThat(logins.blocked("CP-2@10.0.0.1")).as("another identity").isFalse();
        advance(Duration.ofMillis(999));
        assertThat(logins.blocked("CP-1@10.0.0.1")).isTrue();
        advance(Duration.ofMillis(2));
        assertThat(logins.blocked("CP-1@10.0.0.1")).isFalse();
        logins.failed("CP-1@10.0.0.1");
        advance(Duration.ofMillis(1999));
        assertThat(logins.blocked("CP-1@10.0.0.1")).as("the second wait is 2 s").isTrue();
    }

    @Test
    void acceptedHandshake_clearsTheCount() {
        for (int i = 0; i < 3; i++) {
            logins.failed("CP-1@10.0.0.1");
        }
        logins.succeeded("CP-1@10.0.0.1");
        logins.failed("CP-1@10.0.0.1");
        assertThat(logins.blocked("CP-1@10.0.0.1")).isFalse();
        assertThat(logins.size()).isEqualTo(1);
    }

    @Test
    void none_neverBlocks_andKeepsNoState() {
        FailedLogins off = new FailedLogins(LoginThrottle.NONE, now::get);
        for (int i = 0; i < 1000; i++) {
            off.failed("CP-1@10.0.0.1");
        }
        assertThat(off.blocked("CP-1@10.0.0.1")).isFalse();
        assertThat(off.size()).isZero();
    }

    @Test
    void memory_isBounded_expiredEntriesMakeRoom() {
        for (int i = 0; i < FailedLogins.MAX_ENTRIES + 500; i++) {
            logins.failed("CP-" + i + "@10.0.0.1");
        }
        assertThat(logins.size()).isLessThanOrEqualTo(FailedLogins.MAX_ENTRIES);
        // blocked pairs are never evicted to make room
        for (int i = 0; i < 4; i++) {
            logins.failed("CP-X@10.0.0.9");
        }
        assertThat(logins.blocked("CP-X@10.0.0.9")).isTrue();
        for (int i = 0; i < FailedLogins.MAX_ENTRIES; i++) {
            logins.failed("CP-Y" + i + "@10.0.0.1");
        }
        assertThat(logins.blocked("CP-X@10.0.0.9")).isTrue();
        assertThat(logins.size()).isLessThanOrEqualTo(FailedLogins.MAX_ENTRIES);
    }
}
