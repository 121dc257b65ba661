package kr.go.msit.sovereignai.infrastructure.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.ballot.BallotPageCache;
import kr.go.msit.sovereignai.application.cluster.Invalidations;
import kr.go.msit.sovereignai.application.cluster.KeptValue;
import kr.go.msit.sovereignai.domain.ballot.Turnout;

/**
 * Keeps the public evaluation's reads in memory: entries expire on their own, and state changes
 * about rounds and teams clear them at once, on every node of a cluster ({@link Invalidations}).
 */
@ApplicationScoped
public class InMemoryBallotPageCache implements BallotPageCache {

    private static final long OPEN_ROUND_NANOS = 5_000_000_000L;
    private static final long TURNOUT_NANOS = 1_000_000_000L;
    private static final int MOST_CITIZEN_IDS = 1_000_000;

    @Inject
    Invalidations invalidations;

    private <T> KeptValue<T> load(Supplier<T> load) {
        return KeptValue.load(invalidations, load, Invalidations.ROUNDS_AND_TEAMS);
    }

    private volatile KeptValue<Optional<OpenRound>> openRound;
    private static final int MOST_ROUNDS = 1000;
    private final Map<Integer, KeptValue<Turnout>> turnout = new ConcurrentHashMap<>();
    private final Map<String, Long> citizenIds = new ConcurrentHashMap<>();

    @Override
    public Optional<OpenRound> openRound(Supplier<Optional<OpenRound>> load) {
        KeptValue<Optional<OpenRound>> cached = openRound;
        if (!KeptValue.isFresh(cached, invalidations, OPEN_ROUND_NANOS)) {
            cached = load(load);
            openRound = cached;
        }
        return cached.value();
    }

    @Override
    public Turnout turnout(int roundNumber, Supplier<Turnout> load) {
        KeptValue<Turnout> cached = turnout.get(roundNumber);
        if (!KeptValue.isFresh(cached, invalidations, TURNOUT_NANOS)) {
            cached = load(load);
            if (turnout.size() >= MOST_ROUNDS) {
                turnout.clear(); // only rounds that exist are loaded, but bounded all the same
            }
            turnout.put(roundNumber, cached);
        }
        return cached.value();
    }

    /** Account ids never change, so they are kept (up to a million) once looked up. */
    @Override
    public long citizenId(String email, Supplier<Long> load) {
        Long id = citizenIds.get(email);
        if (id == null) {
            if (citizenIds.size() >= MOST_CITIZEN_IDS) {
                citizenIds.clear();
            }
            id = load.get();
            citizenIds.put(email, id);
        }
        return id;
    }

    /**
     * Rounds or teams changed: the open round is read afresh on the next request. Cleared at once
     * and again when the changing transaction completes (committed or not), so a read made in
     * between cannot keep the old state.
     */
    void changed(@Observes(during = TransactionPhase.IN_PROGRESS) StateChange change) {
        if (change.action().changesRoundsOrTeams()) {
            forgetRoundsAndTeams();
        }
    }

    void changeCompleted(@Observes(during = TransactionPhase.AFTER_COMPLETION) StateChange change) {
        changed(change);
    }

    @Override
    public void forgetRoundsAndTeams() {
        openRound = null;
        turnout.clear();
        invalidations.changed(Invalidations.ROUNDS_AND_TEAMS);
    }
}
