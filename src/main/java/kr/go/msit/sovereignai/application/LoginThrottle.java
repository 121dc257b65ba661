package kr.go.msit.sovereignai.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, further
 * attempts for that account, or from that address, are refused until the window passes.
 * Held in memory: one server is the deployment model; a restart forgets the counts.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures tolerated per account within {@link #WINDOW}. */
    public static final int FAILURES_PER_ACCOUNT = 5;
    /** Failures tolerated per client address within {@link #WINDOW} (shared offices, NAT). */
    public static final int FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private Clock clock;

    protected LoginThrottle() {
        // for CDI proxies
    }

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again; zero when an attempt is allowed. */
    public Duration waitBeforeAttempt(String account, String address) {
        Instant now = clock.instant();
        Duration accountWait = waitFor(accountKey(account), FAILURES_PER_ACCOUNT, now);
        Duration addressWait = waitFor(addressKey(address), FAILURES_PER_ADDRESS, now);
        return accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        record(accountKey(account), now);
        record(addressKey(address), now);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void recordSuccess(String account) {
        failures.remove(accountKey(account));
    }

    private Duration waitFor(String key, int tolerated, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < tolerated) {
                return Duration.ZERO;
            }
            // Allowed again once the oldest failure that keeps the count at the limit expires.
            Instant oldestCounted = recent.stream().skip(recent.size() - tolerated).findFirst().orElse(now);
            return Duration.between(now, oldestCounted.plus(WINDOW));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
