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
}
