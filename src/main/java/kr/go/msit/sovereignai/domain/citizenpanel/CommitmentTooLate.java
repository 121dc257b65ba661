package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The declared draw has taken place (or is under way): a commitment made now could be chosen knowing its numbers. */
public class CommitmentTooLate extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public CommitmentTooLate(int roundNumber, java.time.Instant drawAt) {
        super("panel.commitment.tooLate", roundNumber, drawAt);
    }
}
