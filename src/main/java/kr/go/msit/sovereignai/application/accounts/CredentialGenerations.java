package kr.go.msit.sovereignai.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import kr.go.msit.sovereignai.application.cluster.Invalidations;
import kr.go.msit.sovereignai.application.cluster.KeptValue;
import kr.go.msit.sovereignai.domain.account.AccountRepository;

/**
 * Each account's credentials generation as the session check reads it on every signed-in request: from the database
 * at most once per {@link #FRESH_FOR} per account and node, and at once after a change on any node (the change is
 * announced to every node's copy through {@link Invalidations}). No node keeps a list of sessions: a session remembers
 * the generation it signed in under, and ends when this number has moved on, on whichever node it is served.
 */
@ApplicationScoped
public class CredentialGenerations {

    /**
     * How long a generation read from the database is trusted on this node. Every change the application makes marks
     * the account at once on every node; this bounds what a lost mark (a cluster in trouble, a node killed after the
     * commit) or a database edit by hand can leave: a disabled account's sessions end within it. Five seconds, not
     * two: a citizen's GET and POST of one ballot share one read.
     */
    public static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /** Most accounts remembered; beyond, the map is cleared (entries are cheap to read again). */
    static final int MOST_ACCOUNTS = 50_000;

    private final ConcurrentHashMap<String, KeptValue<OptionalInt>> known = new ConcurrentHashMap<>();

    @Inject
    AccountRepository accounts;

    @Inject
    Invalidations invalidations;

    /** The account's current generation; empty when there is no such account. */
    public OptionalInt current(String canonicalEmail) {
        KeptValue<OptionalInt> cached = known.get(canonicalEmail);
        if (KeptValue.isFresh(cached, invalidations, FRESH_FOR.toNanos())) {
            return cached.value();
        }
        KeptValue<OptionalInt> read = KeptValue.load(
                invalidations, () -> accounts.credentialsGeneration(canonicalEmail), topic(canonicalEmail));
        if (read.value().isPresent()) {
            if (known.size() >= MOST_ACCOUNTS) {
                known.clear();
            }
            known.put(canonicalEmail, read);
        } else {
            known.remove(canonicalEmail);
        }
        return read.value();
    }

    /** Reads the account's generation from the database again, now, on this node. */
    public void forget(String canonicalEmail) {
        known.remove(canonicalEmail);
    }

    private static String topic(String canonicalEmail) {
        return "credentials:" + canonicalEmail;
    }

    /** The credentials changed: every node reads the generation again, at once. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged change) {
        forget(change.email());
        invalidations.changed(topic(change.email()));
    }
}
