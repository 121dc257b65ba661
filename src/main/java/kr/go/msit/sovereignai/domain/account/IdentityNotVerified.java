package kr.go.msit.sovereignai.domain.account;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * The round requires verified identity to vote and the citizen has not verified theirs: the ballot and arena pages
 * say so and link to the verification page.
 */
public class IdentityNotVerified extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final int roundNumber;

    public IdentityNotVerified(int roundNumber) {
        super("identity.required", roundNumber);
        this.roundNumber = roundNumber;
    }

    public int roundNumber() {
        return roundNumber;
    }
}
