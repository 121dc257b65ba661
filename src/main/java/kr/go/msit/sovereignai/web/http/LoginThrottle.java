package kr.go.msit.sovereignai.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.account.Mailbox;

/**
 * Slows down password guessing without letting a stranger lock the real owner out. Three
 * counts of failed sign-ins within {@link #WINDOW}, each refusing only what it must:
 * <ol>
 * <li><b>Per account and address</b>: after {@link #FAILURES_PER_PAIR} failures for one account
 * from one client address, that address may not try that account again until the window
 * passes. The owner, signing in from any other address, is not affected.</li>
 * <li><b>Per address</b>: after {@link #FAILURES_PER_ADDRESS} failures from one address across
 * all accounts (shared offices and NAT allowed for), that address is refused until the window
 * passes: one address cannot spray guesses over many accounts.</li>
 * <li><b>Per account, across addresses</b>: after {@link #FREE_FAILURES_PER_ACCOUNT} failures
 * from any addresses, an address that has itself failed on the account waits a growing delay
 * (1, 2, 4 ... seconds, at most {@link #MAX_ACCOUNT_DELAY}) after the account's last failure.
 * It never locks: the owner's right password passes after at most that short delay, and at
 * once from an address that has not failed on the account. Many addresses guessing one
 * account share the delay, so a botnet gains about one guess per address per window plus one
 * every {@link #MAX_ACCOUNT_DELAY}.</li>
 * <li><b>Per account, a budget whatever the source address</b> (issue 22): once the account has
 * {@link #ACCOUNT_BUDGET} failures within the window from all addresses together, every address
 * that has not signed in to the account before (within {@link #KNOWN_FOR}) waits
 * {@link #MAX_ACCOUNT_DELAY} after the account's last failure, even one that has never tried. So
 * the whole internet together gets at most {@link #ACCOUNT_BUDGET} guesses per window plus one every
 * {@link #MAX_ACCOUNT_DELAY} (about 150 an hour) on one account, however many addresses it owns.
 * The trade-off, chosen to keep the rule above that a stranger cannot lock the owner out: the
 * owner's usual networks (any address from which the account signed in lately) are not held by the
 * budget at all, so under attack the owner still signs in at once from home or work; only an owner
 * on a new network during a sustained attack shares the slow lane with the attacker and may have to
 * try again after {@link #MAX_ACCOUNT_DELAY} (never a lock: there is no longer wait).</li>
 * </ol>
 * Addresses are counted by {@link ClientAddress#key}: an IPv6 client by its /64, an IPv4-mapped
 * IPv6 address as the IPv4 address.
 * An attempt is counted as a failure when it starts and forgiven when it succeeds, so parallel
 * guesses cannot slip past the limits; a success clears the account's counts. Held in memory
 * (one server is the deployment model; a restart forgets the counts) and bounded: at most
 * {@link #MAX_KEYS} keys, the least recently used forgotten first; at most
 * {@link #MAX_FAILURES_KEPT} instants per key; a sign-in name longer than an e-mail address can
 * be is counted under one shared key. An account is counted by its canonical mailbox (the "known addresses" too), so
 * spelling the address differently ({@code x+1@...}, Gmail's dots) buys no fresh budget.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures tolerated for one account from one address within {@link #WINDOW}. */
    public static final int FAILURES_PER_PAIR = 5;
    /** Failures tolerated per client address within {@link #WINDOW} (shared offices, NAT). */
    public static final int FAILURES_PER_ADDRESS = 20;
    /** Failures for one account, from any addresses, before its growing delay starts. */
    public static final int FREE_FAILURES_PER_ACCOUNT = 5;
    /** The longest delay an account's failures impose: short, so the owner always gets in. */
    public static final Duration MAX_ACCOUNT_DELAY = Duration.ofSeconds(30);

    /** Failures for one account from all addresses within {@link #WINDOW} before unknown addresses share one slot. */
    public static final int ACCOUNT_BUDGET = 30;
    /** How long an address the account signed in from stays exempt from the account's budget. */
    public static final Duration KNOWN_FOR = Duration.ofDays(30);

    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Most keys (accounts, addresses, pairs) tracked at once. */
    static final int MAX_KEYS = 30_000;
    /** Most failure instants kept per key (more add nothing: every limit is reached before). */
    static final int MAX_FAILURES_KEPT = 32;
    /** The longest sign-in name kept as it is (an e-mail address is at most 254 characters). */
    static final int MAX_ACCOUNT_KEY = 254;

    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };
    /** Account and address pairs that signed in successfully, and when (bounded like {@link #failures}). */
    private final Map<String, Instant> knownAddresses = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_KEYS;
        }
    };

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
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        String pairKey = accountKey + "|" + addressKey;
        Duration wait =
                longer(lockedFor(pairKey, FAILURES_PER_PAIR, now), lockedFor(addressKey, FAILURES_PER_ADDRESS, now));
        if (!recent(pairKey, now).isEmpty()) {
            wait = longer(wait, accountDelay(accountKey, now));
        }
        if (!known(pairKey, now)) {
            wait = longer(wait, beyondBudget(accountKey, now));
        }
        if (wait.isZero()) {
            count(accountKey, now);
            count(addressKey, now);
            count(pairKey, now);
        }
        return wait;
    }

    /** The attempt succeeded: the account's failures are cleared and the address's last attempt forgiven. */
    public synchronized void recordSuccess(String account, String address) {
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        failures.remove(accountKey);
        failures.remove(accountKey + "|" + addressKey);
        knownAddresses.put(accountKey + "|" + addressKey, clock.instant());
        Deque<Instant> fromAddress = failures.get(addressKey);
        if (fromAddress != null) {
            fromAddress.pollLast();
            if (fromAddress.isEmpty()) {
                failures.remove(addressKey);
            }
        }
    }

    /** How many keys are tracked (for tests: memory stays bounded). */
    synchronized int trackedKeys() {
        return failures.size();
    }

    private void count(String key, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        recent.addLast(now);
        while (recent.size() > MAX_FAILURES_KEPT) {
            recent.removeFirst();
        }
    }

    /** The failures of the last window under {@code key}, expired ones dropped (and an empty key forgotten). */
    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return new ArrayDeque<>();
        }
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(key);
        }
        return recent;
    }

    /** A hard limit: zero below {@code tolerated} failures, else until the oldest failure keeping the count there expires. */
    private Duration lockedFor(String key, int tolerated, Instant now) {
        Deque<Instant> recent = recent(key, now);
        if (recent.size() < tolerated) {
            return Duration.ZERO;
        }
        Instant oldestCounted =
                recent.stream().skip(recent.size() - tolerated).findFirst().orElse(now);
        return Duration.between(now, oldestCounted.plus(WINDOW));
    }

    /** Whether the account signed in from this address lately. */
    private boolean known(String pairKey, Instant now) {
        Instant lastSuccess = knownAddresses.get(pairKey);
        if (lastSuccess != null && !lastSuccess.plus(KNOWN_FOR).isAfter(now)) {
            knownAddresses.remove(pairKey);
            return false;
        }
        return lastSuccess != null;
    }

    /** Beyond the account's budget: {@link #MAX_ACCOUNT_DELAY} after its last failure, for every unknown address. */
    private Duration beyondBudget(String key, Instant now) {
        Deque<Instant> recent = recent(key, now);
        if (recent.size() < ACCOUNT_BUDGET) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, recent.peekLast().plus(MAX_ACCOUNT_DELAY));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The growing delay after an account's last failure; never more than {@link #MAX_ACCOUNT_DELAY}. */
    private Duration accountDelay(String key, Instant now) {
        Deque<Instant> recent = recent(key, now);
        int beyondFree = recent.size() - FREE_FAILURES_PER_ACCOUNT;
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(beyondFree, 10));
        if (delay.compareTo(MAX_ACCOUNT_DELAY) > 0) {
            delay = MAX_ACCOUNT_DELAY;
        }
        Duration left = Duration.between(now, recent.peekLast().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The account an attempt is counted under: its canonical mailbox ({@link Mailbox#of}), the key sign-in finds the
     * account by, so {@code x+1@corp.kr}, {@code x+2@corp.kr} or {@code x.y@gmail.com} and {@code xy@gmail.com} share
     * one budget. A name that is no address (it signs in to nothing) is counted as typed.
     */
    private static String accountKey(String account) {
        String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        if (name.length() > MAX_ACCOUNT_KEY) {
            return "account:(too long)";
        }
        try {
            return "account:" + Mailbox.of(name);
        } catch (InvalidInput notAnAddress) {
            return "account:" + name;
        }
    }

    private static String addressKey(String address) {
        return "address:" + ClientAddress.key(address);
    }
}
