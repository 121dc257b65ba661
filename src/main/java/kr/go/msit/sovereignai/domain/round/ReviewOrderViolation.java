package kr.go.msit.sovereignai.domain.round;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A review's window would open before an earlier review's: reviews keep their order, so the move is refused. */
public class ReviewOrderViolation extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public ReviewOrderViolation(int roundNumber, int earlierRoundNumber) {
        super("round.postpone.beforeEarlier", roundNumber, earlierRoundNumber);
    }
}
