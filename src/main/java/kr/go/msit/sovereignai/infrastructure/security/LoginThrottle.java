package kr.go.msit.sovereignai.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, further
 * attempts for that account, or from that address, are refused until the window passes.
 * An attempt is counted as a failure when it starts and forgiven when it succeeds, so parallel
 * guesses cannot slip past the limit. Held in memory: one server is the deployment model; a
 * restart forgets the counts.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures tolerated per account within {@link #WINDOW}. */
    public static final int FAILURES_PER_ACCOUNT = 5;
    /** Failures tolerated per client address within {@link #WINDOW} (shared offices, NAT). */
    public static final int FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many tracked keys, expired ones are swept so memory stays bounded. */
    private static final int SWEEP_ABOVE_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private Clock clock;

    protected LoginThrottle() {
        // for CDI proxies
    }

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts a sign-in attempt: returns zero and counts the attempt as a failure until
     * {@link #recordSuccess} forgives it, or returns how long the caller must wait (counting nothing).
     */
    public synchronized Duration beginAttempt(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE_KEYS) {
            sweep(now);
        }
        Duration wait = longer(waitFor(accountKey(account), FAILURES_PER_ACCOUNT, now),
                waitFor(addressKey(address), FAILURES_PER_ADDRESS, now));
        if (wait.isZero()) {
            failures.computeIfAbsent(accountKey(account), k -> new ArrayDeque<>()).addLast(now);
            failures.computeIfAbsent(addressKey(address), k -> new ArrayDeque<>()).addLast(now);
        }
        return wait;
    }

    /** The attempt succeeded: the account's failures are cleared and the address's last attempt forgiven. */
    public synchronized void recordSuccess(String account, String address) {
        failures.remove(accountKey(account));
        Deque<Instant> fromAddress = failures.get(addressKey(address));
        if (fromAddress != null) {
            fromAddress.pollLast();
            if (fromAddress.isEmpty()) {
                failures.remove(addressKey(address));
            }
        }
    }

    private Duration waitFor(String key, int tolerated, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        prune(recent, now);
        if (recent.isEmpty()) {
            failures.remove(key); // keeps memory bounded by the attempts of the last window
            return Duration.ZERO;
        }
        if (recent.size() < tolerated) {
            return Duration.ZERO;
        }
        // Allowed again once the oldest failure that keeps the count at the limit expires.
        Instant oldestCounted = recent.stream().skip(recent.size() - tolerated).findFirst().orElse(now);
        return Duration.between(now, oldestCounted.plus(WINDOW));
    }

    private void sweep(Instant now) {
        var entries = failures.values().iterator();
        while (entries.hasNext()) {
            Deque<Instant> recent = entries.next();
            prune(recent, now);
            if (recent.isEmpty()) {
                entries.remove();
            }
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
