package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
        public Clock withZone(java.time.ZoneId zone) {
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
    void anAccountIsHeldBackAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.recordFailure("citizen@example.kr", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("citizen@example.kr", "10.0.0.99"));

        throttle.recordFailure("Citizen@Example.kr ", "10.0.0.50");
        Duration wait = throttle.waitBeforeAttempt("citizen@example.kr", "10.0.0.99");
        assertEquals(Duration.ofMinutes(11), wait, "until the first of the five failures is 15 minutes old");

        clock.advance(wait);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("citizen@example.kr", "10.0.0.99"));
    }

    @Test
    void anAddressIsHeldBackAfterTwentyFailuresAcrossAccounts() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("person" + i + "@example.kr", "203.0.113.7");
        }
        assertTrue(throttle.waitBeforeAttempt("someone-new@example.kr", "203.0.113.7").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("someone-new@example.kr", "203.0.113.8"));
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            throttle.recordFailure("citizen@example.kr", "10.0.0.1");
        }
        throttle.recordSuccess("citizen@example.kr");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("citizen@example.kr", "10.0.0.2"));
    }
}
