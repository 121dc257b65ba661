package kr.go.msit.sovereignai.infrastructure.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.application.accounts.OneTimeCodeCredential;
import kr.go.msit.sovereignai.application.accounts.SecondFactors;
import kr.go.msit.sovereignai.application.accounts.SignInOutcome;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.account.SecondFactor;

/**
 * Checks an email and password against the account table; the caller's group is its role. An account with an
 * enrolled second factor also needs the one-time code ({@link OneTimeCodeCredential}): a current code of a time step
 * not used before, or an unused recovery code. A disabled account never signs in. In that order: the code is looked
 * at only after the right password, and "disabled" is said only to someone who gave the right password and code, so a
 * stranger learns nothing about an account from the answers. Every refusal is INVALID for the mechanism (a failure
 * for the sign-in throttle); {@link SignInOutcome} says which one for the form.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SignInOutcome outcome;

    /** Verified when the account does not exist, so both answers take the same time. */
    private String decoyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> found = find(login.getCaller());
        String hash = found.map(Account::getPasswordHash).orElseGet(this::decoyHash);
        boolean matches = passwordHashing.verify(login.getPassword().getValue(), hash);
        if (found.isEmpty() || !matches) {
            return INVALID_RESULT;
        }
        Account account = found.get();
        String code = credential instanceof OneTimeCodeCredential withCode ? withCode.getOneTimeCode() : "";
        Optional<SecondFactor.Outcome> second = account.getRole() == Role.CITIZEN
                ? Optional.empty() // citizens have no second factor: no look-up on their sign-ins
                : secondFactors.checkAtSignIn(account.getId(), code);
        if (second.isPresent() && !second.get().accepted()) {
            refuse(
                    code.isEmpty()
                            ? SignInOutcome.Refusal.CODE_REQUIRED
                            : switch (second.get()) {
                                case REUSED -> SignInOutcome.Refusal.CODE_REUSED;
                                case UNREADABLE -> SignInOutcome.Refusal.CODE_UNREADABLE;
                                default -> SignInOutcome.Refusal.CODE_WRONG;
                            });
            return INVALID_RESULT;
        }
        if (account.isDisabled()) {
            refuse(SignInOutcome.Refusal.DISABLED);
            return INVALID_RESULT;
        }
        try {
            outcome.signedInUnder(account.getCredentialsGeneration());
        } catch (ContextNotActiveException outsideARequest) {
            // the mechanism then reads the generation itself as it creates the session
        }
        return new CredentialValidationResult(
                account.getEmail(), Set.of(account.getRole().name()));
    }

    private void refuse(SignInOutcome.Refusal why) {
        try {
            outcome.refuse(why);
        } catch (ContextNotActiveException outsideARequest) {
            // the refusal stands; only the form's explanation is lost
        }
    }

    private Optional<Account> find(String caller) {
        try {
            return accounts.findByEmail(EmailAddress.canonical(caller));
        } catch (DomainRuleViolation notAnEmail) {
            return Optional.empty();
        }
    }

    private synchronized String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwordHashing.hash("decoy-password-never-matches".toCharArray());
        }
        return decoyHash;
    }
}
