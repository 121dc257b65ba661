package kr.go.msit.sovereignai.domain.round;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The round's results (or its bulletin of ballots) were asked for before publication: they are not public yet. */
public class NotPublished extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public NotPublished(String messageKey, int roundNumber) {
        super(messageKey, roundNumber);
    }
}
