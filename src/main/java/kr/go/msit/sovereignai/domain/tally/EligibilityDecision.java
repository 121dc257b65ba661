package kr.go.msit.sovereignai.domain.tally;

import java.time.Instant;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * An administrator's pass or fail for a team in a round, with the rationale (e.g. weights not
 * initialised and trained from scratch). A fail disqualifies whatever the points.
 */
public record EligibilityDecision(
        long teamId, boolean eligible, String rationale, String decidedBy, Instant decidedAt) {

    public static final int MAX_RATIONALE = 2000;

    public EligibilityDecision {
        if (rationale == null || rationale.isBlank()) {
            throw new DomainRuleViolation("eligibility.rationale.required");
        }
        rationale = rationale.strip();
        if (rationale.length() > MAX_RATIONALE) {
            throw new DomainRuleViolation("eligibility.rationale.tooLong", MAX_RATIONALE);
        }
    }
}
