package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The caller has no (active) entry in this round's panel. */
public class NotAVolunteer extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public NotAVolunteer(int roundNumber) {
        super("panel.volunteer.none", roundNumber);
    }
}
