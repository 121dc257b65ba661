package kr.go.msit.sovereignai.domain.round;

import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.NotFound;

public interface ReviewRoundRepository {

    /** Every round by number. */
    List<ReviewRound> findAll();

    Optional<ReviewRound> findByNumber(int number);

    /** The round with this number; refused with round.notFound when there is none. */
    default ReviewRound require(int number) {
        return findByNumber(number).orElseThrow(() -> new NotFound("round.notFound", number));
    }

    /** The round open now, else the lowest-numbered round neither published nor cancelled: the one the programme is waiting on. */
    Optional<ReviewRound> findCurrent();

    void store(ReviewRound round);

    /** The round's status as committed now, read without loading the round. */
    RoundStatus statusOf(long roundId);

    /**
     * Enters one of the round's input gates for the rest of this transaction (a ballot, a score
     * sheet, a conflict declaration) and returns the round's status as committed now. Inputs take
     * different gates, so they rarely wait for one another; closing takes every gate
     * ({@link #closeInputGates}), so an input either commits before the close or sees the round closed.
     */
    RoundStatus statusAtInputGate(long roundId);

    /**
     * Takes every input gate of a round that this transaction is about to close (call it before
     * changing the round) and reloads the round as committed now: the close commits only after the
     * inputs in flight, every later input sees it, and a closer that lost a race to another sees the
     * round already closed instead of failing on its version.
     */
    void closeInputGates(ReviewRound round);

    /**
     * Writes the changes made to {@code round} now: a change committed meanwhile by someone else
     * (another administrator, the schedule's timer) is refused with {@code round.changedMeanwhile}.
     */
    default void flushChanges(ReviewRound round) {}

    /**
     * Locks the round's row for the rest of this transaction (after writing this transaction's own
     * changes to it) and reloads it as committed now: the publication path (publication, a correction's
     * inputs and resubmissions, an objection's upholding, the next round's opening) runs one at a time
     * per round, and each sees what the one before it committed.
     */
    default void lock(ReviewRound round) {}
}
