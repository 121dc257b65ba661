package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The seed is taken only once the panel's lottery is committed (pool frozen and feasible). */
public class SeedNotAwaited extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public SeedNotAwaited(int roundNumber) {
        super("panel.seed.notAwaited", roundNumber);
    }
}
