package kr.go.msit.sovereignai.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;

/** Citizens sign up themselves; experts and administrators are never created here. */
@Stateless
@PermitAll
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    public Account signUpCitizen(@NotNull @Valid SignUpRequest request) {
        String email = EmailAddress.canonical(request.email());
        if (accounts.findByEmail(email).isPresent()) {
            throw new DomainRuleViolation("account.email.taken");
        }
        Account account = Account.citizen(email, request.displayName(),
                passwordHashing.hash(request.password().toCharArray()), clock.instant());
        try {
            accounts.store(account);
        } catch (PersistenceException raceWithSameEmail) {
            // The unique constraint is the real guard; the look-up above only makes the message early.
            throw new DomainRuleViolation("account.email.taken");
        }
        return account;
    }

    public Optional<Account> find(String email) {
        try {
            return accounts.findByEmail(EmailAddress.canonical(email));
        } catch (DomainRuleViolation notAnEmail) {
            return Optional.empty();
        }
    }
}
