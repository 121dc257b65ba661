package kr.go.msit.sovereignai.domain.account;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** An identity verification that did not go through, and why (each reason has its message); nothing was stored. */
public class IdentityVerificationRefused extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    /** Why; the message key is {@code identity.refused.} and the reason in lower camel case. */
    public enum Reason {
        /** No provider configured (or its key is missing or too short): verification is off. */
        OFF("off"),
        /** No verification was started in this session, or the state does not match it (forged or used). */
        STATE("state"),
        /** The verification was started too long ago. */
        EXPIRED("expired"),
        /** The provider answered with an error, or could not be reached. */
        PROVIDER("provider"),
        /** The provider's token was refused: signature, issuer, audience, expiry, nonce or code. */
        TOKEN("token"),
        /** The token does not carry the configured person claim. */
        CLAIM_MISSING("claimMissing"),
        /** This account is verified already. */
        ALREADY_VERIFIED("alreadyVerified"),
        /** The account's e-mail address is not confirmed: only the mailbox's owner may attach a person to it. */
        EMAIL_NOT_CONFIRMED("emailNotConfirmed");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    public IdentityVerificationRefused(Reason reason) {
        super("identity.refused." + reason.key);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
