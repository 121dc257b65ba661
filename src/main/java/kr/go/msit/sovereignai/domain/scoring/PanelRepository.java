package kr.go.msit.sovereignai.domain.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Panels at work: who reviews which round, their conflicts and the score sheets. */
public interface PanelRepository {

    void assign(long reviewerId, long roundId);

    /** Takes a reviewer off a round's panel (a disabled reviewer); nothing when not assigned. */
    void unassign(long reviewerId, long roundId);

    boolean isAssigned(long reviewerId, long roundId);

    /** Ids of the rounds a reviewer is assigned to. */
    Set<Long> roundsOf(long reviewerId);

    /** Ids of the reviewers assigned to a round. */
    Set<Long> reviewersOf(long roundId);

    void store(ConflictOfInterest conflict);

    List<ConflictOfInterest> conflictsOf(long reviewerId);

    boolean isConflicted(long reviewerId, long teamId);

    Optional<ScoreSheet> findSheet(long roundId, long reviewerId, long teamId);

    Optional<ScoreSheet> findSheet(long sheetId);

    /** Every sheet of a round (for progress counts and, once closed, the tally). */
    List<ScoreSheet> sheetsOf(long roundId);

    void store(ScoreSheet sheet);
}
