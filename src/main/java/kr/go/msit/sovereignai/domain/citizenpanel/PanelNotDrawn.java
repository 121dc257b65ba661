package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A replacement needs a drawn panel. */
public class PanelNotDrawn extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public PanelNotDrawn(int roundNumber) {
        super("panel.notDrawn", roundNumber);
    }
}
