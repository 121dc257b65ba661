package kr.go.msit.sovereignai.application.accounts;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the identity store learnt about this request's sign-in beyond "valid or not": why a right password was still
 * refused (for the form to say so), and the credentials generation the session signs in under.
 */
@RequestScoped
public class SignInOutcome {

    /** Why a sign-in with the right password was refused. */
    public enum Refusal {
        /** The account has a second factor and no code was typed. */
        CODE_REQUIRED,
        CODE_WRONG,
        /** The code's time step was used already: wait for the next code. */
        CODE_REUSED,
        /** The account's second-factor secret does not open: a recovery code, or an administrator resets it. */
        CODE_UNREADABLE,
        /** Password (and code) right, and an administrator disabled the account. */
        DISABLED
    }

    private Refusal refusal;
    private Integer generation;

    public void refuse(Refusal why) {
        this.refusal = why;
    }

    public void signedInUnder(int credentialsGeneration) {
        this.generation = credentialsGeneration;
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    public OptionalInt generation() {
        return generation == null ? OptionalInt.empty() : OptionalInt.of(generation);
    }
}
