package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The panel is drawn (or abandoned already): it cannot be abandoned. */
public class PanelNotAbandonable extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public PanelNotAbandonable(int roundNumber) {
        super("panel.abandon.notAllowed", roundNumber);
    }
}
