package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The declared 로또 6/45 draw has not taken place yet: its numbers cannot be entered. */
public class SeedBeforeDraw extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public SeedBeforeDraw(int roundNumber, java.time.Instant drawAt) {
        super("panel.seed.beforeDraw", roundNumber, drawAt);
    }
}
