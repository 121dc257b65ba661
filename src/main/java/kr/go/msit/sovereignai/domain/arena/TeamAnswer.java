package kr.go.msit.sovereignai.domain.arena;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One team's answer to one prompt. The identity screen's hits are kept with it; a flagged answer is
 * either kept with a reason or its prompt is excluded for every team. Never shown with its team while
 * the round is open.
 */
@Entity
@Table(name = "arena_answer")
public class TeamAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "prompt_id", nullable = false, updatable = false)
    private long promptId;

    @Column(nullable = false, updatable = false)
    private String answer;

    /** The identity terms the answer contains, comma-separated; null when it reveals nothing. */
    @Column(name = "revealing_terms")
    private String revealingTerms;

    @Column(name = "kept_reason")
    private String keptReason;

    protected TeamAnswer() {}

    public TeamAnswer(long roundId, long teamId, long promptId, String answer, List<String> revealing) {
        this.roundId = roundId;
        this.teamId = teamId;
        this.promptId = promptId;
        this.answer = answer;
        rescreen(revealing);
    }

    /** The identity screen's hits for this answer (screened again when the screen's terms change; a kept reason stays). */
    public void rescreen(List<String> revealing) {
        String terms = String.join(", ", revealing);
        this.revealingTerms = terms.isEmpty() ? null : terms.length() > 1000 ? terms.substring(0, 1000) : terms;
    }

    /** A flagged answer kept in the arena on purpose, with the reason (for example, the term is generic here). */
    public void keep(String reason) {
        this.keptReason = ArenaRules.reason(reason);
    }

    public boolean isFlagged() {
        return revealingTerms != null;
    }

    /** Flagged, and neither kept nor (see the prompt) excluded yet. */
    public boolean awaitsDecision(boolean promptExcluded) {
        return isFlagged() && keptReason == null && !promptExcluded;
    }

    public List<String> revealingTermList() {
        return revealingTerms == null
                ? List.of()
                : Arrays.stream(revealingTerms.split(", ")).toList();
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getPromptId() {
        return promptId;
    }

    public String getAnswer() {
        return answer;
    }

    public String getRevealingTerms() {
        return revealingTerms;
    }

    public String getKeptReason() {
        return keptReason;
    }
}
