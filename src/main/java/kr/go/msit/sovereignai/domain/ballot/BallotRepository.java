package kr.go.msit.sovereignai.domain.ballot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

public interface BallotRepository {

    Optional<Ballot> findByCitizen(long roundId, long citizenId);

    /**
     * Stores a first ballot and counts it in the round's turnout, in the caller's transaction.
     * A second ballot by the same citizen in the same round is refused by the database's
     * unique constraint: {@link AlreadyCast} is thrown.
     */
    default void storeFirst(Ballot ballot) {
        storeFirst(ballot, false);
    }

    /** As {@link #storeFirst(Ballot)}, counted among the verified voters' ballots when {@code verifiedVoter}. */
    void storeFirst(Ballot ballot, boolean verifiedVoter);

    /**
     * Writes a changed ballot now, so a concurrent change surfaces as an optimistic-lock failure here, and moves the
     * round's rating totals from the {@code replaced} ratings (as {@link Ballot#change} returned them) to the new ones.
     */
    void storeChange(Ballot ballot, Set<Rating> replaced);

    /** Ballots cast so far in a round, from the maintained counters (never a scan of ballots). */
    long turnout(long roundId);

    /** Ballots cast so far in a round and how many by verified voters, in one read of the maintained counters. */
    default Turnout turnoutFigures(long roundId) {
        return new Turnout(turnout(roundId), 0);
    }

    /** Creates the turnout counters of a new round. */
    void prepareTurnout(long roundId);

    /**
     * Creates the round's rating totals (per team on its ballot and public criterion) as it opens, so that every
     * ballot adds its ratings to rows that exist: {@link #ratingTotals(long)} then reads them, never the ballots.
     * Rows that exist already are kept.
     */
    default void prepareRatingTotals(long roundId, List<Long> teamIds, List<Long> criterionIds) {}

    /**
     * Per team, per criterion: sum and count of the ratings of every counted ballot, from totals maintained in each
     * ballot's transaction (never a scan of the ballots).
     */
    Map<Long, Map<Long, PublicComponent.RatingTotals>> ratingTotals(long roundId);

    /**
     * As {@link #ratingTotals(long)}, of the ballots cast by the seated members of the round's citizens' panel only
     * (issue 23): summed in the database, the members selected there, never ballot by ballot here.
     */
    default Map<Long, Map<Long, PublicComponent.RatingTotals>> panelRatingTotals(long roundId) {
        throw new UnsupportedOperationException("no citizens' panel here");
    }

    /** Ballots cast in the round by the seated members of its citizens' panel, counted in the database. */
    default long panelBallots(long roundId) {
        return 0;
    }

    /** A page of the bulletin: counted ballots ordered by receipt, after {@code afterReceipt}. */
    List<Ballot> bulletinPage(long roundId, String afterReceipt, int size);

    Optional<Ballot> findByReceipt(long roundId, String receipt);

    /** Thrown when the citizen already has a ballot in the round (a second tab, a replayed request). */
    final class AlreadyCast extends DomainRuleViolation {
        private static final long serialVersionUID = 1L;

        public AlreadyCast() {
            super("ballot.alreadyCast");
        }
    }
}
