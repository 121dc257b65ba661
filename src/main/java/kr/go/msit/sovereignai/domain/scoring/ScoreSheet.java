package kr.go.msit.sovereignai.domain.scoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.Rubric;

/**
 * One reviewer's scores for one team in one round: a score per rubric line and a written
 * justification. Saved as a draft as often as wanted; submitted when complete, then locked.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private long reviewerId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Panel panel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetStatus status = SheetStatus.DRAFT;

    /** Scores by rubric line; null where not yet scored. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_line", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    @Column(name = "score", precision = 5, scale = 1)
    private List<BigDecimal> scores = new ArrayList<>();

    @Column(length = 4000)
    private String justification;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_reopening", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    private List<Reopening> reopenings = new ArrayList<>();

    @Version
    private long version;

    protected ScoreSheet() {}

    public ScoreSheet(long roundId, long reviewerId, long teamId, Panel panel) {
        this.roundId = roundId;
        this.reviewerId = reviewerId;
        this.teamId = teamId;
        this.panel = panel;
    }

    /** Saves what the reviewer has so far; blanks are allowed, out-of-range scores are not. */
    public void saveDraft(Rubric rubric, List<BigDecimal> newScores, String newJustification) {
        requireDraft();
        requireRubricOfPanel(rubric);
        if (newScores.size() != rubric.criteria().size()) {
            throw new DomainRuleViolation("score.lineCount");
        }
        List<BigDecimal> checked = new ArrayList<>();
        for (int line = 0; line < newScores.size(); line++) {
            BigDecimal score = newScores.get(line);
            checked.add(score == null ? null : rubric.criteria().get(line).check(score));
        }
        scores.clear();
        scores.addAll(checked);
        justification = newJustification == null || newJustification.isBlank() ? null : newJustification.strip();
        if (justification != null && justification.length() > 4000) {
            throw new DomainRuleViolation("score.justification.tooLong");
        }
    }

    /** Locks the sheet; every line must be scored and the justification written. */
    public void submit(Rubric rubric, Instant now) {
        requireDraft();
        requireRubricOfPanel(rubric);
        if (scores.size() != rubric.criteria().size() || scores.stream().anyMatch(Objects::isNull)) {
            throw new DomainRuleViolation("score.incomplete");
        }
        if (justification == null) {
            throw new DomainRuleViolation("score.justification.required");
        }
        status = SheetStatus.SUBMITTED;
        submittedAt = now;
    }

    /** An administrator unlocks a submitted sheet; the reason is kept with the sheet. */
    public void reopen(String reason, String administrator, Instant now) {
        if (status != SheetStatus.SUBMITTED) {
            throw new DomainRuleViolation("score.reopen.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("score.reopen.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new DomainRuleViolation("text.tooLongMax", 1000);
        }
        reopenings.add(new Reopening(reason.strip(), administrator, now));
        status = SheetStatus.DRAFT;
        submittedAt = null;
    }

    /**
     * Reopened to correct the round's published result: an upheld objection opened a correction and
     * an administrator reopened this sheet since publication, so its reviewer may submit it again.
     */
    public boolean isCorrectableIn(ReviewRound round) {
        return round.getId() != null
                && round.getId() == roundId
                && round.acceptsCorrections()
                && status == SheetStatus.DRAFT
                && reopenings.stream()
                        .anyMatch(
                                r -> r.reopenedAt().isAfter(round.announcement().publishedAt()));
    }

    /**
     * The scores line by line for the rubric, blank lines as null. (Blank lines of a draft are not
     * stored, so a reloaded draft may hold fewer entries than the rubric has lines.)
     */
    public List<BigDecimal> scoresFor(Rubric rubric) {
        List<BigDecimal> lines =
                new ArrayList<>(Collections.nCopies(rubric.criteria().size(), (BigDecimal) null));
        for (int line = 0; line < Math.min(scores.size(), lines.size()); line++) {
            lines.set(line, scores.get(line));
        }
        return lines;
    }

    /** The sum of the scores; only meaningful for a submitted sheet. */
    public BigDecimal total() {
        return scores.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    private void requireDraft() {
        if (status != SheetStatus.DRAFT) {
            throw new DomainRuleViolation("score.locked");
        }
    }

    private void requireRubricOfPanel(Rubric rubric) {
        if (rubric.panel() != panel) {
            throw new IllegalArgumentException("a " + panel + " sheet is scored on the " + panel + " rubric");
        }
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public long getTeamId() {
        return teamId;
    }

    public Panel getPanel() {
        return panel;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public List<BigDecimal> getScores() {
        return Collections.unmodifiableList(scores);
    }

    public String getJustification() {
        return justification;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Reopening> getReopenings() {
        return List.copyOf(reopenings);
    }

    public long getVersion() {
        return version;
    }
}
