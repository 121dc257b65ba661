package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The person (or the account) already has an entry in this panel: nothing changed. */
public class AlreadyVolunteered extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public AlreadyVolunteered(int roundNumber) {
        super("panel.volunteer.already", roundNumber);
    }
}
