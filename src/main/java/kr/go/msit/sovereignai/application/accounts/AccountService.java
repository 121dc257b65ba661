package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;
import kr.go.msit.sovereignai.domain.account.PasswordSetupLink;

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

    @Resource
    SessionContext session;

    public Account signUpCitizen(@NotNull @Valid SignUpRequest request) {
        String email = EmailAddress.canonical(request.email());
        if (accounts.findByEmail(email).isPresent()) {
            throw new InvalidInput(InvalidInput.Input.EMAIL, "account.email.taken");
        }
        Account account = Account.citizen(email, request.displayName(),
                passwordHashing.hash(request.password().toCharArray()), clock.instant());
        // The unique constraint is the real guard (the repository turns it into account.email.taken);
        // the look-up above only makes the message early.
        accounts.store(account);
        return account;
    }

    /** A reviewer sets their password with the one-time link an administrator gave them. */
    public void setPasswordWithLink(String secret, String newPassword) {
        if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 128) {
            throw new InvalidInput(InvalidInput.Input.PASSWORD, "account.password.weak");
        }
        PasswordSetupLink link = accounts.findSetupLink(PasswordSetupLink.hashOf(secret == null ? "" : secret))
                .orElseThrow(() -> new DomainRuleViolation("setupLink.unknown"));
        link.use(clock.instant());
        accounts.find(link.getAccountId()).orElseThrow().changePassword(passwordHashing.hash(newPassword.toCharArray()));
    }

    /** The signed-in caller's display name, for the page header; empty when nobody is signed in. */
    public Optional<String> callerDisplayName() {
        String caller = session.getCallerPrincipal().getName();
        try {
            return accounts.findByEmail(EmailAddress.canonical(caller)).map(Account::getDisplayName);
        } catch (DomainRuleViolation anonymous) {
            return Optional.empty();
        }
    }

}
