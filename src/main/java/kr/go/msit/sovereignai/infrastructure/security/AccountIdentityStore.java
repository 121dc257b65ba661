package kr.go.msit.sovereignai.infrastructure.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;

/** Checks an email and password against the account table; the caller's group is its role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwordHashing;

    /** Verified when the account does not exist, so both answers take the same time. */
    private String decoyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = find(login.getCaller());
        String hash = account.map(Account::getPasswordHash).orElseGet(this::decoyHash);
        boolean matches = passwordHashing.verify(login.getPassword().getValue(), hash);
        if (account.isEmpty() || !matches) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(
                account.get().getEmail(), Set.of(account.get().getRole().name()));
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
