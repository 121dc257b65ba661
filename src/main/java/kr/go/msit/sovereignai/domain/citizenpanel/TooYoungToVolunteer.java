package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** Volunteers are at least 19 in the year of the deadline. */
public class TooYoungToVolunteer extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public TooYoungToVolunteer(int minimumAge) {
        super("panel.volunteer.tooYoung", minimumAge);
    }
}
