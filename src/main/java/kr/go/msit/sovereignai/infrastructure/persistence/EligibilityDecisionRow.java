package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.RoundTeamKey;

/** A row of eligibility_decision: the administrator's decision on one team in one round. Persistence only. */
@Entity
@Table(name = "eligibility_decision")
@IdClass(RoundTeamKey.class)
class EligibilityDecisionRow {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Id
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(nullable = false)
    private boolean eligible;

    @Column(nullable = false, length = EligibilityDecision.MAX_RATIONALE)
    private String rationale;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected EligibilityDecisionRow() {}

    EligibilityDecisionRow(long roundId, long teamId) {
        this.roundId = roundId;
        this.teamId = teamId;
    }

    /** Writes a decision into this row, replacing any earlier one. */
    EligibilityDecisionRow decide(EligibilityDecision decision) {
        eligible = decision.eligible();
        rationale = decision.rationale();
        decidedBy = decision.decidedBy();
        decidedAt = decision.decidedAt();
        return this;
    }

    long teamId() {
        return teamId;
    }

    EligibilityDecision decision() {
        return new EligibilityDecision(teamId, eligible, rationale, decidedBy, decidedAt);
    }
}
