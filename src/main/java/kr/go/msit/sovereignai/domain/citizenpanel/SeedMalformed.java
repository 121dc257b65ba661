package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The winning numbers are not in a form the draw takes (six distinct numbers 1..45 and a bonus): {@code problem} says why. */
public class SeedMalformed extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public SeedMalformed(String problem) {
        super("panel.seed.malformed", String.valueOf(problem));
    }
}
