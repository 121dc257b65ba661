package kr.go.msit.sovereignai.domain.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Panels at work: who reviews which round, their conflicts, the rubrics and the score sheets. */
public interface ReviewRepository {

    void assign(long reviewerId, long roundId);

    boolean isAssigned(long reviewerId, long roundId);

    /** Ids of the rounds a reviewer is assigned to. */
    Set<Long> roundsOf(long reviewerId);

    /** Ids of the reviewers assigned to a round. */
    Set<Long> reviewersOf(long roundId);

    void store(ConflictOfInterest conflict);

    List<ConflictOfInterest> conflictsOf(long reviewerId);

    boolean isConflicted(long reviewerId, long teamId);

    /** The round's rubric for a panel, with the points its component carries. */
    Rubric rubric(long roundId, Panel panel);

    /** Replaces the round's rubric for the rubric's panel. */
    void store(long roundId, Rubric rubric);

    /** Keeps a change made to a frozen rubric, with its reason. */
    void recordRubricOverride(long roundId, Panel panel, String reason, String before, String after, String changedBy);

    Optional<ScoreSheet> findSheet(long roundId, long reviewerId, long teamId);

    Optional<ScoreSheet> findSheet(long sheetId);

    /** Every sheet of a round (for progress counts and, once closed, the tally). */
    List<ScoreSheet> sheetsOf(long roundId);

    void store(ScoreSheet sheet);

    /** Records a request refused for lack of right, for administrators to read. */
    void recordRefusal(String actor, String action, String detail);
}
