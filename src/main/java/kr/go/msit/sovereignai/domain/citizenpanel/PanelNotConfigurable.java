package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The panel's settings can change only while its round is scheduled and before the volunteering deadline. */
public class PanelNotConfigurable extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public PanelNotConfigurable(int roundNumber) {
        super("panel.notConfigurable", roundNumber);
    }
}
