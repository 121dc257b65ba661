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
import java.util.concurrent.ConcurrentHashMap;
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
        assertTrue(shared.requestCounts().values().iterator().next().endsWith(":3"), "refusals are not counted");
    }

    /**
     * Issue 25: each node's cache forgets on its own, so a node may find no count where the entry's owner keeps one. Its
     * compare-and-set then learns the count from the owner (putIfAbsent) instead of going round for ever.
     */
    @Test
    void aNodeThatForgotTheCountStillCountsOnWhatIsKept() {
        environment.put("PLATFORM_RATE_BALLOTS_PER_MINUTE", "2");
        ConcurrentHashMap<String, String> kept = new ConcurrentHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public String get(Object key) {
                return null; // this node forgot every entry
            }
        };
        RequestRateLimiter forgetful = new RequestRateLimiter(
                Clock.fixed(Instant.parse("2026-01-05T00:10:00Z"), ZoneOffset.UTC),
                new InMemorySharedMaps(kept, new ConcurrentHashMap<>()),
                environment::get);
        assertTrue(forgetful.tryAcquire(Action.BALLOT, "10.0.0.8"));
        assertTrue(forgetful.tryAcquire(Action.BALLOT, "10.0.0.8"));
        assertFalse(forgetful.tryAcquire(Action.BALLOT, "10.0.0.8"), "the third, counted on what the owner keeps");
    }

    @Test
    void aNewWindowStartsTheCountAgainInTheSameEntry() {
        environment.put("PLATFORM_RATE_BALLOTS_PER_MINUTE", "1");
        assertTrue(limiterAt(Instant.parse("2026-01-05T00:10:00Z")).tryAcquire(Action.BALLOT, "10.0.0.9"));
        assertFalse(limiterAt(Instant.parse("2026-01-05T00:10:59Z")).tryAcquire(Action.BALLOT, "10.0.0.9"));
        assertTrue(limiterAt(Instant.parse("2026-01-05T00:11:00Z")).tryAcquire(Action.BALLOT, "10.0.0.9"));
        assertEquals(1, shared.requestCounts().size(), "one entry per action and address");
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
