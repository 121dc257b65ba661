package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** An abandonment needs a reason, at most the given length. */
public class AbandonReasonInvalid extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public AbandonReasonInvalid(int maxLength) {
        super("panel.abandon.reason", maxLength);
    }
}
