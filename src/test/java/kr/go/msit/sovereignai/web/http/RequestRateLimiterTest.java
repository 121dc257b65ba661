package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import kr.go.msit.sovereignai.web.http.RequestRateLimiter.Action;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {

    private final Map<String, String> environment = new HashMap<>();

    private RequestRateLimiter limiterAt(Instant now) {
        return new RequestRateLimiter(Clock.fixed(now, ZoneOffset.UTC), environment::get);
    }

    @Test
    void anAddressMayMakeAsManyRequestsAsConfiguredPerWindow() {
        environment.put("PLATFORM_RATE_BALLOTS_PER_MINUTE", "3");
        RequestRateLimiter limiter = limiterAt(Instant.parse("2026-01-05T00:00:10Z"));
        assertTrue(limiter.tryAcquire(Action.BALLOT, "10.0.0.1"));
        assertTrue(limiter.tryAcquire(Action.BALLOT, "10.0.0.1"));
        assertTrue(limiter.tryAcquire(Action.BALLOT, "10.0.0.1"));
        assertFalse(limiter.tryAcquire(Action.BALLOT, "10.0.0.1"), "the fourth in the same minute");
        assertTrue(limiter.tryAcquire(Action.BALLOT, "10.0.0.2"), "another address has its own allowance");
        assertTrue(limiter.tryAcquire(Action.SIGN_UP, "10.0.0.1"), "sign-ups are counted apart");
    }

    @Test
    void theNextWindowStartsAfresh() {
        environment.put("PLATFORM_RATE_SIGNUPS_PER_HOUR", "1");
        Instant start = Instant.parse("2026-01-05T00:10:00Z");
        RequestRateLimiter limiter = limiterAt(start);
        assertTrue(limiter.tryAcquire(Action.SIGN_UP, "10.0.0.1"));
        assertFalse(limiter.tryAcquire(Action.SIGN_UP, "10.0.0.1"));

        RequestRateLimiter later = new RequestRateLimiter(
                Clock.offset(Clock.fixed(start, ZoneOffset.UTC), Duration.ofHours(1)), environment::get);
        assertTrue(later.tryAcquire(Action.SIGN_UP, "10.0.0.1"));
    }

    @Test
    void missingOrNonsenseConfigurationFallsBackToTheDefaults() {
        RequestRateLimiter limiter = limiterAt(Instant.now());
        assertEquals(30, limiter.limit(Action.BALLOT));
        environment.put("PLATFORM_RATE_SIGNUPS_PER_HOUR", "many");
        assertEquals(20, limiter.limit(Action.SIGN_UP));
        environment.put("PLATFORM_RATE_SIGNUPS_PER_HOUR", "0");
        assertEquals(0, limiter.limit(Action.SIGN_UP));
        assertFalse(limiter.tryAcquire(Action.SIGN_UP, "10.0.0.1"), "a limit of zero closes sign-up");
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

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

    /**
     * Issue 22: between rounds nobody votes. Before, only a ballot swept past windows, so an hour of sign-ups from
     * many addresses filled the table and every later newcomer shared one overflow count: sign-ups collapsed to one
     * address's hourly limit for everyone.
     */
    @Test
    void signUpsAloneSweepPastWindowsSoNewcomersKeepTheirOwnCount() {
        environment.put("PLATFORM_RATE_SIGNUPS_PER_HOUR", "2");
        MovableClock clock = new MovableClock(Instant.parse("2026-01-05T00:00:00Z"));
        RequestRateLimiter limiter = new RequestRateLimiter(clock, environment::get);
        for (int i = 0; i < RequestRateLimiter.MAX_KEYS; i++) {
            limiter.tryAcquire(Action.SIGN_UP, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }
        clock.advance(Duration.ofHours(1));
        for (int person = 0; person < 10; person++) {
            String address = "172.16.0." + person;
            assertTrue(limiter.tryAcquire(Action.SIGN_UP, address), "newcomer " + person);
            assertTrue(limiter.tryAcquire(Action.SIGN_UP, address), "newcomer " + person + ", second");
            assertFalse(limiter.tryAcquire(Action.SIGN_UP, address), "newcomer " + person + ", third");
        }
        assertTrue(limiter.heldCounts() <= 10, "the past hour is forgotten: " + limiter.heldCounts());
    }

    @Test
    void aSweepWithoutAnyCountedRequestForgetsThePast() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-05T00:00:00Z"));
        RequestRateLimiter limiter = new RequestRateLimiter(clock, environment::get);
        limiter.tryAcquire(Action.CONFIRMATION_MAIL, "citizen@example.kr");
        limiter.tryAcquire(Action.SIGN_UP, "10.0.0.1");
        assertEquals(2, limiter.heldCounts());
        clock.advance(Duration.ofMinutes(61));
        limiter.sweep();
        assertEquals(0, limiter.heldCounts(), "swept by the request filter alone");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        environment.put("PLATFORM_RATE_SIGNUPS_PER_HOUR", "1");
        RequestRateLimiter limiter = limiterAt(Instant.parse("2026-01-05T00:10:00Z"));
        assertTrue(limiter.tryAcquire(Action.SIGN_UP, "2001:db8:5:5::1"));
        assertFalse(limiter.tryAcquire(Action.SIGN_UP, "2001:db8:5:5::2"), "same /64");
        assertTrue(limiter.tryAcquire(Action.SIGN_UP, "2001:db8:5:6::1"), "another /64");
    }
}
