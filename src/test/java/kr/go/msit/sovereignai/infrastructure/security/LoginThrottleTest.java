package kr.go.msit.sovereignai.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void anAccountIsHeldBackAfterFiveFailedAttemptsUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt("citizen@example.kr", "10.0.0." + i), "attempt " + i);
            clock.advance(Duration.ofMinutes(1));
        }
        Duration wait = throttle.beginAttempt("Citizen@Example.kr ", "10.0.0.99");
        assertEquals(Duration.ofMinutes(10), wait, "until the first of the five attempts is 15 minutes old");

        clock.advance(wait);
        assertEquals(Duration.ZERO, throttle.beginAttempt("citizen@example.kr", "10.0.0.99"));
    }

    @Test
    void parallelAttemptsCannotSlipPastTheLimit() {
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.beginAttempt("admin@example.kr", "10.0.0." + i).isZero()) {
                allowed++;
            }
        }
        assertEquals(LoginThrottle.FAILURES_PER_ACCOUNT, allowed, "attempts in flight count before they finish");
    }

    @Test
    void anAddressIsHeldBackAfterTwentyFailuresAcrossAccounts() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.beginAttempt("person" + i + "@example.kr", "203.0.113.7");
        }
        assertTrue(throttle.beginAttempt("someone-new@example.kr", "203.0.113.7").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.beginAttempt("someone-new@example.kr", "203.0.113.8"));
    }

    @Test
    void aSuccessForgivesTheAttemptAndClearsTheAccount() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.beginAttempt("citizen@example.kr", "10.0.0.1");
        }
        throttle.beginAttempt("citizen@example.kr", "10.0.0.1");
        throttle.recordSuccess("citizen@example.kr", "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt("citizen@example.kr", "10.0.0.2"), "attempt " + i);
        }
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.beginAttempt("other" + i + "@example.kr", "10.0.0.1");
        }
        assertTrue(throttle.beginAttempt("x@example.kr", "10.0.0.1").compareTo(Duration.ZERO) > 0,
                "the address kept its four real failures and now has twenty-four");
    }
}
