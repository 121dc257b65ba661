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
 * hold for the cluster, not per node: a count is raised by compare-and-set, and every node sees it. One entry per action
 * and address holds the current window's count; the map forgets an entry an hour after its last count (the longest
 * window) and is bounded (the least recently used addresses forgotten first), so a flood of addresses costs no memory.
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

    /** Compare-and-set rounds before a request is let through uncounted. */
    private static final int MOST_ROUNDS = 100;

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
        // One entry per action and address, holding "<window>:<count>": a new window starts the count again.
        String key = action.name() + '|' + ClientAddress.key(address);
        ConcurrentMap<String, String> counts = maps.requestCounts();
        int limit = limit(action);
        String seen = counts.get(key);
        for (int round = 0; round < MOST_ROUNDS; round++) {
            if (seen == null) {
                // Absent here, perhaps not where the entry is kept (each node forgets on its own): putIfAbsent answers
                // with what is kept, or starts the count.
                seen = counts.putIfAbsent(key, window + ":1");
                if (seen == null) {
                    return limit >= 1;
                }
            }
            int counted = countIn(seen, window);
            if (counted >= limit) {
                return false; // not counted further: a refused request changes nothing
            }
            if (counts.replace(key, seen, window + ":" + (counted + 1))) {
                return true;
            }
            seen = null; // changed meanwhile, or gone where it is kept: ask again
        }
        // Contention beyond reason on one address: let the request through uncounted rather than refuse a citizen.
        return true;
    }

    /** The count a stored "<window>:<count>" holds for {@code window} (zero for an older window or nonsense). */
    private static int countIn(String stored, long window) {
        int colon = stored.indexOf(':');
        try {
            return colon > 0 && Long.parseLong(stored.substring(0, colon)) == window
                    ? Integer.parseInt(stored.substring(colon + 1))
                    : 0;
        } catch (NumberFormatException nonsense) {
            return 0;
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
