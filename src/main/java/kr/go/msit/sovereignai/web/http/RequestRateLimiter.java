package kr.go.msit.sovereignai.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import kr.go.msit.sovereignai.application.cluster.SharedMaps;

/**
 * Limits how often one client address may sign up or submit ballots, in fixed windows. The
 * limits are configuration: environment variables {@code PLATFORM_RATE_SIGNUPS_PER_HOUR} and
 * {@code PLATFORM_RATE_BALLOTS_PER_MINUTE}, or the system properties
 * {@code platform.rate.signups-per-hour} and {@code platform.rate.ballots-per-minute}, read at
 * each request so an operator's change applies at once. Counted in {@link SharedMaps} (issue 25), so the limits
 * hold for the cluster, not per node: a count is raised by compare-and-set, and every node sees it. The counts of past
 * windows are forgotten by the map itself (it keeps an entry an hour, the longest window) and it is bounded (the least
 * recently used addresses forgotten first), so a flood of addresses costs no memory.
 * Addresses are counted by {@link ClientAddress#key} (an IPv6 client by its /64).
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

    private Clock clock;
    private SharedMaps maps;
    private Function<String, String> environment = System::getenv;

    protected RequestRateLimiter() {
        // for CDI proxies
    }

    @Inject
    public RequestRateLimiter(Clock clock, SharedMaps maps) {
        this.clock = clock;
        this.maps = maps;
    }

    /** For tests: configuration read from the given lookup instead of the environment. */
    RequestRateLimiter(Clock clock, SharedMaps maps, Function<String, String> environment) {
        this(clock, maps);
        this.environment = environment;
    }

    /** Counts one request; false when the address has used up its limit for the current window. */
    public boolean tryAcquire(Action action, String address) {
        long window = clock.millis() / action.window.toMillis();
        String key = action.name() + '|' + window + '|' + ClientAddress.key(address);
        ConcurrentMap<String, Integer> counts = maps.requestCounts();
        int limit = limit(action);
        while (true) {
            Integer counted = counts.get(key);
            if (counted == null) {
                if (counts.putIfAbsent(key, 1) == null) {
                    return limit >= 1;
                }
            } else if (counted >= limit) {
                return false; // not counted further: a refused request changes nothing
            } else if (counts.replace(key, counted, counted + 1)) {
                return true;
            }
        }
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
}
