package kr.go.msit.sovereignai.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Limits how often one client address may sign up or submit ballots, in fixed windows. The
 * limits are configuration: environment variables {@code PLATFORM_RATE_SIGNUPS_PER_HOUR} and
 * {@code PLATFORM_RATE_BALLOTS_PER_MINUTE}, or the system properties
 * {@code platform.rate.signups-per-hour} and {@code platform.rate.ballots-per-minute}, read at
 * each request so an operator's change applies at once. Held in memory (one server) and
 * bounded: past windows are forgotten, and beyond {@link #MAX_KEYS} addresses in a window the
 * newcomers share one count (so a flood of addresses costs no memory and is held back together).
 * Addresses are counted by {@link ClientAddress#key} (an IPv6 client by its /64).
 *
 * <p>Past windows are swept on every call, whatever is counted, at most once per {@link #SWEEP_EVERY}
 * (and by {@link RequestLimitFilter} on every request). Before issue 22 only a ballot swept: between
 * rounds nobody votes, so sign-up and confirmation counts of past hours stayed, the table reached
 * {@link #MAX_KEYS}, and from then on every new address shared the one overflow count, so all
 * sign-ups together got the per-hour limit of a single address, as if everyone sat behind one proxy.
 */
@ApplicationScoped
public class RequestRateLimiter {

    /** What is limited, its window and its default limit. */
    public enum Action {
        SIGN_UP("PLATFORM_RATE_SIGNUPS_PER_HOUR", "platform.rate.signups-per-hour", Duration.ofHours(1), 20),
        BALLOT("PLATFORM_RATE_BALLOTS_PER_MINUTE", "platform.rate.ballots-per-minute", Duration.ofMinutes(1), 30),
        /** Counted per account, not per address: a new confirmation link asked for from the ballot page. */
        CONFIRMATION_MAIL(
                "PLATFORM_RATE_CONFIRMATIONS_PER_HOUR", "platform.rate.confirmations-per-hour", Duration.ofHours(1), 5),
        /** "Forgot password" requests from one client address (issue 22). */
        PASSWORD_RESET("PLATFORM_RATE_RESETS_PER_HOUR", "platform.rate.resets-per-hour", Duration.ofHours(1), 10),
        /** Reset mails to one mailbox, whoever asks: beyond it nothing is sent, and the page answers the same. */
        PASSWORD_RESET_MAIL(
                "PLATFORM_RATE_RESET_MAILS_PER_HOUR", "platform.rate.reset-mails-per-hour", Duration.ofHours(1), 3);

        final String environmentVariable;
        final String systemProperty;
        final Duration window;
        final int defaultLimit;

        Action(String environmentVariable, String systemProperty, Duration window, int defaultLimit) {
            this.environmentVariable = environmentVariable;
            this.systemProperty = systemProperty;
            this.window = window;
            this.defaultLimit = defaultLimit;
        }
    }

    /** Most addresses counted at once; more share one count. */
    static final int MAX_KEYS = 100_000;

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private Clock clock;
    private Function<String, String> environment = System::getenv;
    /** The most time between two sweeps of past windows (the shortest window). */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private volatile long nextSweep = Long.MIN_VALUE;

    protected RequestRateLimiter() {
        // for CDI proxies
    }

    @Inject
    public RequestRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** For tests: configuration read from the given lookup instead of the environment. */
    RequestRateLimiter(Clock clock, Function<String, String> environment) {
        this.clock = clock;
        this.environment = environment;
    }

    /** Counts one request; false when the address has used up its limit for the current window. */
    public boolean tryAcquire(Action action, String address) {
        sweep();
        long window = clock.millis() / action.window.toMillis();
        String key = action.name() + '|' + window + '|' + ClientAddress.key(address);
        if (counts.size() >= MAX_KEYS && !counts.containsKey(key)) {
            key = action.name() + '|' + window + "|(more addresses)";
        }
        return counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= limit(action);
    }

    /** The configured limit, or the default when none (or nonsense) is configured. */
    public int limit(Action action) {
        String configured = environment.apply(action.environmentVariable);
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty(action.systemProperty);
        }
        try {
            return configured == null ? action.defaultLimit : Math.max(0, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException nonsense) {
            return action.defaultLimit;
        }
    }

    /** Forgets the counts of windows that have passed; does nothing if it did so less than {@link #SWEEP_EVERY} ago. */
    public void sweep() {
        long now = clock.millis();
        if (now < nextSweep) {
            return;
        }
        synchronized (this) {
            if (now < nextSweep) {
                return;
            }
            nextSweep = now + SWEEP_EVERY.toMillis();
            counts.keySet().removeIf(key -> {
                String[] parts = key.split("\\|", 3);
                Action keyAction = Action.valueOf(parts[0]);
                return Long.parseLong(parts[1]) < now / keyAction.window.toMillis();
            });
        }
    }

    /** How many counts are held (for tests: past windows are forgotten). */
    int heldCounts() {
        return counts.size();
    }
}
