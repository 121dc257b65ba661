package kr.go.msit.sovereignai.application.arena;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.arena.ArenaAnalysisPlan;
import kr.go.msit.sovereignai.domain.arena.ArenaLeaderboard;
import kr.go.msit.sovereignai.domain.arena.ArenaOutcome;
import kr.go.msit.sovereignai.domain.round.PublicEvaluationMode;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.tally.PublicComparison;

/** The arena as pages and the open data see it, as plain records. */
public final class ArenaViews {

    private ArenaViews() {}

    /** A round's public commitment: the prompt set's digest, size, when it was committed, when the prompts are (or were) released. */
    public record Commitment(String sha256, int prompts, Instant committedAt, Instant releaseAt, boolean released)
            implements Serializable {}

    /** The rules of a round's public evaluation, shown before it opens. */
    public record PublicEvaluationRules(
            PublicEvaluationMode mode,
            ArenaAnalysisPlan plan,
            int battleCap,
            Commitment commitment,
            boolean verifiedIdentityRequired)
            implements Serializable {}

    /** One committed prompt as the administrator sees it. */
    public record PromptLine(
            String key, String category, String textKo, String textEn, boolean excluded, String exclusionReason)
            implements Serializable {}

    /** A competing team's answer set: digest and upload, or null fields when none was uploaded. */
    public record AnswerSetLine(long teamId, String teamCode, LocalizedText teamName, String sha256, Instant uploadedAt)
            implements Serializable {}

    /** An answer the identity screen flagged, with the decision taken on it (if any). */
    public record FlaggedAnswer(
            long teamId,
            String teamCode,
            LocalizedText teamName,
            String promptKey,
            List<String> terms,
            String keptReason,
            boolean promptExcluded,
            String excerpt)
            implements Serializable {

        public boolean undecided() {
            return keptReason == null && !promptExcluded;
        }
    }

    /**
     * What the administrator's arena page shows of a round: {@code rulesEditable} while its mode and plan may
     * change (it has not opened), {@code editable} while its arena material may (an arena round not opened).
     */
    public record ArenaSetup(
            int roundNumber,
            RoundStatus status,
            PublicEvaluationRules rules,
            boolean rulesEditable,
            boolean editable,
            List<PromptLine> prompts,
            List<AnswerSetLine> answerSets,
            List<FlaggedAnswer> flagged,
            List<String> screenTerms,
            String extraTerms,
            List<String> notReady,
            long[] battles,
            int[] cellFill)
            implements Serializable {}

    /** A battle as the citizen sees it: no team, only 모델 A and 모델 B. The answers are safe HTML. */
    public record BattleView(
            int roundNumber,
            String token,
            String category,
            String promptKo,
            String promptEn,
            String answerAHtml,
            String answerBHtml,
            long issued,
            long voted,
            int cap)
            implements Serializable {}

    /** A recorded vote: its receipt, and how many the citizen has voted of the cap. */
    public record VoteReceipt(int roundNumber, String receipt, ArenaOutcome outcome, long voted, int cap)
            implements Serializable {}

    /**
     * One vote in the open data: the battle, the prompt, the two teams and sides, outcome, the citizen's pseudonym,
     * receipt; {@code scored} in a round with a drawn citizens' panel (issue 23): whether the vote is a seated
     * member's and so made the PUBLIC points (null in a round without a panel, where every vote scores).
     */
    public record PublishedVote(
            long battle,
            String prompt,
            String teamA,
            String teamB,
            String outcome,
            String citizen,
            String receipt,
            Instant votedAt,
            Boolean scored)
            implements Serializable {

        /** A vote of a round without a citizens' panel. */
        public PublishedVote(
                long battle,
                String prompt,
                String teamA,
                String teamB,
                String outcome,
                String citizen,
                String receipt,
                Instant votedAt) {
            this(battle, prompt, teamA, teamB, outcome, citizen, receipt, votedAt, null);
        }
    }

    /** Whether a round's PUBLIC component is scored by a citizens' panel (issue 23), and whether it is drawn. */
    public enum PanelScoring {
        /** No panel: everybody's votes score. */
        NONE,
        /** A panel is configured but not drawn: nothing can be published until the draw. */
        NOT_DRAWN,
        /** Only the seated panel members' votes score; everybody's are shown beside, not scored. */
        DRAWN
    }

    /**
     * A closed arena round's leaderboard with the team names, and the battles issued and voted (the unvoted share is
     * public). In a round with a drawn citizens' panel {@code leaderboard} is the scored one, of the members' votes
     * only; {@code openLeaderboard} is everybody's (not scored) and {@code comparison} how far the two differ; both
     * are null otherwise.
     */
    public record ArenaResultsView(
            int roundNumber,
            ArenaLeaderboard leaderboard,
            List<String> teamCodes,
            List<LocalizedText> teamNames,
            long issued,
            long voted,
            long verifiedVoters,
            PanelScoring panel,
            ArenaLeaderboard openLeaderboard,
            PublicComparison comparison) {

        /** A round without a citizens' panel. */
        public ArenaResultsView(
                int roundNumber,
                ArenaLeaderboard leaderboard,
                List<String> teamCodes,
                List<LocalizedText> teamNames,
                long issued,
                long voted,
                long verifiedVoters) {
            this(
                    roundNumber,
                    leaderboard,
                    teamCodes,
                    teamNames,
                    issued,
                    voted,
                    verifiedVoters,
                    PanelScoring.NONE,
                    null,
                    null);
        }

        /** Only the panel members' votes score. */
        public boolean panelScored() {
            return panel == PanelScoring.DRAWN;
        }

        public boolean panelNotDrawn() {
            return panel == PanelScoring.NOT_DRAWN;
        }

        public double unvotedShare() {
            return issued == 0 ? 0 : (issued - voted) / (double) issued;
        }

        public LocalizedText nameOf(String code) {
            int i = teamCodes.indexOf(code);
            return i < 0 ? LocalizedText.of(code, code) : teamNames.get(i);
        }
    }
}
