package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
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

    private final AccountRepository accounts;
    private final PasswordHashing passwordHashing;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public AccountService(AccountRepository accounts, PasswordHashing passwordHashing, Clock clock, Principal caller) {
        this.accounts = accounts;
        this.passwordHashing = passwordHashing;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected AccountService() {
        this(null, null, null, null);
    }

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
        String name = caller.getName();
        try {
            return accounts.findByEmail(EmailAddress.canonical(name)).map(Account::getDisplayName);
        } catch (DomainRuleViolation anonymous) {
            return Optional.empty();
        }
    }

}
