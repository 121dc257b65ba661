package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The round has closed: the panel's membership is fixed as it scored (no withdrawal, no replacement). */
public class PanelSettled extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public PanelSettled(int roundNumber) {
        super("panel.settled", roundNumber);
    }
}
