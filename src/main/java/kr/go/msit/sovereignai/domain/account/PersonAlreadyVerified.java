package kr.go.msit.sovereignai.domain.account;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * The person the provider verified already has another account: one person, one account, one ballot. Tells which
 * address that account has, masked ({@link MaskedEmail}), so its owner can sign in there.
 */
public class PersonAlreadyVerified extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final String maskedEmail;

    public PersonAlreadyVerified(String maskedEmail) {
        super("identity.person.taken", maskedEmail == null ? "***" : maskedEmail);
        this.maskedEmail = maskedEmail;
    }

    /** The other account's address, masked; null when not known yet. */
    public String maskedEmail() {
        return maskedEmail;
    }
}
