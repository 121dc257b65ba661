package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import kr.go.msit.sovereignai.application.InMemorySharedMaps;
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
    private final InMemorySharedMaps shared = new InMemorySharedMaps();
    private final LoginThrottle throttle = new LoginThrottle(clock, shared);

    private static final String OWNER = "citizen@example.kr";

    @Test
    void anAddressIsHeldBackFromAnAccountAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "10.0.0.1"), "attempt " + i);
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofMinutes(5));
        Duration wait = throttle.beginAttempt(OWNER, "10.0.0.1");
        assertEquals(Duration.ofMinutes(5), wait, "until the first of the five attempts is 15 minutes old");
        clock.advance(wait);
        assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "10.0.0.1"));
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() {
        for (int i = 0; i < 50; i++) {
            throttle.beginAttempt(OWNER, "203.0.113.7");
        }
        assertTrue(
                throttle.beginAttempt(OWNER, "203.0.113.7").compareTo(Duration.ofMinutes(1)) > 0, "the stranger waits");
        assertEquals(
                Duration.ZERO,
                throttle.beginAttempt(OWNER, "198.51.100.20"),
                "the owner, elsewhere, is let in at once");
        throttle.recordSuccess(OWNER, "198.51.100.20");
        assertEquals(
                Duration.ZERO, throttle.beginAttempt(OWNER, "198.51.100.20"), "and the success cleared the account");
    }

    @Test
    void manyAddressesGuessingOneAccountMeetAGrowingDelayThatStaysShort() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "10.0.1." + i));
        }
        // An address that has failed on the account now waits after the account's last failure: 1 s, then 2 s ...
        assertEquals(Duration.ofSeconds(1), throttle.beginAttempt(OWNER, "10.0.1.0"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "10.0.1.0"));
        assertEquals(Duration.ofSeconds(2), throttle.beginAttempt(OWNER, "10.0.1.1"));
        for (int i = 0; i < 20; i++) {
            throttle.beginAttempt(OWNER, "10.0.2." + i); // fresh addresses: one attempt each
        }
        Duration wait = throttle.beginAttempt(OWNER, "10.0.1.2");
        assertEquals(LoginThrottle.MAX_ACCOUNT_DELAY, wait, "never more than the cap");
        clock.advance(wait);
        assertEquals(
                Duration.ZERO,
                throttle.beginAttempt(OWNER, "10.0.1.2"),
                "the owner's own address gets in after the cap");
    }

    @Test
    void parallelAttemptsCannotSlipPastTheLimit() {
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.beginAttempt("admin@example.kr", "10.0.0.1").isZero()) {
                allowed++;
            }
        }
        assertTrue(
                allowed <= LoginThrottle.FAILURES_PER_PAIR, "attempts in flight count before they finish: " + allowed);
    }

    @Test
    void anAddressIsHeldBackAfterTwentyFailuresAcrossAccounts() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.beginAttempt("person" + i + "@example.kr", "203.0.113.7");
        }
        assertTrue(
                throttle.beginAttempt("someone-new@example.kr", "203.0.113.7").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.beginAttempt("someone-new@example.kr", "203.0.113.8"));
    }

    @Test
    void aSuccessForgivesTheAttemptAndClearsTheAccount() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR - 1; i++) {
            throttle.beginAttempt(OWNER, "10.0.0.1");
        }
        throttle.beginAttempt(OWNER, "10.0.0.1");
        throttle.recordSuccess(OWNER, "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "10.0.0.1"), "attempt " + i);
            clock.advance(Duration.ofSeconds(40));
        }
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.beginAttempt("other" + i + "@example.kr", "10.0.0.2");
        }
        assertTrue(throttle.beginAttempt("x@example.kr", "10.0.0.2").compareTo(Duration.ZERO) > 0);
    }

    @Test
    void overLongNamesShareOneKey() {
        String huge = "a".repeat(1_000_000) + "@example.kr";
        throttle.beginAttempt(huge, "192.0.2.1");
        throttle.beginAttempt(huge + "b", "192.0.2.1");
        assertTrue(
                shared.signInFailures().keySet().stream().allMatch(key -> key.length() < 400),
                "no key holds the name sent");
        assertTrue(throttle.beginAttempt("c".repeat(300), "192.0.2.1").isZero());
        assertTrue(throttle.beginAttempt("d".repeat(300), "192.0.2.1").isZero());
        assertTrue(throttle.beginAttempt("e".repeat(300), "192.0.2.1").isZero());
        // Over-long names share one key: five failures in all hold that address back from every such name.
        assertTrue(throttle.beginAttempt("f".repeat(300), "192.0.2.1").compareTo(Duration.ZERO) > 0);
    }

    // Issue 25: two nodes of a cluster count the same failures.

    @Test
    void fiveFailuresSpreadOverTwoNodesHoldTheAddressBackOnBoth() {
        LoginThrottle otherNode = new LoginThrottle(clock, shared);
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            LoginThrottle node = i % 2 == 0 ? throttle : otherNode;
            assertEquals(Duration.ZERO, node.beginAttempt(OWNER, "10.0.0.1"), "attempt " + i);
        }
        assertTrue(throttle.beginAttempt(OWNER, "10.0.0.1").compareTo(Duration.ofMinutes(14)) > 0, "held on one node");
        assertTrue(otherNode.beginAttempt(OWNER, "10.0.0.1").compareTo(Duration.ofMinutes(14)) > 0, "and on the other");
        assertTrue(otherNode.beginAttempt(OWNER, "10.0.0.2").isZero(), "the owner elsewhere is not held");
    }

    @Test
    void parallelAttemptsOnTwoNodesGetNoMoreThanFiveTries() throws Exception {
        LoginThrottle otherNode = new LoginThrottle(clock, shared);
        int attempts = 64;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Duration>> waits = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < attempts; i++) {
                LoginThrottle node = i % 2 == 0 ? throttle : otherNode;
                waits.add(pool.submit(() -> {
                    start.await();
                    return node.beginAttempt(OWNER, "10.0.0.9");
                }));
            }
            start.countDown();
            long allowed = 0;
            for (java.util.concurrent.Future<Duration> wait : waits) {
                if (wait.get().isZero()) {
                    allowed++;
                }
            }
            assertEquals(
                    LoginThrottle.FAILURES_PER_PAIR, allowed, "five tries in all, whichever node and however parallel");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A node whose bounded cache forgot the entries still counts on what the entries' owner keeps. */
    @Test
    void aNodeThatForgotTheFailuresStillHoldsTheAddressBack() {
        java.util.concurrent.ConcurrentHashMap<String, String> kept = new java.util.concurrent.ConcurrentHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public String get(Object key) {
                return null; // this node forgot every entry
            }
        };
        LoginThrottle forgetful =
                new LoginThrottle(clock, new InMemorySharedMaps(new java.util.concurrent.ConcurrentHashMap<>(), kept));
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            assertEquals(Duration.ZERO, forgetful.beginAttempt(OWNER, "10.0.0.3"), "attempt " + i);
        }
        assertTrue(forgetful.beginAttempt(OWNER, "10.0.0.3").compareTo(Duration.ofMinutes(14)) > 0, "held back");
    }

    // Issue 22: a per-account budget whatever the source address, IPv6 by /64.

    /** Fresh IPv4 addresses: each makes one guess, as a botnet does. */
    private static String botnet(int i) {
        return "100." + (64 + (i >> 16)) + "." + ((i >> 8) & 255) + "." + (i & 255);
    }

    @Test
    void aBotnetGetsTheAccountsBudgetAndThenOneGuessPerSlotWhateverItsAddresses() {
        int admitted = 0;
        for (int i = 0; i < 1000; i++) {
            if (throttle.beginAttempt(OWNER, botnet(i)).isZero()) {
                admitted++;
            }
        }
        assertEquals(LoginThrottle.ACCOUNT_BUDGET, admitted, "a thousand fresh addresses get the budget, no more");
        Duration wait = throttle.beginAttempt(OWNER, botnet(5000));
        assertEquals(LoginThrottle.MAX_ACCOUNT_DELAY, wait, "even an address that never tried waits");

        // Over an hour, one guess per slot at most, however many addresses ask.
        admitted = 0;
        for (int second = 0; second < 3600; second++) {
            clock.advance(Duration.ofSeconds(1));
            for (int j = 0; j < 3; j++) {
                if (throttle.beginAttempt(OWNER, botnet(10_000 + second * 3 + j))
                        .isZero()) {
                    admitted++;
                }
            }
        }
        assertTrue(admitted <= 3600 / LoginThrottle.MAX_ACCOUNT_DELAY.toSeconds() + 30, "admitted " + admitted);
        assertTrue(admitted > 0, "the slow lane stays open");
    }

    @Test
    void theOwnersUsualAddressIsNotHeldByTheBudget() {
        assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "198.51.100.20"));
        throttle.recordSuccess(OWNER, "198.51.100.20");
        clock.advance(Duration.ofDays(2));
        for (int i = 0; i < 200; i++) {
            throttle.beginAttempt(OWNER, botnet(i));
        }
        assertTrue(throttle.beginAttempt(OWNER, botnet(999)).compareTo(Duration.ZERO) > 0, "strangers wait");
        assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "198.51.100.20"), "the owner at home gets in at once");
        throttle.recordSuccess(OWNER, "198.51.100.20");
    }

    @Test
    void theOwnerOnANewNetworkDuringAnAttackWaitsAtMostTheSlot() {
        for (int i = 0; i < 200; i++) {
            throttle.beginAttempt(OWNER, botnet(i));
        }
        Duration wait = throttle.beginAttempt(OWNER, "203.0.113.99");
        assertTrue(wait.compareTo(LoginThrottle.MAX_ACCOUNT_DELAY) <= 0, "never a lock: " + wait);
        clock.advance(wait);
        assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "203.0.113.99"));
        throttle.recordSuccess(OWNER, "203.0.113.99");
        assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, botnet(300)), "a success clears the account");
    }

    @Test
    void anOldSuccessNoLongerExemptsTheAddress() {
        throttle.beginAttempt(OWNER, "198.51.100.20");
        throttle.recordSuccess(OWNER, "198.51.100.20");
        clock.advance(LoginThrottle.KNOWN_FOR.plusDays(1));
        for (int i = 0; i < 200; i++) {
            throttle.beginAttempt(OWNER, botnet(i));
        }
        assertTrue(throttle.beginAttempt(OWNER, "198.51.100.20").compareTo(Duration.ZERO) > 0);
    }

    @Test
    void anIpv6ClientIsOneAddressForItsWholeSlash64() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "2001:db8:7:7::" + Integer.toHexString(i + 1)));
        }
        assertTrue(
                throttle.beginAttempt(OWNER, "2001:db8:7:7:ffff:1:2:3").compareTo(Duration.ofMinutes(1)) > 0,
                "a new address in the same /64 is the same client");
        assertEquals(Duration.ZERO, throttle.beginAttempt(OWNER, "2001:db8:7:8::1"), "the next /64 is another");
    }

    @Test
    void anIpv4MappedAddressCountsAsItsIpv4Address() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            throttle.beginAttempt(OWNER, i % 2 == 0 ? "192.0.2.77" : "::ffff:192.0.2.77");
        }
        assertTrue(throttle.beginAttempt(OWNER, "::ffff:192.0.2.77").compareTo(Duration.ofMinutes(1)) > 0);
        assertTrue(throttle.beginAttempt(OWNER, "192.0.2.77").compareTo(Duration.ofMinutes(1)) > 0);
    }

    @Test
    void spellingsOfOneMailboxShareOneBudget() {
        int admitted = 0;
        for (int i = 0; i < 1000; i++) {
            String spelling =
                    i % 3 == 0 ? "victim+" + i + "@corp.kr" : i % 3 == 1 ? "Victim@Corp.KR" : " victim@corp.kr";
            if (throttle.beginAttempt(spelling, botnet(i)).isZero()) {
                admitted++;
            }
        }
        assertEquals(LoginThrottle.ACCOUNT_BUDGET, admitted, "tags and case buy no fresh budget");
        assertEquals(LoginThrottle.MAX_ACCOUNT_DELAY, throttle.beginAttempt("victim+new@corp.kr", botnet(5000)));

        admitted = 0;
        for (int i = 0; i < 1000; i++) {
            String spelling = i % 2 == 0 ? "v.i.c.t.i.m+" + i + "@googlemail.com" : "vic.tim@gmail.com";
            if (throttle.beginAttempt(spelling, botnet(10_000 + i)).isZero()) {
                admitted++;
            }
        }
        assertEquals(LoginThrottle.ACCOUNT_BUDGET, admitted, "Gmail's dots buy no fresh budget");
    }

    @Test
    void spellingsFromOneAddressShareThePairLimitAndTheOwnersKnownAddress() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt("victim+" + i + "@corp.kr", "10.0.0.9"), "attempt " + i);
        }
        assertTrue(throttle.beginAttempt("victim+99@corp.kr", "10.0.0.9").compareTo(Duration.ofMinutes(1)) > 0);

        throttle.recordSuccess("Victim+home@corp.kr", "198.51.100.30");
        for (int i = 0; i < 200; i++) {
            throttle.beginAttempt("victim@corp.kr", botnet(i));
        }
        assertEquals(Duration.ZERO, throttle.beginAttempt("victim@corp.kr", "198.51.100.30"), "known by its mailbox");
    }

    @Test
    void aNameThatIsNoAddressIsCountedAsTyped() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_PAIR; i++) {
            assertEquals(Duration.ZERO, throttle.beginAttempt("not an address", "10.0.0.8"), "attempt " + i);
        }
        assertTrue(throttle.beginAttempt("NOT AN ADDRESS", "10.0.0.8").compareTo(Duration.ZERO) > 0);
    }
}
