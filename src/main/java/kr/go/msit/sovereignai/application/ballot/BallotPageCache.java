package kr.go.msit.sovereignai.application.ballot;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.application.ballot.BallotViews.OpenBallot;
import kr.go.msit.sovereignai.domain.ballot.BallotSheet;
import kr.go.msit.sovereignai.domain.ballot.Turnout;

/**
 * The public evaluation's hot, slow-changing reads kept in memory, so a ballot costs a few
 * statements, not dozens: the open round's ballot, turnout figures, citizens' account ids. Each
 * method returns the kept value or loads it with {@code load}. Nothing authoritative is decided
 * from here: whether a round accepts ballots is read from the database when a ballot is stored.
 * An implementation forgets rounds and teams when a {@link kr.go.msit.sovereignai.application.audit.StateChange}
 * about them is fired.
 */
public interface BallotPageCache {

    /**
     * The ballot of the open round with the ids its ratings are checked against, as it was when the round accepted
     * ballots: none of this changes while it is open except through a state
     * change (which clears what is kept). Its status is read fresh, under its input gate, by every cast and change.
     */
    record OpenRound(long roundId, OpenBallot ballot, BallotSheet sheet, boolean verifiedIdentityRequired) {

        /** As the round's own rule: from the window's end nothing is accepted, whatever the status (a close may run late). */
        public boolean acceptsBallotsAt(Instant now) {
            return !ballot.window().hasEndedAt(now);
        }
    }

    Optional<OpenRound> openRound(Supplier<Optional<OpenRound>> load);

    Turnout turnout(int roundNumber, Supplier<Turnout> load);

    long citizenId(String email, Supplier<Long> load);

    /** What is kept about rounds and teams is stale (a round was seen closed): read it afresh. */
    void forgetRoundsAndTeams();
}
