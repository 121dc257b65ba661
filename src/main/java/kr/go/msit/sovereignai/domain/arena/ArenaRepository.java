package kr.go.msit.sovereignai.domain.arena;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where a round's arena is kept: its prompt set, the teams' answers, the battle cells, the battles and their votes. */
public interface ArenaRepository {

    Optional<PromptSet> promptSet(long roundId);

    /**
     * The round's prompt set, locked for the rest of the transaction: battles are issued one at a
     * time per round, so the least-filled rule holds under concurrent citizens.
     */
    PromptSet lockPromptSet(long roundId);

    /** Stores a new commitment (or the changed one) with its prompts, dropping any earlier prompts and every answer set. */
    void commitPrompts(PromptSet set, List<ArenaPrompt> prompts);

    List<CommittedPrompt> prompts(long roundId);

    Optional<CommittedPrompt> prompt(long promptId);

    /** How many of the round's prompts are not excluded (what a citizen can be issued at most). */
    long includedPrompts(long roundId);

    /** Stores a team's answer set, replacing its earlier one. */
    void storeAnswers(AnswerSet set, List<TeamAnswer> answers);

    List<AnswerSet> answerSets(long roundId);

    List<TeamAnswer> answers(long roundId);

    Optional<TeamAnswer> answer(long roundId, long teamId, long promptId);

    /** Lays out the round's battle cells (at opening). */
    void layOut(long roundId, List<BattleIssuer.Cell> cells);

    /** A least-filled cell (first in the round's order) whose prompt the citizen has not been issued; see {@link BattleIssuer#next}. */
    Optional<BattleCell> nextCell(long roundId, long citizenId);

    /** Fewest and most battles issued from any cell of the round ({0, 0} without cells). */
    int[] cellFill(long roundId);

    /** Stores a newly issued battle and counts it on its cell. */
    void issue(Battle battle, BattleCell cell);

    Optional<Battle> pendingBattle(long roundId, long citizenId);

    long battlesIssuedTo(long roundId, long citizenId);

    Optional<Battle> battleByToken(String token);

    /** Records the vote on the caller's battle if it has none yet; false when it was already voted on (the token is spent). */
    boolean recordVote(long battleId, long citizenId, ArenaOutcome outcome, Instant votedAt, String receipt);

    Optional<Battle> battleByReceipt(long roundId, String receipt);

    /** Battles issued and battles voted in the round. */
    long[] battleCounts(long roundId);

    /** Citizens who voted in the round whose identity was verified (issue 22); one query, read once at the close. */
    default long verifiedVoters(long roundId) {
        return 0;
    }

    /** One counted vote, as the tally reads a million of them: ids and the outcome, no objects per vote. */
    interface VoteSink {
        void vote(long citizenId, long teamA, long teamB, ArenaOutcome outcome);
    }

    /** Every vote of the round (voted battles only) in issue order. */
    void forEachVote(long roundId, VoteSink sink);

    /**
     * As {@link #forEachVote}, counting on the way every battle issued and voted in the round (what
     * {@link #battleCounts} answers), so that the analysis at the close reads the round's battles once.
     */
    default long[] forEachVoteCounting(long roundId, VoteSink sink) {
        forEachVote(roundId, sink);
        return battleCounts(roundId);
    }

    /**
     * As {@link #forEachVote}, the votes of the seated members of the round's citizens' panel only (issue 23):
     * selected in the database, never by reading every vote here.
     */
    default void forEachPanelVote(long roundId, VoteSink sink) {
        throw new UnsupportedOperationException("no citizens' panel here");
    }

    /** Every battle of the round in issue order (voted or not), streamed. */
    void forEachBattle(long roundId, Consumer<BattleLine> consumer);
}
