package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The seed was entered and the panel drawn: a second entry changes nothing. */
public class SeedAlreadyEntered extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public SeedAlreadyEntered(int roundNumber) {
        super("panel.seed.already", roundNumber);
    }
}
