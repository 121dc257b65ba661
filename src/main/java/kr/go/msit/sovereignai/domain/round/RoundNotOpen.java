package kr.go.msit.sovereignai.domain.round;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A ballot or a score sheet came for a round that does not accept them now (closed, or not yet open). */
public class RoundNotOpen extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public RoundNotOpen(String messageKey, int roundNumber) {
        super(messageKey, roundNumber);
    }
}
