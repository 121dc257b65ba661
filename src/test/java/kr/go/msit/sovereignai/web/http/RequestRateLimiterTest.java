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
import kr.go.msit.sovereignai.application.InMemorySharedMaps;
import kr.go.msit.sovereignai.web.http.RequestRateLimiter.Action;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {

    private final Map<String, String> environment = new HashMap<>();

    private final InMemorySharedMaps shared = new InMemorySharedMaps();

    private RequestRateLimiter limiterAt(Instant now) {
        return new RequestRateLimiter(Clock.fixed(now, ZoneOffset.UTC), shared, environment::get);
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
                Clock.offset(Clock.fixed(start, ZoneOffset.UTC), Duration.ofHours(1)), shared, environment::get);
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

    /** Issue 25: two nodes of a cluster count on one map, so the limit is the cluster's, not each node's. */
    @Test
    void twoNodesShareOneLimit() {
        environment.put("PLATFORM_RATE_BALLOTS_PER_MINUTE", "3");
        RequestRateLimiter node1 = limiterAt(Instant.parse("2026-01-05T00:10:00Z"));
        RequestRateLimiter node2 = limiterAt(Instant.parse("2026-01-05T00:10:30Z"));
        assertTrue(node1.tryAcquire(Action.BALLOT, "10.0.0.7"));
        assertTrue(node2.tryAcquire(Action.BALLOT, "10.0.0.7"));
        assertTrue(node1.tryAcquire(Action.BALLOT, "10.0.0.7"));
        assertFalse(node2.tryAcquire(Action.BALLOT, "10.0.0.7"), "the fourth, on the other node");
        assertFalse(node1.tryAcquire(Action.BALLOT, "10.0.0.7"));
        assertEquals(3, shared.requestCounts().values().iterator().next(), "refusals are not counted");
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
