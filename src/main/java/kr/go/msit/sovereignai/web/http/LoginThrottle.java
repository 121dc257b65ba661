package kr.go.msit.sovereignai.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.cluster.SharedMaps;
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
 * guesses cannot slip past the limits; a success clears the account's counts. The counts are kept in
 * {@link SharedMaps} (issue 25): every node of a cluster counts the same failures, so an attacker gets the same
 * tries whichever node answers. Each count changes by compare-and-set, checked against its own limit at the moment
 * it is made, so two attempts on two nodes cannot both take the last try. A restart of every node forgets the
 * counts; the maps are bounded by their configuration (least recently used keys forgotten first); at most
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
    /** Most failure instants kept per key (more add nothing: every limit is reached before). */
    static final int MAX_FAILURES_KEPT = 32;
    /** The longest sign-in name kept as it is (an e-mail address is at most 254 characters). */
    static final int MAX_ACCOUNT_KEY = 254;
    /** Compare-and-set rounds before an attempt under heavy contention is asked to try again in a second. */
    private static final int MOST_ROUNDS = 100;

    private Clock clock;
    private SharedMaps maps;

    protected LoginThrottle() {
        // for CDI proxies
    }

    @Inject
    public LoginThrottle(Clock clock, SharedMaps maps) {
        this.clock = clock;
        this.maps = maps;
    }

    /**
     * Starts a sign-in attempt: returns zero and counts the attempt as a failure until
     * {@link #recordSuccess} forgives it, or returns how long the caller must wait (counting nothing).
     */
    public Duration beginAttempt(String account, String address) {
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        String pairKey = accountKey + "|" + addressKey;
        for (int round = 0; round < MOST_ROUNDS; round++) {
            long now = clock.millis();
            boolean again = round > 0;
            Failures pair = failures(pairKey, now, again);
            Failures fromAddress = failures(addressKey, now, again);
            Failures ofAccount = failures(accountKey, now, again);
            Duration wait =
                    longer(pair.lockedFor(FAILURES_PER_PAIR, now), fromAddress.lockedFor(FAILURES_PER_ADDRESS, now));
            if (!pair.isEmpty()) {
                wait = longer(wait, ofAccount.delayAfterLast(accountDelay(ofAccount), now));
            }
            if (!known(pairKey, now) && ofAccount.size() >= ACCOUNT_BUDGET) {
                wait = longer(wait, ofAccount.delayAfterLast(MAX_ACCOUNT_DELAY, now));
            }
            if (!wait.isZero()) {
                return wait;
            }
            // Each count is made only if its key is still as read: a count another node made in between sends the
            // attempt round again, to be judged on it; what this attempt counted already is taken back first.
            if (!count(pairKey, pair, now)) {
                continue;
            }
            if (!count(addressKey, fromAddress, now)) {
                forgive(pairKey, now);
                continue;
            }
            if (!count(accountKey, ofAccount, now)) {
                forgive(addressKey, now);
                forgive(pairKey, now);
                continue;
            }
            return Duration.ZERO;
        }
        return Duration.ofSeconds(1);
    }

    /** The attempt succeeded: the account's failures are cleared and the address's last attempt forgiven. */
    public void recordSuccess(String account, String address) {
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        long now = clock.millis();
        maps.signInFailures().remove(accountKey);
        maps.signInFailures().remove(accountKey + "|" + addressKey);
        maps.signInAddresses().put(accountKey + "|" + addressKey, now);
        forgive(addressKey, now);
    }

    /**
     * The failures under {@code key} within the window before {@code now}, as stored. {@code again}: a compare-and-set
     * failed, perhaps because this node forgot (or still has) an entry where it is kept otherwise (each node's cache is
     * bounded on its own); the read then goes to what is kept, with putIfAbsent of an empty list.
     */
    private Failures failures(String key, long now, boolean again) {
        String stored = maps.signInFailures().get(key);
        if (again) {
            String kept = maps.signInFailures().putIfAbsent(key, "");
            stored = kept == null ? "" : kept;
        }
        return Failures.parse(stored, now - WINDOW.toMillis());
    }

    /** Adds a failure at {@code now} to {@code key} if it still holds what was read; false if it changed. */
    private boolean count(String key, Failures read, long now) {
        String counted = read.plus(now, MAX_FAILURES_KEPT).format();
        return read.stored() == null
                ? maps.signInFailures().putIfAbsent(key, counted) == null
                : maps.signInFailures().replace(key, read.stored(), counted);
    }

    /** Takes back the latest failure under {@code key} (a success, or an attempt that went round again). */
    private void forgive(String key, long now) {
        for (int round = 0; round < MOST_ROUNDS; round++) {
            Failures read = failures(key, now, round > 0);
            if (read.stored() == null || read.stored().isEmpty()) {
                return;
            }
            Failures rest = read.withoutLast();
            boolean done = rest.isEmpty()
                    ? maps.signInFailures().remove(key, read.stored())
                    : maps.signInFailures().replace(key, read.stored(), rest.format());
            if (done) {
                return;
            }
        }
    }

    /** Whether the account signed in from this address lately. */
    private boolean known(String pairKey, long now) {
        Long lastSuccess = maps.signInAddresses().get(pairKey);
        return lastSuccess != null && lastSuccess + KNOWN_FOR.toMillis() > now;
    }

    /** The growing delay after an account's last failure once past its free ones; never more than {@link #MAX_ACCOUNT_DELAY}. */
    private static Duration accountDelay(Failures ofAccount) {
        int beyondFree = ofAccount.size() - FREE_FAILURES_PER_ACCOUNT;
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(beyondFree, 10));
        return delay.compareTo(MAX_ACCOUNT_DELAY) > 0 ? MAX_ACCOUNT_DELAY : delay;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * The failure instants under one key (epoch milliseconds, oldest first, whatever order nodes with clocks a little
     * apart wrote them in) within the window, and the stored text
     * they were read from ({@code null} when none was stored), which a compare-and-set must still find.
     */
    record Failures(String stored, long[] instants) {

        static Failures parse(String stored, long windowStart) {
            if (stored == null || stored.isEmpty()) {
                return new Failures(stored, new long[0]);
            }
            long[] all =
                    Arrays.stream(stored.split(",")).mapToLong(Long::parseLong).toArray();
            return new Failures(
                    stored,
                    Arrays.stream(all).filter(at -> at > windowStart).sorted().toArray());
        }

        int size() {
            return instants.length;
        }

        boolean isEmpty() {
            return instants.length == 0;
        }

        /** A hard limit: zero below {@code tolerated} failures, else until the oldest failure keeping the count there expires. */
        Duration lockedFor(int tolerated, long now) {
            if (instants.length < tolerated) {
                return Duration.ZERO;
            }
            long oldestCounted = instants[instants.length - tolerated];
            return Duration.ofMillis(oldestCounted + WINDOW.toMillis() - now);
        }

        /** What is left of {@code delay} after the last failure (zero when it has passed or there is none). */
        Duration delayAfterLast(Duration delay, long now) {
            if (instants.length == 0 || delay.isZero()) {
                return Duration.ZERO;
            }
            long left = instants[instants.length - 1] + delay.toMillis() - now;
            return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
        }

        Failures plus(long at, int mostKept) {
            long[] more = Arrays.copyOf(instants, instants.length + 1);
            more[instants.length] = at;
            return new Failures(
                    stored,
                    more.length > mostKept ? Arrays.copyOfRange(more, more.length - mostKept, more.length) : more);
        }

        Failures withoutLast() {
            return new Failures(stored, Arrays.copyOf(instants, Math.max(0, instants.length - 1)));
        }

        String format() {
            return Arrays.stream(instants).mapToObj(Long::toString).collect(Collectors.joining(","));
        }
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
