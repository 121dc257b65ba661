package kr.go.msit.sovereignai.application.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.scoring.ConflictKind;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;

/** What reviewers and administrators see of the panels' work, as plain records. */
public final class ReviewViews {

    private ReviewViews() {}

    /** A reviewer as administrators list them (panel membership is never shown publicly). */
    public record ReviewerSummary(long id, String email, String displayName, Panel panel, List<Integer> assignedRounds)
            implements Serializable {}

    /** Shown once to the administrator who created the reviewer: the one-time password set-up secret. */
    public record NewReviewer(long id, String setupSecret, Instant expiresAt) implements Serializable {}

    /** One assigned round in a reviewer's console. */
    public record Assignment(int roundNumber, String status, Instant deadline, List<TeamSheet> teams)
            implements Serializable {}

    /** A team the reviewer scores, with the state of their sheet (null: not started). */
    public record TeamSheet(long teamId, String teamCode, LocalizedText name, SheetStatus sheetStatus)
            implements Serializable {}

    /** A rubric line as shown on a sheet. */
    public record Line(LocalizedText label, BigDecimal maxPoints) implements Serializable {}

    /**
     * A reviewer's own sheet for a team: never another reviewer's. {@code acceptsScores} while the
     * round is open, or when the sheet was reopened for a correction of the round's published result.
     */
    public record Sheet(
            int roundNumber,
            boolean acceptsScores,
            long teamId,
            LocalizedText name,
            Panel panel,
            List<Line> lines,
            List<BigDecimal> scores,
            String justification,
            SheetStatus status,
            long version)
            implements Serializable {}

    public record Conflict(long teamId, ConflictKind kind, String organisation, String note) implements Serializable {}

    /** Scoring progress of a round, counts only: scores stay hidden while the round is open. */
    public record Progress(int roundNumber, List<ProgressRow> byReviewer, List<ProgressRow> byTeam)
            implements Serializable {}

    public record ProgressRow(String name, long submitted, long expected) implements Serializable {}

    /** A submitted sheet as administrators list it for reopening: who and which team, never the scores. */
    public record SubmittedSheet(long sheetId, String reviewer, String team, Instant submittedAt)
            implements Serializable {}
}
