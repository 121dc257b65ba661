package kr.go.msit.sovereignai.domain.account;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * The account's e-mail address is not confirmed yet. One ballot per account is only as strong as
 * one account per person, so a citizen votes only after opening the link mailed to them; the
 * ballot page offers to send the link again.
 */
public class EmailNotConfirmed extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public EmailNotConfirmed() {
        super("account.email.notConfirmed");
    }
}
