package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The round has no panel taking volunteers now (none configured, or its deadline has passed). */
public class VolunteeringClosed extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public VolunteeringClosed(int roundNumber) {
        super("panel.volunteering.closed", roundNumber);
    }
}
